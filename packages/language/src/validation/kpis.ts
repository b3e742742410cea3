/** KPIs monitor health: each needs an expected range, an owner, a cadence and a definition. */
import type { BetweenRange, Kpi, KpiBlock } from '../grammar/generated/ast.js';
import { parseNumber, quantityValue } from '../model/quantities.js';
import { kpiHealth } from '../model/scoring.js';
import { DiagnosticCode } from '../config/catalog.js';
import { unitOfBlock } from '../workspace/workspace-model.js';
import type { Check } from './check-context.js';

export const kpiHasRange: Check<Kpi> = (kpi, { report }) => {
    if (!kpi.expected) {
        report(DiagnosticCode.KpiMissingRange, `KPI "${kpi.name}" has no expected range, so nobody can tell healthy from breached. Add one, e.g. \`expected 10..14 days\` or \`expected >= 90%\`.`, { node: kpi, property: 'name' });
    }
};

export const kpiHasOwner: Check<Kpi> = (kpi, { report }) => {
    if (!kpi.owner) {
        report(DiagnosticCode.KpiMissingOwner, `KPI "${kpi.name}" has no owner, so nobody is accountable when it turns red. Add \`owner "Name"\`.`, { node: kpi, property: 'name' });
    }
};

export const kpiHasCadence: Check<Kpi> = (kpi, { report }) => {
    if (!kpi.cadence) {
        report(DiagnosticCode.KpiMissingCadence, `KPI "${kpi.name}" has no review cadence. Add \`cadence weekly\` (or daily, monthly, quarterly).`, { node: kpi, property: 'name' });
    }
};

export const kpiHasDefinition: Check<Kpi> = (kpi, { report }) => {
    if (!kpi.definition) {
        report(DiagnosticCode.KpiMissingDefinition, `KPI "${kpi.name}" has no definition, so teams may measure it differently. Add \`definition "How it is computed"\`.`, { node: kpi, property: 'name' });
    }
};

export const unitKpiCount: Check<KpiBlock> = (block, { report, option, model }) => {
    const max = option(DiagnosticCode.TooManyKpis, 'max');
    const unit = unitOfBlock(block);
    if (!unit) return;
    const count = model.kpiCount(unit);
    if (count > max) {
        report(DiagnosticCode.TooManyKpis, `Unit "${unit}" tracks ${count} KPIs (all files together); more than ${max} and nobody watches them. Keep at most ${max} that signal health and retire the rest.`, { node: block, property: 'unit' });
    }
};

export const rangeIsOrdered: Check<BetweenRange> = (range, { report }) => {
    const low = parseNumber(range.low)?.value;
    const high = quantityValue(range.high)?.value;
    if (low !== undefined && high !== undefined && low > high) {
        report(DiagnosticCode.InvalidRange, `Expected range ${range.low}..${range.high.number} is empty: its low end is above its high end. Swap them: \`${range.high.number}..${range.low}\`.`, { node: range, property: 'low' });
    }
};

export const breachedKpiHasOkr: Check<Kpi> = (kpi, { report, model }) => {
    const { health, latest } = kpiHealth(kpi);
    if (health === 'breached' && !model.isMovedInCurrentCycle(kpi)) {
        report(DiagnosticCode.BreachedKpiWithoutOkr, `KPI "${kpi.name}" is outside its expected range (latest reading ${latest?.value.number} on ${latest?.date}) and no key result of the current cycle moves it. This is the signal to write an OKR: add a KR with \`moves ${kpi.name}\`.`, { node: kpi, property: 'name' });
    }
};
