/** `--format json`: one object with every checked file, for scripts; each problem links to its code's page. */
import { isDiagnosticCode, ruleHelpUri, terminalSafeJson } from 'okr-language';
import type { CliDiagnostic, Reporter } from './check-report.js';

export const json: Reporter = report => terminalSafeJson({
    files: report.files.map(file => ({ path: file.path, diagnostics: file.diagnostics.map(withUrl) })),
    summary: report.summary,
}) + '\n';

const withUrl = (diagnostic: CliDiagnostic) => (isDiagnosticCode(diagnostic.code) ? { ...diagnostic, url: ruleHelpUri(diagnostic.code) } : diagnostic);
