/**
 * The GitHub Action as the runner runs it (see run-action.ts): annotations within GitHub's
 * caps, outputs, the job summary, the exit code `okr check` would give, and bad input.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorkspace, writeFiles } from '../../scripts/gen/generate.mjs';
import { ensureCliBuilt, okr, REPO, tempDir } from '../cli/run-okr.js';
import { runAction } from './run-action.js';

const FIXTURES = path.join(REPO, 'test/cli/fixtures');
const TODAY = '2026-11-10';
const GITHUB_SUMMARY_LIMIT = 1024 * 1024;

let root: string;
/** A fresh workspace holding copies of the named fixture folders (or generated files). */
function workspace(name: string, files: Record<string, string>): string {
    const dir = path.join(root, name);
    for (const [file, source] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        if (fs.existsSync(source)) fs.cpSync(source, path.join(dir, file), { recursive: true });
        else fs.writeFileSync(path.join(dir, file), source);
    }
    return dir;
}

/** 15 KPIs without range, cadence or definition, and 15 objectives guarding KPIs that do not exist. */
function manyProblems(): string {
    const kpis = Array.from({ length: 15 }, (_, i) => `  kpi k${i} "Metric ${i}" { owner "Ann" }`).join('\n');
    const objectives = Array.from({ length: 15 }, (_, i) =>
        `  objective o${i} "Win market ${i}" {\n    owner "Ann"\n    guardrails missing_${i}\n    kr "Raise revenue ${i}" from 1 to 2\n  }`).join('\n');
    return `company acme "Acme" { lead "Ann" }\n\nkpis acme {\n${kpis}\n}\n\nokrs acme 2026-Q4 {\n${objectives}\n}\n`;
}

const annotations = (commands: string[]) => commands.filter(c => /^::(error|warning|notice) file=/.test(c));
const kindOf = (command: string) => /^::(\w+)/.exec(command)![1];
const ownErrors = (commands: string[]) => commands.filter(c => c.startsWith('::error title=okr::'));
/** What `okr check --format json` finds in the same workspace, as the reference. */
function cliReport(dir: string, args: string[] = []) {
    const result = okr(['check', ...args, '--format', 'json'], { cwd: dir });
    return { code: result.code, report: JSON.parse(result.stdout) as { files: Array<{ path: string; diagnostics: Array<{ severity: string; line: number; code: string }> }>; summary: Record<string, number> } };
}

