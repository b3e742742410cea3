/**
 * The npm package `okr-lang` as a new user gets it: `npm pack`, then `npm install --offline`
 * of the tarball into an empty project outside the checkout (no registry, no workspace), and
 * the commands run from that project's node_modules/.bin.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from '../support/lsp-client.mjs';
import { ensureCliBuilt, REPO } from '../cli/run-okr.js';
import { npm, packOkrLang } from './pack.js';

const SHIPPED = ['LICENSE', 'README.md', 'THIRD_PARTY_NOTICES.md', 'bin/okr-language-server.js', 'bin/okr.js', 'bin/package.json', 'out/okr-engine.cjs', 'out/okr.cjs', 'out/server.cjs', 'package.json'];

let project: string;
let tarball: string;
let packedFiles: string[];

function run(bin: string, args: string[]) {
    const result = spawnSync(process.execPath, [path.join(project, 'node_modules/.bin', bin), ...args], { cwd: project, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
    return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

beforeAll(async () => {
    await ensureCliBuilt();
    project = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-package-'));
    ({ tarball, files: packedFiles } = packOkrLang(path.join(project, 'packs')));

    const app = path.join(project, 'app');
    fs.mkdirSync(app);
    fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'goals', version: '1.0.0', private: true }));
    fs.cpSync(path.join(REPO, 'test/cli/fixtures/problems'), path.join(app, 'goals'), { recursive: true });
    fs.cpSync(path.join(REPO, 'test/cli/fixtures/score/score.okr'), path.join(app, 'goals/score.okr'));
    npm(['install', '--offline', '--no-package-lock', tarball], { cwd: app });
    project = app;
}, 120_000);

afterAll(() => {
    if (project) fs.rmSync(path.dirname(project), { recursive: true, force: true });
});

describe('the okr-lang tarball', () => {
    it('holds the bundles (the CLI in two files, the server), their CommonJS launchers, README, LICENSE, the bundled packages\' licenses and package.json, and nothing else', () => {
        expect(packedFiles).toEqual(SHIPPED);
    });

    it('declares no runtime dependencies and both commands', () => {
        const manifest = JSON.parse(fs.readFileSync(path.join(project, 'node_modules/okr-lang/package.json'), 'utf8'));
        expect(manifest.name).toBe('okr-lang');
        expect(manifest.private).toBeUndefined();
        expect(manifest.dependencies ?? {}).toEqual({});
        expect(Object.keys(manifest.bin).sort()).toEqual(['okr', 'okr-language-server']);
        expect(manifest.repository.url).toContain('github.com/okr-lang/okr-lang');
        // Nothing else came along: the installed project has only okr-lang.
        expect(fs.readdirSync(path.join(project, 'node_modules')).filter(name => !name.startsWith('.'))).toEqual(['okr-lang']);
    });
});

describe('installed into an empty project with npm install --offline', () => {
    it('okr check reports the problems and exits 1', () => {
        const result = run('okr', ['check', 'goals', '--today', '2026-11-10']);
        expect(result.code).toBe(1);
        expect(result.stdout).toContain('goals/problems.okr');
        expect(result.stdout).toContain('unresolved-reference');
        expect(result.stderr).toBe('');
    });

    it('okr score prints the objectives with score and grade', () => {
        const result = run('okr', ['score', 'goals/score.okr', '--today', '2026-11-10', '--format', 'json']);
        expect(result.code).toBe(0);
        const { objectives } = JSON.parse(result.stdout);
        expect(objectives.length).toBeGreaterThan(0);
        expect(objectives[0]).toHaveProperty('grade');
    });

    it('okr tree --format html writes the standalone preview page', () => {
        const result = run('okr', ['tree', 'goals', '--format', 'html', '--today', '2026-11-10', '-o', 'tree.html']);
        expect(result).toMatchObject({ code: 0, stderr: '' });
        const html = fs.readFileSync(path.join(project, 'tree.html'), 'utf8');
        expect(html).toMatch(/^<!doctype html>/i);
        expect(html).toContain('Turn first-time buyers into regulars');
    });

    it('okr-language-server --stdio answers initialize and publishes diagnostics for an opened file', async () => {
        const client = new LspClient({ root: project, settings: { okr: { today: '2026-11-10' } }, server: path.join(project, 'node_modules/.bin/okr-language-server') });
        try {
            await client.initialize();
            await client.open('goals/problems.okr');
            // Opened at start-up: its own diagnostics come first, the cross-file ones once the workspace is read.
            const codes = (await client.settledDiagnostics('goals/problems.okr')).map(d => String(d.code));
            expect(codes).toContain('unresolved-reference');
        } finally {
            await client.stop();
        }
    });
});
