/**
 * A minimal LSP client for black-box tests: starts the bundled language server
 * (`packages/language/out/server.cjs --stdio`) the way Neovim or Helix would, records the
 * diagnostics it publishes and anything it logs as an error, and times out unanswered requests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const SERVER = path.resolve('packages/language/out/server.cjs');

export const fileUri = (file: string) => pathToFileURL(file).toString();

export class LspServer {
    /** The latest diagnostics published for each document URI. */
    readonly diagnostics = new Map<string, Diagnostic[]>();
    /** Errors the server logged (window/logMessage) or wrote to stderr. */
    readonly errors: string[] = [];
    private readonly waiters = new Set<() => void>();
    private exit?: string;

    private constructor(private readonly process: ChildProcess, private readonly connection: MessageConnection) {
        connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            this.diagnostics.set(params.uri, params.diagnostics);
            this.waiters.forEach(wake => wake());
        });
        connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
            if (params.type === 1) this.errors.push(params.message);
        });
        // Configuration and capability registrations: answer as a client without settings would.
        connection.onRequest((method: string, params: object | unknown[] | undefined) =>
            (method === 'workspace/configuration' ? ((params as { items?: unknown[] } | undefined)?.items ?? []).map(() => null) : null));
        process.stderr!.on('data', (chunk: Buffer) => this.errors.push(chunk.toString()));
        // A server that died is reported by the requests that time out, not by a stream error.
        process.stdin!.on('error', () => undefined);
        process.on('exit', (code, signal) => { this.exit = `exited with ${signal ?? code}`; });
        connection.listen();
    }

    /** Starts the server on a workspace folder and completes the initialize handshake. */
    static async start(workspace: string, heapMegabytes?: number): Promise<LspServer> {
        if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
        const args = [...(heapMegabytes ? [`--max-old-space-size=${heapMegabytes}`] : []), SERVER, '--stdio'];
        const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
        const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
        const server = new LspServer(child, connection);
        const uri = fileUri(workspace);
        await server.request('initialize', {
            processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: path.basename(workspace) }],
            capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, configuration: true } },
        }, 30_000);
        server.notify('initialized', {});
        return server;
    }

    /** The server's process id, e.g. to read its memory from /proc. */
    get pid(): number {
        return this.process.pid!;
    }

    get alive(): boolean {
        return this.exit === undefined;
    }

    notify(method: string, params: unknown): void {
        void this.connection.sendNotification(method, params);
    }

    /** A request that must be answered within `timeoutMs`. */
    async request<T = unknown>(method: string, params: unknown, timeoutMs = 10_000): Promise<T> {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`the server did not answer ${method} within ${timeoutMs} ms (${this.exit ?? 'still running'})`)), timeoutMs);
        });
        try {
            return await Promise.race([this.connection.sendRequest<T>(method, params), timeout]);
        } finally {
            clearTimeout(timer);
        }
    }

    open(uri: string, text: string, version = 1): void {
        this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'okr', version, text } });
    }

    change(uri: string, text: string, version: number): void {
        this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    /** Resolves with the diagnostics of `uri` once they satisfy `accept`. */
    async waitForDiagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean, timeoutMs = 30_000): Promise<Diagnostic[]> {
        const started = Date.now();
        return new Promise((resolve, reject) => {
            const check = () => {
                const current = this.diagnostics.get(uri);
                if (current && accept(current)) {
                    this.waiters.delete(check);
                    clearTimeout(timer);
                    resolve(current);
                }
            };
            const timer = setTimeout(() => {
                this.waiters.delete(check);
                reject(new Error(`no matching diagnostics for ${uri} within ${Date.now() - started} ms (${this.exit ?? 'still running'}); latest: ${JSON.stringify(this.diagnostics.get(uri)?.slice(0, 5))}`));
            }, timeoutMs);
            this.waiters.add(check);
            check();
        });
    }

    /** Shuts the server down as an editor does (shutdown, exit), killing it if it does not go. */
    async stop(): Promise<void> {
        if (this.alive) {
            await this.request('shutdown', null, 5_000).catch(() => undefined);
            const exited = new Promise(resolve => this.process.once('exit', resolve));
            this.notify('exit', null);
            await Promise.race([exited, new Promise(resolve => setTimeout(resolve, 5_000))]);
        }
        this.connection.dispose();
        if (this.alive) this.process.kill();
    }
}
