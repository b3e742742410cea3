/**
 * A JSON-RPC session (vscode-jsonrpc) with a spawned language server over its stdin/stdout:
 * notifications and requests to it, with time limits and a clear failure when the server is
 * gone; a record of what it sends (every publish of diagnostics with its time, build
 * notifications, messages, logged errors); `until`, which re-checks a condition after every
 * message; and shutdown. What to answer the server's own requests is `answer`'s (LspClient).
 */
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { ServerProcess, sleep } from './server-process.mjs';

/**
 * Records a failed write (the server gone: EPIPE, a destroyed stdin) instead of rejecting:
 * vscode-jsonrpc rethrows a request's failed write where nothing can catch it (an unhandled
 * rejection); `request` and `until` report the exit instead.
 */
class RecordingWriter extends StreamMessageWriter {
    constructor(stream, onFailure) {
        super(stream);
        this.onFailure = onFailure;
    }

    async write(message) {
        try {
            await super.write(message);
        } catch (error) {
            this.onFailure(`could not send ${message.method ?? 'a response'} to the server: ${error.message}`);
        }
    }
}

export class ServerSession extends ServerProcess {
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
    #waiters = [];

    constructor(command) {
        super(command);
        void this.exited.then(() => this.#wake());
        this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new RecordingWriter(this.process.stdin, text => this.recordError(text)));
        this.connection.onNotification((method, params) => this.#record(method, params));
        this.connection.onRequest(async (method, params) => {
            try {
                return await this.answer(method, params);
            } finally {
                this.#wake();
            }
        });
        this.connection.listen();
    }

    /** The answer to a request from the server: null (accepted, as a client without UI for it). */
    answer() {
        return null;
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
            timer = setTimeout(() => reject(new Error(`the server did not answer ${method} within ${timeoutMs} ms (${this.exitStatus})${this.errorTail()}`)), timeoutMs);
            this.exited.then(() => reject(new Error(`the server ${this.exitStatus} before it answered ${method}${this.errorTail()}`)));
        });
        try {
            return await Promise.race([this.connection.sendRequest(method, params), failure]);
        } finally {
            clearTimeout(timer);
        }
    }

    /** Resolves with the value of `condition` once it is truthy (checked after every message from the server). */
    async until(condition, what, timeoutMs = 10_000) {
        const deadline = performance.now() + timeoutMs;
        const described = () => (typeof what === 'function' ? what() : what);
        for (;;) {
            const value = condition();
            if (value) return value;
            if (!this.alive) throw new Error(`the server ${this.exitStatus} while waiting for ${described()}${this.errorTail()}`);
            const left = deadline - performance.now();
            if (left <= 0) throw new Error(`timed out after ${timeoutMs} ms waiting for ${described()}${this.errorTail()}`);
            await new Promise(resolve => {
                const timer = setTimeout(resolve, Math.min(200, left));
                this.#waiters.push(() => { clearTimeout(timer); resolve(); });
            });
        }
    }

    /** Waits until neither diagnostics nor build notifications have arrived for `quietMs`. */
    async idle(quietMs = 300, timeoutMs = 120_000) {
        const start = performance.now();
        while (performance.now() - Math.max(this.lastPublish, start) < quietMs) {
            if (performance.now() - start > timeoutMs) throw new Error('the server never went quiet');
            await sleep(25);
        }
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

    #record(method, params) {
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
            this.recordError(params.message);
        } else if (method === 'window/showMessage') {
            this.messages.push(params.message);
        }
        this.#wake();
    }

    #wake() {
        const waiters = this.#waiters;
        this.#waiters = [];
        waiters.forEach(wake => wake());
    }
}
