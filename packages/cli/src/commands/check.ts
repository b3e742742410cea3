/** `okr check [PATH…]`: lint .okr files as CI and terminals expect from ESLint. */
import { Command, Option } from 'commander';
import { loadWorkspace } from '../load-workspace.js';
import { parseMaxWarnings, parseToday } from '../options.js';
import { colorsFor } from '../output.js';
import { fileReport, summarize, type Reporter } from '../reporters/check-report.js';
import { github } from '../reporters/github.js';
import { json } from '../reporters/json.js';
import { sarif } from '../reporters/sarif.js';
import { stylish } from '../reporters/stylish.js';
import { ExitCode } from '../usage-error.js';

const REPORTERS: Record<string, Reporter> = { stylish, json, sarif, github };

interface CheckOptions { format: string; maxWarnings: number; today?: string; config?: string; quiet?: boolean }

export function checkCommand(version: string): Command {
    return new Command('check')
        .description('check .okr files and report problems (exit 1 on errors or too many warnings)')
        .argument('[paths...]', 'files or folders (folders are searched for *.okr)', [])
        .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(REPORTERS)).default('stylish'))
        .option('--max-warnings <n>', 'number of warnings that still passes (-1: no limit)', parseMaxWarnings, -1)
        .option('--today <date>', 'the date to check against, YYYY-MM-DD (default: today)', parseToday)
        .option('-c, --config <file>', 'use this configuration file instead of okr.config.json')
        .option('--quiet', 'report errors only')
        .action(async (paths: string[], options: CheckOptions) => {
            process.exitCode = await check(paths, options, version);
        });
}

async function check(paths: string[], options: CheckOptions, version: string): Promise<number> {
    const { files } = await loadWorkspace(paths, { today: options.today, config: options.config, validation: true, requireValidConfig: true });
    const reports = files.map(file => fileReport(file, severity => !options.quiet || severity === 'error'));
    const summary = summarize(reports);
    const cwd = process.cwd();
    process.stdout.write(REPORTERS[options.format]({ files: reports, summary }, { cwd, colors: colorsFor(process.stdout), version }));
    const tooManyWarnings = options.maxWarnings >= 0 && summary.warnings > options.maxWarnings;
    if (tooManyWarnings) {
        process.stderr.write(`okr: too many warnings (${summary.warnings}, maximum ${options.maxWarnings}).\n`);
    }
    return summary.errors > 0 || tooManyWarnings ? ExitCode.Problems : ExitCode.Ok;
}
