/** KPIs monitor health: each needs an expected range, an owner, a cadence and a definition. */
import type { Kpi, KpiBlock } from '../generated/ast.js';
import { DiagnosticCode } from '../diagnostic-codes.js';
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

export const kpiCountWithinLimit: Check<KpiBlock> = (_block, _context) => {
    // implemented with the workspace facts (all KPI blocks of a unit together)
};
