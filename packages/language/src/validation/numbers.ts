/**
 * Values the language can compute with: finite numbers, written out (no scientific notation),
 * and the two ends of a measure or range in one unit. A value past double range used to score
 * as NaN; `1e309` read as 1 with the unit "e309"; `from 5% to $6` scored as plain numbers.
 */
import { AstUtils, type AstNode } from 'langium';
import type { BetweenRange, Checkin, FromToMeasure, KeyResult, Quantity } from '../grammar/generated/ast.js';
import { isKeyResult, isKpi } from '../grammar/generated/ast.js';
import { DiagnosticCode } from '../config/catalog.js';
import { isOutOfRange, parseNumber, quantityText, quantityValue, unitsConflict } from '../model/quantities.js';
import type { Check, CheckContext } from './check-context.js';
import { keyResultLabel } from './report-target.js';

/** A unit word that is the rest of an exponent: `1e309` (the lexer stops the number at the letter). */
const EXPONENT = /^[eE]\d+$/;

export const isExponent = (unit: string | undefined): boolean => !!unit && EXPONENT.test(unit);

export const quantityIsANumber: Check<Quantity> = (quantity, context) => {
    if (reportOutOfRange(quantity.number, { node: quantity, property: 'number' }, context)) return;
    // With or without a space (the formatter puts one between a number and its unit), "e309" is no unit.
    const written = `${quantity.number}${quantity.unit}`;
    if (isExponent(quantity.unit)) {
        context.report(DiagnosticCode.InvalidNumber, `${ownerLabel(quantity)} has the value ${written} in scientific notation, which .okr does not read: it would be ${quantity.number} with the unit "${quantity.unit}". Write the number out, or use a k, M or B suffix (\`15k\`, \`1.2M\`).`, { node: quantity, property: 'unit' });
    }
};

export const rangeLowIsANumber: Check<BetweenRange> = (range, context) => {
    reportOutOfRange(range.low, { node: range, property: 'low' }, context);
};

export const weightIsANumber: Check<KeyResult> = (kr, context) => {
    reportOutOfRange(kr.weight, { node: kr, property: 'weight' }, context);
};

export const confidenceIsANumber: Check<Checkin> = (checkin, context) => {
    reportOutOfRange(checkin.confidence, { node: checkin, property: 'confidence' }, context);
};

function reportOutOfRange<N extends AstNode>(text: string | undefined, target: { node: N; property: string }, { report }: CheckContext): boolean {
    if (!isOutOfRange(text)) return false;
    const shown = text!.length > 24 ? `${text!.slice(0, 12)}…${text!.slice(-6)} (${text!.length} characters)` : text!;
    report(DiagnosticCode.InvalidNumber, `${ownerLabel(target.node)} has the value ${shown}, which is too large to compute with (beyond about 1.8e308), so nothing measured with it can be scored. Write a realistic value, or use a k, M or B suffix.`, target as never);
    return true;
}

export const measureUnitsAgree: Check<FromToMeasure> = (measure, { report }) => {
    const from = quantityValue(measure.from);
    const to = quantityValue(measure.to);
    if (!from || !to || !unitsConflict(to.unit, from.unit)) return;
    const kr = measure.$container;
    const name = isKeyResult(kr) ? keyResultLabel(kr) : 'This key result';
    report(DiagnosticCode.UnitMismatch, `${name} goes from ${quantityText(measure.from)} to ${quantityText(measure.to)}: the two ends are in different units ("${from.unit}" and "${to.unit}"), so its progress cannot be computed. Write both ends in the same unit.`, { node: measure, property: 'to' });
};

export const rangeUnitsAgree: Check<BetweenRange> = (range, { report }) => {
    const low = parseNumber(range.low);
    const high = quantityValue(range.high);
    if (!low || !high || !unitsConflict(high.unit, low.symbol)) return;
    report(DiagnosticCode.UnitMismatch, `Expected range ${range.low}..${quantityText(range.high)} has its ends in different units ("${low.symbol}" and "${high.unit}"). Write both ends in the unit of the KPI, e.g. \`${range.low.replace(/[%$€£¥]/g, '')}..${quantityText(range.high)}\`.`, { node: range, property: 'low' });
};

/** `Key result "Raise revenue"`, `KPI "size"`: what the value belongs to. */
function ownerLabel(node: AstNode): string {
    const kr = AstUtils.getContainerOfType(node, isKeyResult);
    if (kr) return keyResultLabel(kr);
    const kpi = AstUtils.getContainerOfType(node, isKpi);
    return kpi ? `KPI "${kpi.name}"` : 'This element';
}

