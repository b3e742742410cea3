/**
 * Cycles: built-in quarters (`2026-Q4`) and halves (`2026-H1`), shifted by the fiscal-year
 * start month, and custom `cycle` declarations. A fiscal year is named after the calendar
 * year in which it starts: with `fiscalYearStartMonth: 4`, `2026-Q1` is April–June 2026.
 */
import type { CycleDecl, CycleRef } from '../grammar/generated/ast.js';
import { dayOf, parseDay } from './dates.js';

export interface Cycle {
    /** `2026-Q4`, or the custom cycle's ID. */
    id: string;
    /** First and last day, inclusive, as day numbers. */
    start: number;
    end: number;
}

const BUILTIN_PATTERN = /^(\d{4})-([QH])(\d)$/;

export function builtinCycle(literal: string, fiscalYearStartMonth = 1): Cycle | undefined {
    const match = BUILTIN_PATTERN.exec(literal);
    if (!match) return undefined;
    const year = Number(match[1]);
    const index = Number(match[3]);
    const months = match[2] === 'Q' ? 3 : 6;
    if (index < 1 || index > 12 / months) return undefined;
    const firstMonth = fiscalYearStartMonth - 1 + (index - 1) * months;
    return {
        id: literal,
        start: dayOf(year, firstMonth, 1),
        end: dayOf(year, firstMonth + months, 1) - 1,
    };
}

export function customCycle(decl: CycleDecl): Cycle | undefined {
    const start = parseDay(decl.start);
    const end = parseDay(decl.end);
    if (start === undefined || end === undefined || end < start) return undefined;
    return { id: decl.name, start, end };
}

/** The cycle an `okrs` block names, or undefined when it is unknown or malformed. */
export function resolveCycle(ref: CycleRef | undefined, fiscalYearStartMonth = 1): Cycle | undefined {
    if (!ref) return undefined;
    if (ref.builtin) return builtinCycle(ref.builtin, fiscalYearStartMonth);
    const decl = ref.custom?.ref;
    return decl ? customCycle(decl) : undefined;
}

/** The name a user wrote for the cycle (also when it does not resolve). */
export function cycleName(ref: CycleRef | undefined): string {
    return ref?.builtin ?? ref?.custom?.$refText ?? '';
}

export function cyclesOverlap(a: Cycle, b: Cycle): boolean {
    return a.start <= b.end && b.start <= a.end;
}

export function contains(cycle: Cycle, day: number): boolean {
    return day >= cycle.start && day <= cycle.end;
}

/** The built-in quarter that contains a day, under a fiscal year. */
export function quarterContaining(day: number, fiscalYearStartMonth = 1): Cycle {
    const year = new Date(day * 86_400_000).getUTCFullYear();
    for (const candidate of [year - 1, year]) {
        for (const quarter of [1, 2, 3, 4]) {
            const cycle = builtinCycle(`${candidate}-Q${quarter}`, fiscalYearStartMonth)!;
            if (contains(cycle, day)) return cycle;
        }
    }
    throw new Error(`no quarter contains day ${day}`);
}
