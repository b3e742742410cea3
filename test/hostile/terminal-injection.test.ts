/**
 * A goals file committed by somebody else may hold raw control bytes, and its `\n`, `\r`, `\b`
 * and `\0` escapes become real control characters. No human-readable output of `okr` may pass
 * them to a terminal (clear screen, window title, overwriting a line) or let a user string
 * start a line of a CI log, where GitHub Actions would run `::error::` or `::add-mask::`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, okr, tempDir } from '../cli/run-okr.js';

const ESC = '\u001b';
/** Every way a title, owner or name can try to break out of its line. */
const HOSTILE = [
    `${ESC}]0;pwned${ESC}\\`,                  // window title (OSC)
    `${ESC}[2J${ESC}[H`,                        // clear screen, cursor home
    '\\r::error file=x.okr::forged\\r',         // carriage returns, by escape
    '\\n::add-mask::secret\\n::error::forged',  // new lines, by escape
    '\\b\\b\\b\\0',                               // backspaces, NUL
    '\u009b31m',                                // C1 control sequence introducer
    'abc\u202edcba',                            // right-to-left override
    '\u2028::warning::separated',               // line separator
].join(' ');

const GOALS = `company acme "Acme ${HOSTILE}" { lead "Dana ${HOSTILE}" }
team core "Core ${HOSTILE}" in acme
okrs core 2026-Q4 {
  objective grow "Grow ${HOSTILE}" {
    owner "Kim ${HOSTILE}"
    kr "Launch the deck ${HOSTILE}"
    kr "Raise activation ${HOSTILE}" { from 1 to 2 checkin 2026-11-01 = 1.5 "note ${HOSTILE}" }
  }
}
kpis core {
  kpi nps "NPS ${HOSTILE}" { owner "Kim ${HOSTILE}" expected 30..60 cadence weekly reading 2026-11-01 = 10 }
}
`;

/** What a terminal or a CI runner would act on: control characters other than the line feed that ends our own lines. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

let dir: string;
let file: string;

beforeAll(async () => {
    await ensureCliBuilt();
    dir = tempDir('okr-hostile-text-');
    file = path.join(dir, 'goals.okr');
    fs.writeFileSync(file, GOALS);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function expectInert(output: string, what: string): void {
    expect(output.length, `${what} printed nothing`).toBeGreaterThan(0);
    const raw = RAW_CONTROL.exec(output);
    expect(raw, `${what} passed U+${raw?.[0].charCodeAt(0).toString(16).padStart(4, '0')} through: ${JSON.stringify(output.slice(Math.max(0, (raw?.index ?? 0) - 40), (raw?.index ?? 0) + 40))}`).toBeNull();
    const forged = output.split('\n').find(line => /^\s*::/.test(line));
    expect(forged, `${what}: a user string starts a workflow command line`).toBeUndefined();
}

describe('human-readable output shows control characters as escapes', () => {
    it.each([
        ['okr check (stylish)', ['check', 'goals.okr', '--today', '2026-11-10']],
        ['okr score (table)', ['score', 'goals.okr', '--today', '2026-11-10']],
        ['okr tree (text)', ['tree', 'goals.okr', '--today', '2026-11-10']],
        ['okr tree (mermaid)', ['tree', 'goals.okr', '--today', '2026-11-10', '--format', 'mermaid']],
        ['okr report (markdown)', ['report', 'goals.okr', '--today', '2026-11-10', '--since', '2026-10-01']],
        ['okr report (html)', ['report', 'goals.okr', '--today', '2026-11-10', '--since', '2026-10-01', '--format', 'html']],
    ])('%s', (what, args) => {
        const result = okr(args, { cwd: dir });
        expect(result.stderr).not.toMatch(/internal error/);
        expectInert(result.stdout, what);
        // The characters are still there for a reader to see (Mermaid writes the backslash as #92;).
        expect(result.stdout).toMatch(/(\\|#92;)x1b/);
        expect(result.stdout).toMatch(/(\\|#92;)[nr]/);
    });

    it('titles, owners and unit names alike in the tree (no field is passed through raw)', () => {
        const text = okr(['tree', 'goals.okr', '--today', '2026-11-10'], { cwd: dir }).stdout;
        expect(text).toMatch(/Core \\x1b\]0;pwned/);
        expect(text).toMatch(/Kim \\x1b\]0;pwned/);
    });

    it('GitHub annotations: one line per problem, every line our own command', () => {
        const result = okr(['check', 'goals.okr', '--today', '2026-11-10', '--format', 'github'], { cwd: dir });
        const lines = result.stdout.trimEnd().split('\n');
        expect(lines.length).toBeGreaterThan(3);
        for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=goals\.okr,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::[^\n]*$/);
        expect(result.stdout).not.toMatch(RAW_CONTROL);
    });

    it('JSON stays JSON and carries the text exactly, with nothing raw a terminal would run', () => {
        for (const args of [['check', '--format', 'json'], ['score', '--format', 'json'], ['tree', '--format', 'json'], ['check', '--format', 'sarif']]) {
            const result = okr([...args, 'goals.okr', '--today', '2026-11-10'], { cwd: dir });
            expect(result.stdout).not.toMatch(RAW_CONTROL);
            expect(() => JSON.parse(result.stdout)).not.toThrow();
        }
        const score = JSON.parse(okr(['score', 'goals.okr', '--format', 'json', '--today', '2026-11-10'], { cwd: dir }).stdout);
        expect(score.objectives[0].title).toContain(`${ESC}[2J`);
        expect(score.objectives[0].title).toContain('\n::add-mask::secret');
    });

    it('okr checkin: a note with line breaks and workflow commands is written as escapes and printed inert; so is a refused value', () => {
        const root = path.join(dir, 'checkin');
        fs.mkdirSync(root);
        fs.writeFileSync(path.join(root, 'goals.okr'), 'team t "T"\nokrs t 2026-Q4 {\n  objective o "O" {\n    kr k "K" from 1 to 10\n  }\n}\n');
        const note = 'fine\n::error file=x.okr::forged\r\n::add-mask::secret\t\b';
        const written = okr(['checkin', 'k', '5', '--note', note, '--today', '2026-11-10'], { cwd: root });
        expect(written.code, written.stderr).toBe(0);
        expectInert(written.stdout, 'okr checkin');
        expect(written.stdout).toContain('"fine\\n::error file=x.okr::forged\\r\\n::add-mask::secret\\t\\b"');
        expect(fs.readFileSync(path.join(root, 'goals.okr'), 'utf8').split('\n')).toHaveLength(9);

        for (const args of [['k', `5${ESC}[2J\n::error::forged`], ['k', '5', '--note', `abc\u202edcba`]]) {
            const refused = okr(['checkin', ...args, '--today', '2026-11-10'], { cwd: root });
            expect(refused.code).toBe(2);
            expect(refused.stderr.trimEnd().split('\n')).toHaveLength(1);
            expectInert(refused.stderr, 'an okr checkin refusal');
            expect(refused.stderr).toMatch(/\\x1b|\\u202e/);
        }
    });

    it('an error about a file name with control characters stays on one inert line', () => {
        const name = `missing${ESC}[2J\n::error::x.okr`;
        const result = okr(['check', name], { cwd: dir });
        expect(result.code).toBe(2);
        expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(result.stderr).not.toMatch(RAW_CONTROL);
        expect(result.stderr).toContain('\\x1b');
    });
});
