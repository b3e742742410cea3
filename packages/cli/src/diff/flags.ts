/**
 * The changes a reviewer should look at twice, each with one sentence that says why:
 * - target-eased: a target lowered (raised, for a key result whose values fall), and
 * - baseline-rewritten: a baseline (`from`) changed, once the key result's cycle has started —
 *   "during its own cycle" means its cycle at HEAD (or at BASE, if the change moved it) has begun
 *   by today (a change after it ended rewrites a closed grade, and is flagged too); plans before
 *   a cycle starts are not flagged;
 * - at-risk-removed / at-risk-reweighted: a key result (or an objective) removed, or a key
 *   result's weight changed, while it or its objective was at risk or off track at BASE;
 * - history-rewritten: a check-in (or a KPI reading) of BASE dated today or earlier that is
 *   changed or missing at HEAD;
 * - commitment-dropped: a committed objective made aspirational;
 * - breach-hidden: a KPI's expected range changed, readings unchanged, and its latest reading,
 *   a breach at BASE, is no longer one.
 */
import { formatDay, formatScore, parseDay, type Status } from 'okr-language';
import { checkinJson, elementRef, measureJson, measureUnit, pairByDate, readingJson, sameCheckin } from './changes.js';
import type { Flag, FlagRule } from './diff-report.js';
import type { CheckinFacts, ElementFacts, GoalSet, KeyResultFacts, KpiFacts, ObjectiveFacts, QuantityFacts } from './goal-set.js';
import { sameQuantity, sameUnit } from './quantity-equality.js';

export function findFlags(base: GoalSet, head: GoalSet): Flag[] {
    const today = head.today;
    const flags: Array<Flag & { place: [string, number] }> = [];
    const keyResultsOf = new Map<string, KeyResultFacts[]>();
    for (const element of base.elements.values()) {
        if (element.kind !== 'key-result') continue;
        const siblings = keyResultsOf.get(element.objective.key);
        if (siblings) siblings.push(element);
        else keyResultsOf.set(element.objective.key, [element]);
    }
    const flag = (rule: FlagRule, facts: ElementFacts, message: string, before: unknown, after: unknown) => {
        flags.push({ rule, element: elementRef(facts), message, before, after, place: [facts.place.file, facts.place.line] });
    };
    for (const [key, before] of base.elements) {
        const after = head.elements.get(key);
        if (before.kind === 'key-result') {
            if (!after) removedKeyResult(before, head, today, flag);
            else if (after.kind === 'key-result') keyResultFlags(before, after, today, flag);
        } else if (before.kind === 'objective') {
            if (!after) removedObjective(before, keyResultsOf.get(before.key) ?? [], today, flag);
            else if (after.kind === 'objective' && before.committed && !after.committed) {
                flag('commitment-dropped', after, 'Changed from committed to aspirational: it was expected to reach 1.0, and would now be graded on the curve of aspirational objectives (0.7 is green).', 'committed', 'aspirational');
            }
        } else if (after?.kind === 'kpi') {
            kpiFlags(before, after, today, flag);
        }
    }
    flags.sort((a, b) => (a.place[0] < b.place[0] ? -1 : a.place[0] > b.place[0] ? 1 : a.place[1] - b.place[1]));
    return flags.map(({ place: _place, ...rest }) => rest);
}

type FlagSink = (rule: FlagRule, facts: ElementFacts, message: string, before: unknown, after: unknown) => void;

function keyResultFlags(before: KeyResultFacts, after: KeyResultFacts, today: number, flag: FlagSink): void {
    // Moving a key result to a later cycle does not make its old one a plan again.
    const when = cycleStarted(after.objective, today) ?? cycleStarted(before.objective, today);
    const comparable = sameUnit(measureUnit(before.measure), measureUnit(after.measure));
    const [was, is] = [before.measure.to?.value, after.measure.to?.value];
    const decreasing = before.decreasing ?? after.decreasing;
    if (when && comparable && was !== undefined && is !== undefined && decreasing !== undefined && (decreasing ? is > was : is < was)) {
        const moved = decreasing ? `raised from ${before.measure.to!.text} to ${after.measure.to!.text} on a key result whose values fall` : `lowered from ${before.measure.to!.text} to ${after.measure.to!.text}`;
        flag('target-eased', after, `Target ${moved} ${when}: the key result was made easier to reach.`, measureJson(before.measure), measureJson(after.measure));
    }
    const [from, to] = [before.measure.from?.value, after.measure.from?.value];
    if (when && comparable && before.measure.kind === 'from-to' && after.measure.kind === 'from-to' && from !== undefined && to !== undefined && from !== to) {
        flag('baseline-rewritten', after, `Baseline rewritten from ${before.measure.from!.text} to ${after.measure.from!.text} ${when}: progress is now counted from another starting point.`, measureJson(before.measure), measureJson(after.measure));
    }
    const risk = riskOf(before, today);
    if (risk && before.weight !== after.weight) {
        flag('at-risk-reweighted', after, `Weight changed from ${before.weight} to ${after.weight} ${risk}.`, before.weight, after.weight);
    }
    pairByDate(before.checkins, after.checkins, (was, is) => {
        if (!was || !isPast(was.date, today)) return;
        if (!is) flag('history-rewritten', after, `Check-in of ${was.date} (= ${valueText(was)}) deleted: a past check-in is history, and it was rewritten.`, checkinJson(was), null);
        else if (!sameCheckin(was, is)) flag('history-rewritten', after, `Check-in of ${was.date} edited (${checkinEdits(was, is)}): a past check-in is history, and it was rewritten.`, checkinJson(was), checkinJson(is));
    });
}

