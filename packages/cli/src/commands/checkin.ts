/**
 * `okr checkin KR_ID VALUE`: adds a check-in to a key result, found by its ID in the workspace of
 * the current folder (as `okr check` with no paths finds files), through the language package's
 * check-in edit, so the CLI and the editor write the same line in the same place. The file is
 * read again just before writing: one that changed meanwhile is not overwritten. Each refusal
 * is exit 2 with one line on stderr, and nothing is written.
 */
import { Command } from 'commander';
import { loadEngine } from '../load-engine.js';
import { parseToday } from '../options.js';

export function checkinCommand(): Command {
    return new Command('checkin')
        .description('add a check-in to a key result, found by its ID in the workspace of the current folder')
        .argument('<kr-id>', 'the ID of the key result')
        .argument('<value...>', 'the value, e.g. 14, 41%, $1.2M or 10 days; done for a milestone')
        .option('--confidence <n>', 'how likely the target is reached: 0.0 to 1.0, or a percentage (0.6, 60%)')
        .option('--note <text>', 'a note, e.g. what moved the value')
        .option('--date <date>', 'the date of the check-in, YYYY-MM-DD (default: today)')
        .option('--today <date>', 'the date to treat as today, YYYY-MM-DD (default: the real date)', parseToday)
        .option('-c, --config <file>', 'use this configuration file instead of okr.config.json')
        // Negative values look like options to commander: unknown options are sorted out in engine/checkin.ts.
        .allowUnknownOption()
        .addHelpText('after', `
Prints the key result's new progress and its objective's new score and status. Exits 2, writing
nothing, when the ID names no key result or several, the value does not parse or is in another
unit than the measure, the confidence is outside 0-1, or the text near the key result does not
parse. A date outside the key result's cycle is a warning.`)
        .action(async (id, words, options) => (await loadEngine()).checkin(id, words, options));
}
