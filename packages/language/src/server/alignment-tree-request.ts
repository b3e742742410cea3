/**
 * `okr/alignmentTree`: the workspace's alignment tree for a cycle, as the preview draws it
 * (each block in the cycle of its own file's fiscal year, as the checks see it),
 * and `okr/workspaceChanged` after every build so an open preview refreshes.
 */
import { DocumentState } from 'langium';
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
        const model = okr.okr.WorkspaceModel.get();
        const cycle = typeof params?.cycle === 'string' ? params.cycle : undefined;
        const tree = buildAlignmentTree(model, documents, { cycle });
        // A cycle that no longer has objectives (renamed, deleted) falls back to the current one.
        return cycle && !tree.cycles.includes(cycle) ? buildAlignmentTree(model, documents) : tree;
    });

    DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        connection.sendNotification(WorkspaceChangedNotification).catch(() => undefined);
    });
}
