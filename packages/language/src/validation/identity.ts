/** IDs are unique per kind across the whole workspace. */
import { AstUtils, type AstNode } from 'langium';
import { DiagnosticCode } from '../diagnostic-codes.js';
import type { Check } from './check-context.js';

const KIND_LABEL: Record<string, string> = {
    Unit: 'unit', Strategy: 'strategy', CycleDecl: 'cycle', Objective: 'objective', KeyResult: 'key result', Kpi: 'KPI',
};

export const idIsUnique: Check<AstNode & { name?: string }> = (node, { report, facts }) => {
    if (!node.name) return;
    const same = facts.idsByKind.get(node.$type)?.get(node.name) ?? [];
    const other = same.find(candidate => candidate !== node);
    if (!other) return;
    const where = `${AstUtils.getDocument(other).uri.path.split('/').pop()}:${(other.$cstNode?.range.start.line ?? 0) + 1}`;
    const kind = KIND_LABEL[node.$type] ?? node.$type;
    report(DiagnosticCode.DuplicateId, `Another ${kind} is already named "${node.name}" (${where}). IDs must be unique per kind across the workspace: rename one of them.`, { node, property: 'name' });
};
