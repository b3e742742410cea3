/**
 * The goal set of one side, by meaning: every objective, key result and KPI with the facts a
 * reviewer compares (title, unit, cycle and its dates, measure, weight, check-ins, range,
 * readings) and what the workspace model computed of it (score, grade, status, progress,
 * health), keyed by identity. Objectives and KPIs are matched by ID, key results by ID or,
 * without one, by title within their objective. Nothing here depends on lines or layout.
 */
import type { LangiumDocument } from 'langium';
import {
    formatDay, isFromToMeasure, isKpiBlock, isMilestoneMeasure, isOkrBlock, isTargetMeasure, kpiHealth, normalizeTitle, orderedCheckins,
    parseNumber, quantityText, quantityValue, rangeBounds, statusOf, cycleName, describeRange,
    type Checkin, type Grade, type Health, type KeyResult, type Kpi, type Model, type Objective, type ObjectiveScore, type Quantity, type Reading,
    type Status,
} from 'okr-language';
import type { SnapshotWorkspace } from './snapshot-workspace.js';

export type ElementKind = 'objective' | 'key-result' | 'kpi';

export interface QuantityFacts {
    /** As written: `75%`, `2 days`, `$1.2M`. */
    text: string;
    value?: number;
    /** Normalized (`%`, `$`, `days`), '' for a bare number. */
    unit: string;
}

export interface Place { file: string; line: number }

export interface CycleFacts {
    name: string;
    /** `YYYY-MM-DD`, when the cycle resolves. */
    start?: string;
    end?: string;
    startDay?: number;
    endDay?: number;
}

interface CommonFacts {
    key: string;
    id: string | null;
    title: string;
    owner: string | null;
    unit: string;
    place: Place;
}

export interface ObjectiveFacts extends CommonFacts {
    kind: 'objective';
    cycle: CycleFacts;
    committed: boolean;
    score: number | null;
    grade: Grade | null;
    status: Status;
    expected?: number;
}

export interface MeasureFacts {
    kind: 'from-to' | 'to' | 'milestone' | 'none';
    from?: QuantityFacts;
    to?: QuantityFacts;
}

export interface CheckinFacts {
    date: string;
    /** The value, or `done` (milestones). */
    value: QuantityFacts | 'done';
    confidence: number | null;
    note: string | null;
}

export interface KeyResultFacts extends CommonFacts {
    kind: 'key-result';
    objective: ObjectiveFacts;
    measure: MeasureFacts;
    /** Falling values are progress (`from 6 to 2 days`, or a first check-in above the target); undefined when unknown. */
    decreasing?: boolean;
    weight: number;
    progress: number;
    /** The key result's own status: its progress against the progress expected by today, as for objectives. */
    status: Status;
    expected?: number;
    checkins: CheckinFacts[];
}

export interface KpiFacts extends CommonFacts {
    kind: 'kpi';
    /** The expected range as written (`70..80%`), null without one. */
    range: string | null;
    rangeBounds?: { low?: number; high?: number; unit: string };
    readings: Array<{ date: string; value: QuantityFacts }>;
    health: Health;
    latest?: { date: string; value: QuantityFacts };
}

export type ElementFacts = ObjectiveFacts | KeyResultFacts | KpiFacts;

export interface GoalSet {
    today: number;
    elements: Map<string, ElementFacts>;
}

/** Identities: objectives and KPIs by ID; key results by ID, or by title within their objective. */
export const objectiveKey = (objective: Objective) => `objective\0${objective.name ?? ''}`;
export const kpiKey = (kpi: Kpi) => `kpi\0${kpi.name ?? ''}`;
export const keyResultKey = (kr: KeyResult) => (kr.name ? `key-result\0${kr.name}` : `key-result\0${kr.$container?.name ?? ''}\0${normalizeTitle(kr.title)}`);

const round = (x: number) => Math.round(x * 10_000) / 10_000;

