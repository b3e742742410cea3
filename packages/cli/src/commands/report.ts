/** `okr report [PATH…]`: the weekly review's status report, per unit, as Markdown or HTML. */
import { Command, Option } from 'commander';
import { buildStatusReport, formatDay, parseDay, reportScope, type StatusReport } from 'okr-language';
import { renderReportHtml } from 'okr-preview';
import { loadWorkspace } from '../load-workspace.js';
import { parseDate, parseToday } from '../options.js';
import { reportMarkdown } from '../render/report-markdown.js';
import { UsageError } from '../usage-error.js';
import { writeOutput } from '../write-output.js';

interface ReportOptions { unit?: string; cycle?: string; since?: string; today?: string; config?: string; format: 'markdown' | 'html'; output?: string }

const RENDERERS: Record<ReportOptions['format'], (report: StatusReport) => string> = {
    markdown: reportMarkdown,
    html: renderReportHtml,
};

/** The review looks back one week unless told otherwise. */
const DEFAULT_SINCE_DAYS = 7;

export function reportCommand(): Command {
    return new Command('report')
        .description('status report for the weekly review: scores and what moved since a date, breached KPIs, stale key results, per unit')
        .argument('[paths...]', 'files or folders (folders are searched for *.okr)', [])
        .option('--unit <unit>', 'only this unit and the units in it')
        .option('--cycle <cycle>', 'only this cycle (default: the cycles running today, else the latest that has started)')
        .option('--since <date>', 'report what moved after this date, YYYY-MM-DD (default: 7 days before today)', parseDate)
        .option('--today <date>', 'the date for status and staleness, YYYY-MM-DD (default: today)', parseToday)
        .option('-c, --config <file>', 'use this configuration file instead of okr.config.json')
        .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(RENDERERS)).default('markdown'))
        .option('-o, --output <file>', 'write to this file instead of standard output (- for standard output)')
        .action(async (paths: string[], options: ReportOptions) => {
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
            const report = buildStatusReport(model, documents, { unit: options.unit, cycle: options.cycle, since });
            writeOutput(workspace, options.output, RENDERERS[options.format](report), 'reported on');
        });
}