function removedKeyResult(before: KeyResultFacts, head: GoalSet, today: number, flag: FlagSink): void {
    // Removed with its objective: one flag, on the objective.
    if (!head.elements.has(before.objective.key)) return;
    const risk = riskOf(before, today);
    if (risk) flag('at-risk-removed', before, `Removed ${risk}.`, { status: before.status, progress: before.progress, objectiveStatus: before.objective.status }, null);
}

function removedObjective(before: ObjectiveFacts, keyResults: KeyResultFacts[], today: number, flag: FlagSink): void {
    const atRisk = keyResults.find(kr => isBehind(kr.status));
    const risk = isBehind(before.status) ? `while it was ${statusWords(before.status)} (${scoreText(before, today)})`
        : atRisk ? `while ${atRisk.id ? `its key result ${atRisk.id}` : 'one of its key results'} was ${statusWords(atRisk.status)} (${progressText(atRisk, today)})` : undefined;
    if (risk) flag('at-risk-removed', before, `Removed with its key results ${risk}.`, { status: before.status, score: before.score }, null);
}

function kpiFlags(before: KpiFacts, after: KpiFacts, today: number, flag: FlagSink): void {
    pairByDate(before.readings, after.readings, (was, is) => {
        if (!was || !isPast(was.date, today)) return;
        if (!is) flag('history-rewritten', after, `Reading of ${was.date} (= ${was.value.text}) deleted: a past reading is history, and it was rewritten.`, readingJson(was), null);
        else if (!sameQuantity(was.value, is.value)) flag('history-rewritten', after, `Reading of ${was.date} edited (${was.value.text} → ${is.value.text}): a past reading is history, and it was rewritten.`, readingJson(was), readingJson(is));
    });
    const sameReadings = before.readings.length === after.readings.length
        && before.readings.every((reading, i) => reading.date === after.readings[i].date && sameQuantity(reading.value, after.readings[i].value));
    if (before.health === 'breached' && after.health !== 'breached' && sameReadings && before.range !== after.range && before.latest) {
        const range = after.range === null ? 'removed' : `changed from ${before.range} to ${after.range}`;
        flag('breach-hidden', after,
            `Expected range ${range} with the same readings: the latest reading (${before.latest.date} = ${before.latest.value.text}) was a breach and no longer is.`,
            { range: before.range, health: before.health }, { range: after.range, health: after.health });
    }
}

/** "during its cycle 2026-Q4 (2026-10-01 to 2026-12-31)" once the cycle at HEAD has started; undefined before, or when it has no dates. */
function cycleStarted(objective: ObjectiveFacts, today: number): string | undefined {
    const { name, start, end, startDay, endDay } = objective.cycle;
    if (startDay === undefined || endDay === undefined || today < startDay) return undefined;
    return today <= endDay ? `during its cycle ${name} (${start} to ${end})` : `after its cycle ${name} ended on ${end}`;
}

/** Why a change to the key result needs a look: it, or its objective, was behind at BASE. */
function riskOf(kr: KeyResultFacts, today: number): string | undefined {
    if (isBehind(kr.status)) return `while it was ${statusWords(kr.status)} (${progressText(kr, today)})`;
    const objective = kr.objective;
    if (isBehind(objective.status)) return `while its objective ${objective.id} was ${statusWords(objective.status)} (${scoreText(objective, today)})`;
    return undefined;
}

const isBehind = (status: Status) => status === 'at-risk' || status === 'off-track';
const statusWords = (status: Status) => status.replace('-', ' ');
const percent = (x: number | undefined) => `${Math.round((x ?? 0) * 100)}%`;
const progressText = (kr: KeyResultFacts, today: number) => `progress ${percent(kr.progress)}, ${percent(kr.expected)} expected by ${formatDay(today)}`;
const scoreText = (o: ObjectiveFacts, today: number) => `score ${formatScore(o.score ?? undefined)}, ${percent(o.expected)} expected by ${formatDay(today)}`;
const isPast = (date: string, today: number) => {
    const day = parseDay(date);
    return day !== undefined && day <= today;
};

function valueText(checkin: CheckinFacts): string {
    return checkin.value === 'done' ? 'done' : checkin.value.text;
}

function checkinEdits(was: CheckinFacts, is: CheckinFacts): string {
    const edits: string[] = [];
    const sameValue = was.value === 'done' || is.value === 'done' ? was.value === is.value : sameQuantity(was.value as QuantityFacts, is.value as QuantityFacts);
    if (!sameValue) edits.push(`value ${valueText(was)} → ${valueText(is)}`);
    if (was.confidence !== is.confidence) edits.push(`confidence ${was.confidence ?? 'none'} → ${is.confidence ?? 'none'}`);
    if (was.note !== is.note) edits.push(was.note === null ? 'note added' : is.note === null ? 'note removed' : 'note changed');
    return edits.join('; ');
}
