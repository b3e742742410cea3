/** What the language server adds to Langium's LSP wiring: editor settings, config files, the preview's tree, check-in commands. */
import type { Module } from 'langium';
import type { LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import type { OkrServices } from '../okr-module.js';
import { serveAlignmentTree } from './alignment-tree-request.js';
import { publishConfigProblems } from './config-problems.js';
import { watchConfigFiles } from './config-file-watcher.js';
import { watchBaselineFiles } from './baseline-file-watcher.js';
import { syncEditorSettings } from './editor-settings-sync.js';
import { warmUpOnStart } from './warm-up.js';
import { boundHeapGrowth } from './memory.js';
import { BaselineDocumentValidator } from './baseline-validator.js';
import { forgetClosedDocuments } from './closed-documents.js';
import { OkrCommandHandler } from './command-handler.js';
import { OpenFilesFirstWorkspaceManager } from './open-files-first.js';

/** What only the language server uses, in the language: the validator that honours a configured baseline. */
export const OkrServerModule: Module<OkrServices, PartialLangiumServices> = {
    validation: {
        DocumentValidator: (services) => new BaselineDocumentValidator(services),
    },
};

/** …and shared: the `workspace/executeCommand` commands (check-ins); open files checked before the workspace scan. */
export const OkrServerSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        ExecuteCommandHandler: (shared) => new OkrCommandHandler(shared),
    },
    workspace: {
        WorkspaceManager: (shared) => new OpenFilesFirstWorkspaceManager(shared),
    },
};

export function registerOkrLanguageServerFeatures(shared: LangiumSharedServices, okr: OkrServices): void {
    syncEditorSettings(shared, okr);
    watchConfigFiles(shared, okr);
    watchBaselineFiles(shared, okr);
    publishConfigProblems(shared, okr);
    serveAlignmentTree(shared, okr);
    forgetClosedDocuments(shared, okr);
    warmUpOnStart(shared, okr);
    boundHeapGrowth();
}
