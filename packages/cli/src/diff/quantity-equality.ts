/** When two values of the goal files mean the same: the same number in the same unit, however written. */
import { unitsConflict } from 'okr-language';
import type { QuantityFacts } from './goal-set.js';

/** Units of a measure or a range: `day` is `days`; a bare number is a change of unit. */
export function sameUnit(a: string, b: string): boolean {
    return a === b || (a !== '' && b !== '' && !unitsConflict(a, b));
}

/** A check-in or a reading: a bare number takes the unit of its measure or range, so `58` is `58%` there. */
export function sameQuantity(a: QuantityFacts, b: QuantityFacts): boolean {
    if (a.value === undefined || b.value === undefined) return a.text === b.text;
    return a.value === b.value && !unitsConflict(a.unit, b.unit);
}
