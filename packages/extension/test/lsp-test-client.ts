/**
 * A minimal LSP client for black-box tests of the bundled language server over stdio, the way
 * an editor talks to it: it answers workspace/configuration from `settings`, accepts
 * registrations, and records published diagnostics, notifications and messages. It applies the
 * server's `workspace/applyEdit` requests to the documents it has open, as an editor's buffer
 * (and tells the server with didChange), unless `applyEdits` says to refuse.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import type { ApplyWorkspaceEditParams, ApplyWorkspaceEditResult, Diagnostic, InitializeResult, PublishDiagnosticsParams, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const SERVER = 'packages/language/bin/okr-language-server.js';

export class LspTestClient {
    readonly diagnostics = new Map<string, Diagnostic[]>();
    /** Every publication per document URI, in order. */
    readonly published = new Map<string, Diagnostic[][]>();
    readonly messages: string[] = [];
    notifications: string[] = [];
    settings: Record<string, unknown>;
    /** Every workspace/applyEdit the server sent. */
    readonly editRequests: ApplyWorkspaceEditParams[] = [];
    /** Whether to apply the server's edits (an editor may refuse one, e.g. for a stale version). */
    applyEdits = true;
    /** The open documents' text, as an editor's buffers hold it. */
    private readonly buffers = new Map<string, TextDocument>();
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

    /** Starts the server and completes the handshake; the server's InitializeResult. */
    async start(): Promise<InitializeResult> {
        this.process = spawn(process.execPath, [this.server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
        this.connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
            params.items.map(item => (item.section ? this.settings[item.section] : this.settings) ?? null));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => this.applyEdit(params));
        this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            this.diagnostics.set(params.uri, params.diagnostics);
            this.published.set(params.uri, [...(this.published.get(params.uri) ?? []), params.diagnostics]);
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
        const result = await this.connection.sendRequest<InitializeResult>('initialize', {
            processId: process.pid,
            rootUri: pathToFileURL(this.root).href,
            workspaceFolders: [{ uri: pathToFileURL(this.root).href, name: 'workspace' }],
            capabilities: {
                workspace: {
                    configuration: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true },
                    applyEdit: true, workspaceEdit: { documentChanges: true },
                },
                textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: {} },
            },
        });
        await this.connection.sendNotification('initialized', {});
        return result;
    }

    async open(file: string): Promise<void> {
        await this.openText(file, fs.readFileSync(`${this.root}/${file}`, 'utf8'));
    }

    /** Opens a document with this text, which need not be on disk (an unsaved buffer). */
    async openText(file: string, text: string): Promise<void> {
        this.buffers.set(this.uri(file), TextDocument.create(this.uri(file), 'okr', 1, text));
        await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: this.uri(file), languageId: 'okr', version: 1, text } });
    }

    /** The text of an open document, with the edits applied to it. */
    text(file: string): string | undefined {
        return this.buffers.get(this.uri(file))?.getText();
    }

    /** Replaces an open document's text, as typing does. */
    async change(file: string, text: string): Promise<void> {
        const buffer = this.buffers.get(this.uri(file))!;
        const next = TextDocument.create(buffer.uri, 'okr', buffer.version + 1, text);
        this.buffers.set(buffer.uri, next);
        await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri: buffer.uri, version: next.version }, contentChanges: [{ text }] });
    }

    executeCommand<T>(command: string, ...args: unknown[]): Promise<T> {
        return this.connection.sendRequest<T>('workspace/executeCommand', { command, arguments: args });
    }

    /** As an editor does: every document edit applies to an open buffer of that version, or nothing applies. */
    private async applyEdit(params: ApplyWorkspaceEditParams): Promise<ApplyWorkspaceEditResult> {
        this.editRequests.push(params);
        if (!this.applyEdits) return { applied: false, failureReason: 'refused by the test' };
        const changes = (params.edit.documentChanges ?? []) as TextDocumentEdit[];
        for (const change of changes) {
            const buffer = this.buffers.get(change.textDocument.uri);
            if (!buffer || (change.textDocument.version !== null && change.textDocument.version !== buffer.version)) {
                return { applied: false, failureReason: `${change.textDocument.uri} is not open at version ${change.textDocument.version}` };
            }
        }
        for (const change of changes) {
            const buffer = this.buffers.get(change.textDocument.uri)!;
            const text = TextDocument.applyEdits(buffer, change.edits.filter(edit => 'range' in edit));
            const next = TextDocument.create(buffer.uri, 'okr', buffer.version + 1, text);
            this.buffers.set(buffer.uri, next);
            await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri: buffer.uri, version: next.version }, contentChanges: [{ text }] });
        }
        return { applied: true };
    }

    async close(file: string): Promise<void> {
        this.buffers.delete(this.uri(file));
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

    /**
     * The file's diagnostics once the whole workspace is built: a file opened at start-up first
     * gets what it shows on its own, then its cross-file diagnostics. The alignment tree is
     * answered only after that build, and the server publishes before it answers.
     */
    async settledDiagnostics(file: string): Promise<Diagnostic[]> {
        await this.request('okr/alignmentTree', {});
        return this.until(() => this.diagnostics.get(this.uri(file)), `diagnostics of ${file}`);
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
