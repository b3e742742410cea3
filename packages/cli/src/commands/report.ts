/** `okr report [PATH…]`: the weekly review's status report, per unit, as Markdown or HTML. */
import { Command, Option } from 'commander';
import { loadEngine } from '../load-engine.js';
import { parseDate, parseToday } from '../options.js';

/** The `--format` choices; engine/report.ts has a renderer for each. */
export const REPORT_FORMATS = ['markdown', 'html'] as const;

export function reportCommand(): Command {
    return new Command('report')
        .description('status report for the weekly review: scores and what moved since a date, breached KPIs, stale key results, per unit')
        .argument('[paths...]', 'files or folders (folders are searched for *.okr)', [])
        .option('--unit <unit>', 'only this unit and the units in it')
        .option('--cycle <cycle>', 'only this cycle (default: the cycles running today, else the latest that has started)')
        .option('--since <date>', 'report what moved after this date, YYYY-MM-DD (default: 7 days before today)', parseDate)
        .option('--today <date>', 'the date for status and staleness, YYYY-MM-DD (default: today)', parseToday)
        .option('-c, --config <file>', 'use this configuration file instead of okr.config.json')
        .addOption(new Option('-f, --format <format>', 'output format').choices(REPORT_FORMATS).default('markdown'))
        .option('-o, --output <file>', 'write to this file instead of standard output (- for standard output)')
        .action(async (paths, options) => (await loadEngine()).report(paths, options));
}
