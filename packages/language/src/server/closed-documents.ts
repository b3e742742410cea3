/**
 * What happens to a document when the editor closes it. Langium keeps every document it has
 * seen; for one that exists only in the editor (an untitled buffer, or a file that is not
 * `*.okr` but was set to the OKR language) that is wrong twice over: its objectives and IDs
 * would keep counting in the workspace, and nothing could be looked up for it any more (the
 * registry finds services by the open document's language, then by file extension). So such
 * a document leaves the workspace when it closes. A closed `.okr` file goes back to its text
 * on disk, so unsaved edits that were thrown away stop counting too; one that is not on disk
 * (deleted while it was open) leaves the workspace as well.
 */
import { URI, UriUtils, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { OkrServices } from '../okr-module.js';
import { readSourceFile } from '../io/source-files.js';

export function forgetClosedDocuments(shared: LangiumSharedServices, okr: OkrServices): void {
    const { TextDocuments } = shared.workspace;
    const extensions = new Set(okr.LanguageMetaData.fileExtensions);
    TextDocuments?.onDidClose(event => {
        const uri = URI.parse(event.document.uri);
        const document = shared.workspace.LangiumDocuments.getDocument(uri);
        if (!document) return;
        const disk = uri.scheme === 'file' && extensions.has(UriUtils.extname(uri)) ? textOnDisk(document) : undefined;
        if (disk === undefined) update(shared, [], [uri]);
        else if (disk !== document.textDocument.getText()) update(shared, [uri], []);
    });
}

function update(shared: LangiumSharedServices, changed: URI[], deleted: URI[]): void {
    const { WorkspaceManager, WorkspaceLock, DocumentBuilder } = shared.workspace;
    WorkspaceManager.ready
        .then(() => WorkspaceLock.write(token => DocumentBuilder.update(changed, deleted, token)))
        .catch(error => console.error('OKR: updating the workspace after a document closed failed:', error));
}

/** The file's text as the workspace would read it; undefined when there is no such file (or it cannot be read). */
function textOnDisk(document: LangiumDocument): string | undefined {
    try {
        return readSourceFile(document.uri.fsPath).text;
    } catch {
        return undefined;
    }
}
