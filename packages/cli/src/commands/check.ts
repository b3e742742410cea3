/** `okr check [PATH…]`: lint .okr files as CI and terminals expect from ESLint. */
import { Command, Option } from 'commander';
import { loadEngine } from '../load-engine.js';
import { parseMaxWarnings, parseToday } from '../options.js';
import { REPORTER_NAMES } from '../reporters/names.js';

export function checkCommand(version: string): Command {
    return new Command('check')
        .description('check .okr files and report problems (exit 1 on errors or too many warnings)')
        .argument('[paths...]', 'files or folders (folders are searched for *.okr)', [])
        .addOption(new Option('-f, --format <format>', 'output format').choices(REPORTER_NAMES).default('stylish'))
        .option('--max-warnings <n>', 'number of warnings that still passes (-1: no limit)', parseMaxWarnings, -1)
        .option('--today <date>', 'the date to check against, YYYY-MM-DD (default: today)', parseToday)
        .option('-c, --config <file>', 'use this configuration file instead of okr.config.json')
        .option('--quiet', 'report errors only')
        .option('--baseline <file>', 'report only problems this baseline does not record (default: "baseline" in okr.config.json)')
        .option('--update-baseline', 'record the problems found now in the baseline file, then report the rest')
        .action(async (paths, options) => (await loadEngine()).check(paths, options, version));
}
