/**
 * Scores, grades, status by date and KPI health, exactly as language.md defines them. Pure
 * functions of the AST and the cycle; the workspace model gives each objective its cycle and
 * remembers its score for hovers, code lenses, checks, the preview and `okr score`.
 */
import type { Checkin, KeyResult, Kpi, Measure, Objective, Range, Reading } from '../grammar/generated/ast.js';
import { isBetweenRange, isAtLeastRange, isFromToMeasure, isTargetMeasure } from '../grammar/generated/ast.js';
import type { Cycle } from './cycles.js';
import { parseDay } from './dates.js';
import { parseNumber, quantityValue, type QuantityValue } from './quantities.js';

export type Grade = 'red' | 'yellow' | 'green';
export type Status = 'not-started' | 'on-track' | 'at-risk' | 'off-track' | 'ended';
export type Trend = 'improving' | 'worsening' | 'flat';

export interface ScoringOptions {
    /** "Today" as a day number (see dates.ts). */
    today: number;
    /** The objective's cycle, as the workspace model works it out (its file's fiscal year). */
    cycle: Cycle | undefined;
    /** Only check-ins dated on or before this day count: the score as it stood then (a report's "since"). */
    asOf?: number;
}

export interface KeyResultScore {
    progress: number;
    weight: number;
    /** Value of the latest check-in; `done` for milestones. */
    current?: QuantityValue;
    done: boolean;
    from?: QuantityValue;
    to?: QuantityValue;
    latest?: Checkin;
    trend?: Trend;
}

export interface ObjectiveScore {
    /** Weighted mean of KR progress; undefined when the objective has no key result. */
    score?: number;
    grade?: Grade;
    status: Status;
    /** Progress expected by today (elapsed fraction × 0.7 or × 1.0). */
    expected?: number;
    cycle?: Cycle;
    committed: boolean;
    keyResults: KeyResultScore[];
}

// NaN (an overflowing difference of huge values) counts as no progress.
const clamp01 = (x: number) => (Number.isNaN(x) ? 0 : Math.min(1, Math.max(0, x)));
/** Drops binary floating-point noise ((0.6 + 0.7) / 2 is 0.6499999999999999), so that rounding and thresholds see the decimal value. */
const decimal = (x: number) => Math.round(x * 1e9) / 1e9;

/** Check-ins ordered by date (document order breaks ties); invalid dates, and those after `asOf`, are left out. */
export function orderedCheckins(kr: KeyResult, asOf?: number): Checkin[] {
    return kr.checkins
        .map((checkin, index) => ({ checkin, index, day: parseDay(checkin.date) }))
        .filter(entry => entry.day !== undefined && (asOf === undefined || entry.day <= asOf))
        .sort((a, b) => a.day! - b.day! || a.index - b.index)
        .map(entry => entry.checkin);
}

/** A KR's score from its check-ins; with `asOf`, from those dated up to that day only. */
export function scoreKeyResult(kr: KeyResult, asOf?: number): KeyResultScore {
    const checkins = orderedCheckins(kr, asOf);
    const latest = checkins.at(-1);
    const weight = kr.weight !== undefined ? (parseNumber(kr.weight)?.value ?? 1) : 1;
    const current = latest?.value ? quantityValue(latest.value) : undefined;
    const done = latest?.done ?? false;
    const measure = kr.measure;
    const first = firstValue(checkins);
    const base = { weight, current, done, latest, progress: progressOf(measure, latest, first) };
    if (isFromToMeasure(measure)) {
        const to = quantityValue(measure.to);
        return { ...base, from: quantityValue(measure.from), to, trend: trendToward(checkins, to?.value, quantityValue(measure.from)?.value) };
    }
    if (isTargetMeasure(measure)) {
        const to = quantityValue(measure.to);
        return { ...base, to, trend: trendToward(checkins, to?.value, first?.value) };
    }
    return base;
}

export interface ProgressPoint { checkin: Checkin; day: number; progress: number }

/** The KR's progress right after each of its check-ins, oldest first: its history, as sparklines draw it. */
export function progressHistory(kr: KeyResult): ProgressPoint[] {
    let first: QuantityValue | undefined;
    return orderedCheckins(kr).map(checkin => {
        first ??= checkin.value ? quantityValue(checkin.value) : undefined;
        return { checkin, day: parseDay(checkin.date)!, progress: progressOf(kr.measure, checkin, first) };
    });
}

/** The first check-in value: it tells the direction of a KR without baseline. */
function firstValue(checkins: Checkin[]): QuantityValue | undefined {
    for (const checkin of checkins) {
        const value = checkin.value && quantityValue(checkin.value);
        if (value) return value;
    }
    return undefined;
}

/** Progress when `latest` is the latest check-in (language.md's "KR progress"). */
function progressOf(measure: Measure | undefined, latest: Checkin | undefined, first: QuantityValue | undefined): number {
    if (latest?.done) return 1;
    const current = latest?.value ? quantityValue(latest.value) : undefined;
    if (isFromToMeasure(measure)) {
        const from = quantityValue(measure.from);
        const to = quantityValue(measure.to);
        if (!from || !to || !current) return 0;
        return to.value === from.value ? (current.value === to.value ? 1 : 0) : decimal(clamp01((current.value - from.value) / (to.value - from.value)));
    }
    if (isTargetMeasure(measure)) {
        const to = quantityValue(measure.to);
        // No baseline: the direction comes from the first check-in; 1 once the target is reached.
        const decreasing = !!first && !!to && first.value > to.value;
        return !!to && !!current && (decreasing ? current.value <= to.value : current.value >= to.value) ? 1 : 0;
    }
    return 0; // a milestone, or no measure: 1 only when done
}

