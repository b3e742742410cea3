/**
 * Every custom message between the language server, the VS Code client and the preview
 * webview, typed in one place. Import this file directly (`okr-language/protocol`) from the
 * client and the webview: it pulls in no Langium code.
 */
import type { AlignmentTree, SourceLocation } from './views/alignment-tree.js';

// The JSON-safe views the preview package renders (the webview, `okr tree` and `okr report` pages).
export type { CheckinPoint, KeyResultNode, KpiChip, KpiLink, KpiNode, KpiRange, KpiReading, ObjectiveNode } from './views/alignment-tree.js';
export type { NewCheckin, ReportObjective, StaleKeyResult, StatusReport, UnitReport } from './views/status-report.js';

// ---- language server ↔ client (LSP custom requests) ----

/** Asks the server for the workspace's alignment tree for one cycle (default: the current one). */
export const AlignmentTreeRequest = 'okr/alignmentTree';
export interface AlignmentTreeParams { cycle?: string }
export type AlignmentTreeResult = AlignmentTree;

/** Sent by the server after each build, so an open preview refreshes. */
export const WorkspaceChangedNotification = 'okr/workspaceChanged';

// ---- extension host ↔ webview (postMessage) ----

export type HostToWebviewMessage =
    | { type: 'update'; tree: AlignmentTree }
    | { type: 'error'; message: string };

export type WebviewToHostMessage =
    | { type: 'ready' }
    | { type: 'reveal'; source: SourceLocation }
    | { type: 'selectCycle'; cycle: string };

/**
 * What the webview draws must have the tree's shape (the standalone page reads it from the
 * page, the webview from its host): anything else is ignored, never half drawn.
 */
export function isHostToWebviewMessage(value: unknown): value is HostToWebviewMessage {
    if (typeof value !== 'object' || value === null) return false;
    const message = value as Record<string, unknown>;
    if (message.type === 'error') return typeof message.message === 'string';
    if (message.type !== 'update' || typeof message.tree !== 'object' || message.tree === null) return false;
    const tree = message.tree as Record<string, unknown>;
    return typeof tree.today === 'string' && (tree.cycle === undefined || typeof tree.cycle === 'string')
        && ['cycles', 'strategies', 'unaligned', 'kpis'].every(key => Array.isArray(tree[key]));
}

/** Messages from the webview are untrusted: check their shape before acting on them. */
export function isWebviewToHostMessage(value: unknown): value is WebviewToHostMessage {
    if (typeof value !== 'object' || value === null) return false;
    const message = value as Record<string, unknown>;
    switch (message.type) {
        case 'ready':
            return true;
        case 'selectCycle':
            return typeof message.cycle === 'string' && message.cycle.length < 100;
        case 'reveal': {
            const source = message.source as Record<string, unknown> | undefined;
            return typeof source === 'object' && source !== null && typeof source.uri === 'string'
                && Number.isInteger(source.line) && (source.line as number) >= 0
                && Number.isInteger(source.character) && (source.character as number) >= 0;
        }
        default:
            return false;
    }
}

export type { AlignmentTree, SourceLocation };
