/** `okr score [PATH…]`: objectives and key results with scores, grades and status. */
import { Command, Option } from 'commander';
import { loadEngine } from '../load-engine.js';
import { parseToday } from '../options.js';

export function scoreCommand(): Command {
    return new Command('score')
        .description('score objectives and key results (progress, grade, status by date)')
        .argument('[paths...]', 'files or folders (folders are searched for *.okr)', [])
        .option('--cycle <cycle>', 'only this cycle, e.g. 2026-Q4 or a custom cycle ID')
        .option('--today <date>', 'the date for status, YYYY-MM-DD (default: today)', parseToday)
        .option('-c, --config <file>', 'use this configuration file instead of okr.config.json')
        .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
        .addHelpText('after', `
In JSON, "current" is the number of a key result's latest check-in (41% → 41, $1.2M → 1200000),
true when it was checked in as "done" (milestones), and null before its first check-in.
"score" and "grade" are null for an objective without key results.`)
        .action(async (paths, options) => (await loadEngine()).score(paths, options));
}
