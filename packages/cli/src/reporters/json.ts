/** `--format json`: one object with every checked file, for scripts. */
import type { Reporter } from './check-report.js';

export const json: Reporter = report => JSON.stringify({
    files: report.files.map(file => ({ path: file.path, diagnostics: file.diagnostics })),
    summary: report.summary,
}) + '\n';
