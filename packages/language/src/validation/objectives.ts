/** Objectives: 2–5 measurable key results, an owner, a direction to change, not a level to hold. */
import type { Objective, OkrBlock } from '../grammar/generated/ast.js';
import { DiagnosticCode } from '../config/catalog.js';
import { cycleName } from '../model/cycles.js';
import { formatScore, roundScore } from '../model/scoring.js';
import { unitOfBlock } from '../workspace/workspace-model.js';
import { cycleOfObjective, type Check } from './check-context.js';
import { shortTitle } from './report-target.js';

export const objectiveHasKeyResults: Check<Objective> = (objective, { report }) => {
    if (objective.keyResults.length === 0) {
        report(DiagnosticCode.MissingKeyResults, `Objective "${objective.name}" has no key results, so nobody can tell whether it was reached. Add 2–5 measurable outcomes with \`kr "…" from X to Y\`.`, { node: objective, property: 'name' });
    }
};

export const objectiveKeyResultCount: Check<Objective> = (objective, { report, option }) => {
    const max = option(DiagnosticCode.TooManyKeyResults, 'max');
    if (objective.keyResults.length > max) {
        report(DiagnosticCode.TooManyKeyResults, `Objective "${objective.name}" has ${objective.keyResults.length} key results; more than ${max} dilutes focus. Keep the ${max} that matter most and move the rest to initiatives or another objective.`, { node: objective, property: 'name' });
    }
};

export const objectiveHasOwner: Check<Objective> = (objective, { report }) => {
    if (!objective.owner) {
        report(DiagnosticCode.MissingOwner, `Objective "${objective.name}" has no owner. Add \`owner "Name"\` so someone is accountable for it.`, { node: objective, property: 'name' });
    }
};

export const unitObjectiveCount: Check<OkrBlock> = (block, { report, option, model }) => {
    const max = option(DiagnosticCode.TooManyObjectives, 'max');
    const unit = unitOfBlock(block);
    const cycle = cycleName(block.cycle);
    if (!unit || !cycle) return;
    const count = model.objectiveCount(unit, cycle);
    if (count > max) {
        report(DiagnosticCode.TooManyObjectives, `Unit "${unit}" has ${count} objectives in ${cycle} (all files together); more than ${max} means nothing is a priority. Keep at most ${max}: drop or merge the rest.`, { node: block, property: 'unit' });
    }
};

export const objectiveIsNotRepeated: Check<Objective> = (objective, { report, model }) => {
    const previous = model.previousCycleTwin(objective);
    if (previous) {
        report(DiagnosticCode.RepeatedObjective, `Objective "${objective.name}" repeats "${shortTitle(previous.twin.title)}" (${previous.twin.name}) from the previous cycle, ${previous.cycle.id}. If it was not reached, ask why before carrying it over; if it is ongoing work to hold a level, make it a KPI.`, { node: objective, property: 'name' });
    }
};

export const objectiveIsNotSandbagged: Check<Objective> = (objective, context) => {
    const cycle = cycleOfObjective(objective, context);
    if (objective.commitment === 'committed' || !cycle || context.today <= cycle.end) return;
    const { score } = context.model.scoreOf(objective);
    if (score !== undefined && roundScore(score) >= 1) {
        context.report(DiagnosticCode.Sandbagging, `Aspirational objective "${objective.name}" scored ${formatScore(score)} in ${cycle.id}, which ended: it was not ambitious. Aim higher next cycle (0.6–0.7 is success), or mark it \`committed\` if reaching 1.0 is the expectation.`, { node: objective, property: 'name' });
    }
};
