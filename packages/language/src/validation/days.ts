/**
 * Day numbers of the dates checks read, remembered: a workspace has thousands of check-ins
 * but only a few hundred distinct dates, and several checks look at each one.
 */
import { parseDay } from '../dates.js';

const known = new Map<string, number | undefined>();

export function dayOf(date: string | undefined): number | undefined {
    if (date === undefined) return undefined;
    if (!known.has(date)) {
        // Bounded: random text (fuzzing, pasted data) must not grow it without end.
        if (known.size >= 10_000) known.clear();
        known.set(date, parseDay(date));
    }
    return known.get(date);
}
