/**
 * The one LSP client of the tests, the e2e checks and the bench: it spawns a language server
 * (`okr-language-server --stdio` by default, or any `command`, e.g. yaml-language-server for
 * the bench's peers), speaks JSON-RPC over its stdin/stdout (vscode-jsonrpc) and answers what
 * an editor answers: workspace/configuration from `settings`, capability registrations,
 * progress, and workspace/applyEdit, applied to its own copies of the open documents (and sent
 * back with didChange). It records every publish of diagnostics with its time, the server's
 * notifications, messages and errors (window/logMessage errors, stderr), and reads the server
 * process's CPU time and memory from the OS. Types: lsp-client.d.mts.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { URI } from 'vscode-uri';
import { EditorBuffers } from './editor-buffers.mjs';
import { cpuMs, memoryMB } from './process-usage.mjs';

export const SERVER = fileURLToPath(new URL('../../packages/language/bin/okr-language-server.js', import.meta.url));

/** A file's URI as the server (vscode-uri) writes it. */
export const fileUri = file => URI.file(file).toString();

/** A URI has a scheme; anything else is a file path (relative to the root). */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]+:/i;
const MAX_ERRORS = 200;
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

const CAPABILITIES = {
    workspace: {
        configuration: true, workspaceFolders: true, applyEdit: true, workspaceEdit: { documentChanges: true },
        didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true },
    },
    textDocument: {
        synchronization: { dynamicRegistration: false, didSave: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: { relatedInformation: true },
    },
};

export class LspClient {
    /** uri → the latest diagnostics published for it. */
    diagnostics = new Map();
    /** uri → every publish for it, in order: {time (performance.now), diagnostics}. */
    published = new Map();
    /** Times the server said a build finished (okr/workspaceChanged). */
    builds = [];
    /** Time of the latest publish or build notification, for `idle`. */
    lastPublish = 0;
    /** The method of every notification from the server, in order (assignable, to start afresh). */
    notifications = [];
    /** What window/showMessage said. */
    messages = [];
    /** Errors the server logged (window/logMessage) or wrote to stderr; the first 200. */
    errors = [];
    /** Every workspace/applyEdit the server sent. */
    editRequests = [];
    /** Whether to apply the server's edits (an editor may refuse one). */
    applyEdits = true;
    #buffers = new EditorBuffers();
    #waiters = [];
    #exit;

