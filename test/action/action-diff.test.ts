/**
 * The action's `diff` input as the runner runs it: on a pull request, `okr diff` of the pull
 * request's base commit (from the event payload) against the checkout is added to the job
 * summary after the check; on another event it is skipped with a line in the log; a base that
 * is not in the clone is one error line and exit 2, the check's summary and annotations kept.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GoalRepo, replace } from '../cli/goal-repo.js';
import { ensureCliBuilt, REPO, tempDir } from '../cli/run-okr.js';
import { runAction } from './run-action.js';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

const TODAY = '2026-11-20';
let root: string;
let repo: GoalRepo;
let baseSha: string;

/** The payload GitHub writes for a pull_request event (the part okr reads). */
function event(sha: string): string {
    const file = path.join(root, `event-${sha.slice(0, 7)}.json`);
    fs.writeFileSync(file, JSON.stringify({ action: 'synchronize', pull_request: { number: 7, base: { ref: 'main', sha }, head: { ref: 'lower-targets' } } }));
    return file;
}

const ownErrors = (commands: string[]) => commands.filter(c => c.startsWith('::error title=okr::'));

beforeAll(async () => {
    await ensureCliBuilt();
    root = tempDir('okr-action-diff-');
    repo = GoalRepo.create(path.join(root, 'repo'));
    baseSha = repo.git('rev-parse', 'HEAD');
    repo.git('checkout', '-q', '-b', 'lower-targets');
    repo.commit('Lower a target mid-quarter', { 'goals/product-2026-Q4.okr': replace('from 53% to 75%', 'from 53% to 70%') });
}, 180_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the action with diff: true', () => {
    it('on a pull request, adds the diff of its base commit and the checkout to the job summary, after the check', () => {
        const run = runAction(repo.dir, { paths: 'goals', today: TODAY, diff: 'true' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event(baseSha), GITHUB_BASE_REF: 'main' });
        expect(run.code).toBe(0); // the examples have warnings only: the check passes, and flags do not fail the step
        const summary = run.summary!;
        expect(summary.indexOf('## okr check')).toBe(0);
        expect(summary.indexOf('## okr diff')).toBeGreaterThan(summary.indexOf('### Objectives'));
        expect(summary).toContain(`${baseSha.slice(0, 7)}\\) → working tree, judged on ${TODAY}`);
        expect(summary).toContain('| ⚠️ target\\-eased | key result q4\\_self\\_setup');
        expect(run.stdout).toContain('okr diff: 1 flagged change (see the job summary).');
        expect(ownErrors(run.commands)).toEqual([]);
    });

    it('on another event, skips the diff and says so in the log', () => {
        const run = runAction(repo.dir, { paths: 'goals', today: TODAY, diff: 'true' }, { GITHUB_EVENT_NAME: 'push' });
        expect(run.code).toBe(0);
        expect(run.summary).not.toContain('## okr diff');
        expect(run.stdout).toContain('okr diff: skipped, the push event is not a pull request (set diff-base to compare with a revision).');
    });

    it('with diff-base, compares with that revision on any event', () => {
        const run = runAction(repo.dir, { paths: 'goals', today: TODAY, 'diff-base': 'main' }, { GITHUB_EVENT_NAME: 'push' });
        expect(run.summary).toContain('## okr diff\n\nmain \\(');
        expect(run.summary).toContain('target\\-eased');
    });

    it('without a base commit in the event payload, compares with origin/GITHUB_BASE_REF', () => {
        const clone = path.join(root, 'clone');
        repo.git('clone', '-q', '--branch', 'lower-targets', repo.dir, clone);
        const unreadable = path.join(root, 'event-not-json.json');
        fs.writeFileSync(unreadable, '{ "pull_request": ');
        const run = runAction(clone, { paths: 'goals', today: TODAY, diff: 'true' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: unreadable, GITHUB_BASE_REF: 'main' });
        expect(run.code).toBe(0);
        expect(run.summary).toContain(`## okr diff\n\norigin\\/main \\(${baseSha.slice(0, 7)}\\) → working tree`);
        expect(run.summary).toContain('target\\-eased');
    });

    it('without diff, writes no diff', () => {
        const run = runAction(repo.dir, { paths: 'goals', today: TODAY }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event(baseSha) });
        expect(run.summary).not.toContain('okr diff');
        expect(run.stdout).not.toContain('okr diff');
    });

    it('a base commit that is not in the clone: one error, exit 2, and the check is still reported', () => {
        const missing = 'f'.repeat(40);
        const run = runAction(repo.dir, { paths: 'goals', today: TODAY, diff: 'true' }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event(missing) });
        expect(run.code).toBe(2);
        expect(ownErrors(run.commands)).toEqual([`::error title=okr::okr: cannot diff the goals: unknown revision "${missing}": git knows no commit by that name.`]);
        expect(run.summary).toContain('### Objectives');
        expect(run.summary).toContain('❌ okr diff could not run: unknown revision');
    });

    it('a diff input that is not true or false: exit 2 and one error', () => {
        const run = runAction(repo.dir, { paths: 'goals', diff: 'yes please' }, { GITHUB_EVENT_NAME: 'pull_request' });
        expect(run.code).toBe(2);
        expect(run.commands).toEqual(['::error title=okr::okr: input diff: Expected true or false, not "yes please".']);
    });
});

describe("the README's pull-request workflow", () => {
    it('checks out the history the diff needs, and its okr step posts the diff', () => {
        const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
        const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map(m => m[1]).find(text => /diff: true/.test(text))!;
        const workflow = yaml.load(block) as { on: unknown; jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }> };
        expect(workflow.on).toBe('pull_request');
        const steps = Object.values(workflow.jobs).flatMap(job => job.steps);
        expect(steps.find(step => step.uses?.startsWith('actions/checkout'))!.with).toEqual({ 'fetch-depth': 0 });
        const okrStep = steps.find(step => step.uses === 'okr-lang/okr-lang@v1')!;
        const manifest = yaml.load(fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
        expect(Object.keys(okrStep.with!).every(input => input in manifest.inputs)).toBe(true);
        const inputs = Object.fromEntries(Object.entries(okrStep.with!).map(([key, value]) => [key, String(value)]));
        const run = runAction(repo.dir, { ...inputs, today: TODAY }, { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event(baseSha) });
        expect(run.summary).toContain('## okr diff');
        expect(run.summary).toContain('target\\-eased');
    });
});
