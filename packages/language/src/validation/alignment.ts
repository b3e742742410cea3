/** Alignment: objectives cascade upwards (team → department → company → strategy), never in circles. */
import type { Objective, Unit } from '../generated/ast.js';
import { isObjective, isOkrBlock } from '../generated/ast.js';
import { DiagnosticCode } from '../diagnostic-codes.js';
import { cyclesOverlap } from '../cycles.js';
import { objectiveCycle } from '../scoring.js';
import type { Check } from './check-context.js';

const unitOf = (objective: Objective): Unit | undefined =>
    isOkrBlock(objective.$container) ? objective.$container.unit?.ref : undefined;

export const objectiveIsAligned: Check<Objective> = (objective, { report }) => {
    const unit = unitOf(objective);
    if (objective.aligns.length === 0 && unit && unit.kind !== 'company') {
        report(DiagnosticCode.UnalignedObjective, `Objective "${objective.name}" of ${unit.kind} "${unit.name}" aligns to nothing. Add \`aligns PARENT_OBJECTIVE\` so it is clear which higher goal it serves.`, { node: objective, property: 'name' });
    }
};

export const alignmentHasNoCycle: Check<Objective> = (objective, { report }) => {
    const path = cycleThrough(objective);
    if (path) {
        report(DiagnosticCode.AlignmentCycle, `Following \`aligns\` from "${objective.name}" comes back to it (${[...path, objective.name].join(' → ')}). Alignment must lead up to a company objective or strategy: remove one of these links.`, { node: objective, property: 'name' });
    }
};

/** The chain of objective IDs that leads from `start` back to it, if any. */
function cycleThrough(start: Objective): string[] | undefined {
    const seen = new Set<Objective>();
    const search = (current: Objective, path: string[]): string[] | undefined => {
        for (const ref of current.aligns) {
            const target = ref.ref;
            if (!isObjective(target)) continue;
            if (target === start) return [...path, current.name];
            if (seen.has(target)) continue;
            seen.add(target);
            const found = search(target, [...path, current.name]);
            if (found) return found;
        }
        return undefined;
    };
    return search(start, []);
}

export const alignmentGoesUp: Check<Objective> = (objective, { report, config }) => {
    const unit = unitOf(objective);
    const cycle = objectiveCycle(objective, config.fiscalYearStartMonth);
    objective.aligns.forEach((ref, index) => {
        const target = ref.ref;
        if (!isObjective(target) || target === objective) return;
        const targetUnit = unitOf(target);
        if (unit && targetUnit && !isAncestor(targetUnit, unit)) {
            report(DiagnosticCode.AlignmentDirection, `Objective "${objective.name}" aligns to "${target.name}" of "${targetUnit.name}", which is not a parent unit of "${unit.name}". Align to an objective of a unit above it (its department or company).`, { node: objective, property: 'aligns', index });
            return;
        }
        const targetCycle = objectiveCycle(target, config.fiscalYearStartMonth);
        if (cycle && targetCycle && !cyclesOverlap(cycle, targetCycle)) {
            report(DiagnosticCode.AlignmentDirection, `Objective "${objective.name}" (${cycle.id}) aligns to "${target.name}" of ${targetCycle.id}, a cycle that does not overlap. Align to the parent objective of the same period.`, { node: objective, property: 'aligns', index });
        }
    });
};

/** Whether `ancestor` is a parent, grandparent, … of `unit` (a unit is not its own ancestor). */
function isAncestor(ancestor: Unit, unit: Unit): boolean {
    const seen = new Set<Unit>();
    for (let current = unit.parent?.ref; current && !seen.has(current); current = current.parent?.ref) {
        if (current === ancestor) return true;
        seen.add(current);
    }
    return false;
}
