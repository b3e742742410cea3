/**
 * The changes between two goal sets, by meaning: elements added and removed, retitled, moved
 * to another unit, cycle (its name or, when the fiscal year changed, its dates) or objective;
 * commitment, owner, measure, weight, check-ins, range and readings; and what the scoring
 * makes of them: score, status, progress, health. Values compare as numbers with their unit
 * (`$1.2M` is `$1200k`), so reformatting a file changes nothing.
 */
import type { Change, ChangeType, ElementRef } from './diff-report.js';
import type { CheckinFacts, ElementFacts, GoalSet, KeyResultFacts, KpiFacts, MeasureFacts, ObjectiveFacts, QuantityFacts } from './goal-set.js';
import { sameQuantity, sameUnit } from './quantity-equality.js';

export function compareGoalSets(base: GoalSet, head: GoalSet): Change[] {
    const changes: Array<Change & { order: [string, number, number] }> = [];
    const keys = new Set([...head.elements.keys(), ...base.elements.keys()]);
    for (const key of keys) {
        const before = base.elements.get(key);
        const after = head.elements.get(key);
        const shown = (after ?? before)!;
        const element = elementRef(shown);
        const push = (change: ChangeType, was: unknown, is: unknown) => {
            changes.push({ change, element, before: was, after: is, order: [shown.place.file, shown.place.line, changes.length] });
        };
        if (!before) push('added', null, null);
        else if (!after) push('removed', null, null);
        else elementChanges(before, after, push);
    }
    changes.sort((a, b) => (a.order[0] < b.order[0] ? -1 : a.order[0] > b.order[0] ? 1 : a.order[1] - b.order[1] || a.order[2] - b.order[2]));
    return changes.map(({ order: _order, ...change }) => change);
}

type Push = (change: ChangeType, before: unknown, after: unknown) => void;

function elementChanges(before: ElementFacts, after: ElementFacts, push: Push): void {
    if (before.title !== after.title) push('retitled', before.title, after.title);
    if (before.kind === 'objective' && after.kind === 'objective') objectiveChanges(before, after, push);
    if (before.kind === 'key-result' && after.kind === 'key-result') keyResultChanges(before, after, push);
    if (before.kind === 'kpi' && after.kind === 'kpi') kpiChanges(before, after, push);
}

function objectiveChanges(before: ObjectiveFacts, after: ObjectiveFacts, push: Push): void {
    const place = (o: ObjectiveFacts) => ({ unit: o.unit, cycle: o.cycle.name, start: o.cycle.start ?? null, end: o.cycle.end ?? null });
    if (JSON.stringify(place(before)) !== JSON.stringify(place(after))) push('moved', place(before), place(after));
    if (before.committed !== after.committed) push('commitment', commitment(before), commitment(after));
    if (before.owner !== after.owner) push('owner', before.owner, after.owner);
    if (before.score !== after.score || before.grade !== after.grade) {
        push('score', { score: before.score, grade: before.grade }, { score: after.score, grade: after.grade });
    }
    if (before.status !== after.status) push('status', before.status, after.status);
}

function keyResultChanges(before: KeyResultFacts, after: KeyResultFacts, push: Push): void {
    const place = (kr: KeyResultFacts) => ({ objective: kr.objective.id, unit: kr.unit, cycle: kr.objective.cycle.name });
    // A key result moves with its objective; it is "moved" itself only when it changed objective.
    if (before.objective.key !== after.objective.key) push('moved', place(before), place(after));
    if (before.owner !== after.owner) push('owner', before.owner, after.owner);
    if (!sameMeasure(before.measure, after.measure)) push('measure', measureJson(before.measure), measureJson(after.measure));
    if (before.weight !== after.weight) push('weight', before.weight, after.weight);
    pairByDate(before.checkins, after.checkins, (was, is) => {
        if (!was) push('checkin-added', null, checkinJson(is!));
        else if (!is) push('checkin-removed', checkinJson(was), null);
        else if (!sameCheckin(was, is)) push('checkin-changed', checkinJson(was), checkinJson(is));
    });
    if (before.progress !== after.progress) push('progress', before.progress, after.progress);
}

