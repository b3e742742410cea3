/**
 * `okr check --baseline FILE` and `--update-baseline`: adopting okr on a goals repository that
 * already has problems. Counts per file and code (ESLint's bulk suppressions), so moved lines
 * stay quiet, new problems show, fixed ones shrink the allowance, and a bad baseline is one line.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BASELINE_GOALS } from './baseline-goals.js';
import { ensureCliBuilt, expectOneLineError, okr, tempDir } from './run-okr.js';

const TODAY = ['--today', '2026-11-10'];

let dir: string;
const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
};
const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const run = (...args: string[]) => okr(['check', ...args, ...TODAY], { cwd: dir });
const json = (...args: string[]) => {
    const result = run(...args, '--format', 'json');
    const report = JSON.parse(result.stdout) as { files: Array<{ path: string; diagnostics: Array<{ code: string; severity: string; line: number; message: string }> }> };
    return { code: result.code, stderr: result.stderr, problems: report.files.flatMap(f => f.diagnostics.map(d => ({ ...d, path: f.path }))) };
};

beforeAll(ensureCliBuilt, 180_000);
beforeEach(() => {
    dir = tempDir('okr-baseline-');
    write('goals/acme.okr', BASELINE_GOALS);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('--update-baseline', () => {
    it('records the problems per file and code, then reports nothing and exits 0', () => {
        const before = json('goals');
        expect(before.code).toBe(1);
        const result = run('goals', '--baseline', 'okr-baseline.json', '--update-baseline');
        expect(result).toMatchObject({ code: 0, stdout: '', stderr: 'okr: wrote baseline okr-baseline.json.\n' });
        const counts: Record<string, number> = {};
        for (const p of before.problems) counts[p.code] = (counts[p.code] ?? 0) + 1;
        expect(JSON.parse(read('okr-baseline.json'))).toEqual({
            version: 1,
            files: { 'goals/acme.okr': Object.fromEntries(Object.keys(counts).sort().map(code => [code, { count: counts[code] }])) },
        });
        expect(fs.readdirSync(dir).sort()).toEqual(['goals', 'okr-baseline.json']); // no temporary file left
        expect(run('goals', '--baseline', 'okr-baseline.json')).toMatchObject({ code: 0, stdout: '', stderr: '' });
    });

    it('never records parse errors: they fail the check with or without a baseline', () => {
        write('goals/broken.okr', 'okrs acme 2026-Q4 {\n  objective x "Grow" {\n');
        const result = run('goals', '--baseline', 'okr-baseline.json', '--update-baseline');
        expect(result.code).toBe(1);
        expect(result.stdout).toContain('syntax');
        expect(read('okr-baseline.json')).not.toContain('syntax');
    });
});

describe('--baseline FILE', () => {
    beforeEach(() => {
        expect(run('goals', '--baseline', 'okr-baseline.json', '--update-baseline').code).toBe(0);
    });

    it('keeps recorded problems quiet when lines move', () => {
        write('goals/acme.okr', `// Acme\n// reviewed weekly\n\n${BASELINE_GOALS.replace('  objective grow', '  // growth first\n\n  objective grow')}`);
        expect(run('goals', '--baseline', 'okr-baseline.json')).toMatchObject({ code: 0, stdout: '' });
    });

    it('reports a problem of a code the file did not have, and only that one', () => {
        write('goals/acme.okr', BASELINE_GOALS.replace('    owner "Ann"\n    guardrails', '    guardrails'));
        const { code, problems } = json('goals', '--baseline', 'okr-baseline.json');
        expect(code).toBe(0);
        expect(problems.map(p => p.code)).toEqual(['missing-owner']);
    });

    it('reports every problem of a code once there are more than the baseline allows (it cannot tell which is new)', () => {
        write('goals/acme.okr', BASELINE_GOALS.replace('    guardrails churn', '    guardrails churn, retention'));
        const { code, problems } = json('goals', '--baseline', 'okr-baseline.json');
        expect(code).toBe(1);
        expect(problems.map(p => p.code)).toEqual(['unresolved-reference', 'unresolved-reference']);
    });

    it('reports a fixed problem\'s unused allowance as stale (info), and --update-baseline shrinks it so the problem cannot come back', () => {
        const fixed = BASELINE_GOALS.replace('    kr "Ship the partner portal" milestone { checkin 2026-11-01 = 40% }\n', '');
        write('goals/acme.okr', fixed);
        const stale = json('goals', '--baseline', 'okr-baseline.json');
        expect(stale.code).toBe(0);
        // The removed key result had an activity title and a check-in that does not fit a milestone.
        expect(stale.problems.map(p => [p.code, p.severity, p.line, p.path])).toEqual([
            ['stale-baseline', 'info', 1, 'goals/acme.okr'], ['stale-baseline', 'info', 1, 'goals/acme.okr'],
        ]);
        expect(stale.problems[0].message).toContain('allows 2 "activity-key-result" problems in this file and only 1 is left');
        expect(stale.problems[0].message).toContain('okr check --update-baseline');
        expect(stale.problems[1].message).toContain('"unit-mismatch"');
        expect(run('goals', '--baseline', 'okr-baseline.json', '--quiet')).toMatchObject({ code: 0, stdout: '' });

        expect(run('goals', '--baseline', 'okr-baseline.json', '--update-baseline').code).toBe(0);
        expect(JSON.parse(read('okr-baseline.json')).files['goals/acme.okr']['activity-key-result']).toEqual({ count: 1 });
        write('goals/acme.okr', BASELINE_GOALS);
        expect(json('goals', '--baseline', 'okr-baseline.json').problems.map(p => `${p.line}: ${p.code}`)).toEqual([
            '11: activity-key-result', '11: unit-mismatch', '12: activity-key-result', '12: unit-mismatch',
        ]);
    });

    it('reports the entry of a file that no longer exists on its line of the baseline, and --update-baseline drops it', () => {
        write('goals/team.okr', 'team south "South" in acme { lead "Ann" }\nokrs south 2026-Q4 {\n  objective south_grow "Grow revenue" { kr "Raise revenue" from 1 to 2 }\n}\n');
        expect(run('goals', '--baseline', 'okr-baseline.json', '--update-baseline').code).toBe(0);
        fs.rmSync(path.join(dir, 'goals/team.okr'));
        const { code, problems } = json('goals', '--baseline', 'okr-baseline.json');
        expect(code).toBe(0);
        const line = read('okr-baseline.json').split('\n').findIndex(text => text.includes('"goals/team.okr"')) + 1;
        expect(problems).toEqual([expect.objectContaining({ code: 'stale-baseline', path: 'okr-baseline.json', line })]);
        expect(run('goals', '--baseline', 'okr-baseline.json', '--update-baseline').code).toBe(0);
        expect(Object.keys(JSON.parse(read('okr-baseline.json')).files)).toEqual(['goals/acme.okr']);
    });

    it('keeps the entries of files this run did not check', () => {
        write('other/acme.okr', BASELINE_GOALS);
        expect(run('goals', 'other', '--baseline', 'okr-baseline.json', '--update-baseline').code).toBe(0);
        write('goals/acme.okr', `// moved\n${BASELINE_GOALS}`);
        expect(run('goals', '--baseline', 'okr-baseline.json', '--update-baseline').code).toBe(0);
        expect(Object.keys(JSON.parse(read('okr-baseline.json')).files)).toEqual(['goals/acme.okr', 'other/acme.okr']);
    });
});

describe('"baseline" in okr.config.json', () => {
    it('applies without --baseline, and --update-baseline writes the file it names (relative to the configuration)', () => {
        write('goals/okr.config.json', JSON.stringify({ baseline: '../okr-baseline.json' }));
        expect(run('goals').code).toBe(2); // named but not recorded yet
        expect(run('goals', '--update-baseline')).toMatchObject({ code: 0, stdout: '', stderr: 'okr: wrote baseline okr-baseline.json.\n' });
        expect(Object.keys(JSON.parse(read('okr-baseline.json')).files)).toEqual(['goals/acme.okr']);
        expect(run('goals')).toMatchObject({ code: 0, stdout: '' });
    });

    it('must be a path', () => {
        write('goals/okr.config.json', JSON.stringify({ baseline: 5 }));
        const result = run('goals');
        expect(result.code).toBe(2);
        expect(expectOneLineError(result)).toContain('"baseline" must be the path of a baseline file');
    });
});

describe('a baseline that cannot be used is one line, exit 2, and is never overwritten', () => {
    it.each([
        ['a missing file', undefined, 'no such file'],
        ['not JSON', '{ "version": 1, ', 'is not valid JSON'],
        ['another version', JSON.stringify({ version: 2, files: {} }), 'has version 2; this okr reads version 1'],
        ['no version', JSON.stringify({ files: {} }), 'has version none'],
        ['a count that is not a whole number', JSON.stringify({ version: 1, files: { 'goals/acme.okr': { 'missing-owner': { count: 1.5 } } } }), 'count must be a whole number'],
        ['an array', '[]', 'is not an okr baseline'],
        ['a folder', '<folder>', 'is not a regular file'],
    ])('%s', (_name, text, said) => {
        if (text === '<folder>') fs.mkdirSync(path.join(dir, 'okr-baseline.json'));
        else if (text !== undefined) write('okr-baseline.json', text);
        const result = run('goals', '--baseline', 'okr-baseline.json');
        expect(result.code).toBe(2);
        expect(expectOneLineError(result)).toContain(said);
        expect(expectOneLineError(result)).toContain('okr-baseline.json');
        if (text === undefined || text === '<folder>') return;
        const update = run('goals', '--baseline', 'okr-baseline.json', '--update-baseline');
        expect(update.code).toBe(2);
        expect(read('okr-baseline.json')).toBe(text);
    });

    it('--update-baseline without a baseline file to write', () => {
        const result = run('goals', '--update-baseline');
        expect(result.code).toBe(2);
        expect(expectOneLineError(result)).toContain('--update-baseline needs a baseline file');
    });

    it('--update-baseline into a folder that does not exist', () => {
        const result = run('goals', '--baseline', 'no/such/dir/okr-baseline.json', '--update-baseline');
        expect(result.code).toBe(2);
        expect(expectOneLineError(result)).toContain('cannot write baseline no/such/dir/okr-baseline.json');
    });
});
