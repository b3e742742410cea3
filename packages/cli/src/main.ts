/**
 * The `okr` command: check, score, tree, fmt, checkin, diff and report for .okr goal files.
 * Exit codes: 0 clean, 1 problems found, 2 usage or I/O error (one line on stderr).
 * This bundle (out/okr.cjs) holds only the command line; the work is in out/okr-engine.cjs,
 * loaded when a command runs, so that --version and --help start fast.
 */
import { Command, CommanderError } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { checkCommand } from './commands/check.js';
import { checkinCommand } from './commands/checkin.js';
import { diffCommand } from './commands/diff.js';
import { fmtCommand } from './commands/fmt.js';
import { reportCommand } from './commands/report.js';
import { scoreCommand } from './commands/score.js';
import { treeCommand } from './commands/tree.js';
import { visible } from 'okr-language/visible-text';
import { ExitCode, isUsageError } from './usage-error.js';

const program = new Command('okr')
    .description('Goals as code: check, score, check in on and draw the alignment tree of .okr files.')
    .addCommand(checkCommand(pkg.version))
    .addCommand(scoreCommand())
    .addCommand(treeCommand())
    .addCommand(fmtCommand())
    .addCommand(checkinCommand())
    .addCommand(diffCommand())
    .addCommand(reportCommand());

for (const command of [program, ...program.commands]) {
    command
        .version(pkg.version, '-V, --version', 'print the version')
        .exitOverride()
        .showSuggestionAfterError()
        .configureOutput({ outputError: (message, write) => write(`okr: ${oneLine(message.replace(/^error: /, ''))}\n`) });
}

/** One line whatever a path or an argument holds: line breaks fold, other control characters show as escapes. */
function oneLine(text: string): string {
    return visible(text.replace(/\s*\n\s*/g, ' ').trim());
}

async function main(argv: string[]): Promise<number> {
    try {
        await program.parseAsync(argv);
        return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.Ok;
    } catch (error) {
        if (error instanceof CommanderError) {
            // --help and --version end here too, with exit code 0.
            return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
        }
        if (isUsageError(error)) {
            process.stderr.write(`okr: ${oneLine(error.message)}\n`);
            return ExitCode.Usage;
        }
        // A bug, not a user error: one line, and the stack only on request.
        process.stderr.write(`okr: internal error: ${oneLine((error as Error)?.message ?? String(error))} (set OKR_DEBUG=1 for details)\n`);
        if (process.env.OKR_DEBUG) process.stderr.write(`${(error as Error)?.stack}\n`);
        return ExitCode.Usage;
    }
}

// `okr score | head`: the reader has all it wants; stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : ExitCode.Ok);
});

main(process.argv).then(code => {
    process.exitCode = code;
});
