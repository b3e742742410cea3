/** What `okr check` does once its options are parsed (commands/check.ts): check, then print in the chosen format. */
import { runCheck } from '../check-pipeline.js';
import { colorsFor } from '../output.js';
import type { Reporter } from '../reporters/check-report.js';
import { github } from '../reporters/github.js';
import { gitlab } from '../reporters/gitlab.js';
import { json } from '../reporters/json.js';
import { markdown } from '../reporters/markdown.js';
import type { ReporterName } from '../reporters/names.js';
import { sarif } from '../reporters/sarif.js';
import { stylish } from '../reporters/stylish.js';

const REPORTERS: Record<ReporterName, Reporter> = { stylish, json, sarif, github, gitlab, markdown };

export interface CheckCommandOptions {
    format: ReporterName; maxWarnings: number; today?: string; config?: string; quiet?: boolean;
    baseline?: string; updateBaseline?: boolean;
}

export async function check(paths: string[], options: CheckCommandOptions, version: string): Promise<void> {
    const outcome = await runCheck(paths, {
        today: options.today, config: options.config, quiet: options.quiet, maxWarnings: options.maxWarnings,
        baseline: { file: options.baseline, update: !!options.updateBaseline },
        objectives: options.format === 'markdown',
    });
    process.stdout.write(REPORTERS[options.format](outcome.report, { cwd: process.cwd(), colors: colorsFor(process.stdout), version }));
    for (const message of outcome.messages) process.stderr.write(`${message}\n`);
    process.exitCode = outcome.exitCode;
}
