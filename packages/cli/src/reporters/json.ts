/** `--format json`: one object with every checked file, for scripts. */
import { terminalSafeJson } from 'okr-language';
import type { Reporter } from './check-report.js';

export const json: Reporter = report => terminalSafeJson({
    files: report.files.map(file => ({ path: file.path, diagnostics: file.diagnostics })),
    summary: report.summary,
}) + '\n';
