/** Objectives: 2–5 measurable key results, an owner, a direction to change, not a level to hold. */
import type { Objective, OkrBlock } from '../generated/ast.js';
import { isOkrBlock } from '../generated/ast.js';
import { DiagnosticCode } from '../diagnostic-codes.js';
import { cycleName } from '../cycles.js';
import { objectiveCycle, roundScore, scoreObjective } from '../scoring.js';
import { judgeObjectiveTitle } from '../text-rules/index.js';
import { objectivesOf, unitCycleKey } from '../workspace-facts.js';
import type { Check } from './check-context.js';

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

export const objectiveIsNotMaintenance: Check<Objective> = (objective, { report }) => {
    const verdict = judgeObjectiveTitle(objective.title ?? '');
    if (verdict) {
        const words = verdict.triggers.map(t => `"${t}"`).join(', ');
        report(DiagnosticCode.MaintenanceObjective, `Objective "${objective.name}" describes keeping a level (${words}: ${verdict.explanation}). That is a KPI's job: track it as a KPI with an expected range, and write an objective only to change it.`, { node: objective, property: 'title' });
    }
};

export const unitObjectiveCount: Check<OkrBlock> = (block, { report, option, facts }) => {
    const max = option(DiagnosticCode.TooManyObjectives, 'max');
    const unit = block.unit?.$refText ?? '';
    const cycle = cycleName(block.cycle);
    if (!unit || !cycle) return;
    const count = objectivesOf(facts.okrBlocksByUnitCycle.get(unitCycleKey(unit, cycle))).length;
    if (count > max) {
        report(DiagnosticCode.TooManyObjectives, `Unit "${unit}" has ${count} objectives in ${cycle} (all files together); more than ${max} means nothing is a priority. Keep 3–${max} and drop or merge the rest.`, { node: block, property: 'unit' });
    }
};

export const objectiveIsNotRepeated: Check<Objective> = (objective, { report, facts, config }) => {
    const block = objective.$container;
    if (!isOkrBlock(block)) return;
    const cycle = objectiveCycle(objective, config.fiscalYearStartMonth);
    if (!cycle) return;
    const unit = block.unit?.$refText ?? '';
    if (!unit) return;
    const previous = (facts.cyclesByUnit.get(unit) ?? [])
        .filter(c => c.start < cycle.start)
        .sort((a, b) => b.start - a.start)[0];
    if (!previous) return;
    const title = normalizeTitle(objective.title);
    const repeated = objectivesOf(facts.okrBlocksByUnitCycle.get(unitCycleKey(unit, previous.id)))
        .find(other => normalizeTitle(other.title) === title);
    if (repeated) {
        report(DiagnosticCode.RepeatedObjective, `Objective "${objective.name}" repeats "${repeated.title}" from ${previous.id}. If it was not reached, ask why before carrying it over; if it is ongoing, it may be a KPI.`, { node: objective, property: 'title' });
    }
};

function normalizeTitle(title: string | undefined): string {
    return (title ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export const objectiveIsNotSandbagged: Check<Objective> = (objective, { report, today, config }) => {
    if (objective.commitment === 'committed') return;
    const score = scoreObjective(objective, { today, fiscalYearStartMonth: config.fiscalYearStartMonth });
    if (score.status === 'ended' && score.score !== undefined && roundScore(score.score) >= 1) {
        report(DiagnosticCode.Sandbagging, `Aspirational objective "${objective.name}" scored 1.0 in ${score.cycle?.id}: it was not ambitious. Aim higher next cycle (0.6–0.7 is success), or mark it \`committed\` if 1.0 is the expectation.`, { node: objective, property: 'name' });
    }
};
