/**
 * The alignment preview, running in the VS Code webview or the standalone page. It draws the
 * tree from `update` messages, and posts `ready`, `reveal` and `selectCycle` back.
 */
import type { AlignmentTree, HostToWebviewMessage } from 'okr-language/protocol';
import { el, renderTree } from './render.js';
import { hostApi, restoreState, type PreviewState } from './state.js';

declare function acquireVsCodeApi(): unknown;

const host = hostApi();
const state: PreviewState = restoreState(host.getState());
const root = document.getElementById('root') ?? document.body;
let tree: AlignmentTree | undefined;

const toolbar = el('header', 'toolbar');
const cyclePicker = el('select', 'cycle');
cyclePicker.setAttribute('aria-label', 'Cycle');
const zoomLabel = el('span', 'zoom-label');
const summary = el('span', 'summary');
const button = (label: string, title: string, action: () => void) => {
    const b = el('button', 'tool', label);
    b.title = title;
    b.setAttribute('aria-label', title);
    b.addEventListener('click', action);
    return b;
};
toolbar.append(
    cyclePicker,
    button('−', 'Zoom out', () => setZoom(state.zoom / 1.2)), zoomLabel, button('+', 'Zoom in', () => setZoom(state.zoom * 1.2)),
    button('1:1', 'Reset zoom', () => setZoom(1)),
    button('Expand all', 'Expand all', () => { state.collapsed = []; draw(); }),
    button('Collapse all', 'Collapse all', () => { state.collapsed = allKeys(); draw(); }),
    summary,
);
const viewport = el('main', 'viewport');
const errorBanner = el('div', 'error');
errorBanner.setAttribute('role', 'alert');
root.append(toolbar, errorBanner, viewport);

function save(): void {
    host.setState(state);
}

function setZoom(zoom: number): void {
    state.zoom = Math.min(3, Math.max(0.3, Math.round(zoom * 100) / 100));
    applyZoom();
    save();
}

function applyZoom(): void {
    const content = viewport.firstElementChild as HTMLElement | null;
    if (content) content.style.setProperty('zoom', String(state.zoom));
    zoomLabel.textContent = `${Math.round(state.zoom * 100)}%`;
}

function allKeys(): string[] {
    return [...viewport.querySelectorAll<HTMLElement>('li.objective[aria-expanded]')].map(item => item.dataset.key!).filter(Boolean);
}

function countObjectives(t: AlignmentTree): number {
    const count = (nodes: AlignmentTree['unaligned']): number => nodes.reduce((sum, n) => sum + 1 + count(n.children), 0);
    return t.strategies.reduce((sum, s) => sum + count(s.children), 0) + count(t.unaligned);
}

function draw(): void {
    if (!tree) return;
    const focusedKey = (document.activeElement?.closest('li.objective') as HTMLElement | null)?.dataset.key;
    viewport.replaceChildren(renderTree(tree, { collapsed: new Set(state.collapsed) }));
    cyclePicker.replaceChildren(...tree.cycles.map(cycle => {
        const option = el('option', undefined, cycle);
        option.value = cycle;
        option.selected = cycle === tree!.cycle;
        return option;
    }));
    // The standalone page holds one cycle's tree; only the editor can fetch another.
    cyclePicker.disabled = tree.cycles.length < 2 || typeof acquireVsCodeApi !== 'function';
    summary.textContent = `${countObjectives(tree)} objectives · ${tree.cycle ?? 'no cycle'} · as of ${tree.today}`;
    applyZoom();
    if (focusedKey) viewport.querySelector<HTMLElement>(`li.objective[data-key="${CSS.escape(focusedKey)}"] > .card`)?.focus({ preventScroll: true });
    save();
}

function update(next: AlignmentTree): void {
    const first = !tree;
    tree = next;
    state.cycle = next.cycle;
    errorBanner.textContent = '';
    draw();
    if (first) window.scrollTo(state.scrollX, state.scrollY);
}

function toggle(key: string): void {
    const collapsed = new Set(state.collapsed);
    if (collapsed.has(key)) collapsed.delete(key); else collapsed.add(key);
    state.collapsed = [...collapsed];
    draw();
}

function reveal(target: HTMLElement): void {
    const { uri, line, character } = target.dataset;
    if (uri) host.postMessage({ type: 'reveal', source: { uri, line: Number(line), character: Number(character) } });
}

viewport.addEventListener('click', event => {
    const target = event.target as HTMLElement;
    if (target.closest('button.toggle')) {
        const key = (target.closest('li.objective') as HTMLElement | null)?.dataset.key;
        if (key) toggle(key);
        return;
    }
    const revealTarget = target.closest<HTMLElement>('.reveal');
    if (revealTarget) reveal(revealTarget);
});

viewport.addEventListener('keydown', event => {
    const card = (event.target as HTMLElement).closest<HTMLElement>('.card, .strategy-title');
    if (!card) return;
    const item = card.closest<HTMLElement>('li.objective');
    const cards = [...viewport.querySelectorAll<HTMLElement>('.card, .strategy-title')];
    const index = cards.indexOf(card);
    const expanded = item?.getAttribute('aria-expanded');
    switch (event.key) {
        case 'Enter': reveal(card); break;
        case ' ': if (item && expanded !== null) toggle(item.dataset.key!); break;
        case 'ArrowRight': if (item && expanded === 'false') toggle(item.dataset.key!); break;
        case 'ArrowLeft': if (item && expanded === 'true') toggle(item.dataset.key!); break;
        case 'ArrowDown': cards[index + 1]?.focus(); break;
        case 'ArrowUp': cards[index - 1]?.focus(); break;
        default: return;
    }
    event.preventDefault();
});

cyclePicker.addEventListener('change', () => {
    state.cycle = cyclePicker.value;
    save();
    host.postMessage({ type: 'selectCycle', cycle: cyclePicker.value });
});

window.addEventListener('wheel', event => {
    if (!event.ctrlKey) return;
    event.preventDefault();
    setZoom(state.zoom * (event.deltaY < 0 ? 1.1 : 1 / 1.1));
}, { passive: false });

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(() => { state.scrollX = window.scrollX; state.scrollY = window.scrollY; save(); }, 100);
});

window.addEventListener('message', (event: MessageEvent<HostToWebviewMessage>) => {
    const message = event.data;
    if (message?.type === 'update' && message.tree) update(message.tree);
    else if (message?.type === 'error' && typeof message.message === 'string') errorBanner.textContent = message.message;
});

// The standalone page carries its tree inline; the webview asks its host.
const embedded = document.getElementById('okr-tree');
if (embedded?.textContent) update(JSON.parse(embedded.textContent) as AlignmentTree);
else host.postMessage({ type: 'ready' });
