/**
 * Builds the tree's DOM. Every user string goes through textContent, never innerHTML, so a
 * title like `<img src=x onerror=alert(1)>` shows as text. Widths are set through the CSSOM,
 * which a strict Content-Security-Policy allows.
 */
import type { AlignmentTree } from 'okr-language/protocol';
import { progressSparkline } from '../sparkline.js';
import { lazySvgElement } from './svg-dom.js';

type ObjectiveNode = AlignmentTree['unaligned'][number];
type StrategyNode = AlignmentTree['strategies'][number];

export interface RenderContext {
    collapsed: Set<string>;
    /** The tree's "today" (YYYY-MM-DD), for the sparklines' today marker. */
    today: string;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
}

export const objectiveKey = (node: ObjectiveNode) => `${node.unit}/${node.cycle}/${node.id}`;

export const STATUS_LABEL: Record<string, string> = {
    'not-started': 'not started', 'on-track': 'on track', 'at-risk': 'at risk', 'off-track': 'off track', 'ended': 'ended',
};

function bar(fraction: number, className: string, label: string): HTMLElement {
    const track = el('div', `bar ${className}`);
    track.setAttribute('role', 'img');
    track.setAttribute('aria-label', label);
    const fill = el('div', 'fill');
    fill.style.width = `${Math.round(Math.min(1, Math.max(0, fraction)) * 100)}%`;
    track.append(fill);
    return track;
}

export function revealable(element: HTMLElement, source: { uri: string; line: number; character: number }): void {
    element.classList.add('reveal');
    element.dataset.uri = source.uri;
    element.dataset.line = String(source.line);
    element.dataset.character = String(source.character);
}

function objectiveItem(node: ObjectiveNode, context: RenderContext): HTMLElement {
    const key = objectiveKey(node);
    const hasChildren = node.children.length + node.keyResults.length > 0;
    const collapsed = context.collapsed.has(key);
    const item = el('li', `node objective unit-${node.unitKind}`);
    item.setAttribute('role', 'treeitem');
    item.dataset.key = key;
    if (hasChildren) item.setAttribute('aria-expanded', String(!collapsed));

    const card = el('div', `card grade-${node.grade ?? 'none'}`);
    card.tabIndex = 0;
    revealable(card, node.source);
    const head = el('div', 'head');
    const toggle = el('button', 'toggle', hasChildren ? (collapsed ? '▸' : '▾') : '•');
    toggle.tabIndex = -1;
    toggle.setAttribute('aria-label', collapsed ? 'Expand' : 'Collapse');
    if (!hasChildren) toggle.disabled = true;
    head.append(toggle, el('span', 'title', node.title));
    if (node.committed) head.append(el('span', 'badge', 'committed'));
    card.append(head);

    const meta = el('div', 'meta');
    meta.append(el('span', 'unit', `${node.unitName} · ${node.unitKind}`));
    if (node.owner) meta.append(el('span', 'owner', node.owner));
    meta.append(el('span', 'id', node.id));
    card.append(meta);

    const score = el('div', 'score');
    if (node.score === undefined) {
        score.append(el('span', 'grade-word', 'no key results'));
    } else {
        score.append(bar(node.score, `grade-${node.grade}`, `score ${node.score.toFixed(2)}`));
        score.append(el('span', 'score-value', `${(Math.round(node.score * 10) / 10).toFixed(1)} (${Math.round(node.score * 100)}%)`));
        score.append(el('span', `grade-word grade-${node.grade}`, node.grade ?? ''));
    }
    score.append(el('span', `status status-${node.status}`, STATUS_LABEL[node.status] ?? node.status));
    card.append(score);

    if (node.kpis.length) {
        const chips = el('div', 'chips');
        for (const kpi of node.kpis) {
            const chip = el('span', `chip health-${kpi.health}`, `${kpi.role === 'guardrail' ? 'guardrail' : 'moves'}: ${kpi.name} · ${kpi.health}`);
            chip.title = `${kpi.role === 'guardrail' ? 'Guardrail' : 'Moved'} KPI ${kpi.id}: ${kpi.health}`;
            revealable(chip, kpi.source);
            chips.append(chip);
        }
        card.append(chips);
    }
    item.append(card);

    if (hasChildren && !collapsed) {
        const group = el('ul', 'children');
        group.setAttribute('role', 'group');
        if (node.keyResults.length) {
            const krs = el('li', 'krs');
            const list = el('ul', 'kr-list');
            for (const kr of node.keyResults) {
                const row = el('li', 'kr');
                revealable(row, kr.source);
                row.append(el('span', 'kr-title', kr.title));
                row.append(bar(kr.progress, 'kr-bar', `progress ${Math.round(kr.progress * 100)}%`));
                row.append(lazySvgElement(progressSparkline(node, kr, context.today)));
                const numbers = [kr.current !== undefined ? `now ${kr.current}` : 'no check-in', kr.target ? `target ${kr.target}` : ''].filter(Boolean).join(' · ');
                row.append(el('span', 'kr-numbers', `${Math.round(kr.progress * 100)}% · ${numbers}`));
                list.append(row);
            }
            krs.append(list);
            group.append(krs);
        }
        for (const child of node.children) group.append(objectiveItem(child, context));
        item.append(group);
    }
    return item;
}

function strategySection(strategy: StrategyNode, context: RenderContext): HTMLElement {
    const section = el('section', 'strategy');
    const head = el('h2', 'strategy-title', strategy.statement);
    head.tabIndex = 0;
    revealable(head, strategy.source);
    section.append(head);
    section.append(treeOf(strategy.children, context, strategy.children.length ? undefined : 'No objective aligns to this strategy yet.'));
    return section;
}

function treeOf(nodes: ObjectiveNode[], context: RenderContext, emptyText?: string): HTMLElement {
    if (!nodes.length && emptyText) return el('p', 'empty', emptyText);
    const list = el('ul', 'tree');
    list.setAttribute('role', 'tree');
    for (const node of nodes) list.append(objectiveItem(node, context));
    return list;
}

export function renderTree(tree: AlignmentTree, context: RenderContext): HTMLElement {
    const content = el('div', 'content');
    for (const strategy of tree.strategies) content.append(strategySection(strategy, context));
    if (tree.unaligned.length) {
        const section = el('section', 'strategy unaligned');
        section.append(el('h2', 'strategy-title', 'Not aligned to a strategy or parent objective'));
        section.append(treeOf(tree.unaligned, context));
        content.append(section);
    }
    if (!tree.strategies.length && !tree.unaligned.length) {
        content.append(el('p', 'empty', tree.cycle ? `No objectives in ${tree.cycle}.` : 'No objectives yet: add an okrs block to a .okr file.'));
    }
    return content;
}