/** Whether the last two check-ins moved toward the target. */
function trendToward(checkins: Checkin[], target: number | undefined, baseline: number | undefined): Trend | undefined {
    const values = checkins.map(c => c.value && quantityValue(c.value)?.value).filter((v): v is number => typeof v === 'number');
    if (values.length < 2 || target === undefined) return undefined;
    const [previous, last] = values.slice(-2);
    if (last === previous) return 'flat';
    const increasing = baseline === undefined ? true : target >= baseline;
    return (last > previous) === increasing ? 'improving' : 'worsening';
}

export function roundScore(score: number): number {
    return Math.round(score * 10) / 10;
}

export function gradeOf(score: number, committed: boolean): Grade {
    const rounded = roundScore(score);
    if (committed) return rounded >= 1 ? 'green' : rounded >= 0.7 ? 'yellow' : 'red';
    return rounded >= 0.7 ? 'green' : rounded >= 0.4 ? 'yellow' : 'red';
}

/** Fraction of the cycle elapsed at `today`, from 0 on its first day to 1 after its last. */
export function elapsedFraction(cycle: Cycle, today: number): number {
    return clamp01((today - cycle.start) / (cycle.end + 1 - cycle.start));
}

/** Progress expected by the cycle's end: 0.7 for aspirational objectives, 1.0 for committed ones. */
export function expectedAtEnd(committed: boolean): number {
    return committed ? 1 : 0.7;
}

export function statusOf(score: number, committed: boolean, cycle: Cycle | undefined, today: number): { status: Status; expected?: number } {
    if (!cycle) return { status: 'on-track' };
    if (today < cycle.start) return { status: 'not-started' };
    if (today > cycle.end) return { status: 'ended' };
    const expected = decimal(elapsedFraction(cycle, today) * expectedAtEnd(committed));
    const status: Status = score >= expected ? 'on-track' : score >= expected / 2 ? 'at-risk' : 'off-track';
    return { status, expected };
}

export function scoreObjective(objective: Objective, options: ScoringOptions): ObjectiveScore {
    const committed = objective.commitment === 'committed';
    const keyResults = objective.keyResults.map(kr => scoreKeyResult(kr, options.asOf));
    const { cycle } = options;
    let score: number | undefined;
    if (keyResults.length > 0) {
        const totalWeight = keyResults.reduce((sum, kr) => sum + Math.max(0, kr.weight), 0);
        const weighted = keyResults.reduce((sum, kr) => sum + kr.progress * Math.max(0, kr.weight), 0) / totalWeight;
        // Without weights, or with weights so large that their sum overflows, every KR counts the same.
        score = decimal(totalWeight > 0 && Number.isFinite(weighted)
            ? weighted
            : keyResults.reduce((sum, kr) => sum + kr.progress, 0) / keyResults.length);
    }
    const { status, expected } = statusOf(score ?? 0, committed, cycle, options.today);
    return { score, grade: score === undefined ? undefined : gradeOf(score, committed), status, expected, cycle, committed, keyResults };
}

/** "0.6 (64%)": one decimal as practitioners write it, and the percentage. */
export function formatScore(score: number | undefined): string {
    if (score === undefined) return 'no key results';
    return `${roundScore(score).toFixed(1)} (${Math.round(score * 100)}%)`;
}

// ---- KPIs ----

export type Health = 'healthy' | 'breached' | 'unknown';

export interface KpiHealth {
    health: Health;
    latest?: Reading;
    latestValue?: QuantityValue;
    trend?: Trend;
}

export interface RangeBounds { low?: number; high?: number; unit: string }

export function rangeBounds(range: Range | undefined): RangeBounds | undefined {
    if (!range) return undefined;
    if (isBetweenRange(range)) {
        const high = quantityValue(range.high);
        const low = parseNumber(range.low);
        if (!high || !low) return undefined;
        return { low: low.value, high: high.value, unit: high.unit || low.symbol };
    }
    const bound = quantityValue(range.bound);
    if (!bound) return undefined;
    return isAtLeastRange(range) ? { low: bound.value, unit: bound.unit } : { high: bound.value, unit: bound.unit };
}

export function inRange(bounds: RangeBounds, value: number): boolean {
    return (bounds.low === undefined || value >= bounds.low) && (bounds.high === undefined || value <= bounds.high);
}

/** Distance outside the range (0 inside): used to tell whether a KPI is getting better. */
function distanceOutside(bounds: RangeBounds, value: number): number {
    if (bounds.low !== undefined && value < bounds.low) return bounds.low - value;
    if (bounds.high !== undefined && value > bounds.high) return value - bounds.high;
    return 0;
}

export function orderedReadings(kpi: Kpi): Reading[] {
    return kpi.readings
        .map((reading, index) => ({ reading, index, day: parseDay(reading.date) }))
        .filter(entry => entry.day !== undefined)
        .sort((a, b) => a.day! - b.day! || a.index - b.index)
        .map(entry => entry.reading);
}

export function kpiHealth(kpi: Kpi): KpiHealth {
    const readings = orderedReadings(kpi);
    const latest = readings.at(-1);
    const latestValue = latest ? quantityValue(latest.value) : undefined;
    const bounds = rangeBounds(kpi.expected);
    const health: Health = !bounds || !latestValue ? 'unknown' : inRange(bounds, latestValue.value) ? 'healthy' : 'breached';
    let trend: Trend | undefined;
    const values = readings.map(r => quantityValue(r.value)?.value).filter((v): v is number => v !== undefined);
    if (values.length >= 2 && bounds) {
        const [previous, last] = values.slice(-2).map(v => distanceOutside(bounds, v));
        trend = last === previous ? 'flat' : last < previous ? 'improving' : 'worsening';
    }
    return { health, latest, latestValue, trend };
}
