/** What `okr diff` does once its options are parsed (commands/diff.ts). */
import { terminalSafeJson, visible } from 'okr-language';
import { runDiff } from '../diff/run-diff.js';
import { colorsFor } from '../output.js';
import { diffMarkdown } from '../render/diff-markdown.js';
import { diffText } from '../render/diff-text.js';
import { ExitCode } from '../usage-error.js';

export interface DiffOptions { today?: string; format: 'text' | 'markdown' | 'json'; config?: string; failOnFlags?: boolean }

export async function diff(base: string | undefined, head: string | undefined, options: DiffOptions): Promise<void> {
    const { report, messages } = await runDiff({ base, head, today: options.today, config: options.config });
    const output = options.format === 'json' ? terminalSafeJson(report, 2) + '\n'
        : options.format === 'markdown' ? diffMarkdown(report) : diffText(report, colorsFor(process.stdout));
    process.stdout.write(output);
    for (const message of messages) process.stderr.write(`${visible(message)}\n`);
    process.exitCode = options.failOnFlags && report.flags.length > 0 ? ExitCode.Problems : ExitCode.Ok;
}
