/** What `okr report` does once its options are parsed (commands/report.ts). */
import { buildStatusReport, formatDay, parseDay, reportScope, type StatusReport } from 'okr-language';
import { renderReportHtml } from 'okr-preview';
import type { REPORT_FORMATS } from '../commands/report.js';
import { loadWorkspace } from '../load-workspace.js';
import { reportMarkdown } from '../render/report-markdown.js';
import { UsageError } from '../usage-error.js';
import { writeOutput } from '../write-output.js';

export interface ReportOptions { unit?: string; cycle?: string; since?: string; today?: string; config?: string; format: typeof REPORT_FORMATS[number]; output?: string }

const RENDERERS: Record<ReportOptions['format'], (report: StatusReport) => string> = {
    markdown: reportMarkdown,
    html: renderReportHtml,
};

/** The review looks back one week unless told otherwise. */
const DEFAULT_SINCE_DAYS = 7;

export async function report(paths: string[], options: ReportOptions): Promise<void> {
    const workspace = await loadWorkspace(paths, { today: options.today, config: options.config, validation: false, requireValidConfig: true });
    const documents = workspace.files.flatMap(file => (file.document ? [file.document] : []));
    const model = workspace.services.okr.WorkspaceModel.get();
    const scope = reportScope(model, documents);
    if (options.unit !== undefined && !scope.units.some(unit => unit.id === options.unit)) {
        throw new UsageError(`unknown unit "${options.unit}"${scope.units.length ? ` (units: ${scope.units.map(unit => unit.id).join(', ')})` : ' (these files name no unit)'}.`);
    }
    if (options.cycle !== undefined && !scope.cycles.includes(options.cycle)) {
        throw new UsageError(`no objectives in cycle "${options.cycle}"${scope.cycles.length ? ` (cycles: ${scope.cycles.join(', ')})` : ''}.`);
    }
    const since = options.since !== undefined ? parseDay(options.since)! : model.today - DEFAULT_SINCE_DAYS;
    if (since > model.today) {
        throw new UsageError(`--since ${options.since} is after today (${formatDay(model.today)}): nothing can have moved since then.`);
    }
    const statusReport = buildStatusReport(model, documents, { unit: options.unit, cycle: options.cycle, since });
    writeOutput(workspace, options.output, RENDERERS[options.format](statusReport), 'reported on');
}
