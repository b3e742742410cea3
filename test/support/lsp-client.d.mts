/** Types for lsp-client.mjs (with what it inherits from server-session.mjs and server-process.mjs), so that TypeScript tests can use the client the bench uses. */
import type { ChildProcess } from 'node:child_process';
import type { MessageConnection } from 'vscode-jsonrpc/node.js';
import type { ApplyWorkspaceEditParams, Diagnostic, InitializeResult, Range } from 'vscode-languageserver-protocol';

/** okr-language-server's script (packages/language/bin/okr-language-server.js), absolute. */
export const SERVER: string;

/** A file's URI as the server (vscode-uri) writes it. */
export function fileUri(file: string): string;

/** Settings by section (`{ okr: { today } }`), or a function answering a section. */
export type Settings = Record<string, unknown> | ((section: string | undefined) => unknown);

export interface LspClientOptions {
    /** The server's script, run with this Node and `--stdio` (default SERVER). */
    server?: string;
    /** A whole command instead, e.g. another language server. */
    command?: string[];
    /** Node's options before the script, e.g. `--max-old-space-size=256`. */
    nodeArgs?: string[];
    /** The workspace folder (none without it); relative document paths resolve against it. */
    root?: string;
    /** What workspace/configuration answers (default: nothing, as a client without settings). */
    settings?: Settings;
    /** The languageId of opened documents (default `okr`). */
    languageId?: string;
    initializationOptions?: unknown;
}

export interface Publish { time: number; diagnostics: Diagnostic[] }

/**
 * A document: a URI (`untitled:Untitled-1`, `file:///…`) or a file path, relative to the root.
 */
type Doc = string;

export class LspClient {
    constructor(options?: LspClientOptions);
    /** A client whose server has been spawned and initialized. */
    static start(options?: LspClientOptions): Promise<LspClient>;

    readonly root: string | undefined;
    readonly languageId: string;
    settings: Settings;
    readonly process: ChildProcess;
    readonly connection: MessageConnection;
    /** Resolves with the exit code once the server process has exited. */
    readonly exited: Promise<number | null>;
    readonly pid: number;
    readonly alive: boolean;
    /** How the process ended ("exited with 1"), or "still running". */
    readonly exitStatus: string;

    /** uri → the latest diagnostics published for it. */
    readonly diagnostics: Map<string, Diagnostic[]>;
    /** uri → every publish for it, in order. */
    readonly published: Map<string, Publish[]>;
    /** Times (performance.now) the server said a build finished (okr/workspaceChanged). */
    readonly builds: number[];
    /** Time of the latest publish or build notification. */
    readonly lastPublish: number;
    /** The method of every notification from the server, in order. */
    notifications: string[];
    /** What window/showMessage said. */
    readonly messages: string[];
    /** Errors the server logged (window/logMessage) or wrote to stderr. */
    readonly errors: string[];
    /** Every workspace/applyEdit the server sent. */
    readonly editRequests: ApplyWorkspaceEditParams[];
    /** Whether to apply the server's edits (default true). */
    applyEdits: boolean;

    /** The initialize handshake on the root; the server's InitializeResult. */
    initialize(): Promise<InitializeResult>;
    uri(doc: Doc): string;
    /** Opens a document with `text`, by default its file's text on disk; its URI. */
    open(doc: Doc, text?: string): Promise<string>;
    /** Replaces an open document's whole text. */
    change(doc: Doc, text: string): Promise<void>;
    /** One incremental edit of an open document. */
    edit(doc: Doc, range: Range, text: string): Promise<void>;
    close(doc: Doc): Promise<void>;
    /** The text of an open document, with the server's applied edits. */
    text(doc: Doc): string | undefined;
    /** The codes of the latest diagnostics of `doc`. */
    codes(doc: Doc): string[];
    changeSettings(settings: Settings): Promise<void>;
    /** Tells the server a file changed on disk (type 1 created, 2 changed, 3 deleted). */
    fileChanged(doc: Doc, type?: 1 | 2 | 3): Promise<void>;

    notify(method: string, params: unknown): Promise<void>;
    /** A request answered within `timeoutMs` (default 30 s) and before the server exits. */
    request<T = unknown>(method: string, params: unknown, timeoutMs?: number): Promise<T>;
    executeCommand<T = unknown>(command: string, ...args: unknown[]): Promise<T>;

    /** Resolves with the value of `condition` once truthy, checked after every message (default 10 s). */
    until<T>(condition: () => T | undefined | null | false | 0 | '', what: string | (() => string), timeoutMs?: number): Promise<T>;
    /** Resolves with the latest diagnostics of `doc` once they satisfy `accept` (default 30 s). */
    waitForDiagnostics(doc: Doc, accept: (diagnostics: Diagnostic[]) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
    /** The latest diagnostics of `doc` once the whole workspace is built (cross-file ones included). */
    settledDiagnostics(doc: Doc, timeoutMs?: number): Promise<Diagnostic[]>;
    /** Resolves with the time of the first publish for `doc` after `after` (performance.now). */
    publishedAfter(doc: Doc, after: number, timeoutMs?: number): Promise<number>;
    /** Waits until no publish or build notification has arrived for `quietMs`. */
    idle(quietMs?: number, timeoutMs?: number): Promise<void>;

    /** CPU time (ms) the server process has used so far. */
    cpuMs(): number;
    /** Waits until the server process stops using CPU; the time it did. */
    cpuIdle(windowMs?: number, timeoutMs?: number): Promise<number>;
    /** Peak (VmHWM) and current (VmRSS) resident memory of the server process, in MB. */
    memory(): { peakMB: number; currentMB: number };
    /** Throws when the server exited or reported an error. */
    assertHealthy(): void;
    /** shutdown and exit, as an editor does; killed if it does not go. */
    stop(): Promise<void>;
}