beforeAll(async () => {
    await ensureCliBuilt();
    root = tempDir('okr-action-');
}, 180_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('annotations', () => {
    it('sends at most 10 errors, 10 warnings and 10 notices, most severe first, and the summary says how many it left out', () => {
        const dir = workspace('many', { 'goals/many.okr': manyProblems() });
        const run = runAction(dir, { paths: 'goals', today: TODAY });
        const { report } = cliReport(dir, ['goals', '--today', TODAY]);
        const all = report.files.flatMap(f => f.diagnostics);
        const count = (severities: string[]) => all.filter(d => severities.includes(d.severity)).length;
        expect(count(['error'])).toBeGreaterThan(10);
        expect(count(['warning'])).toBeGreaterThan(10);
        expect(count(['info', 'hint'])).toBeGreaterThan(10);

        const sent = annotations(run.commands);
        expect(sent.map(kindOf)).toEqual([...Array(10).fill('error'), ...Array(10).fill('warning'), ...Array(10).fill('notice')]);
        // The first errors of the file, in line order, as `okr check` lists them.
        const errorLines = all.filter(d => d.severity === 'error').slice(0, 10).map(d => d.line);
        expect(sent.slice(0, 10).map(c => Number(/,line=(\d+),/.exec(c)![1]))).toEqual(errorLines);
        expect(run.summary).toContain(`${all.length - 30} of ${all.length} problems are not shown as annotations`);
        expect(ownErrors(run.commands)).toEqual([]);
    });

    it('lists every problem in the log, where no file name or title can run as a workflow command', () => {
        const hostile = `company acme "Acme" { lead "Ann" }\nokrs acme 2026-Q4 {\n  objective o "Grow\\n::add-mask::secret\\r::error::forged" {\n    kr "Ship the thing" milestone\n  }\n}\n`;
        const dir = workspace('hostile', { '::error::x.okr': hostile });
        const run = runAction(dir, { today: TODAY });
        expect(run.stdout).toContain('::error::x.okr');
        // Everything GitHub would act on is one of the action's own commands.
        for (const command of run.commands) expect(command).toMatch(/^::(error|warning|notice) file=|^::(group|endgroup)::/);
        expect(run.commands.some(c => c.startsWith('::add-mask::'))).toBe(false);
    });
});

describe('outputs, exit code and SARIF', () => {
    it.each([
        ['a clean folder', { 'goals': `${FIXTURES}/clean` }, {}, 0],
        ['only warnings, no budget', { 'goals': `${FIXTURES}/warnings` }, {}, 0],
        ['only warnings over max-warnings 1', { 'goals': `${FIXTURES}/warnings` }, { 'max-warnings': '1' }, 1],
        ['only warnings within max-warnings 2', { 'goals': `${FIXTURES}/warnings` }, { 'max-warnings': '2' }, 0],
        ['an error', { 'goals': `${FIXTURES}/problems` }, {}, 1],
    ])('%s: the step exits as okr check does and outputs its counts', (name, files, inputs: Record<string, string>, expected) => {
        const dir = workspace(`exit-${name.replace(/\W+/g, '-')}`, files);
        const run = runAction(dir, { paths: 'goals', today: TODAY, ...inputs });
        const cliArgs = ['goals', '--today', TODAY, ...(inputs['max-warnings'] ? ['--max-warnings', inputs['max-warnings']] : [])];
        const cli = cliReport(dir, cliArgs);
        expect(cli.code).toBe(expected);
        expect(run.code).toBe(expected);
        expect(run.outputs).toEqual({ errors: String(cli.report.summary.errors), warnings: String(cli.report.summary.warnings) });
        expect(ownErrors(run.commands).length).toBe(inputs['max-warnings'] && expected === 1 ? 1 : 0);
    });

    it('writes SARIF to sarif-file, with one result per problem', () => {
        const dir = workspace('sarif', { goals: `${FIXTURES}/problems` });
        const run = runAction(dir, { paths: 'goals', today: TODAY, 'sarif-file': 'reports/okr.sarif' }, {});
        expect(run.code).toBe(2); // reports/ does not exist: an I/O error, said in one line
        expect(ownErrors(run.commands)).toEqual([expect.stringContaining('cannot write the SARIF file reports/okr.sarif')]);
        expect(annotations(run.commands)).toHaveLength(4);

        fs.mkdirSync(path.join(dir, 'reports'));
        const again = runAction(dir, { paths: 'goals', today: TODAY, 'sarif-file': 'reports/okr.sarif' });
        expect(again.code).toBe(1);
        const log = JSON.parse(fs.readFileSync(path.join(dir, 'reports/okr.sarif'), 'utf8'));
        expect(log.version).toBe('2.1.0');
        expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId).sort()).toEqual(['kpi-missing-cadence', 'kpi-missing-definition', 'kpi-missing-range', 'unresolved-reference']);
        expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('goals/problems.okr');
    });
});

