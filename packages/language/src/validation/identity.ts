/** IDs are unique per kind across the whole workspace: every duplicate is reported, naming the others. */
import { AstUtils, UriUtils, type AstNode } from 'langium';
import { DiagnosticCode } from '../diagnostic-codes.js';
import type { Check } from './check-context.js';

const KIND_LABEL: Record<string, string> = {
    Unit: 'unit', Strategy: 'strategy', CycleDecl: 'cycle', Objective: 'objective', KeyResult: 'key result', Kpi: 'KPI',
};

export const idIsUnique: Check<AstNode & { name?: string }> = (node, { report, facts }) => {
    if (!node.name) return;
    const others = facts.othersNamedLike(node as AstNode & { name: string });
    if (others.length === 0) return;
    const kind = KIND_LABEL[node.$type] ?? node.$type;
    const places = others.slice(0, 3).map(other => placeOf(other, node)).join(', ') + (others.length > 3 ? ` and ${others.length - 3} more` : '');
    report(DiagnosticCode.DuplicateId, `The ${kind} ID "${node.name}" is also used at ${places}. IDs must be unique per kind across the workspace: rename one of them (and its references).`, { node, property: 'name' });
};

/** "line 12" in the same file, "goals.okr:12" in another. */
function placeOf(other: AstNode, here: AstNode): string {
    const line = (other.$cstNode?.range.start.line ?? 0) + 1;
    const otherUri = AstUtils.getDocument(other).uri;
    return UriUtils.equals(otherUri, AstUtils.getDocument(here).uri) ? `line ${line}` : `${UriUtils.basename(otherUri)}:${line}`;
}