function kpiChanges(before: KpiFacts, after: KpiFacts, push: Push): void {
    if (before.unit !== after.unit) push('moved', { unit: before.unit }, { unit: after.unit });
    if (before.owner !== after.owner) push('owner', before.owner, after.owner);
    if (!sameRange(before, after)) push('range', before.range, after.range);
    pairByDate(before.readings, after.readings, (was, is) => {
        if (!was) push('reading-added', null, readingJson(is!));
        else if (!is) push('reading-removed', readingJson(was), null);
        else if (!sameQuantity(was.value, is.value)) push('reading-changed', readingJson(was), readingJson(is));
    });
    if (before.health !== after.health) push('health', before.health, after.health);
}

export function elementRef(facts: ElementFacts): ElementRef {
    return {
        kind: facts.kind, id: facts.id, title: facts.title,
        objective: facts.kind === 'key-result' ? facts.objective.id : null,
        unit: facts.unit,
        cycle: facts.kind === 'objective' ? facts.cycle.name : facts.kind === 'key-result' ? facts.objective.cycle.name : null,
        file: facts.place.file, line: facts.place.line,
    };
}

/**
 * Check-ins (or readings) of the two sides paired by date, and by order among those of one date;
 * `visit(before, after)` gets each pair, with undefined for the side that has none.
 */
export function pairByDate<T extends { date: string }>(before: T[], after: T[], visit: (before: T | undefined, after: T | undefined) => void): void {
    const byDate = (items: T[]) => {
        const groups = new Map<string, T[]>();
        for (const item of items) {
            const group = groups.get(item.date);
            if (group) group.push(item);
            else groups.set(item.date, [item]);
        }
        return groups;
    };
    const was = byDate(before);
    const is = byDate(after);
    const dates = [...new Set([...was.keys(), ...is.keys()])].sort();
    for (const date of dates) {
        const a = was.get(date) ?? [];
        const b = is.get(date) ?? [];
        for (let i = 0; i < Math.max(a.length, b.length); i++) visit(a[i], b[i]);
    }
}

export function sameMeasure(a: MeasureFacts, b: MeasureFacts): boolean {
    return a.kind === b.kind && sameValue(a.from, b.from) && sameValue(a.to, b.to) && sameUnit(measureUnit(a), measureUnit(b));
}

/** The measure's unit: the target's, else the baseline's (`from 6 to 2 days` is in days). */
export function measureUnit(measure: MeasureFacts): string {
    return measure.to?.unit || measure.from?.unit || '';
}

function sameValue(a: QuantityFacts | undefined, b: QuantityFacts | undefined): boolean {
    if (!a || !b) return a === b;
    return a.value !== undefined && b.value !== undefined ? a.value === b.value : a.text === b.text;
}

export function sameCheckin(a: CheckinFacts, b: CheckinFacts): boolean {
    const sameValues = a.value === 'done' || b.value === 'done' ? a.value === b.value : sameQuantity(a.value, b.value);
    return sameValues && a.confidence === b.confidence && a.note === b.note;
}

function sameRange(a: KpiFacts, b: KpiFacts): boolean {
    const x = a.rangeBounds;
    const y = b.rangeBounds;
    if (!x || !y) return a.range === b.range;
    return x.low === y.low && x.high === y.high && sameUnit(x.unit, y.unit);
}

const commitment = (o: ObjectiveFacts) => (o.committed ? 'committed' : 'aspirational');

export function measureJson(measure: MeasureFacts): { kind: MeasureFacts['kind']; from: string | null; to: string | null } {
    return { kind: measure.kind, from: measure.from?.text ?? null, to: measure.to?.text ?? null };
}

export function checkinJson(checkin: CheckinFacts): { date: string; value: string; confidence: number | null; note: string | null } {
    return { date: checkin.date, value: checkin.value === 'done' ? 'done' : checkin.value.text, confidence: checkin.confidence, note: checkin.note };
}

export function readingJson(reading: { date: string; value: QuantityFacts }): { date: string; value: string } {
    return { date: reading.date, value: reading.value.text };
}
