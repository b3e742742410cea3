/**
 * A minimal LSP client for black-box tests of the bundled language server over stdio, the way
 * an editor talks to it: it answers workspace/configuration from `settings`, accepts
 * registrations, and records published diagnostics, notifications and messages.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const SERVER = 'packages/language/bin/okr-language-server.js';

export class LspTestClient {
    readonly diagnostics = new Map<string, Diagnostic[]>();
    readonly messages: string[] = [];
    notifications: string[] = [];
    settings: Record<string, unknown>;
    private process!: ChildProcess;
    private connection!: MessageConnection;
    private waiters: Array<() => void> = [];

    /** `server`: the script to start with node, e.g. an installed package's `node_modules/.bin/okr-language-server`. */
    constructor(private readonly root: string, settings: Record<string, unknown> = {}, private readonly server: string = SERVER) {
        this.settings = settings;
    }

    uri(file: string): string {
        return pathToFileURL(`${this.root}/${file}`).href;
    }

    async start(): Promise<void> {
        this.process = spawn(process.execPath, [this.server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
        this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
            params.items.map(item => (item.section ? this.settings[item.section] : this.settings) ?? null));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            this.diagnostics.set(params.uri, params.diagnostics);
            this.wake();
        });
        this.connection.onNotification('window/showMessage', (params: { message: string }) => {
            this.messages.push(params.message);
            this.wake();
        });
        this.connection.onNotification((method: string) => {
            this.notifications.push(method);
            this.wake();
        });
        this.connection.listen();
        await this.connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: pathToFileURL(this.root).href,
            workspaceFolders: [{ uri: pathToFileURL(this.root).href, name: 'workspace' }],
            capabilities: {
                workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
                textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: {} },
            },
        });
        await this.connection.sendNotification('initialized', {});
    }

    async open(file: string): Promise<void> {
        await this.openText(file, fs.readFileSync(`${this.root}/${file}`, 'utf8'));
    }

    /** Opens a document with this text, which need not be on disk (an unsaved buffer). */
    async openText(file: string, text: string): Promise<void> {
        await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: this.uri(file), languageId: 'okr', version: 1, text } });
    }

    async close(file: string): Promise<void> {
        await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri: this.uri(file) } });
    }

    async changeSettings(settings: Record<string, unknown>): Promise<void> {
        this.settings = settings;
        await this.connection.sendNotification('workspace/didChangeConfiguration', { settings });
    }

    /** Tells the server a file changed on disk (type 1 created, 2 changed, 3 deleted). */
    async fileChanged(file: string, type: 1 | 2 | 3 = 2): Promise<void> {
        await this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: this.uri(file), type }] });
    }

    request<T>(method: string, params: unknown): Promise<T> {
        return this.connection.sendRequest<T>(method, params);
    }

    /** Resolves once `condition` holds (checked after every message from the server). */
    async until<T>(condition: () => T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const value = condition();
            if (value) return value;
            if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
            await new Promise<void>(resolve => {
                const timer = setTimeout(resolve, 200);
                this.waiters.push(() => { clearTimeout(timer); resolve(); });
            });
        }
    }

    codes(file: string): string[] {
        return (this.diagnostics.get(this.uri(file)) ?? []).map(d => String(d.code));
    }

    async stop(): Promise<void> {
        try {
            await Promise.race([this.connection.sendRequest('shutdown'), new Promise(r => setTimeout(r, 2000))]);
            await this.connection.sendNotification('exit');
        } catch {
            // already gone
        }
        this.connection.dispose();
        this.process.kill();
    }

    private wake(): void {
        const waiters = this.waiters;
        this.waiters = [];
        waiters.forEach(w => w());
    }
}
