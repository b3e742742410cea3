/**
 * The one LSP client of the tests, the e2e checks and the bench, an editor as a language server
 * sees it: it spawns the server (`okr-language-server --stdio` by default, or any `command`,
 * e.g. yaml-language-server for the bench's peers), initializes it on a root folder, opens,
 * edits and closes documents, keeping its own copies of them (EditorBuffers), and answers
 * workspace/configuration from `settings` and workspace/applyEdit by applying the edit to
 * those copies (sent back with didChange). The JSON-RPC session, its record of what the server
 * sent and the waits are ServerSession's; the process (exit, stderr, CPU time and memory from
 * the OS, health) is ServerProcess's. Types: lsp-client.d.mts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { URI } from 'vscode-uri';
import { EditorBuffers } from './editor-buffers.mjs';
import { ServerSession } from './server-session.mjs';

export const SERVER = fileURLToPath(new URL('../../packages/language/bin/okr-language-server.js', import.meta.url));

/** A file's URI as the server (vscode-uri) writes it. */
export const fileUri = file => URI.file(file).toString();

/** A URI has a scheme; anything else is a file path (relative to the root). */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]+:/i;

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

export class LspClient extends ServerSession {
    /** Every workspace/applyEdit the server sent. */
    editRequests = [];
    /** Whether to apply the server's edits (an editor may refuse one). */
    applyEdits = true;
    #buffers = new EditorBuffers();

    /** Spawns the server; `initialize` then completes the handshake (see `LspClient.start`). */
    constructor({ server = SERVER, command, nodeArgs = [], root, settings = {}, languageId = 'okr', initializationOptions } = {}) {
        super(command ?? [process.execPath, ...nodeArgs, server, '--stdio']);
        this.root = root;
        this.settings = settings;
        this.languageId = languageId;
        this.initializationOptions = initializationOptions;
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

    /** A document's URI: `doc` is a URI, or a file path, relative to the root. */
    uri(doc) {
        return HAS_SCHEME.test(doc) ? doc : fileUri(path.resolve(this.root ?? '.', doc));
    }

    /** Opens a document with `text`, by default its file's text on disk; its URI. */
    async open(doc, text) {
        const uri = this.uri(doc);
        text ??= fs.readFileSync(URI.parse(uri).fsPath, 'utf8');
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

    executeCommand(command, ...args) {
        return this.request('workspace/executeCommand', { command, arguments: args });
    }

    /** Resolves with the latest diagnostics of `doc` once they satisfy `accept`. */
    waitForDiagnostics(doc, accept, timeoutMs = 30_000) {
        const uri = this.uri(doc);
        return this.until(() => { const current = this.diagnostics.get(uri); return current && accept(current) && current; },
            () => `matching diagnostics for ${uri}; latest: ${JSON.stringify(this.diagnostics.get(uri)?.slice(0, 5))}`, timeoutMs);
    }

    /**
     * The latest diagnostics of `doc` once the whole workspace is built: a file open at start-up
     * first gets what it shows on its own, then its cross-file diagnostics. The server answers
     * the alignment tree only after that build, and publishes before it answers.
     */
    async settledDiagnostics(doc, timeoutMs = 30_000) {
        await this.request('okr/alignmentTree', {});
        return this.waitForDiagnostics(doc, () => true, timeoutMs);
    }

    /** Resolves with the time (performance.now) of the first publish for `doc` after `after`. */
    publishedAfter(doc, after, timeoutMs = 120_000) {
        const uri = this.uri(doc);
        return this.until(() => this.published.get(uri)?.find(publish => publish.time > after)?.time, `diagnostics for ${uri}`, timeoutMs);
    }

    /** workspace/configuration from `settings`, workspace/applyEdit to the buffers; registrations, progress… accepted. */
    answer(method, params) {
        if (method === 'workspace/configuration') return params.items.map(item => this.#setting(item.section) ?? null);
        if (method === 'workspace/applyEdit') return this.#applyEdit(params);
        return super.answer(method, params);
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
}
