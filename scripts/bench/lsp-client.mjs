/**
 * A minimal LSP client for the benchmarks: spawns `okr-language-server --stdio` (or another
 * server: `command`, used for the peers) as its own process, speaks JSON-RPC over its
 * stdin/stdout, answers the requests a real editor answers (workspace/configuration with
 * `okr.today`, or the peer's `settings`; capability registration), and records when
 * diagnostics arrive for each document. Peak memory comes from the OS (/proc/<pid>/status).
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as rpc from 'vscode-jsonrpc/node.js';
import { URI } from 'vscode-uri';
import { sleep } from './stats.mjs';

export const fileUri = file => URI.file(file).toString();

export class LspClient {
    /**
     * @param {string} serverPath the okr server's script, run with this Node
     * @param {{today?: string, nodeArgs?: string[], command?: string[], languageId?: string, settings?: (section: string) => unknown}} options
     *   `command` replaces `node serverPath --stdio`; `settings` answers workspace/configuration (default: okr's).
     */
    constructor(serverPath, { today, nodeArgs = [], command, languageId = 'okr', settings } = {}) {
        this.today = today;
        this.languageId = languageId;
        const [program, ...args] = command ?? [process.execPath, ...nodeArgs, serverPath, '--stdio'];
        this.process = spawn(program, args, { stdio: ['pipe', 'pipe', 'pipe'] });
        this.stderr = '';
        this.process.stderr.on('data', chunk => { this.stderr = (this.stderr + chunk).slice(-4000); });
        this.exited = new Promise(resolve => this.process.on('exit', code => resolve(code)));
        this.connection = rpc.createMessageConnection(new rpc.StreamMessageReader(this.process.stdout), new rpc.StreamMessageWriter(this.process.stdin));
        /** uri → times (performance.now) diagnostics were published. */
        this.published = new Map();
        /** uri → every publish for it ({time, diagnostics}), for the URIs passed to `watch`. */
        this.watched = new Map();
        this.lastPublish = 0;
        this.waiters = [];
        // Over stdio the server's console goes to window/logMessage; keep its errors with stderr.
        this.connection.onNotification('window/logMessage', ({ type, message }) => {
            if (type === 1) this.stderr = (this.stderr + `\n${message}`).slice(-4000);
        });
        this.connection.onNotification('textDocument/publishDiagnostics', params => this.onDiagnostics(params));
        /** Times the server said a build finished (okr/workspaceChanged, sent after every build). */
        this.builds = [];
        this.connection.onNotification('okr/workspaceChanged', () => {
            this.lastPublish = performance.now();
            this.builds.push(this.lastPublish);
        });
        const answer = settings ?? (section => (section === 'okr' ? { today: this.today ?? '', rules: {}, fiscalYearStartMonth: null } : null));
        this.connection.onRequest('workspace/configuration', params => params.items.map(item => answer(item.section) ?? null));
        for (const method of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create', 'window/showMessageRequest']) {
            this.connection.onRequest(method, () => null);
        }
        this.connection.listen();
        this.versions = new Map();
    }

    onDiagnostics({ uri, diagnostics }) {
        const now = performance.now();
        this.lastPublish = now;
        let times = this.published.get(uri);
        if (!times) this.published.set(uri, times = []);
        times.push(now);
        this.lastDiagnostics = { uri, diagnostics };
        this.watched.get(uri)?.push({ time: now, diagnostics });
        this.waiters = this.waiters.filter(waiter => !(waiter.test(uri, now, diagnostics) && (waiter.resolve(now), true)));
    }

    /** Resolves with the time diagnostics for `uri` arrive after `after` (a performance.now time). */
    diagnosticsFor(uri, after, timeoutMs = 120_000) {
        const seen = this.published.get(uri)?.find(time => time > after);
        if (seen) return Promise.resolve(seen);
        return this.waitUntil((u, time) => u === uri && time > after, timeoutMs, `diagnostics for ${uri}`);
    }

    waitUntil(test, timeoutMs, what) {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${this.stderr ? `; server stderr: ${this.stderr.trim().slice(-500)}` : ''}`)), timeoutMs);
            this.waiters.push({ test, resolve: value => { clearTimeout(timer); resolve(value); } });
            this.exited.then(code => reject(new Error(`the server exited (code ${code}) while waiting for ${what}: ${this.stderr.trim().slice(-500)}`)));
        });
    }

    /** Waits until neither diagnostics nor build notifications have arrived for `quietMs`. */
    async idle(quietMs = 300, timeoutMs = 120_000) {
        const start = performance.now();
        while (performance.now() - Math.max(this.lastPublish, start) < quietMs) {
            if (performance.now() - start > timeoutMs) throw new Error('the server never went quiet');
            await sleep(25);
        }
    }

    /** CPU time (ms) the server process has used so far, from /proc/<pid>/stat. */
    cpuMs() {
        const fields = fs.readFileSync(`/proc/${this.process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in clock ticks of 10 ms
    }

    /** Waits until the server process stops using CPU (e.g. its initial indexing has finished). */
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

    async initialize(workspaceDir) {
        const folder = workspaceDir ? [{ uri: fileUri(workspaceDir), name: 'bench' }] : null;
        const result = await this.connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: workspaceDir ? fileUri(workspaceDir) : null,
            workspaceFolders: folder,
            capabilities: {
                workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
                textDocument: { synchronization: { dynamicRegistration: false, didSave: true }, publishDiagnostics: { relatedInformation: true } },
            },
        });
        await this.connection.sendNotification('initialized', {});
        return result;
    }

    /** Keeps every set of diagnostics published for `uri` from now on (see `watched`). */
    watch(uri) {
        if (!this.watched.has(uri)) this.watched.set(uri, []);
    }

    open(file, text) {
        const uri = fileUri(file);
        this.versions.set(uri, 1);
        this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: this.languageId, version: 1, text } });
        return uri;
    }

    closeDocument(uri) {
        this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }

    /** One incremental edit: replace `range` (LSP positions) with `text`. */
    change(uri, range, text) {
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    }

    /** Peak and current resident memory of the server process, in MB, from the OS. */
    memory() {
        const status = fs.readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
        const kb = field => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
        return { peakMB: kb('VmHWM') / 1024, currentMB: kb('VmRSS') / 1024 };
    }

    /** Throws when the server reported an exception: a crashed check is not a measurement. */
    assertHealthy() {
        const line = this.stderr.split('\n').find(text => /error/i.test(text));
        if (line) throw new Error(`the server reported an error: ${line.trim().slice(0, 200)}`);
    }

    async close() {
        try {
            await Promise.race([this.connection.sendRequest('shutdown'), sleep(2000)]);
            await this.connection.sendNotification('exit');
        } catch {
            // The server may already be gone.
        }
        const exited = await Promise.race([this.exited, sleep(2000).then(() => 'timeout')]);
        if (exited === 'timeout') this.process.kill('SIGKILL');
        this.connection.dispose();
    }
}
