/**
 * Re-checks the workspace when a baseline file in use changes on disk, e.g. after
 * `okr check --update-baseline` in a terminal.
 */
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { OkrServices } from '../okr-module.js';
import { BaselineDocumentValidator } from './baseline-validator.js';
import { revalidateAll } from './revalidate.js';

export function watchBaselineFiles(shared: LangiumSharedServices, okr: OkrServices): void {
    const validator = okr.validation.DocumentValidator;
    if (!(validator instanceof BaselineDocumentValidator)) return;
    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
        const inUse = new Set(validator.baselineFiles());
        if (!params.changes.some(change => inUse.has(URI.parse(change.uri).fsPath))) return;
        void shared.workspace.WorkspaceManager.ready.then(() => revalidateAll(shared), () => undefined);
    });
}
