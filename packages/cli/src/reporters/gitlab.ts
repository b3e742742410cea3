/**
 * `--format gitlab`: a GitLab Code Quality report (artifacts:reports:codequality), the
 * fields GitLab documents: description, check_name, fingerprint, severity and
 * location.path / location.lines.begin. Parse errors are `critical`, other errors `major`,
 * warnings `minor`, infos and hints `info`.
 */
import { DiagnosticCode, terminalSafeJson } from 'okr-language';
import type { CliDiagnostic, Reporter } from './check-report.js';
import { fingerprints, relativePath } from './fingerprints.js';

type GitLabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

function severity(d: CliDiagnostic): GitLabSeverity {
    if (d.severity === 'error') return d.code === DiagnosticCode.Syntax ? 'critical' : 'major';
    return d.severity === 'warning' ? 'minor' : 'info';
}

export const gitlab: Reporter = (report, { cwd }) => {
    const issues = report.files.flatMap(file => {
        const prints = fingerprints(file, cwd);
        const where = relativePath(cwd, file.absolute);
        return file.diagnostics.map((d, index) => ({
            description: d.message,
            check_name: d.code,
            fingerprint: prints[index],
            severity: severity(d),
            location: { path: where, lines: { begin: d.line } },
        }));
    });
    return terminalSafeJson(issues, 2) + '\n';
};
