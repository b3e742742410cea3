/** Check-ins and readings: recent, inside their cycle, in the unit of what they measure. */
import type { Checkin, KeyResult, Reading } from '../grammar/generated/ast.js';
import { isFromToMeasure, isMilestoneMeasure, isObjective } from '../grammar/generated/ast.js';
import { DiagnosticCode } from '../config/catalog.js';
import { confidenceSuggestion, readConfidence } from '../model/confidence.js';
import { contains } from '../model/cycles.js';
import { formatDay, parseDay } from '../model/dates.js';
import { parseNumber, quantityText, quantityValue, unitsConflict } from '../model/quantities.js';
import { rangeBounds } from '../model/scoring.js';
import { checkinStaleness } from '../model/staleness.js';
import { cycleOfObjective, type Check } from './check-context.js';
import { measureUnit } from './key-results.js';
import { keyResultLabel, keyResultName, keyResultTarget } from './report-target.js';

export const checkinIsRecent: Check<KeyResult> = (kr, context) => {
    const { report, today, option } = context;
    if (!isObjective(kr.$container)) return;
    const cycle = cycleOfObjective(kr.$container, context);
    const stale = checkinStaleness(kr, cycle, today, option(DiagnosticCode.StaleCheckin, 'days'));
    if (stale?.kind === 'never') {
        report(DiagnosticCode.StaleCheckin, `${keyResultLabel(kr)} has no check-in although ${cycle!.id} started on ${formatDay(stale.cycleStart)}. Add \`checkin ${formatDay(today)} = VALUE\` so its score reflects reality.`, keyResultTarget(kr));
    } else if (stale?.kind === 'old') {
        report(DiagnosticCode.StaleCheckin, `${keyResultLabel(kr)} was last checked in on ${formatDay(stale.latest)}, ${stale.age} days ago. Add a fresh \`checkin ${formatDay(today)} = VALUE\` (at least every ${option(DiagnosticCode.StaleCheckin, 'days')} days).`, keyResultTarget(kr));
    }
};

export const checkinInsideCycle: Check<Checkin> = (checkin, context) => {
    const objective = checkin.$container.$container;
    const cycle = isObjective(objective) ? cycleOfObjective(objective, context) : undefined;
    const day = parseDay(checkin.date);
    if (cycle && day !== undefined && !contains(cycle, day)) {
        context.report(DiagnosticCode.CheckinOutsideCycle, `Check-in dated ${checkin.date} is outside ${cycle.id} (${formatDay(cycle.start)} to ${formatDay(cycle.end)}). Fix the date, or record it in the OKRs of the cycle it belongs to.`, { node: checkin, property: 'date' });
    }
};

export const checkinUsesMeasureUnit: Check<Checkin> = (checkin, { report }) => {
    const kr = checkin.$container;
    const actual = quantityValue(checkin.value);
    if (isMilestoneMeasure(kr.measure) && checkin.value) {
        report(DiagnosticCode.UnitMismatch, `Check-in value ${checkin.value.number} does not fit key result ${keyResultName(kr)}, a milestone: it is either reached or not. Write \`checkin ${checkin.date} = done\` once it is reached.`, { node: checkin, property: 'value' });
        return;
    }
    // `done` on a measured change would score it 100% and hide where the value stands.
    if (checkin.done && isFromToMeasure(kr.measure)) {
        report(DiagnosticCode.UnitMismatch, `Check-in done does not fit key result ${keyResultName(kr)}, measured from ${quantityText(kr.measure.from)} to ${quantityText(kr.measure.to)}: its score comes from the value reached. Write that value, e.g. \`checkin ${checkin.date} = ${quantityText(kr.measure.to)}\` if it reached the target.`, { node: checkin, keyword: 'done' });
        return;
    }
    const expected = measureUnit(kr);
    if (expected !== undefined && actual !== undefined && unitsConflict(expected, actual.unit)) {
        report(DiagnosticCode.UnitMismatch, `Check-in value ${quantityText(checkin.value)} is in ${describe(actual.unit)}, but key result ${keyResultName(kr)} is measured in ${describe(expected)}. Write it in ${describe(expected)}, or as a bare number.`, { node: checkin, property: 'value' });
    }
};

export const readingUsesRangeUnit: Check<Reading> = (reading, { report }) => {
    const expected = rangeBounds(reading.$container.expected)?.unit;
    const actual = quantityValue(reading.value)?.unit;
    if (expected !== undefined && actual !== undefined && unitsConflict(expected, actual)) {
        report(DiagnosticCode.UnitMismatch, `Reading value ${quantityText(reading.value)} is in ${describe(actual)}, but KPI "${reading.$container.name}"'s expected range is in ${describe(expected)}. Write it in ${describe(expected)}, or as a bare number.`, { node: reading, property: 'value' });
    }
};

const describe = (unit: string) => `"${unit}"`;

/** Confidence is a probability, 0.0 to 1.0 (60% is read as 0.6): see model/confidence.ts. */
export const checkinConfidenceIsAFraction: Check<Checkin> = (checkin, { report }) => {
    // No number at all (out of double range) is invalid-number's to report.
    if (checkin.confidence === undefined || !parseNumber(checkin.confidence)) return;
    const reading = readConfidence(checkin.confidence);
    if (!reading.ok) {
        report(DiagnosticCode.InvalidConfidence, `Confidence ${checkin.confidence} is out of range: it is a number from 0.0 (no chance) to 1.0 (certain).${confidenceSuggestion(reading.value)}`, { node: checkin, property: 'confidence' });
    }
};
