/** Alignment: objectives cascade upwards (team → department → company → strategy), never in circles. */
import type { Objective, Unit } from '../grammar/generated/ast.js';
import { isObjective, isOkrBlock } from '../grammar/generated/ast.js';
import { DiagnosticCode } from '../config/catalog.js';
import { cyclesOverlap } from '../model/cycles.js';
import { cycleOfObjective, type Check } from './check-context.js';

const unitOf = (objective: Objective): Unit | undefined =>
    isOkrBlock(objective.$container) ? objective.$container.unit?.ref : undefined;

export const objectiveIsAligned: Check<Objective> = (objective, { report }) => {
    const unit = unitOf(objective);
    if (objective.aligns.length === 0 && unit && unit.kind !== 'company') {
        report(DiagnosticCode.UnalignedObjective, `Objective "${objective.name}" of ${unit.kind} "${unit.name}" aligns to nothing. Add \`aligns PARENT_OBJECTIVE\` so it is clear which higher goal it serves.`, { node: objective, property: 'name' });
    }
};

/** A loop's message names at most this many objectives: a loop of thousands would make every message as long. */
export const LOOP_NAMES_SHOWN = 10;

export const alignmentHasNoCycle: Check<Objective> = (objective, { report, model }) => {
    const loop = model.alignmentLoop(objective);
    if (!loop) return;
    const shown = loop.path(LOOP_NAMES_SHOWN).map(o => o.name);
    const path = loop.length <= LOOP_NAMES_SHOWN
        ? [...shown, objective.name].join(' → ')
        : `${shown.join(' → ')} → … → ${objective.name}: ${loop.length} objectives, the first ${LOOP_NAMES_SHOWN} shown`;
    report(DiagnosticCode.AlignmentCycle, `Following \`aligns\` from "${objective.name}" comes back to it (${path}). Alignment must lead up to a company objective or a strategy: remove one of these links.`, { node: objective, property: 'name' });
};

export const alignmentGoesUp: Check<Objective> = (objective, context) => {
    const { report } = context;
    const unit = unitOf(objective);
    const cycle = cycleOfObjective(objective, context);
    objective.aligns.forEach((ref, index) => {
        const target = ref.ref;
        if (!isObjective(target) || target === objective) return;
        const targetUnit = unitOf(target);
        if (unit && targetUnit && !isAncestor(targetUnit, unit)) {
            const where = targetUnit === unit ? `its own unit "${unit.name}"` : `"${targetUnit.name}", which is not a parent unit of "${unit.name}"`;
            report(DiagnosticCode.AlignmentDirection, `Objective "${objective.name}" aligns to "${target.name}" of ${where}. Align to an objective of a unit above it (its department or company).`, { node: objective, property: 'aligns', index });
            return;
        }
        const targetCycle = cycleOfObjective(target, context);
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
