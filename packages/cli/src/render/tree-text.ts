/**
 * `okr tree --format text`: the alignment tree drawn with archy (`npm ls` style), each
 * objective with its unit, score, grade and status, its key results and KPI chips.
 */
import archy from 'archy';
import { formatScore, visible, type AlignmentTree, type ObjectiveNode } from 'okr-language';

export function treeText(tree: AlignmentTree): string {
    const sections = tree.strategies.map(strategy => archy({
        label: `strategy ${strategy.id}: ${oneLine(strategy.statement)}`,
        nodes: strategy.children.map(objectiveData),
    }));
    if (tree.unaligned.length) {
        sections.push(archy({ label: 'unaligned', nodes: tree.unaligned.map(objectiveData) }));
    }
    const header = `Alignment tree for ${oneLine(tree.cycle ?? 'no cycle')} (today ${tree.today})\n\n`;
    return header + (sections.length ? sections.join('\n') : 'No objectives.\n');
}

function objectiveData(node: ObjectiveNode): archy.Data {
    const facts = [node.unitName, node.owner, formatScore(node.score), node.grade, node.status, node.committed ? 'committed' : undefined]
        .filter(Boolean).map(fact => oneLine(fact!)).join(' · ');
    return {
        label: `${node.id}: ${oneLine(node.title)}  [${facts}]`,
        nodes: [
            ...node.keyResults.map(kr => `KR ${oneLine(kr.title)}  ${Math.round(kr.progress * 100)}%${kr.current ? ` (${kr.current}${kr.target ? ` → ${kr.target}` : ''})` : ''}`),
            ...node.kpis.map(kpi => `KPI ${kpi.id} (${kpi.role}, ${kpi.health})`),
            ...node.children.map(objectiveData),
        ],
    };
}

/** A user's text never breaks the drawing or the terminal: control characters visible, spaces collapsed. */
function oneLine(text: string): string {
    return visible(text).replace(/ {2,}/g, ' ');
}
