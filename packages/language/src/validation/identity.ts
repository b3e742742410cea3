/** IDs are unique per kind across the whole workspace: every duplicate is reported, naming the others. */
import { AstUtils, UriUtils, type AstNode } from 'langium';
import { DiagnosticCode } from '../config/catalog.js';
import type { Check } from './check-context.js';

const KIND_LABEL: Record<string, string> = {
    Unit: 'unit', Strategy: 'strategy', CycleDecl: 'cycle', Objective: 'objective', KeyResult: 'key result', Kpi: 'KPI',
};

/** Places named in a message; beyond them the count says how many more there are. */
const PLACES_SHOWN = 3;
/** Others looked at for distinct places: a workspace may hold thousands of copies of one ID, often on one line. */
const PLACES_SCANNED = 12;

export const idIsUnique: Check<AstNode & { name?: string }> = (node, { report, model }) => {
    if (!node.name) return;
    const all = model.namedLike(node as AstNode & { name: string });
    const count = all.length - 1;
    if (count <= 0) return;
    const places = new Set<string>();
    let covered = 0;
    for (const other of all.slice(0, PLACES_SCANNED + 1)) {
        if (other === node) continue;
        const place = placeOf(other, node);
        if (places.size < PLACES_SHOWN) places.add(place);
        if (places.has(place)) covered++;
    }
    const kind = KIND_LABEL[node.$type] ?? node.$type;
    const where = count === 1 ? `at ${[...places][0]}` : `${count} more times, at ${[...places].join(', ')}${covered < count ? ' and elsewhere' : ''}`;
    report(DiagnosticCode.DuplicateId, `The ${kind} ID "${node.name}" is also used ${where}. IDs must be unique per kind across the workspace: rename one of them (and its references).`, { node, property: 'name' });
};

/** "line 12" in the same file, "goals.okr:12" in another. */
function placeOf(other: AstNode, here: AstNode): string {
    const line = (other.$cstNode?.range.start.line ?? 0) + 1;
    const otherUri = AstUtils.getDocument(other).uri;
    return UriUtils.equals(otherUri, AstUtils.getDocument(here).uri) ? `line ${line}` : `${UriUtils.basename(otherUri)}:${line}`;
}
