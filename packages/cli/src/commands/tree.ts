/** `okr tree [PATH…]`: the alignment tree of one cycle as text, Mermaid, JSON or HTML. */
import { Command, Option } from 'commander';
import { loadEngine } from '../load-engine.js';
import { parseToday } from '../options.js';

/** The `--format` choices; engine/tree.ts has a renderer for each. */
export const TREE_FORMATS = ['text', 'mermaid', 'json', 'html'] as const;

export function treeCommand(): Command {
    return new Command('tree')
        .description('draw the alignment tree of one cycle: strategies → company → department → team objectives')
        .argument('[paths...]', 'files or folders (folders are searched for *.okr)', [])
        .option('--cycle <cycle>', 'the cycle to draw (default: the one containing today, else the latest)')
        .option('--today <date>', 'the date for status, YYYY-MM-DD (default: today)', parseToday)
        .option('-c, --config <file>', 'use this configuration file instead of okr.config.json')
        .addOption(new Option('-f, --format <format>', 'output format').choices(TREE_FORMATS).default('text'))
        .option('-o, --output <file>', 'write to this file instead of standard output (- for standard output)')
        .action(async (paths, options) => (await loadEngine()).tree(paths, options));
}