    /** Spawns the server; `initialize` then completes the handshake (see `LspClient.start`). */
    constructor({ server = SERVER, command, nodeArgs = [], root, settings = {}, languageId = 'okr', initializationOptions } = {}) {
        this.root = root;
        this.settings = settings;
        this.languageId = languageId;
        this.initializationOptions = initializationOptions;
        const [program, ...args] = command ?? [process.execPath, ...nodeArgs, server, '--stdio'];
        this.process = spawn(program, args, { stdio: ['pipe', 'pipe', 'pipe'] });
        this.exited = new Promise(resolve => {
            this.process.on('exit', (code, signal) => { this.#exit = `exited with ${signal ?? code}`; resolve(code); this.#wake(); });
            this.process.on('error', error => { this.#exit = `could not start (${error.message})`; resolve(null); this.#wake(); });
        });
        this.process.stderr.on('data', chunk => this.#error(chunk.toString()));
        // A server that died is reported by `alive`, `until` and `request`, not by a stream error.
        this.process.stdin.on('error', () => undefined);
        this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
        this.connection.onNotification((method, params) => this.#onNotification(method, params));
        this.connection.onRequest((method, params) => this.#onRequest(method, params));
        this.connection.listen();
    }

    /** A client whose server has been spawned and initialized. */
    static async start(options) {
        const client = new LspClient(options);
        try {
            await client.initialize();
        } catch (error) {
            await client.stop();
            throw error;
        }
        return client;
    }

    /** The initialize handshake, on `root` as the workspace folder (none without it); the InitializeResult. */
    async initialize() {
        const folder = this.root === undefined ? null : fileUri(this.root);
        const result = await this.request('initialize', {
            processId: process.pid,
            rootUri: folder,
            workspaceFolders: folder && [{ uri: folder, name: path.basename(this.root) }],
            initializationOptions: this.initializationOptions,
            capabilities: CAPABILITIES,
        }, 60_000);
        await this.notify('initialized', {});
        return result;
    }

    get pid() {
        return this.process.pid;
    }

    get alive() {
        return this.#exit === undefined;
    }

    /** A document's URI: `doc` is a URI, or a file path, relative to the root. */
    uri(doc) {
        return HAS_SCHEME.test(doc) ? doc : fileUri(path.resolve(this.root ?? '.', doc));
    }

    /** Opens a document with `text`, by default its file's text on disk; its URI. */
    async open(doc, text) {
        const uri = this.uri(doc);
        text ??= fs.readFileSync(HAS_SCHEME.test(doc) ? URI.parse(doc).fsPath : path.resolve(this.root ?? '.', doc), 'utf8');
        this.#buffers.open(uri, this.languageId, text);
        await this.notify('textDocument/didOpen', { textDocument: { uri, languageId: this.languageId, version: 1, text } });
        return uri;
    }

    /** Replaces an open document's text, as typing does (one full-text didChange). */
    change(doc, text) {
        const uri = this.uri(doc);
        const version = this.#buffers.replace(uri, text);
        return this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    /** One incremental edit of an open document: replace `range` (LSP positions) with `text`. */
    edit(doc, range, text) {
        const uri = this.uri(doc);
        const sent = this.notify('textDocument/didChange', { textDocument: { uri, version: this.#buffers.nextVersion(uri) }, contentChanges: [{ range, text }] });
        this.#buffers.update(uri, range, text); // after sending: the bench times from before this call
        return sent;
    }

    close(doc) {
        const uri = this.uri(doc);
        this.#buffers.close(uri);
        return this.notify('textDocument/didClose', { textDocument: { uri } });
    }

    /** The text of an open document, with the server's applied edits. */
    text(doc) {
        return this.#buffers.get(this.uri(doc))?.getText();
    }

    /** The codes of the latest diagnostics of `doc`. */
    codes(doc) {
        return (this.diagnostics.get(this.uri(doc)) ?? []).map(d => String(d.code));
    }

    changeSettings(settings) {
        this.settings = settings;
        return this.notify('workspace/didChangeConfiguration', { settings });
    }

    /** Tells the server a file changed on disk (type 1 created, 2 changed, 3 deleted). */
    fileChanged(doc, type = 2) {
        return this.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: this.uri(doc), type }] });
    }

    notify(method, params) {
        let sent;
        try {
            sent = this.connection.sendNotification(method, params);
        } catch (error) {
            sent = Promise.reject(error);
        }
        sent.catch(() => undefined); // awaited, it still rejects; not awaited, a dead server is no unhandled rejection
        return sent;
    }

    /** A request that must be answered within `timeoutMs`, and before the server exits. */
    async request(method, params, timeoutMs = 30_000) {
        let timer;
        const failure = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`the server did not answer ${method} within ${timeoutMs} ms (${this.#exit ?? 'still running'})${this.#errorTail()}`)), timeoutMs);
            this.exited.then(() => reject(new Error(`the server ${this.#exit} before it answered ${method}${this.#errorTail()}`)));
        });
        try {
            return await Promise.race([this.connection.sendRequest(method, params), failure]);
        } finally {
            clearTimeout(timer);
        }
    }

    executeCommand(command, ...args) {
        return this.request('workspace/executeCommand', { command, arguments: args });
    }

    /** Resolves with the value of `condition` once it is truthy (checked after every message from the server). */
    async until(condition, what, timeoutMs = 10_000) {
        const deadline = performance.now() + timeoutMs;
        const described = () => (typeof what === 'function' ? what() : what);
        for (;;) {
            const value = condition();
            if (value) return value;
            if (!this.alive) throw new Error(`the server ${this.#exit} while waiting for ${described()}${this.#errorTail()}`);
            const left = deadline - performance.now();
            if (left <= 0) throw new Error(`timed out after ${timeoutMs} ms waiting for ${described()}${this.#errorTail()}`);
            await new Promise(resolve => {
                const timer = setTimeout(resolve, Math.min(200, left));
                this.#waiters.push(() => { clearTimeout(timer); resolve(); });
            });
        }
    }

    /** Resolves with the latest diagnostics of `doc` once they satisfy `accept`. */
    waitForDiagnostics(doc, accept, timeoutMs = 30_000) {
        const uri = this.uri(doc);
        return this.until(() => { const current = this.diagnostics.get(uri); return current && accept(current) && current; },
            () => `matching diagnostics for ${uri}; latest: ${JSON.stringify(this.diagnostics.get(uri)?.slice(0, 5))}`, timeoutMs);
    }

    /** Resolves with the time (performance.now) of the first publish for `doc` after `after`. */
    publishedAfter(doc, after, timeoutMs = 120_000) {
        const uri = this.uri(doc);
        return this.until(() => this.published.get(uri)?.find(publish => publish.time > after)?.time, `diagnostics for ${uri}`, timeoutMs);
    }

    /** Waits until neither diagnostics nor build notifications have arrived for `quietMs`. */
    async idle(quietMs = 300, timeoutMs = 120_000) {
        const start = performance.now();
        while (performance.now() - Math.max(this.lastPublish, start) < quietMs) {
            if (performance.now() - start > timeoutMs) throw new Error('the server never went quiet');
            await sleep(25);
        }
    }

    /** CPU time (ms) the server process has used so far. */
    cpuMs() {
        return cpuMs(this.pid);
    }

    /** Waits until the server process stops using CPU (e.g. its initial indexing has finished); the time it did. */
    async cpuIdle(windowMs = 400, timeoutMs = 300_000) {
        const start = performance.now();
        let last = this.cpuMs();
        for (;;) {
            await sleep(windowMs);
            const now = this.cpuMs();
            if (now - last <= 10) return performance.now() - windowMs;
            if (performance.now() - start > timeoutMs) throw new Error('the server never went idle');
            last = now;
        }
    }

    /** Peak and current resident memory of the server process, in MB. */
    memory() {
        return memoryMB(this.pid);
    }

    /** Throws when the server exited or reported an error: a crashed check is not a measurement. */
    assertHealthy() {
        if (!this.alive) throw new Error(`the server ${this.#exit}${this.#errorTail()}`);
        const line = this.errors.flatMap(error => error.split('\n')).find(text => /error/i.test(text));
        if (line) throw new Error(`the server reported an error: ${line.trim().slice(0, 200)}`);
    }

    /** Shuts the server down as an editor does (shutdown, exit), killing it if it does not go. */
    async stop() {
        if (this.alive) {
            await this.request('shutdown', null, 5_000).catch(() => undefined);
            await this.notify('exit', null).catch(() => undefined);
            await Promise.race([this.exited, sleep(5_000)]);
        }
        this.connection.dispose();
        if (this.alive) this.process.kill('SIGKILL');
    }

    #onNotification(method, params) {
        this.notifications.push(method);
        if (method === 'textDocument/publishDiagnostics') {
            const time = performance.now();
            this.lastPublish = time;
            this.diagnostics.set(params.uri, params.diagnostics);
            let history = this.published.get(params.uri);
            if (!history) this.published.set(params.uri, history = []);
            history.push({ time, diagnostics: params.diagnostics });
        } else if (method === 'okr/workspaceChanged') {
            this.lastPublish = performance.now();
            this.builds.push(this.lastPublish);
        } else if (method === 'window/logMessage' && params.type === 1) {
            this.#error(params.message);
        } else if (method === 'window/showMessage') {
            this.messages.push(params.message);
        }
        this.#wake();
    }

    async #onRequest(method, params) {
        try {
            if (method === 'workspace/configuration') return params.items.map(item => this.#setting(item.section) ?? null);
            if (method === 'workspace/applyEdit') return await this.#applyEdit(params);
            // Registrations, progress, message requests: accepted, as a client without UI for them.
            return null;
        } finally {
            this.#wake();
        }
    }

    #setting(section) {
        if (typeof this.settings === 'function') return this.settings(section);
        return section ? section.split('.').reduce((value, key) => value?.[key], this.settings) : this.settings;
    }

    /** As an editor does: applied to the open buffers (and sent back with didChange), or refused. */
    async #applyEdit(params) {
        this.editRequests.push(params);
        if (!this.applyEdits) return { applied: false, failureReason: 'refused by the test' };
        const { changed, failureReason } = this.#buffers.apply(params.edit);
        if (!changed) return { applied: false, failureReason };
        for (const { uri, text, version } of changed) {
            await this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
        }
        return { applied: true };
    }

    #error(text) {
        if (this.errors.length < MAX_ERRORS) this.errors.push(text);
    }

    #errorTail() {
        const text = this.errors.join('\n').trim();
        return text ? `; server errors: ${text.slice(-500)}` : '';
    }

    #wake() {
        const waiters = this.#waiters;
        this.#waiters = [];
        waiters.forEach(wake => wake());
    }
}
