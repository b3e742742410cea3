/** Key results: measurable outcomes, never tasks; a real change; moving a KPI, not babysitting it. */
import type { KeyResult } from '../grammar/generated/ast.js';
import { isFromToMeasure, isTargetMeasure } from '../grammar/generated/ast.js';
import { DiagnosticCode } from '../config/catalog.js';
import { formatQuantity, parseNumber, quantityValue } from '../model/quantities.js';
import { inRange, kpiHealth, rangeBounds } from '../model/scoring.js';
import type { Check } from './check-context.js';
import { keyResultLabel, keyResultTarget } from './report-target.js';

export const keyResultIsMeasurable: Check<KeyResult> = (kr, { report }) => {
    if (!kr.measure) {
        report(DiagnosticCode.UnmeasurableKeyResult, `${keyResultLabel(kr)} has no measure, so it cannot be scored. Add \`from X to Y [unit]\`, \`to Y\`, or \`milestone\` for a deliberate yes/no result.`, keyResultTarget(kr));
    }
};

export const keyResultChanges: Check<KeyResult> = (kr, { report }) => {
    const measure = kr.measure;
    if (!isFromToMeasure(measure)) return;
    const from = quantityValue(measure.from);
    const to = quantityValue(measure.to);
    if (from && to && from.value === to.value) {
        report(DiagnosticCode.NoChange, `${keyResultLabel(kr)} goes from ${measure.from.number} to ${measure.to.number}: no change. Set the target you want to reach; if the point is to hold the level, track it as a KPI instead.`, { node: measure, property: 'to' });
    }
};

export const keyResultMovesKpi: Check<KeyResult> = (kr, { report }) => {
    const kpi = kr.moves?.ref;
    const bounds = rangeBounds(kpi?.expected);
    const measure = kr.measure;
    if (!kpi || !bounds || !(isFromToMeasure(measure) || isTargetMeasure(measure))) return;
    // Without a baseline the KR starts where the KPI is now: its latest reading.
    const start = isFromToMeasure(measure) ? quantityValue(measure.from) : kpiHealth(kpi).latestValue;
    const target = quantityValue(measure.to);
    if (start && target && inRange(bounds, start.value) && inRange(bounds, target.value)) {
        const from = isFromToMeasure(measure) ? 'starts' : `starts from the KPI's latest reading (${formatQuantity(start)})`;
        report(DiagnosticCode.TargetInsideRange, `${keyResultLabel(kr)} ${from} and ends inside KPI "${kpi.name}"'s expected range: it only keeps the KPI healthy, which is the KPI's job. Drop the KR, or set a stretch target beyond the range.`, { node: kr, property: 'moves' });
    }
};

/** The unit a key result's values are measured in: the target's, else the baseline's. */
export function measureUnit(kr: KeyResult): string | undefined {
    const measure = kr.measure;
    if (isFromToMeasure(measure)) return quantityValue(measure.to)?.unit || quantityValue(measure.from)?.unit;
    if (isTargetMeasure(measure)) return quantityValue(measure.to)?.unit;
    return undefined;
}

/** A weight is a share of the objective's score: 0 leaves a KR out, a negative one means nothing. */
export const keyResultWeightIsPositive: Check<KeyResult> = (kr, { report }) => {
    const weight = parseNumber(kr.weight);
    if (weight && weight.value < 0) {
        report(DiagnosticCode.InvalidWeight, `${keyResultLabel(kr)} has the weight ${kr.weight}, but weights are 0 or more (1 by default). Write a positive weight such as \`weight 2\`, or \`weight 0\` to leave it out of the score.`, { node: kr, property: 'weight' });
    }
};

