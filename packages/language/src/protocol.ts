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

// ---- check-ins (workspace/executeCommand; see docs/editors.md) ----

/** Commands the server offers (advertised in `executeCommandProvider`). */
export const ServerCommand = {
    /** Adds a check-in: the server asks the client to apply a WorkspaceEdit (so undo works) and answers a CheckInResult. */
    addCheckIn: 'okr.addCheckIn',
    /** Checks what a check-in would be without editing (input boxes that validate as you type): a CheckInValidation. */
    validateCheckIn: 'okr.validateCheckIn',
    /** The key results of the workspace, or of one document (`{ uri }`): KeyResultItem[]. */
    listKeyResults: 'okr.listKeyResults',
    /** The key results that `stale-checkin` flags, in file and line order: KeyResultItem[]. */
    listStaleKeyResults: 'okr.listStaleKeyResults',
} as const;

/**
 * The command of each key result's "Check in" code lens, with one CheckInLensArguments. The
 * client handles it: it asks for the value, confidence and note, then runs `okr.addCheckIn`.
 */
export const CheckInLensCommand = 'okr.checkIn';

/** An LSP position: 0-based line and UTF-16 character. */
export interface TextPosition { line: number; character: number }

export interface CheckInLensArguments {
    uri: string;
    /** Where the key result's ID (or its `kr` keyword) starts. */
    position: TextPosition;
    /** Its ID, when it has one. */
    id?: string;
}

/** Which key result: its ID (looked up in the whole workspace), or a position inside it in `uri`. */
export interface CheckInTarget {
    uri?: string;
    kr: string | TextPosition;
}

export interface CheckInParams extends CheckInTarget {
    /** As a check-in writes it: `14`, `41%`, `$1.2M`, `10 days`, or `done`. */
    value: string;
    /** 0.0–1.0 or a percentage (`0.6`, `60%`). */
    confidence?: string | number;
    note?: string;
    /** `YYYY-MM-DD`; default: today (the `okr.today` setting, else the real date). */
    date?: string;
}

/** For validation the value may be missing (a confidence checked before…). */
export type CheckInValidationParams = CheckInTarget & Partial<Omit<CheckInParams, keyof CheckInTarget>>;

export interface CheckInValidation {
    /** Why this check-in would be refused; absent when it is fine. */
    problem?: string;
    warnings: string[];
}

export interface CheckInResult {
    applied: boolean;
    uri: string;
    /** The line added, e.g. `checkin 2026-11-20 = 14 confidence 0.6`. */
    checkin: string;
    /** Its line, 0-based. */
    line: number;
    keyResult: { id?: string; title: string; progress: number; previousProgress: number };
    objective: { id: string; title: string; score?: number; grade?: string; status: string };
    /** Ready to show: `progress 56% (was 44%), 14 → 10 days` and `score 0.3 (33%) · red · at risk`. */
    summary: { progress: string; score: string };
    warnings: string[];
}

export interface KeyResultItem {
    uri: string;
    /** The whole key result. */
    range: { start: TextPosition; end: TextPosition };
    /** Its ID or `kr` keyword: where its code lens and diagnostics point. */
    position: TextPosition;
    id?: string;
    title: string;
    objective: { id: string; title: string };
    /** `from 19 to 10 days`, `to 70%`, `milestone`, `no measure`. */
    measure: string;
    milestone: boolean;
    /** The latest check-in: its date, value as written (`15`, `done`) and confidence. */
    latest?: { date: string; value: string; confidence?: string };
    progress: number;
    /** The `stale-checkin` message, when that check flags it. */
    stale?: string;
}

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
