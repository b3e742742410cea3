/** What the language server adds to Langium's LSP wiring: editor settings, config files, the preview's tree. */
import type { LangiumSharedServices } from 'langium/lsp';
import type { OkrServices } from '../okr-module.js';
import { serveAlignmentTree } from './alignment-tree-request.js';
import { publishConfigProblems } from './config-problems.js';
import { watchConfigFiles } from './config-file-watcher.js';
import { syncEditorSettings } from './editor-settings-sync.js';
import { warmUpOnStart } from './warm-up.js';
import { boundHeapGrowth } from './memory.js';
import { forgetClosedDocuments } from './closed-documents.js';

export function registerOkrLanguageServerFeatures(shared: LangiumSharedServices, okr: OkrServices): void {
    syncEditorSettings(shared, okr);
    watchConfigFiles(shared, okr);
    publishConfigProblems(shared, okr);
    serveAlignmentTree(shared, okr);
    forgetClosedDocuments(shared, okr);
    warmUpOnStart(shared, okr);
    boundHeapGrowth();
}
