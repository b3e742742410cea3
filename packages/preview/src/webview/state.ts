export type PreviewView = 'tree' | 'kpis';

/** What the preview remembers across updates and reloads: view, zoom, scroll, collapsed nodes, cycle. */
export interface PreviewState {
    view: PreviewView;
    zoom: number;
    scrollX: number;
    scrollY: number;
    collapsed: string[];
    cycle?: string;
}

interface VsCodeApi {
    postMessage(message: unknown): void;
    getState(): unknown;
    setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** The VS Code webview API, or a stand-in for the standalone HTML page (`okr tree --format html`). */
export function hostApi(): VsCodeApi {
    if (typeof acquireVsCodeApi === 'function') return acquireVsCodeApi();
    let saved: unknown;
    return {
        postMessage: message => window.dispatchEvent(new CustomEvent('okr-message', { detail: message })),
        getState: () => saved,
        setState: state => { saved = state; },
    };
}

export function restoreState(raw: unknown): PreviewState {
    const state = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<PreviewState>;
    return {
        view: state.view === 'kpis' ? 'kpis' : 'tree',
        zoom: typeof state.zoom === 'number' && state.zoom >= 0.3 && state.zoom <= 3 ? state.zoom : 1,
        scrollX: typeof state.scrollX === 'number' ? state.scrollX : 0,
        scrollY: typeof state.scrollY === 'number' ? state.scrollY : 0,
        collapsed: Array.isArray(state.collapsed) ? state.collapsed.filter((k): k is string => typeof k === 'string') : [],
        cycle: typeof state.cycle === 'string' ? state.cycle : undefined,
    };
}
