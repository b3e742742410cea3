/**
 * `okr tree --format mermaid`: a Mermaid flowchart (GitHub renders it in Markdown), nodes
 * coloured by grade. Labels are quoted and every character Mermaid could read as syntax
 * or HTML is written as an entity code.
 */
import { formatScore, visible, type AlignmentTree, type ObjectiveNode } from 'okr-language';

const GRADE_STYLES = [
    'classDef green fill:#d9f2d9,stroke:#2e7d32',
    'classDef yellow fill:#fff4cc,stroke:#b38600',
    'classDef red fill:#fbdada,stroke:#c62828',
    'classDef strategy fill:#e3ecfa,stroke:#1f4e9c',
];

export function treeMermaid(tree: AlignmentTree): string {
    const lines = ['flowchart TD'];
    let next = 0;
    const objective = (node: ObjectiveNode, parent: string | undefined, indent: string) => {
        const id = `o${next++}`;
        const facts = [node.unitName, formatScore(node.score), node.status].join(' · ');
        lines.push(`${indent}${id}["${escapeLabel(`${node.id}: ${node.title}`)}<br/>${escapeLabel(facts)}"]`);
        if (node.grade) lines.push(`${indent}class ${id} ${node.grade}`);
        if (parent) lines.push(`${indent}${parent} --> ${id}`);
        node.children.forEach(child => objective(child, id, indent));
    };
    for (const strategy of tree.strategies) {
        const id = `s${next++}`;
        lines.push(`  ${id}["${escapeLabel(`strategy ${strategy.id}: ${strategy.statement}`)}"]`, `  class ${id} strategy`);
        strategy.children.forEach(child => objective(child, id, '  '));
    }
    if (tree.unaligned.length) {
        lines.push('  subgraph unaligned["Unaligned"]');
        tree.unaligned.forEach(node => objective(node, undefined, '    '));
        lines.push('  end');
    }
    lines.push(...GRADE_STYLES.map(style => `  ${style}`));
    return lines.join('\n') + '\n';
}

/**
 * Mermaid entity codes (`#34;`) for quotes, markup and the characters that start them, and for
 * `%`, `{` and `}`: a label must never hold a directive (`%%{init: {'themeCSS': …}}%%`), which
 * Mermaid applies even at security level strict. Control characters are shown as escapes.
 */
export function escapeLabel(text: string): string {
    return visible(text).replace(/[#"<>&`%{}\\]/g, ch => `#${ch.charCodeAt(0)};`).replace(/\s+/g, ' ');
}
