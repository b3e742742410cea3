/**
 * The alignment preview: one webview panel showing the workspace's cascade for a cycle,
 * refreshed (debounced) whenever the language server reports a new build, like Markdown's
 * preview. The webview keeps its own view state (setState), so the panel is not retained
 * while hidden; a serializer restores it after a window reload.
 */
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
    AlignmentTreeRequest, isWebviewToHostMessage,
    type AlignmentTree, type AlignmentTreeParams, type HostToWebviewMessage,
} from 'okr-language/protocol';
import { MEDIA_FOLDER, previewHtml } from './preview-html.js';
import { revealSource } from './reveal-source.js';

export const PREVIEW_VIEW_TYPE = 'okr.preview';
const REFRESH_DELAY_MS = 250;

export class OkrPreview implements vscode.Disposable, vscode.WebviewPanelSerializer {
    private panel?: vscode.WebviewPanel;
    private cycle?: string;
    private refreshTimer?: ReturnType<typeof setTimeout>;
    private staleWhileHidden = false;
    private readonly disposables: vscode.Disposable[] = [];

    constructor(
        private readonly extensionUri: vscode.Uri,
        private readonly client: LanguageClient,
        private readonly clientReady: Promise<void>,
    ) {}

    show(column: vscode.ViewColumn, preserveFocus: boolean): void {
        if (this.panel) {
            this.panel.reveal(column, preserveFocus);
            return;
        }
        const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'OKR Alignment', { viewColumn: column, preserveFocus }, {
            enableScripts: true,
            enableFindWidget: true,
            retainContextWhenHidden: false,
            localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, MEDIA_FOLDER)],
        });
        this.attach(panel);
    }

    async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
        const cycle = (state as { cycle?: unknown } | undefined)?.cycle;
        if (typeof cycle === 'string' && cycle.length < 100) this.cycle = cycle;
        panel.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, MEDIA_FOLDER)] };
        this.attach(panel);
    }

    /** Called for every `okr/workspaceChanged` notification: coalesces bursts of typing. */
    scheduleRefresh(): void {
        if (!this.panel) return;
        clearTimeout(this.refreshTimer);
        this.refreshTimer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
    }

    /** The tree the preview shows, straight from the language server. */
    async alignmentTree(cycle = this.cycle): Promise<AlignmentTree> {
        await this.clientReady;
        const params: AlignmentTreeParams = { cycle };
        return this.client.sendRequest<AlignmentTree>(AlignmentTreeRequest, params);
    }

    dispose(): void {
        clearTimeout(this.refreshTimer);
        this.panel?.dispose();
        this.disposables.forEach(d => d.dispose());
    }

    private attach(panel: vscode.WebviewPanel): void {
        this.panel = panel;
        panel.webview.html = previewHtml(panel.webview, this.extensionUri, this.styleSheets());
        const subscriptions = [
            panel.webview.onDidReceiveMessage(message => this.onMessage(message)),
            panel.onDidChangeViewState(() => {
                if (panel.visible && this.staleWhileHidden) this.scheduleRefresh();
            }),
        ];
        panel.onDidDispose(() => {
            subscriptions.forEach(s => s.dispose());
            if (this.panel === panel) this.panel = undefined;
            clearTimeout(this.refreshTimer);
        }, undefined, this.disposables);
    }

    private styleSheets(): string[] {
        const media = vscode.Uri.joinPath(this.extensionUri, MEDIA_FOLDER).fsPath;
        try {
            return fs.readdirSync(media).filter(name => name.endsWith('.css')).sort();
        } catch {
            return [];
        }
    }

    private async onMessage(message: unknown): Promise<void> {
        if (!isWebviewToHostMessage(message)) return; // anything else is ignored, never acted on
        switch (message.type) {
            case 'ready':
                await this.refresh();
                break;
            case 'selectCycle':
                this.cycle = message.cycle;
                await this.refresh();
                break;
            case 'reveal':
                await revealSource(message.source, this.panel?.viewColumn);
                break;
        }
    }

    private async refresh(): Promise<void> {
        const panel = this.panel;
        if (!panel) return;
        if (!panel.visible) {
            this.staleWhileHidden = true;
            return;
        }
        this.staleWhileHidden = false;
        let message: HostToWebviewMessage;
        try {
            const tree = await this.alignmentTree();
            panel.title = tree.cycle ? `OKR Alignment · ${tree.cycle}` : 'OKR Alignment';
            message = { type: 'update', tree };
        } catch (error) {
            message = { type: 'error', message: `The OKR language server could not build the alignment tree: ${(error as Error).message}` };
        }
        if (this.panel === panel) await panel.webview.postMessage(message);
    }
}
