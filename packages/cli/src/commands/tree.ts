/** `okr tree [PATH…]`: the alignment tree of one cycle as text, Mermaid, JSON or HTML. */
import { Command, Option } from 'commander';
import { buildAlignmentTree, terminalSafeJson, type AlignmentTree } from 'okr-language';
import * as preview from 'okr-preview';
import { loadWorkspace } from '../load-workspace.js';
import { parseToday } from '../options.js';
import { treeMermaid } from '../render/tree-mermaid.js';
import { treeText } from '../render/tree-text.js';
import { UsageError } from '../usage-error.js';
import { writeOutput } from '../write-output.js';

interface TreeOptions { cycle?: string; today?: string; config?: string; format: string; output?: string }

const RENDERERS: Record<string, (tree: AlignmentTree) => string> = {
    text: treeText,
    mermaid: treeMermaid,
    json: tree => terminalSafeJson(tree, 2) + '\n',
    html: tree => {
        // The preview's own renderer, so the file looks like the VS Code preview.
        const render = (preview as { renderStandaloneHtml?: (tree: AlignmentTree) => string }).renderStandaloneHtml;
        if (typeof render !== 'function') throw new UsageError('--format html is not available: this build of okr-preview has no renderStandaloneHtml.');
        return render(tree);
    },
};

export function treeCommand(): Command {
    return new Command('tree')
        .description('draw the alignment tree of one cycle: strategies → company → department → team objectives')
        .argument('[paths...]', 'files or folders (folders are searched for *.okr)', [])
        .option('--cycle <cycle>', 'the cycle to draw (default: the one containing today, else the latest)')
        .option('--today <date>', 'the date for status, YYYY-MM-DD (default: today)', parseToday)
        .option('-c, --config <file>', 'use this configuration file instead of okr.config.json')
        .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(RENDERERS)).default('text'))
        .option('-o, --output <file>', 'write to this file instead of standard output (- for standard output)')
        .action(async (paths: string[], options: TreeOptions) => {
            const workspace = await loadWorkspace(paths, { today: options.today, config: options.config, validation: false, requireValidConfig: true });
            const documents = workspace.files.flatMap(file => (file.document ? [file.document] : []));
            const tree = buildAlignmentTree(workspace.services.okr.WorkspaceModel.get(), documents, { cycle: options.cycle });
            if (options.cycle !== undefined && !tree.cycles.includes(options.cycle)) {
                throw new UsageError(`no objectives in cycle "${options.cycle}"${tree.cycles.length ? ` (cycles: ${tree.cycles.join(', ')})` : ''}.`);
            }
            writeOutput(workspace, options.output, RENDERERS[options.format](tree), 'drawn');
        });
}
