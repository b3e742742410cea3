/**
 * What `okr check` does, whatever prints it: load and check the files, apply the baseline,
 * keep what `--quiet` keeps, count, and decide the exit code. The command line and the GitHub
 * Action (src/action/) both run this, so a CI step fails exactly when `okr check` would.
 */
import { applyBaselines, type BaselineRequest } from './check-baseline.js';
import { loadWorkspace } from './load-workspace.js';
import { fileReport, summarize, type CheckReport } from './reporters/check-report.js';
import { objectiveRows } from './score-model.js';
import { ExitCode } from './usage-error.js';

export interface CheckOptions {
    today?: string;
    config?: string;
    /** Errors only: warnings and infos are neither shown nor counted. */
    quiet?: boolean;
    /** -1: no limit. */
    maxWarnings: number;
    baseline?: BaselineRequest;
    /** Score the objectives too, for the summary formats. */
    objectives?: boolean;
}

export interface CheckOutcome {
    report: CheckReport;
    exitCode: typeof ExitCode.Ok | typeof ExitCode.Problems;
    /** One-line messages for stderr (or the CI log), e.g. "too many warnings". */
    messages: string[];
}

export async function runCheck(paths: string[], options: CheckOptions, cwd = process.cwd()): Promise<CheckOutcome> {
    const workspace = await loadWorkspace(paths, { today: options.today, config: options.config, validation: true, requireValidConfig: true }, cwd);
    let files = workspace.files.map(file => fileReport(file, () => true));
    const messages: string[] = [];
    // Also without --baseline: okr.config.json may name one, as the editor honours it.
    const { files: afterBaseline, uses: baselines } = applyBaselines(files, workspace, options.baseline ?? { update: false }, cwd);
    files = afterBaseline;
    for (const use of baselines.filter(b => b.updated)) messages.push(`okr: wrote baseline ${use.path}.`);
    if (options.quiet) files = files.map(file => ({ ...file, diagnostics: file.diagnostics.filter(d => d.severity === 'error') }));
    const summary = summarize(files);
    const objectives = options.objectives ? objectiveRows(workspace, undefined) : undefined;
    const tooManyWarnings = options.maxWarnings >= 0 && summary.warnings > options.maxWarnings;
    if (tooManyWarnings) messages.push(`okr: too many warnings (${summary.warnings}, maximum ${options.maxWarnings}).`);
    return {
        report: { files, summary, objectives, baselines: baselines.length ? baselines : undefined },
        exitCode: summary.errors > 0 || tooManyWarnings ? ExitCode.Problems : ExitCode.Ok,
        messages,
    };
}
