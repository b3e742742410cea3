/**
 * The user's `git`, spawned without a shell: the one way `okr diff` reads revisions. Its output
 * is bounded (a hostile repository cannot make okr hold more than it asked for), and a missing
 * binary becomes one clear usage error instead of a stack trace.
 */
import { spawn } from 'node:child_process';
import { UsageError } from '../usage-error.js';

export interface GitResult {
    code: number;
    stdout: Buffer;
    /** What git said on stderr, first line only (git's messages are one line each). */
    message: string;
}

export interface GitOptions {
    /** Written to git's stdin, then closed. */
    input?: string;
    /** Stop git and fail when it prints more than this (default 1 MiB). */
    maxBytes?: number;
}

export const GIT_MISSING = 'git is not installed (no "git" on PATH): okr diff reads revisions with it. To compare two folders without git, name them: okr diff OLD_FOLDER NEW_FOLDER.';

export function git(args: string[], cwd: string, options: GitOptions = {}): Promise<GitResult> {
    const maxBytes = options.maxBytes ?? 1024 * 1024;
    return new Promise((resolve, reject) => {
        const child = spawn('git', args, {
            cwd,
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            // Never wait for a password or a lock: okr only reads.
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' },
        });
        const chunks: Buffer[] = [];
        let size = 0;
        let stderr = '';
        let overflow = false;
        child.stdout!.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxBytes) {
                overflow = true;
                child.kill();
                return;
            }
            chunks.push(chunk);
        });
        child.stderr!.on('data', (chunk: Buffer) => {
            if (stderr.length < 4096) stderr += chunk.toString('utf8');
        });
        child.on('error', (error: NodeJS.ErrnoException) => {
            reject(error.code === 'ENOENT' ? new UsageError(GIT_MISSING) : new UsageError(`cannot run git: ${error.message}.`));
        });
        child.on('close', code => {
            if (overflow) {
                reject(new UsageError(`git ${args[0]} printed more than ${Math.round(maxBytes / 1024 / 1024)} MB: the revision holds more than okr diff reads.`));
                return;
            }
            resolve({ code: code ?? 1, stdout: Buffer.concat(chunks), message: firstLine(stderr) });
        });
        if (options.input !== undefined) {
            // git may exit before reading all of it (a bad object ID); that is reported by its exit code.
            child.stdin!.on('error', () => undefined);
            child.stdin!.end(options.input);
        }
    });
}

function firstLine(text: string): string {
    return (text.split(/\r?\n/).find(line => line.trim() !== '') ?? '').trim().replace(/^(fatal|error): /, '');
}
