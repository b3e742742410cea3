/** What `okr tree` does once its options are parsed (commands/tree.ts). */
import { buildAlignmentTree, terminalSafeJson, type AlignmentTree } from 'okr-language';
import * as preview from 'okr-preview';
import type { TREE_FORMATS } from '../commands/tree.js';
import { loadWorkspace } from '../load-workspace.js';
import { treeMermaid } from '../render/tree-mermaid.js';
import { treeText } from '../render/tree-text.js';
import { UsageError } from '../usage-error.js';
import { writeOutput } from '../write-output.js';

export interface TreeOptions { cycle?: string; today?: string; config?: string; format: typeof TREE_FORMATS[number]; output?: string }

const RENDERERS: Record<TreeOptions['format'], (tree: AlignmentTree) => string> = {
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

export async function tree(paths: string[], options: TreeOptions): Promise<void> {
    const workspace = await loadWorkspace(paths, { today: options.today, config: options.config, validation: false, requireValidConfig: true });
    const documents = workspace.files.flatMap(file => (file.document ? [file.document] : []));
    const alignment = buildAlignmentTree(workspace.services.okr.WorkspaceModel.get(), documents, { cycle: options.cycle });
    if (options.cycle !== undefined && !alignment.cycles.includes(options.cycle)) {
        throw new UsageError(`no objectives in cycle "${options.cycle}"${alignment.cycles.length ? ` (cycles: ${alignment.cycles.join(', ')})` : ''}.`);
    }
    writeOutput(workspace, options.output, RENDERERS[options.format](alignment), 'drawn');
}
