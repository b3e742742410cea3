/** Cycles and dates: a built-in cycle exists, a custom one runs forward, every date is on the calendar. */
import type { Checkin, CycleDecl, OkrBlock, Reading } from '../grammar/generated/ast.js';
import { DiagnosticCode } from '../config/catalog.js';
import { builtinCycle } from '../model/cycles.js';
import { parseDay } from '../model/dates.js';
import type { Check } from './check-context.js';

export const builtinCycleExists: Check<OkrBlock> = (block, { report }) => {
    const literal = block.cycle?.builtin;
    if (literal && !builtinCycle(literal)) {
        report(DiagnosticCode.UnresolvedReference, `There is no cycle "${literal}": quarters are Q1 to Q4 and halves H1 to H2. Write e.g. \`${literal.slice(0, 5)}Q4\`, or declare a custom cycle with \`cycle NAME "…" from DATE to DATE\`.`, { node: block, property: 'cycle' });
    }
};

export const cycleRunsForward: Check<CycleDecl> = (cycle, { report }) => {
    const start = parseDay(cycle.start);
    const end = parseDay(cycle.end);
    if (start !== undefined && end !== undefined && end < start) {
        report(DiagnosticCode.InvalidRange, `Cycle "${cycle.name}" ends on ${cycle.end}, before it starts on ${cycle.start}. Swap the dates: \`from ${cycle.end} to ${cycle.start}\`.`, { node: cycle, property: 'name' });
    }
};

/** `2026-02-30` has the shape of a date but is none: nothing dated with it could be checked. */
export const dateIsReal: Check<Checkin | Reading> = (node, { report }) => {
    if (node.date && parseDay(node.date) === undefined) report(DiagnosticCode.InvalidDate, notADate(node.date), { node, property: 'date' });
};

export const cycleDatesAreReal: Check<CycleDecl> = (cycle, { report }) => {
    for (const property of ['start', 'end'] as const) {
        const text = cycle[property];
        if (text && parseDay(text) === undefined) report(DiagnosticCode.InvalidDate, notADate(text), { node: cycle, property });
    }
};

const notADate = (text: string) => `${text} is not a calendar date. Write a real date as YYYY-MM-DD (months 01 to 12, and a day that exists in that month).`;
