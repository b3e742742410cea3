/** `okr check [PATH…]`: lint .okr files as CI and terminals expect from ESLint. */
import { Command, Option } from 'commander';
import { runCheck } from '../check-pipeline.js';
import { parseMaxWarnings, parseToday } from '../options.js';
import { colorsFor } from '../output.js';
import type { Reporter } from '../reporters/check-report.js';
import { github } from '../reporters/github.js';
import { gitlab } from '../reporters/gitlab.js';
import { json } from '../reporters/json.js';
import { markdown } from '../reporters/markdown.js';
import { sarif } from '../reporters/sarif.js';
import { stylish } from '../reporters/stylish.js';

const REPORTERS: Record<string, Reporter> = { stylish, json, sarif, github, gitlab, markdown };

interface CheckCommandOptions {
    format: string; maxWarnings: number; today?: string; config?: string; quiet?: boolean;
    baseline?: string; updateBaseline?: boolean;
}

export function checkCommand(version: string): Command {
    return new Command('check')
        .description('check .okr files and report problems (exit 1 on errors or too many warnings)')
        .argument('[paths...]', 'files or folders (folders are searched for *.okr)', [])
        .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(REPORTERS)).default('stylish'))
        .option('--max-warnings <n>', 'number of warnings that still passes (-1: no limit)', parseMaxWarnings, -1)
        .option('--today <date>', 'the date to check against, YYYY-MM-DD (default: today)', parseToday)
        .option('-c, --config <file>', 'use this configuration file instead of okr.config.json')
        .option('--quiet', 'report errors only')
        .option('--baseline <file>', 'report only problems this baseline does not record (default: "baseline" in okr.config.json)')
        .option('--update-baseline', 'record the problems found now in the baseline file, then report the rest')
        .action(async (paths: string[], options: CheckCommandOptions) => {
            const outcome = await runCheck(paths, {
                today: options.today, config: options.config, quiet: options.quiet, maxWarnings: options.maxWarnings,
                baseline: { file: options.baseline, update: !!options.updateBaseline },
                objectives: options.format === 'markdown',
            });
            process.stdout.write(REPORTERS[options.format](outcome.report, { cwd: process.cwd(), colors: colorsFor(process.stdout), version }));
            for (const message of outcome.messages) process.stderr.write(`${message}\n`);
            process.exitCode = outcome.exitCode;
        });
}
