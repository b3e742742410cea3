/**
 * What `okr diff` found, whatever prints it; `--format json` prints exactly this (documented in
 * packages/cli/README.md, and kept stable): the two sides, the changes of the goal set by
 * meaning, the flags that need a reviewer's eye, and the diagnostics introduced and resolved.
 */
import type { ElementKind } from './goal-set.js';
import type { SideInfo } from './snapshot.js';

export interface DiffSide extends SideInfo {
    /** The date statuses and stale check-ins are judged against, `YYYY-MM-DD` (the same on both sides). */
    today: string;
}

/** The element a change, flag or diagnostic is about: as at HEAD, or as at BASE when it is gone. */
export interface ElementRef {
    kind: ElementKind;
    /** null for a key result without ID. */
    id: string | null;
    title: string;
    /** The objective of a key result (its ID); null for objectives and KPIs. */
    objective: string | null;
    unit: string;
    /** The cycle's name (`2026-Q4`, a custom cycle's ID); null for KPIs. */
    cycle: string | null;
    file: string;
    line: number;
}

export const CHANGE_TYPES = [
    'added', 'removed', 'retitled', 'moved', 'commitment', 'owner',
    'measure', 'weight', 'checkin-added', 'checkin-changed', 'checkin-removed',
    'range', 'reading-added', 'reading-changed', 'reading-removed',
    'score', 'status', 'progress', 'health',
] as const;

export type ChangeType = typeof CHANGE_TYPES[number];

export interface Change {
    change: ChangeType;
    element: ElementRef;
    /** What it was and is; the shape depends on `change` (see the README's table). null for added/removed. */
    before: unknown;
    after: unknown;
}

export const FLAG_RULES = [
    'target-eased', 'baseline-rewritten', 'at-risk-removed', 'at-risk-reweighted', 'history-rewritten', 'commitment-dropped', 'breach-hidden',
] as const;

export type FlagRule = typeof FLAG_RULES[number];

export interface Flag {
    rule: FlagRule;
    element: ElementRef;
    /** One sentence for the reviewer: what changed and why it deserves a look. */
    message: string;
    before: unknown;
    after: unknown;
}

export interface DiffDiagnostic {
    code: string;
    severity: 'error' | 'warning' | 'info' | 'hint';
    message: string;
    file: string;
    line: number;
    column: number;
    /** The objective, key result or KPI it is about; null for a whole file or another element. */
    element: { kind: ElementKind; id: string | null; title: string } | null;
}

export interface DiffReport {
    base: DiffSide;
    head: DiffSide;
    changes: Change[];
    flags: Flag[];
    diagnostics: { introduced: DiffDiagnostic[]; resolved: DiffDiagnostic[] };
}
