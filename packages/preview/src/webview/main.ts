/**
 * The alignment preview, running in the VS Code webview or the standalone page. It draws the
 * tree or the KPI health view (two tabs) from `update` messages, and posts `ready`, `reveal`
 * and `selectCycle` back.
 */
import { isHostToWebviewMessage, type AlignmentTree } from 'okr-language/protocol';
import { kpisOf, renderKpis } from './kpi-view.js';
import { el, renderTree } from './render.js';
import { forgetLazySvgs } from './svg-dom.js';
import { hostApi, restoreState, type PreviewState, type PreviewView } from './state.js';

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
const VIEWS: Array<{ view: PreviewView; label: string }> = [{ view: 'tree', label: 'Alignment' }, { view: 'kpis', label: 'KPI health' }];
const tabList = el('div', 'tabs');
tabList.setAttribute('role', 'tablist');
tabList.setAttribute('aria-label', 'View');
const tabs = VIEWS.map(({ view, label }) => {
    const tab = el('button', 'tab', label);
    tab.id = `tab-${view}`;
    tab.dataset.view = view;
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', 'okr-view');
    tab.addEventListener('click', () => showView(view));
    return tab;
});
tabList.append(...tabs);
const treeOnly: HTMLElement[] = [];
const treeTool = (b: HTMLElement) => { treeOnly.push(b); return b; };
toolbar.append(
    tabList,
    treeTool(cyclePicker),
    button('−', 'Zoom out', () => setZoom(state.zoom / 1.2)), zoomLabel, button('+', 'Zoom in', () => setZoom(state.zoom * 1.2)),
    button('1:1', 'Reset zoom', () => setZoom(1)),
    treeTool(button('Expand all', 'Expand all', () => { state.collapsed = []; draw(); })),
    treeTool(button('Collapse all', 'Collapse all', () => { state.collapsed = allKeys(); draw(); })),
    summary,
);
const viewport = el('main', 'viewport');
viewport.id = 'okr-view';
viewport.setAttribute('role', 'tabpanel');
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

/** What the arrow keys move between in the view shown. */
const focusables = () => [...viewport.querySelectorAll<HTMLElement>(state.view === 'kpis' ? '.kpi-card, .kpi-link' : '.card, .strategy-title')];

function draw(): void {
    if (!tree) return;
    const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-key]')?.dataset.key;
    const kpis = kpisOf(tree);
    const breached = kpis.filter(kpi => kpi.health === 'breached').length;
    for (const tab of tabs) {
        const selected = tab.dataset.view === state.view;
        tab.setAttribute('aria-selected', String(selected));
        tab.tabIndex = selected ? 0 : -1;
        if (tab.dataset.view === 'kpis') tab.textContent = breached ? `KPI health (${breached} breached)` : 'KPI health';
    }
    viewport.setAttribute('aria-labelledby', `tab-${state.view}`);
    forgetLazySvgs();
    viewport.replaceChildren(state.view === 'kpis' ? renderKpis(tree) : renderTree(tree, { collapsed: new Set(state.collapsed), today: tree.today }));
    cyclePicker.replaceChildren(...tree.cycles.map(cycle => {
        const option = el('option', undefined, cycle);
        option.value = cycle;
        option.selected = cycle === tree!.cycle;
        return option;
    }));
    // The standalone page holds one cycle's tree; only the editor can fetch another.
    cyclePicker.disabled = tree.cycles.length < 2 || typeof acquireVsCodeApi !== 'function';
    for (const tool of treeOnly) tool.hidden = state.view !== 'tree';
    summary.textContent = state.view === 'kpis'
        ? `${kpis.length} KPIs · ${breached} breached · as of ${tree.today}`
        : `${countObjectives(tree)} objectives · ${tree.cycle ?? 'no cycle'} · as of ${tree.today}`;
    applyZoom();
    if (focused) {
        const target = viewport.querySelector<HTMLElement>(`[data-key="${CSS.escape(focused)}"]`);
        (target?.tabIndex === 0 ? target : target?.querySelector<HTMLElement>(':scope > .card'))?.focus({ preventScroll: true });
    }
    save();
}

function showView(view: PreviewView): void {
    if (state.view === view) return;
    state.view = view;
    draw();
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
    const target = event.target as HTMLElement;
    const items = focusables();
    const index = items.indexOf(target);
    if (index < 0) return;
    const item = state.view === 'tree' ? target.closest<HTMLElement>('li.objective') : null;
    const expanded = item?.getAttribute('aria-expanded');
    switch (event.key) {
        case 'Enter': reveal(target); break;
        case ' ': if (item && expanded !== null) toggle(item.dataset.key!); break;
        case 'ArrowRight': if (item && expanded === 'false') toggle(item.dataset.key!); break;
        case 'ArrowLeft': if (item && expanded === 'true') toggle(item.dataset.key!); break;
        case 'ArrowDown': items[index + 1]?.focus(); break;
        case 'ArrowUp': items[index - 1]?.focus(); break;
        case 'Home': items[0]?.focus(); break;
        case 'End': items.at(-1)?.focus(); break;
        default: return;
    }
    event.preventDefault();
});

// Tabs as the ARIA pattern has them: arrows move between them and show the view at once.
tabList.addEventListener('keydown', event => {
    const index = tabs.indexOf(event.target as HTMLButtonElement);
    if (index < 0 || !['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1 : (index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length;
    showView(tabs[next].dataset.view as PreviewView);
    tabs[next].focus();
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

window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isHostToWebviewMessage(message)) return;
    if (message.type === 'update') update(message.tree);
    else errorBanner.textContent = message.message;
});

// The standalone page carries its tree inline; the webview asks its host.
const embedded = document.getElementById('okr-tree');
if (embedded?.textContent) {
    const message = { type: 'update', tree: JSON.parse(embedded.textContent) as unknown };
    if (isHostToWebviewMessage(message) && message.type === 'update') update(message.tree);
} else {
    host.postMessage({ type: 'ready' });
}
