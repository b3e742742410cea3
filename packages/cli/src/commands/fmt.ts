/**
 * `okr fmt [PATH…]`: formats files in place with the language server's formatter, so the
 * editor and the CLI agree. `--check` only lists the files that would change (exit 1).
 * A file with syntax errors is never written: it is reported and skipped (exit 1).
 * Each file keeps its dominant line ending (LF or CRLF; block comments exactly as written) and its
 * byte-order mark, and is written whole or not at all.
 */
import { Command } from 'commander';
import { loadEngine } from '../load-engine.js';

export function fmtCommand(): Command {
    return new Command('fmt')
        .description('format .okr files in place (--check: list files that would change, exit 1 if any)')
        .argument('[paths...]', 'files or folders (folders are searched for *.okr)', [])
        .option('--check', 'write nothing; list the files that are not formatted and exit 1 if there are any')
        .action(async (paths, options) => (await loadEngine()).fmt(paths, options));
}
