/**
 * `okr diff`'s two sides as a black box: the default (the merge base with the default branch
 * against the working tree, untracked files included), two revisions, two folders, the
 * configuration of each revision, files no reader may load, and the one-line errors.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GoalRepo, replace } from './goal-repo.js';
import { ensureCliBuilt, expectOneLineError, okr, REPO, tempDir } from './run-okr.js';

const TODAY = '2026-11-20';
const PRODUCT = 'goals/product-2026-Q4.okr';
const SALES = 'goals/sales-2026-Q4.okr';
const ACME = 'goals/acme-2026-Q4.okr';

interface Json {
    base: { label: string; commit: string | null; folder: string | null; today: string };
    head: { label: string; commit: string | null; folder: string | null; today: string };
    changes: Array<{ change: string; element: { id: string | null; file: string }; before: unknown; after: unknown }>;
    flags: Array<{ rule: string; element: { id: string | null } }>;
    diagnostics: Record<'introduced' | 'resolved', Array<{ code: string; file: string; message: string }>>;
}

let root: string;
const diff = (cwd: string, ...args: string[]) => okr(['diff', ...args, '--today', TODAY, '--format', 'json'], { cwd });
const json = (cwd: string, ...args: string[]) => {
    const result = diff(cwd, ...args);
    expect(result.stderr, result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as Json;
};
const flagsOf = (report: Json) => report.flags.map(flag => `${flag.rule} ${flag.element.id}`);

beforeAll(async () => {
    await ensureCliBuilt();
    root = tempDir('okr-diff-sides-');
}, 180_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('okr diff without revisions: the merge base with the default branch against the working tree', () => {
    let repo: GoalRepo;
    let mergeBase: string;

    beforeAll(() => {
        repo = GoalRepo.create(path.join(root, 'branches'));
        mergeBase = repo.git('rev-parse', 'HEAD');
        repo.git('checkout', '-q', '-b', 'lower-targets');
        repo.commit('Lower a target', { [PRODUCT]: replace('from 53% to 75%', 'from 53% to 70%') });
        // main moves on after the branch started: none of that is the branch's change.
        repo.git('checkout', '-q', 'main');
        repo.commit('Sales check-in', { [SALES]: replace('checkin 2026-11-17 = 19%', 'checkin 2026-11-17 = 19%\n      checkin 2026-11-19 = 18%') });
        repo.git('checkout', '-q', 'lower-targets');
        // Not committed, and a file git does not know yet: the working tree is what the user has.
        repo.edit({
            [ACME]: replace('committed objective q4_enterprise_ttv', 'objective q4_enterprise_ttv'),
            'goals/partners-2026-Q4.okr': () => 'okrs sales 2026-Q4 {\n  objective q4_partners "Win enterprise deals through partners" {\n    owner "Sam Okafor"\n    aligns q4_efficient_growth\n    kr q4_partner_deals "Grow deals closed with a partner" from 0 to 6\n  }\n}\n',
        });
    });

    it('compares the merge base with the working tree: the commits of the branch, the uncommitted edits and the new file', () => {
        const report = json(repo.dir);
        expect(report.base).toEqual({ label: `merge base of main and HEAD (${mergeBase.slice(0, 7)})`, commit: mergeBase, folder: null, today: TODAY });
        expect(report.head).toEqual({ label: 'working tree', commit: null, folder: '.', today: TODAY });
        expect(flagsOf(report)).toEqual(['commitment-dropped q4_enterprise_ttv', 'target-eased q4_self_setup']);
        expect(report.changes.filter(c => c.change === 'added').map(c => c.element.id)).toEqual(['q4_partners', 'q4_partner_deals']);
        expect(report.changes.some(c => c.element.id === 'q4_average_discount')).toBe(false);
    });

    it('finds the workspace from a subfolder, with the paths of the repository', () => {
        const report = json(path.join(repo.dir, 'goals'));
        expect(flagsOf(report)).toEqual(['commitment-dropped q4_enterprise_ttv', 'target-eased q4_self_setup']);
        expect(report.flags.map(flag => (flag as unknown as { element: { file: string } }).element.file)).toEqual([ACME, PRODUCT]);
        expect(report.head.folder).toBe('.');
    });

    it('takes origin/HEAD as the default branch when there is one', () => {
        const clone = path.join(root, 'clone');
        new GoalRepo(root).git('clone', '-q', repo.dir, clone);
        const cloned = new GoalRepo(clone);
        cloned.git('remote', 'set-head', 'origin', 'lower-targets');
        cloned.git('checkout', '-q', '-b', 'topic', 'origin/lower-targets');
        const report = json(clone);
        expect(report.base.label).toBe(`merge base of origin/lower-targets and HEAD (${cloned.git('rev-parse', 'HEAD').slice(0, 7)})`);
        expect(report.flags).toEqual([]);
    });

    it('with one revision, compares that revision with the working tree', () => {
        const report = json(repo.dir, 'HEAD');
        expect(flagsOf(report)).toEqual(['commitment-dropped q4_enterprise_ttv']);
        expect(report.base.label).toBe(`HEAD (${repo.git('rev-parse', 'HEAD').slice(0, 7)})`);
    });

    it('with two revisions, compares the commits and not the working tree', () => {
        const report = json(repo.dir, 'main', 'lower-targets');
        // main's later check-in is not on the branch: from main's point of view, a past check-in is gone.
        expect(flagsOf(report)).toEqual(['target-eased q4_self_setup', 'history-rewritten q4_average_discount']);
        expect(report.changes.filter(c => c.element.id === 'q4_average_discount').map(c => c.change)).toEqual(['checkin-removed', 'progress']);
        expect(report.head.commit).toBe(repo.git('rev-parse', 'lower-targets'));
    });
});

describe('each side with its own configuration', () => {
    let repo: GoalRepo;

    beforeAll(() => {
        repo = GoalRepo.create(path.join(root, 'fiscal'));
        repo.commit('The fiscal year starts in April', {
            'goals/okr.config.json': text => JSON.stringify({ ...JSON.parse(text), fiscalYearStartMonth: 4 }, null, 2),
        });
    });

    it('reads okr.config.json as of each revision: 2026-Q4 moves to January–March 2027 when the fiscal year starts in April', () => {
        const report = json(repo.dir, 'HEAD~1', 'HEAD');
        const moved = report.changes.find(c => c.change === 'moved' && c.element.id === 'q4_first_week')!;
        expect(moved.before).toEqual({ unit: 'product', cycle: '2026-Q4', start: '2026-10-01', end: '2026-12-31' });
        expect(moved.after).toEqual({ unit: 'product', cycle: '2026-Q4', start: '2027-01-01', end: '2027-03-31' });
        expect(report.changes.find(c => c.change === 'status' && c.element.id === 'q4_first_week')).toMatchObject({ before: 'on-track', after: 'not-started' });
        // The text of the goals did not change: nothing is flagged.
        expect(report.flags).toEqual([]);
    });

    it('--config applies one configuration to both sides', () => {
        const config = path.join(root, 'april.json');
        fs.writeFileSync(config, '{ "fiscalYearStartMonth": 4 }');
        const report = json(repo.dir, 'HEAD~1', 'HEAD', '--config', config);
        expect(report.changes).toEqual([]);
    });

    it('an invalid okr.config.json at a revision is a warning, and its defaults apply there', () => {
        const broken = GoalRepo.create(path.join(root, 'broken-config'));
        broken.commit('Break the configuration', { 'goals/okr.config.json': () => '{ "fiscalYearStartMonth": 13 }' });
        const result = diff(broken.dir, 'HEAD~1', 'HEAD');
        expect(result.code).toBe(0);
        expect(expectOneLineError(result)).toMatch(/^okr: warning: goals\/okr\.config\.json in HEAD \([0-9a-f]{7}\) "fiscalYearStartMonth" must be a whole number from 1 to 12, not 13; its defaults apply there\.$/);
        expect(JSON.parse(result.stdout).flags).toEqual([]);
    });
});

describe('files no reader loads', () => {
    it('a file over 4 MB or not UTF-8 at a revision is one syntax problem, never parsed', () => {
        const repo = GoalRepo.create(path.join(root, 'large'));
        repo.edit({ 'goals/huge.okr': () => `// ${'x'.repeat(4 * 1024 * 1024)}\n` });
        fs.writeFileSync(path.join(repo.dir, 'goals/latin1.okr'), Buffer.from('company caf "Caf\xe9"\n', 'latin1'));
        repo.commit('A file far larger than a goals file, and one that is not UTF-8', {});
        const report = json(repo.dir, 'HEAD~1', 'HEAD');
        expect(report.diagnostics.introduced.map(d => [d.code, d.file])).toEqual([['syntax', 'goals/huge.okr'], ['syntax', 'goals/latin1.okr']]);
        expect(report.diagnostics.introduced[0].message).toMatch(/^This file is too large to check \(4\.0 MB/);
        expect(report.diagnostics.introduced[1].message).toBe('This file is not UTF-8 text. Save it as UTF-8.');
        expect(report.changes).toEqual([]);
    });
});

describe('a side larger than okr diff reads', () => {
    it('over 16 MB of .okr files: exit 2 and one line, before anything is built', () => {
        const repo = GoalRepo.create(path.join(root, 'too-much'));
        const comment = `// ${'x'.repeat(3_500_000)}\n`;
        repo.commit('Five files of 3.5 MB', Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`goals/bulk-${i}.okr`, () => comment])));
        const result = okr(['diff', 'HEAD~1', 'HEAD'], { cwd: repo.dir });
        expect(result.code).toBe(2);
        expect(expectOneLineError(result)).toMatch(/^okr: HEAD \([0-9a-f]{7}\) holds more than 16 MB of \.okr files: okr diff compares up to that much per side\.$/);
        // The working tree holds the same files.
        expect(expectOneLineError(okr(['diff', 'HEAD~1'], { cwd: repo.dir }))).toBe('okr: working tree holds more than 16 MB of .okr files: okr diff compares up to that much per side.');
    });
});

describe('okr diff OLD_FOLDER NEW_FOLDER', () => {
    it('compares two folders without git, with paths relative to each', () => {
        const dir = path.join(root, 'folders');
        fs.cpSync(path.join(REPO, 'examples/acme'), path.join(dir, 'last-week'), { recursive: true });
        fs.cpSync(path.join(REPO, 'examples/acme'), path.join(dir, 'this-week'), { recursive: true });
        const product = path.join(dir, 'this-week/product-2026-Q4.okr');
        fs.writeFileSync(product, fs.readFileSync(product, 'utf8').replace('checkin 2026-10-30 = 58%', 'checkin 2026-10-30 = 55%'));
        const report = json(dir, 'last-week', 'this-week');
        expect(report.base).toEqual({ label: 'last-week', commit: null, folder: 'last-week', today: TODAY });
        expect(flagsOf(report)).toEqual(['history-rewritten q4_self_setup']);
        expect(report.changes.map(c => [c.change, c.element.file])).toEqual([['checkin-changed', 'product-2026-Q4.okr']]);
    });
});

describe('usage errors: exit 2 and one line', () => {
    let repo: GoalRepo;
    let notRepo: string;

    beforeAll(() => {
        repo = GoalRepo.create(path.join(root, 'errors'));
        notRepo = path.join(root, 'plain');
        fs.cpSync(path.join(REPO, 'examples/acme'), notRepo, { recursive: true });
    });

    it.each([
        ['a folder outside any repository', () => [notRepo, []], /^okr: the current folder is not in a git repository\. To compare two folders instead, name them: okr diff OLD_FOLDER NEW_FOLDER\.$/],
        ['an unknown revision', () => [repo.dir, ['no-such-branch']], /^okr: unknown revision "no-such-branch": git knows no commit by that name\.$/],
        ['a revision that would be an option', () => [repo.dir, ['--', '--output=stolen.txt']], /^okr: "--output=stolen\.txt" is not a revision: a revision cannot be empty or start with "-"\.$/],
        ['a folder and a revision', () => [repo.dir, ['goals', 'main']], /^okr: unknown revision "goals": git knows no commit by that name; to compare folders, name two: okr diff OLD_FOLDER NEW_FOLDER\.$/],
        ['a revision with a control character', () => [repo.dir, ['main\u001b[2J']], /^okr: unknown revision "main\\x1b\[2J": git knows no commit by that name\.$/],
    ])('%s', (_name, setup, said) => {
        const [cwd, args] = setup() as [string, string[]];
        const result = okr(['diff', ...args], { cwd });
        expect(result.code).toBe(2);
        expect(result.stdout).toBe('');
        expect(expectOneLineError(result)).toMatch(said);
        expect(fs.existsSync(path.join(cwd, 'stolen.txt'))).toBe(false);
    });

    it('git not installed', () => {
        const empty = path.join(root, 'no-git-on-path');
        fs.mkdirSync(empty, { recursive: true });
        const result = okr(['diff'], { cwd: repo.dir, env: { PATH: empty } });
        expect(result.code).toBe(2);
        expect(expectOneLineError(result)).toBe('okr: git is not installed (no "git" on PATH): okr diff reads revisions with it. To compare two folders without git, name them: okr diff OLD_FOLDER NEW_FOLDER.');
        // Two folders need no git.
        expect(okr(['diff', notRepo, notRepo], { cwd: root, env: { PATH: empty } }).code).toBe(0);
    });

    it('a repository without a default branch, and one without commits', () => {
        const trunk = GoalRepo.create(path.join(root, 'trunk'));
        trunk.git('branch', '-m', 'main', 'trunk');
        expect(expectOneLineError(okr(['diff'], { cwd: trunk.dir }))).toBe('okr: cannot tell the default branch (there is no origin/HEAD, main or master): name the base revision, e.g. okr diff HEAD~1.');
        const empty = path.join(root, 'empty-repo');
        fs.mkdirSync(empty);
        new GoalRepo(empty).git('init', '-q');
        expect(expectOneLineError(okr(['diff'], { cwd: empty }))).toBe('okr: the repository has no commits yet: there is nothing to compare the working tree with.');
    });
});
