/**
 * Re-checks the workspace when an okr.config.json is created, changed or deleted. Langium's
 * document update handler registers a watcher for every file (`**∕*`) with clients that
 * support it; changes to .okr files it handles itself, the configuration files are ours.
 */
import { URI, UriUtils } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { OkrServices } from '../okr-module.js';
import { CONFIG_FILE_NAME } from '../config/settings.js';
import { revalidateAll } from './revalidate.js';

export function watchConfigFiles(shared: LangiumSharedServices, okr: OkrServices): void {
    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
        const configChanged = params.changes.some(change => UriUtils.basename(URI.parse(change.uri)) === CONFIG_FILE_NAME);
        if (!configChanged) return;
        okr.okr.Settings.clearCache();
        void shared.workspace.WorkspaceManager.ready.then(() => revalidateAll(shared), () => undefined);
    });
}
