/**
 * A language server as a child process, seen from outside: spawned with its stdio piped, its
 * exit and its errors recorded (stderr, and what the client adds from window/logMessage), its
 * CPU time and resident memory read from the OS (Linux /proc), the way the bench measures it:
 * GC and compiler threads included.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';

const MAX_ERRORS = 200;
export const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

export class ServerProcess {
    /** What the server wrote to stderr or logged as an error; the first 200. */
    errors = [];
    #exit;

    constructor([program, ...args]) {
        this.process = spawn(program, args, { stdio: ['pipe', 'pipe', 'pipe'] });
        /** Resolves with the exit code once the process has gone. */
        this.exited = new Promise(resolve => {
            this.process.on('exit', (code, signal) => { this.#exit = `exited with ${signal ?? code}`; resolve(code); });
            this.process.on('error', error => { this.#exit = `could not start (${error.message})`; resolve(null); });
        });
        this.process.stderr.on('data', chunk => this.recordError(chunk.toString()));
        // A server that died is reported by `alive` and by what waits for it, not by a stream error.
        this.process.stdin.on('error', () => undefined);
    }

    get pid() {
        return this.process.pid;
    }

    get alive() {
        return this.#exit === undefined;
    }

    /** How the process ended ("exited with 1"), or "still running". */
    get exitStatus() {
        return this.#exit ?? 'still running';
    }

    recordError(text) {
        if (this.errors.length < MAX_ERRORS) this.errors.push(text);
    }

    /** The end of the errors, to append to a failure's message. */
    errorTail() {
        const text = this.errors.join('\n').trim();
        return text ? `; server errors: ${text.slice(-500)}` : '';
    }

    /** Throws when the server exited or reported an error: a crashed check is not a measurement. */
    assertHealthy() {
        if (!this.alive) throw new Error(`the server ${this.exitStatus}${this.errorTail()}`);
        const line = this.errors.flatMap(error => error.split('\n')).find(text => /error/i.test(text));
        if (line) throw new Error(`the server reported an error: ${line.trim().slice(0, 200)}`);
    }

    /** CPU time (user + system, in ms) the process has used so far. */
    cpuMs() {
        const fields = fs.readFileSync(`/proc/${this.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in clock ticks of 10 ms
    }

    /** Waits until the process stops using CPU (e.g. its initial indexing has finished); the time (performance.now) it did. */
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

    /** Peak (VmHWM) and current (VmRSS) resident memory of the process, in MB. */
    memory() {
        const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
        const kb = field => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
        return { peakMB: kb('VmHWM') / 1024, currentMB: kb('VmRSS') / 1024 };
    }
}
