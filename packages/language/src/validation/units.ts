/**
 * The cascade's shape: a company stands alone, a department sits in the company, a team in a
 * department or directly in the company. A unit out of place is a `misplaced-unit` error. A
 * unit without `in` is left alone: a workspace may be partial.
 */
import type { Unit } from '../grammar/generated/ast.js';
import { DiagnosticCode } from '../config/catalog.js';
import type { Check } from './check-context.js';

const ALLOWED_PARENTS: Record<string, string[]> = { company: [], department: ['company'], team: ['department', 'company'] };

export const unitSitsInItsLevel: Check<Unit> = (unit, { report }) => {
    const allowed = ALLOWED_PARENTS[unit.kind];
    if (!allowed || !unit.parent) return;
    if (allowed.length === 0) {
        report(DiagnosticCode.MisplacedUnit, `A company is the top of the cascade and sits in no other unit. Remove \`in ${unit.parent.$refText}\`, or make "${unit.name}" a department.`, { node: unit, property: 'parent' });
        return;
    }
    const parent = unit.parent.ref;
    if (parent && (parent === unit || !allowed.includes(parent.kind))) {
        report(DiagnosticCode.MisplacedUnit, `A ${unit.kind} sits in a ${allowed.join(' or ')}, but "${parent.name}" is ${parent === unit ? `this ${unit.kind} itself` : `a ${parent.kind}`}. Point \`in\` at ${allowed.length > 1 ? 'a department or the company' : 'the company'}.`, { node: unit, property: 'parent' });
    }
};
