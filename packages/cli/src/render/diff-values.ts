/**
 * `okr diff`'s words for people, shared by the text and Markdown renderers: each change as a
 * label with its before and after, elements as "key result q4_setup", and the headline counts.
 * Plain text that may hold user strings: the renderer makes it safe (visible() or markdownText()).
 */
import { formatScore, statusLabel, type Status } from 'okr-language';
import type { Change, DiffReport, ElementRef } from '../diff/diff-report.js';

const KIND: Record<ElementRef['kind'], string> = { 'objective': 'objective', 'key-result': 'key result', 'kpi': 'KPI' };

export function elementName(element: Pick<ElementRef, 'kind' | 'id'>): string {
    return `${KIND[element.kind]} ${element.id ?? '(no ID)'}`;
}

/** Where it lives: `product 2026-Q4` for objectives and key results, `product` for KPIs. */
export function elementScope(element: ElementRef): string {
    return element.cycle === null ? element.unit : `${element.unit} ${element.cycle}`;
}

const LABEL: Record<Change['change'], string> = {
    'added': 'added', 'removed': 'removed', 'retitled': 'title', 'moved': 'moved', 'commitment': 'commitment', 'owner': 'owner',
    'measure': 'measure', 'weight': 'weight', 'checkin-added': 'check-in added', 'checkin-changed': 'check-in edited',
    'checkin-removed': 'check-in removed', 'range': 'expected range', 'reading-added': 'reading added', 'reading-changed': 'reading edited',
    'reading-removed': 'reading removed', 'score': 'score', 'status': 'status', 'progress': 'progress', 'health': 'health',
};

export interface ChangeWords { label: string; before: string; after: string }

export function changeWords(change: Change): ChangeWords {
    const describe = (value: unknown) => (value === null || value === undefined ? '' : valueWords(change.change, value));
    return { label: LABEL[change.change], before: describe(change.before), after: describe(change.after) };
}

type Json = Record<string, unknown>;

function valueWords(type: Change['change'], value: unknown): string {
    const v = value as Json;
    switch (type) {
        case 'retitled': return `"${String(value)}"`;
        case 'moved':
            if ('objective' in v) return `objective ${v.objective} (${v.unit} ${v.cycle})`;
            if ('cycle' in v) return `${v.unit} ${v.cycle}${v.start ? ` (${v.start} to ${v.end})` : ''}`;
            return `unit ${v.unit}`;
        case 'owner': return `"${String(value)}"`;
        case 'measure': return v.kind === 'from-to' ? `from ${v.from} to ${v.to}` : v.kind === 'to' ? `to ${v.to}` : v.kind === 'milestone' ? 'milestone' : 'no measure';
        case 'checkin-added': case 'checkin-changed': case 'checkin-removed':
            return `${v.date} = ${v.value}${v.confidence !== null ? ` confidence ${v.confidence}` : ''}${v.note !== null ? ` "${v.note}"` : ''}`;
        case 'reading-added': case 'reading-changed': case 'reading-removed': return `${v.date} = ${v.value}`;
        case 'score': return `${formatScore((v.score as number | null) ?? undefined)}${v.grade ? ` ${v.grade}` : ''}`;
        case 'status': return statusLabel(value as Status);
        case 'progress': return `${Math.round((value as number) * 100)}%`;
        default: return String(value);
    }
}

const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/** "2 flags · 3 added · 1 removed · 4 changed · 1 problem introduced · 2 resolved" */
export function headlineCounts(report: DiffReport): string[] {
    const elements = (type: Change['change']) => new Set(report.changes.filter(c => c.change === type).map(c => elementKey(c.element))).size;
    const changed = new Set(report.changes.filter(c => c.change !== 'added' && c.change !== 'removed').map(c => elementKey(c.element))).size;
    return [
        plural(report.flags.length, 'flag'),
        `${elements('added')} added`, `${elements('removed')} removed`, `${changed} changed`,
        `${plural(report.diagnostics.introduced.length, 'problem')} introduced`, `${report.diagnostics.resolved.length} resolved`,
    ];
}

export function elementKey(element: ElementRef): string {
    return [element.kind, element.id ?? '', element.objective ?? '', element.id === null ? element.title : ''].join('\0');
}

/** The changes grouped by element, in report order. */
export function changesByElement(changes: Change[]): Array<{ element: ElementRef; changes: Change[] }> {
    const groups = new Map<string, { element: ElementRef; changes: Change[] }>();
    for (const change of changes) {
        const key = elementKey(change.element);
        const group = groups.get(key) ?? { element: change.element, changes: [] };
        group.changes.push(change);
        groups.set(key, group);
    }
    return [...groups.values()];
}
