/**
 * Commit hooks for goals repositories: the plain git hook (docs/hooks/pre-commit) in a real
 * temporary repository, and the pre-commit manifest (.pre-commit-hooks.yaml) installed the way
 * pre-commit's `language: node` installs a repository (npm pack of the root, npm install -g).
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureCliBuilt, OKR, REPO, tempDir } from '../cli/run-okr.js';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

const GOOD = `company acme "Acme" { lead "Ann" }

okrs acme 2026-Q4 {
  objective grow "Grow revenue" {
    owner "Ann"
    kr "Raise monthly revenue" from $1M to $2M
  }
}
`;
const BAD = GOOD.replace('    owner "Ann"\n', '    owner "Ann"\n    aligns nowhere\n');
const UNFORMATTED = GOOD.replace('    owner "Ann"', 'owner    "Ann"');

const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|GIT_)/i.test(key)));
function sh(command: string, args: string[], options: SpawnSyncOptions = {}) {
    const result = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000, ...options, env: { ...clean, ...options.env } });
    return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

let root: string;
beforeAll(async () => {
    await ensureCliBuilt();
    root = tempDir('okr-hooks-');
}, 180_000);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the plain git hook, docs/hooks/pre-commit', () => {
    let repo: string;
    const git = (...args: string[]) => sh('git', args, { cwd: repo, env: { OKR: OKR, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' } });
    const commits = () => Number(git('rev-list', '--count', '--all').out.trim() || 0);

    beforeEach(() => {
        repo = fs.mkdtempSync(path.join(root, 'repo-'));
        expect(git('init', '-q').code).toBe(0);
        // As the README says: save the hook as .git/hooks/pre-commit, then chmod +x it.
        fs.copyFileSync(path.join(REPO, 'docs/hooks/pre-commit'), path.join(repo, '.git/hooks/pre-commit'));
        expect(sh('chmod', ['+x', '.git/hooks/pre-commit'], { cwd: repo }).code).toBe(0);
    });

    it('stops a commit with a staged .okr file that has an error, and lets it through once fixed', () => {
        fs.mkdirSync(path.join(repo, 'goals team'));
        fs.writeFileSync(path.join(repo, 'goals team/acme 2026.okr'), BAD);
        git('add', '.');
        const refused = git('commit', '-q', '-m', 'goals');
        expect(refused.code).not.toBe(0);
        expect(refused.out).toContain('unresolved-reference');
        expect(refused.out).toContain('goals team/acme 2026.okr');
        expect(commits()).toBe(0);

        fs.writeFileSync(path.join(repo, 'goals team/acme 2026.okr'), GOOD);
        git('add', '.');
        expect(git('commit', '-q', '-m', 'goals')).toMatchObject({ code: 0 });
        expect(commits()).toBe(1);
    });

    it('stops a commit with an unformatted .okr file', () => {
        fs.writeFileSync(path.join(repo, 'goals.okr'), UNFORMATTED);
        git('add', '.');
        const refused = git('commit', '-q', '-m', 'goals');
        expect(refused.code).not.toBe(0);
        expect(refused.out).toContain('goals.okr');
        expect(refused.out).toContain('okr fmt formats files in place');
        expect(commits()).toBe(0);
    });

    it('ignores commits without .okr files, and says how to install okr when it is missing', () => {
        fs.writeFileSync(path.join(repo, 'notes.md'), '# notes\n');
        git('add', '.');
        expect(git('commit', '-q', '-m', 'notes').code).toBe(0);
        fs.writeFileSync(path.join(repo, 'goals.okr'), GOOD);
        git('add', '.');
        const missing = sh('git', ['commit', '-q', '-m', 'goals'], { cwd: repo, env: { OKR: '', PATH: '/usr/bin:/bin', GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' } });
        expect(missing.code).not.toBe(0);
        expect(missing.out).toContain('npm i -D okr-lang');
    });
});

describe('.pre-commit-hooks.yaml', () => {
    type Hook = { id: string; entry: string; language: string; files: string };
    const hooks = yaml.load(fs.readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

    it('declares okr-check and okr-fmt as node hooks on .okr files', () => {
        expect(hooks.map(h => [h.id, h.entry, h.language])).toEqual([['okr-check', 'okr check', 'node'], ['okr-fmt', 'okr fmt', 'node']]);
        for (const hook of hooks) {
            expect(new RegExp(hook.files).test('goals/team.okr')).toBe(true);
            expect(new RegExp(hook.files).test('goals/team.okr.bak')).toBe(false);
        }
    });

    it('runs from this repository installed as pre-commit installs it (npm pack of the root, npm install -g)', () => {
        // pre-commit runs `npm install` in a clone (the root's `prepare` builds), then `npm pack` and reads
        // the tarball's name from its stdout. A copy of the root stands in for the clone, with a `prepare`
        // as noisy as the build: the repository's .npmrc must keep it out of stdout.
        const clone = path.join(root, 'clone');
        const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
        manifest.scripts = { prepare: 'node -e "console.log(\'building…\'); console.error(\'warnings\')"' };
        fs.mkdirSync(clone);
        fs.writeFileSync(path.join(clone, 'package.json'), JSON.stringify(manifest));
        fs.copyFileSync(path.join(REPO, '.npmrc'), path.join(clone, '.npmrc'));
        for (const file of manifest.files as string[]) {
            fs.mkdirSync(path.dirname(path.join(clone, file)), { recursive: true });
            fs.copyFileSync(path.join(REPO, file), path.join(clone, file));
        }
        const packed = spawnSync('npm', ['pack'], { cwd: clone, encoding: 'utf8', env: clean });
        expect(packed.status, packed.stderr).toBe(0);
        const tarball = path.join(clone, packed.stdout.trim());
        expect(fs.existsSync(tarball), `npm pack printed more than the tarball's name:\n${packed.stdout}`).toBe(true);

        const prefix = path.join(root, 'prefix');
        const installed = sh('npm', ['install', '-g', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball], { cwd: root });
        expect(installed.code, installed.out).toBe(0);

        const work = fs.mkdtempSync(path.join(root, 'work-'));
        // Two folders: a named file is checked with the other files of its folder.
        fs.mkdirSync(path.join(work, 'a'));
        fs.mkdirSync(path.join(work, 'b'));
        fs.writeFileSync(path.join(work, 'a/bad.okr'), BAD);
        fs.writeFileSync(path.join(work, 'b/messy.okr'), UNFORMATTED);
        const run = (hook: Hook, files: string[]) => {
            const [command, ...args] = hook.entry.split(' ');
            return sh(path.join(prefix, 'bin', command), [...args, ...files], { cwd: work });
        };
        const [check, fmt] = hooks;
        expect(run(check, ['a/bad.okr'])).toMatchObject({ code: 1, out: expect.stringContaining('unresolved-reference') });
        expect(run(check, ['b/messy.okr']).code).toBe(0);
        expect(run(fmt, ['b/messy.okr']).code).toBe(0);
        expect(fs.readFileSync(path.join(work, 'b/messy.okr'), 'utf8')).toBe(GOOD);
    });
});