export function goalSet(workspace: SnapshotWorkspace): GoalSet {
    const model = workspace.services.okr.WorkspaceModel.get();
    const elements = new Map<string, ElementFacts>();
    const seen = new Map<string, number>();
    const add = <T extends ElementFacts>(facts: T): T => {
        // A duplicate ID (an error of its own) still gets an identity: the second is `#2`.
        const n = (seen.get(facts.key) ?? 0) + 1;
        seen.set(facts.key, n);
        const stored = { ...facts, key: n === 1 ? facts.key : `${facts.key}#${n}` };
        elements.set(stored.key, stored);
        return stored;
    };
    for (const { file, document } of workspace.documents) {
        const place = (node: { $cstNode?: { range: { start: { line: number } } } }): Place => ({ file: file.path, line: (node.$cstNode?.range.start.line ?? 0) + 1 });
        for (const element of elementsOf(document)) {
            if (isOkrBlock(element)) {
                const unit = element.unit?.$refText ?? '';
                const cycle = model.cycleOf(element);
                const cycleFacts: CycleFacts = {
                    name: cycleName(element.cycle),
                    ...(cycle && { start: formatDay(cycle.start), end: formatDay(cycle.end), startDay: cycle.start, endDay: cycle.end }),
                };
                for (const objective of element.objectives) {
                    const score = model.scoreOf(objective);
                    const objectiveFacts = add(objectiveOf(objective, unit, cycleFacts, score, place(objective)));
                    objective.keyResults.forEach((kr, index) => {
                        add(keyResultOf(kr, objectiveFacts, score.keyResults[index], cycle && { start: cycle.start, end: cycle.end }, model.today, place(kr)));
                    });
                }
            } else if (isKpiBlock(element)) {
                const unit = element.unit?.$refText ?? '';
                for (const kpi of element.kpis) add(kpiOf(kpi, unit, place(kpi)));
            }
        }
    }
    return { today: model.today, elements };
}

function elementsOf(document: LangiumDocument<Model>) {
    const elements = document.parseResult.value?.elements;
    return Array.isArray(elements) ? elements : [];
}

function objectiveOf(objective: Objective, unit: string, cycle: CycleFacts, score: ObjectiveScore, place: Place): ObjectiveFacts {
    return {
        kind: 'objective', key: objectiveKey(objective), id: objective.name ?? null, title: objective.title ?? '',
        owner: objective.owner ?? null, unit, place, cycle,
        committed: score.committed, score: score.score === undefined ? null : round(score.score), grade: score.grade ?? null,
        status: score.status, expected: score.expected,
    };
}

function keyResultOf(kr: KeyResult, objective: ObjectiveFacts, score: ObjectiveScore['keyResults'][number], cycle: { start: number; end: number } | undefined, today: number, place: Place): KeyResultFacts {
    const own = statusOf(score.progress, objective.committed, cycle && { id: objective.cycle.name, ...cycle }, today);
    const measure = measureOf(kr);
    return {
        kind: 'key-result',
        key: keyResultKey(kr),
        id: kr.name ?? null, title: kr.title ?? '', owner: kr.owner ?? null, unit: objective.unit, place, objective,
        measure, decreasing: decreasing(measure, orderedCheckins(kr)), weight: score.weight,
        progress: round(score.progress), status: own.status, expected: own.expected,
        checkins: kr.checkins.map(checkinOf),
    };
}

function kpiOf(kpi: Kpi, unit: string, place: Place): KpiFacts {
    const health = kpiHealth(kpi);
    const readings = kpi.readings.map(readingOf);
    const latest = health.latest && readingOf(health.latest);
    return {
        kind: 'kpi', key: kpiKey(kpi), id: kpi.name ?? null, title: kpi.title ?? '', owner: kpi.owner ?? null, unit, place,
        range: kpi.expected ? describeRange(kpi.expected) : null, rangeBounds: rangeBounds(kpi.expected),
        readings, health: health.health, latest,
    };
}

function measureOf(kr: KeyResult): MeasureFacts {
    const measure = kr.measure;
    if (isFromToMeasure(measure)) return { kind: 'from-to', from: quantityOf(measure.from), to: quantityOf(measure.to) };
    if (isTargetMeasure(measure)) return { kind: 'to', to: quantityOf(measure.to) };
    if (isMilestoneMeasure(measure)) return { kind: 'milestone' };
    return { kind: 'none' };
}

/** As the scoring reads it: from above `to` for a baseline, else from the first check-in. */
function decreasing(measure: MeasureFacts, checkins: Checkin[]): boolean | undefined {
    const to = measure.to?.value;
    if (to === undefined) return undefined;
    const from = measure.kind === 'from-to' ? measure.from?.value : checkins.map(c => c.value && quantityValue(c.value)?.value).find(v => v !== undefined);
    return from === undefined || from === to ? undefined : from > to;
}

function checkinOf(checkin: Checkin): CheckinFacts {
    return {
        date: checkin.date ?? '',
        value: checkin.done ? 'done' : quantityOf(checkin.value),
        confidence: checkin.confidence === undefined ? null : parseNumber(checkin.confidence)?.value ?? null,
        note: checkin.note ?? null,
    };
}

function readingOf(reading: Reading): { date: string; value: QuantityFacts } {
    return { date: reading.date ?? '', value: quantityOf(reading.value) };
}

function quantityOf(quantity: Quantity | undefined): QuantityFacts {
    const parsed = quantityValue(quantity);
    return { text: quantityText(quantity), value: parsed?.value, unit: parsed?.unit ?? '' };
}
