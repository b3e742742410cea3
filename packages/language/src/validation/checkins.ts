/** Check-ins and readings: recent, inside their cycle, in the unit of what they measure. */
import type { Checkin, KeyResult, Reading } from '../generated/ast.js';
import { isObjective } from '../generated/ast.js';
import { DiagnosticCode } from '../diagnostic-codes.js';
import { contains } from '../cycles.js';
import { formatDay, parseDay } from '../dates.js';
import { quantityValue, unitsConflict } from '../quantities.js';
import { objectiveCycle, orderedCheckins, rangeBounds } from '../scoring.js';
import type { Check } from './check-context.js';
import { measureUnit } from './key-results.js';
import { keyResultLabel, keyResultTarget } from './report-target.js';

export const checkinIsRecent: Check<KeyResult> = (kr, { report, today, option, config }) => {
    if (!isObjective(kr.$container)) return;
    const cycle = objectiveCycle(kr.$container, config.fiscalYearStartMonth);
    if (!cycle || !contains(cycle, today)) return;
    const days = option(DiagnosticCode.StaleCheckin, 'days');
    const latest = orderedCheckins(kr).at(-1);
    const latestDay = latest ? parseDay(latest.date)! : undefined;
    if (latestDay === undefined && today - cycle.start >= days) {
        report(DiagnosticCode.StaleCheckin, `${keyResultLabel(kr)} has no check-in although ${cycle.id} started on ${formatDay(cycle.start)}. Add \`checkin ${formatDay(today)} = VALUE\` so its score reflects reality.`, keyResultTarget(kr));
    } else if (latestDay !== undefined && today - latestDay > days) {
        report(DiagnosticCode.StaleCheckin, `${keyResultLabel(kr)} was last checked in on ${latest!.date}, ${today - latestDay} days ago. Add a fresh \`checkin ${formatDay(today)} = VALUE\` (at least every ${days} days).`, keyResultTarget(kr));
    }
};

export const checkinInsideCycle: Check<Checkin> = (checkin, { report, config }) => {
    const objective = checkin.$container.$container;
    const cycle = isObjective(objective) ? objectiveCycle(objective, config.fiscalYearStartMonth) : undefined;
    const day = parseDay(checkin.date);
    if (cycle && day !== undefined && !contains(cycle, day)) {
        report(DiagnosticCode.CheckinOutsideCycle, `Check-in dated ${checkin.date} is outside ${cycle.id} (${formatDay(cycle.start)} to ${formatDay(cycle.end)}). Fix the date, or record it in the OKRs of the cycle it belongs to.`, { node: checkin, property: 'date' });
    }
};

export const checkinUsesMeasureUnit: Check<Checkin> = (checkin, { report }) => {
    const expected = measureUnit(checkin.$container);
    const actual = quantityValue(checkin.value)?.unit;
    if (expected !== undefined && actual !== undefined && unitsConflict(expected, actual)) {
        report(DiagnosticCode.UnitMismatch, `Check-in value ${describe(actual)} does not match the key result's unit ${describe(expected)}. Write it in ${describe(expected)} (or a bare number).`, { node: checkin, property: 'value' });
    }
};

export const readingUsesRangeUnit: Check<Reading> = (reading, { report }) => {
    const expected = rangeBounds(reading.$container.expected)?.unit;
    const actual = quantityValue(reading.value)?.unit;
    if (expected !== undefined && actual !== undefined && unitsConflict(expected, actual)) {
        report(DiagnosticCode.UnitMismatch, `Reading value ${describe(actual)} does not match the expected range's unit ${describe(expected)}. Write it in ${describe(expected)} (or a bare number).`, { node: reading, property: 'value' });
    }
};

const describe = (unit: string) => `"${unit}"`;
