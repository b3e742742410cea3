/**
 * Input that used to give wrong output rather than a crash: parse errors silenced by the
 * configuration, numbers beyond double range scored as NaN, units that differ between the two
 * ends of a measure, titles cut inside a character, and duplicate IDs listed as "line 2, line 2".
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, expectOneLineError, okr, tempDir } from '../cli/run-okr.js';

let root: string;
let counter = 0;
beforeAll(async () => {
    await ensureCliBuilt();
    root = tempDir('okr-hostile-output-');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function workspace(files: Record<string, string>): string {
    const dir = path.join(root, `ws${counter++}`);
    fs.mkdirSync(dir);
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return dir;
}

const codesOf = (stdout: string) => JSON.parse(stdout).files.flatMap((file: { diagnostics: Array<{ code: string }> }) => file.diagnostics.map(d => d.code));

describe('parse errors cannot be silenced', () => {
    it('"syntax": "off" is a configuration problem, not a clean run', () => {
        const dir = workspace({ 'okr.config.json': '{ "rules": { "syntax": "off" } }', 'goals.okr': 'company acme "Acme" {\n' });
        const result = okr(['check', '.'], { cwd: dir });
        expect(result.code).toBe(2);
        expect(expectOneLineError(result)).toMatch(/rule "syntax" cannot be configured/);
    });

    it('a suppression comment does not hide them either', () => {
        const dir = workspace({ 'goals.okr': '// okr-disable\ncompany acme "Acme" {\n' });
        const result = okr(['check', '.', '--format', 'json'], { cwd: dir });
        expect(result.code).toBe(1);
        expect(codesOf(result.stdout)).toContain('syntax');
    });

    it.each([
        ['a negative weight', 'kr "Raise revenue" { from 1 to 2 weight -1 }', 'invalid-weight'],
        ['a confidence above 1', 'kr "Raise revenue" { from 1 to 2 checkin 2026-11-01 = 1.5 confidence 2 }', 'invalid-confidence'],
        ['a date that is not on the calendar', 'kr "Raise revenue" { from 1 to 2 checkin 2026-02-30 = 1.5 }', 'invalid-date'],
    ])('%s has its own code, which can be silenced where it is deliberate', (_name, kr, code) => {
        const text = `company acme "Acme" { lead "Dana" }\nokrs acme 2026-Q4 {\n  objective grow "Grow" { owner "Dana"\n    ${kr}\n  }\n}\n`;
        const found = okr(['check', '.', '--format', 'json', '--today', '2026-11-10'], { cwd: workspace({ 'goals.okr': text }) });
        expect(codesOf(found.stdout)).toContain(code);
        expect(codesOf(found.stdout)).not.toContain('syntax');
        const silenced = okr(['check', '.', '--format', 'json', '--today', '2026-11-10'], { cwd: workspace({ 'goals.okr': text.replace(`    ${kr}`, `    // okr-disable-next-line ${code} -- reviewed\n    ${kr}`) }) });
        expect(codesOf(silenced.stdout)).not.toContain(code);
    });
});

describe('numbers the language cannot compute with', () => {
    const huge = '9'.repeat(400);
    const text = `company acme "Acme" { lead "Dana" }
okrs acme 2026-Q4 {
  objective grow "Grow the business" {
    owner "Dana"
    kr "Raise revenue" { from 0 to ${huge} checkin 2026-11-01 = 5 }
    kr "Raise bookings" { from 0 to 1e309 checkin 2026-11-01 = 5 }
  }
}
`;

    it('are reported, never scored as NaN', () => {
        const dir = workspace({ 'goals.okr': text });
        const check = okr(['check', '.', '--format', 'json', '--today', '2026-11-10'], { cwd: dir });
        expect(check.code).toBe(1);
        expect(codesOf(check.stdout).filter((code: string) => code === 'invalid-number')).toHaveLength(2);
        const score = JSON.parse(okr(['score', '.', '--format', 'json', '--today', '2026-11-10'], { cwd: dir }).stdout).objectives[0];
        expect(score.score).toEqual(expect.any(Number));
        expect(Number.isFinite(score.score)).toBe(true);
        const table = okr(['score', '.', '--today', '2026-11-10'], { cwd: dir }).stdout;
        expect(table).not.toMatch(/NaN|Infinity/);
    });
});

describe('the two ends of a measure in different units', () => {
    it.each([
        ['from 5% to $6', 'from 5% to $6'],
        ['from 10 days to 5 weeks', 'from 10 days to 5 weeks'],
    ])('%s is a unit-mismatch', (_name, measure) => {
        const text = `company acme "Acme" { lead "Dana" }\nokrs acme 2026-Q4 {\n  objective grow "Grow" { owner "Dana" kr "Cut setup time" ${measure} }\n}\n`;
        const result = okr(['check', '.', '--format', 'json', '--today', '2026-11-10'], { cwd: workspace({ 'goals.okr': text }) });
        expect(codesOf(result.stdout)).toContain('unit-mismatch');
    });
});

describe('smaller', () => {
    it('the score table never cuts a character in two', () => {
        const title = `${'a'.repeat(48)}😀😀😀😀😀😀😀😀😀😀 ünïcödé`;
        const text = `company acme "Acme" { lead "Dana" }\nokrs acme 2026-Q4 {\n  objective grow "${title}" { owner "Dana" kr "${title}" from 1 to 2 }\n}\n`;
        const table = okr(['score', '.', '--today', '2026-11-10'], { cwd: workspace({ 'goals.okr': text }) }).stdout;
        expect(table).not.toContain('\ufffd');
        expect(table).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        expect(table).toContain('😀…');
    });

    it('duplicate IDs on one line are named once', () => {
        const text = `company acme "Acme" { lead "Dana" }\nokrs acme 2026-Q4 {\n  objective same "A" { owner "D" kr "Raise a" from 1 to 2 } objective same "B" { owner "D" kr "Raise b" from 1 to 2 } objective same "C" { owner "D" kr "Raise c" from 1 to 2 }\n}\n`;
        const result = okr(['check', '.', '--format', 'json', '--today', '2026-11-10'], { cwd: workspace({ 'goals.okr': text }) });
        const messages = JSON.parse(result.stdout).files[0].diagnostics.filter((d: { code: string }) => d.code === 'duplicate-id').map((d: { message: string }) => d.message);
        expect(messages).toHaveLength(3);
        for (const message of messages) expect(message).toMatch(/is also used 2 more times, at line 3\. /);
    });
});
