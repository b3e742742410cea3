/**
 * `okr/alignmentTree`: the workspace's alignment tree for a cycle, as the preview draws it,
 * and `okr/workspaceChanged` after every build so an open preview refreshes.
 */
import { DocumentState, URI, UriUtils, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { buildAlignmentTree } from '../views/alignment-tree.js';
import type { OkrServices } from '../okr-module.js';
import { AlignmentTreeRequest, WorkspaceChangedNotification, type AlignmentTreeParams, type AlignmentTreeResult } from '../protocol.js';

export function serveAlignmentTree(shared: LangiumSharedServices, okr: OkrServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    const { WorkspaceManager, DocumentBuilder, LangiumDocuments } = shared.workspace;

    connection.onRequest(AlignmentTreeRequest, async (params: AlignmentTreeParams | undefined, token): Promise<AlignmentTreeResult> => {
        await WorkspaceManager.ready;
        await DocumentBuilder.waitUntil(DocumentState.Validated, token);
        const documents = LangiumDocuments.all.filter(document => shared.ServiceRegistry.hasServices(document.uri) && shared.ServiceRegistry.getServices(document.uri) === okr).toArray();
        const options = { today: okr.okr.Settings.today(), fiscalYearStartMonth: fiscalYearStartMonth(shared, okr, documents) };
        const cycle = typeof params?.cycle === 'string' ? params.cycle : undefined;
        const tree = buildAlignmentTree(documents, { ...options, cycle });
        // A cycle that no longer has objectives (renamed, deleted) falls back to the current one.
        return cycle && !tree.cycles.includes(cycle) ? buildAlignmentTree(documents, options) : tree;
    });

    DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        connection.sendNotification(WorkspaceChangedNotification).catch(() => undefined);
    });
}

/** The fiscal year of the workspace root's configuration (else of any document's). */
function fiscalYearStartMonth(shared: LangiumSharedServices, okr: OkrServices, documents: LangiumDocument[]): number {
    const folder = shared.workspace.WorkspaceManager.workspaceFolders?.[0];
    const probe = folder ? UriUtils.joinPath(URI.parse(folder.uri), 'okr.config.json') : documents[0]?.uri;
    return probe ? okr.okr.Settings.forDocument(probe).config.fiscalYearStartMonth : 1;
}
