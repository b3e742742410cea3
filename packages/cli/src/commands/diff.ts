/**
 * `okr diff [BASE [HEAD]]`: what changed in the goal set between two git revisions (default:
 * the merge base with the default branch, against the working tree) or two folders, by
 * meaning, with the changes a reviewer should look at twice flagged. Exit 0, or 1 with
 * `--fail-on-flags` when something is flagged; 2 for usage and I/O errors.
 */
import { Command, Option } from 'commander';
import { loadEngine } from '../load-engine.js';
import { parseToday } from '../options.js';

export function diffCommand(): Command {
    return new Command('diff')
        .description('compare the goals of two git revisions or two folders by meaning, and flag what a reviewer should look at')
        .argument('[base]', 'a revision or a folder (default: the merge base of the default branch and HEAD)')
        .argument('[head]', 'a revision or a folder (default: the working tree)')
        .option('--today <date>', 'the date for statuses and for what counts as past, YYYY-MM-DD (default: today)', parseToday)
        .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
        .option('-c, --config <file>', 'use this configuration on both sides instead of each side\'s okr.config.json')
        .option('--fail-on-flags', 'exit 1 when a change is flagged (for CI)')
        .addHelpText('after', `
Two folders compare as they are; otherwise BASE and HEAD are revisions of the repository of the
current folder, read with git (the workspace is the folder of the nearest okr.config.json, as
for okr check). Flags: target-eased, baseline-rewritten, at-risk-removed, at-risk-reweighted,
history-rewritten, commitment-dropped, breach-hidden.`)
        .action(async (base, head, options) => (await loadEngine()).diff(base, head, options));
}