describe('job summary', () => {
    it('has the problems per file and code and the objectives with score, grade and status', () => {
        const dir = workspace('summary', { goals: `${FIXTURES}/problems` });
        const { summary } = runAction(dir, { paths: 'goals', today: TODAY });
        expect(summary).toContain('❌ **1 error, 2 warnings, 1 info** in 1 of 1 file.');
        expect(summary).toContain('| goals\\/problems\\.okr | unresolved\\-reference | error | 1 | 13 |');
        expect(summary).toContain('| goals\\/problems\\.okr | kpi\\-missing\\-range | warning | 1 | 4 |');
        expect(summary).toMatch(/\| 2026\\-Q4 \| south \| south\\_loyal\\: Turn first\\-time buyers into regulars \| 0\.3 \(25%\) \| 🔴 red \| at-risk \|/);
    });

    it('stays under 1 MiB on a 1,000-file workspace with long titles, and says what it left out', () => {
        const generated = generateWorkspace({ teams: 206, quarters: 4, seed: 1 });
        const dir = path.join(root, 'ws1000');
        // Long titles make both tables far larger than GitHub accepts.
        writeFiles(dir, generated.files.map(file => ({ ...file, text: file.text.replace(/(objective \w+ ")/g, `$1${'Quite a long objective title '.repeat(8)}`) })));
        expect(generated.stats.files).toBeGreaterThanOrEqual(1000);
        const run = runAction(dir, { today: generated.today });
        expect(run.code).toBe(0);
        const size = Buffer.byteLength(run.summary!, 'utf8');
        expect(size).toBeLessThan(GITHUB_SUMMARY_LIMIT);
        expect(size).toBeGreaterThan(GITHUB_SUMMARY_LIMIT * 0.8);
        expect(run.summary).toContain('### Problems per file and code');
        expect(run.summary).toContain('### Objectives');
        expect(run.summary).toMatch(/\n_\d+ more rows are not shown: a GitHub job summary holds at most 1 MiB/);
        // Every table row is whole: trimmed between rows, never inside one.
        for (const line of run.summary!.split('\n').filter(l => l.startsWith('|'))) expect(line).toMatch(/^\|.*\|$/);
    }, 60_000);
});

describe('bad input gets one line and never loses the annotations', () => {
    it.each([
        ['a missing path', { paths: 'no/such/goals' }, 'cannot read no/such/goals'],
        ['a max-warnings that is not a number', { 'max-warnings': 'many' }, 'input max-warnings'],
        ['a today that is not a date', { today: 'tomorrow' }, 'input today'],
        ['a config that does not exist', { config: 'none.json' }, 'none.json'],
    ])('%s: exit 2 and one error', (_name, inputs: Record<string, string>, said) => {
        const dir = workspace(`bad-${_name.replace(/\W+/g, '-')}`, { goals: `${FIXTURES}/warnings` });
        const run = runAction(dir, { paths: 'goals', ...inputs });
        expect(run.code).toBe(2);
        expect(run.commands).toEqual([expect.stringContaining(said)]);
        expect(run.stdout.trim().split('\n')).toHaveLength(1);
        expect(run.summary).toContain('okr could not run');
        expect(run.stdout).not.toMatch(/\n\s+at /);
    });

    it('a baseline named in okr.config.json that cannot be read: exit 2 and one error', () => {
        const dir = workspace('bad-baseline', { goals: `${FIXTURES}/warnings`, 'okr.config.json': JSON.stringify({ baseline: 'okr-baseline.json' }), 'okr-baseline.json': '{ "version": 1,' });
        const run = runAction(dir, { paths: 'goals' });
        expect(run.code).toBe(2);
        expect(run.commands).toEqual([expect.stringContaining('baseline okr-baseline.json is not valid JSON')]);
    });

    it('a GITHUB_OUTPUT that cannot be written: one error, the same exit code and every annotation', () => {
        const dir = workspace('bad-output', { goals: `${FIXTURES}/problems` });
        const run = runAction(dir, { paths: 'goals', today: TODAY }, { GITHUB_OUTPUT: dir });
        expect(run.code).toBe(1);
        expect(ownErrors(run.commands)).toEqual([expect.stringContaining('cannot write the step outputs ($GITHUB_OUTPUT)')]);
        expect(annotations(run.commands)).toHaveLength(4);
        expect(run.summary).toContain('### Objectives');
    });

    it.each([
        ['a folder', (dir: string) => dir],
        ['a file in a folder that does not exist', (dir: string) => path.join(dir, 'missing/summary.md')],
    ])('a GITHUB_STEP_SUMMARY that is %s: one error, the same exit code and every annotation', (_name, summaryPath) => {
        const dir = workspace(`summary-${_name.replace(/\W+/g, '-')}`, { goals: `${FIXTURES}/problems` });
        const run = runAction(dir, { paths: 'goals', today: TODAY }, { GITHUB_STEP_SUMMARY: summaryPath(dir) });
        expect(run.code).toBe(1);
        expect(ownErrors(run.commands)).toEqual([expect.stringContaining('cannot write the job summary ($GITHUB_STEP_SUMMARY)')]);
        expect(annotations(run.commands)).toHaveLength(4);
        expect(run.outputs).toEqual({ errors: '1', warnings: '2' });
    });
});
