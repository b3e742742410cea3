/**
 * Runs the built `okr` command as a user would: `node packages/cli/bin/okr.js …` in a
 * child process. The bundle is rebuilt first when any source is newer than it, one
 * vitest worker at a time.
 */
import { execFileSync, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\/]$/, '');
export const OKR = path.join(REPO, 'packages/cli/bin/okr.js');
/** The CLI's two bundles (the command line, and the engine it loads); both are built together. */
const BUNDLES = ['packages/cli/out/okr.cjs', 'packages/cli/out/okr-engine.cjs'].map(file => path.join(REPO, file));
const SOURCES = ['packages/cli/src', 'packages/language/src', 'packages/preview/src'].map(dir => path.join(REPO, dir));

export interface OkrResult { code: number | null; stdout: string; stderr: string }

export function okr(args: string[], options: SpawnSyncOptions = {}): OkrResult {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...(options.env ?? {}) };
    for (const [key, value] of Object.entries(env)) if (value === '') delete env[key];
    const result = spawnSync(process.execPath, [OKR, ...args], { cwd: REPO, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024, ...options, env });
    return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Runs okr in a pseudo-terminal (util-linux `script`), as in an interactive shell; returns what it printed. */
export function okrInTerminal(args: string[], env: NodeJS.ProcessEnv): string {
    const command = [process.execPath, OKR, ...args].map(arg => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
    const clean: NodeJS.ProcessEnv = { ...process.env, ...env };
    if (!env.NO_COLOR) delete clean.NO_COLOR;
    if (!env.FORCE_COLOR) delete clean.FORCE_COLOR;
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: REPO, env: clean, encoding: 'utf8', timeout: 60_000 });
    return String(result.stdout);
}

/** A fresh temporary folder, removed by the caller's afterAll. */
export function tempDir(prefix = 'okr-cli-'): string {
    return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function ensureCliBuilt(): Promise<void> {
    if (isFresh()) return;
    const lock = path.join(os.tmpdir(), 'okr-cli-test-build.lock');
    const started = Date.now();
    for (;;) {
        try {
            fs.mkdirSync(lock);
            break;
        } catch {
            // Another worker builds; a lock older than two minutes was left by a killed run.
            if (Date.now() - fs.statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 120_000) fs.rmSync(lock, { recursive: true, force: true });
            if (Date.now() - started > 180_000) throw new Error('timed out waiting for another test worker to build the CLI');
            await new Promise(resolve => setTimeout(resolve, 200));
        }
    }
    try {
        if (!isFresh()) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'pipe' });
    } finally {
        fs.rmSync(lock, { recursive: true, force: true });
    }
}

function isFresh(): boolean {
    const times = BUNDLES.map(bundle => fs.statSync(bundle, { throwIfNoEntry: false })?.mtimeMs);
    if (times.some(time => time === undefined)) return false;
    const built = Math.min(...(times as number[]));
    return SOURCES.every(dir => newest(dir) <= built);
}

function newest(dir: string): number {
    if (!fs.existsSync(dir)) return 0;
    let latest = 0;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
        if (entry.isFile()) latest = Math.max(latest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
    return latest;
}

/** Exactly one line on stderr, prefixed `okr:`, and no stack trace. */
export function expectOneLineError(result: OkrResult): string {
    const lines = result.stderr.split('\n').filter(Boolean);
    if (lines.length !== 1 || !lines[0].startsWith('okr: ') || /\n\s+at /.test(result.stderr)) {
        throw new Error(`expected one "okr: …" line on stderr, got:\n${result.stderr}`);
    }
    return lines[0];
}

export const ANSI = /\u001b\[[0-9;]*m/;
