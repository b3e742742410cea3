/**
 * `okr checkin` as a black box: round trips on copies of the examples (every key result with an
 * ID gets a check-in; each edited file parses, `okr fmt --check` passes, and every line outside
 * the inserted ones is byte-identical), what it prints, each refusal (exit 2, one line on stderr,
 * nothing written), line endings, one-line key results, notes and confidences as users type them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AstUtils, EmptyFileSystem, URI } from 'langium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOkrServices, isKeyResult, isMilestoneMeasure } from 'okr-language';
import { ensureCliBuilt, expectOneLineError, okr, REPO, tempDir, type OkrResult } from './run-okr.js';

const TODAY = '2026-11-20';
let dir: string;

beforeAll(async () => {
    await ensureCliBuilt();
    dir = tempDir('okr-checkin-');
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A folder of goals files under the test's temporary folder. */
function workspace(name: string, files: Record<string, string>): string {
    const root = path.join(dir, name);
    fs.mkdirSync(root, { recursive: true });
    for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(root, file), text);
    return root;
}

const checkin = (cwd: string, ...args: string[]) => okr(['checkin', ...args, '--today', TODAY], { cwd });

/** Every file of a folder, byte for byte. */
function snapshot(root: string): Record<string, string> {
    return Object.fromEntries(fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()
        .filter(file => fs.statSync(path.join(root, file)).isFile())
        .map(file => [file, fs.readFileSync(path.join(root, file), 'latin1')]));
}

/**
 * The lines of `after` that are not lines of `before`, which must be one block (the same lines
 * before and after it); the key result's own line may only gain ` {` (a one-line key result
 * becoming a block), before its trailing comment.
 */
function insertedLines(before: string, after: string): string[] {
    const [b, a] = [before.split('\n'), after.split('\n')];
    let top = 0;
    while (top < b.length && b[top] === a[top]) top++;
    let bottom = 0;
    while (bottom < b.length - top && b[b.length - 1 - bottom] === a[a.length - 1 - bottom]) bottom++;
    const removed = b.slice(top, b.length - bottom);
    const added = a.slice(top, a.length - bottom);
    if (removed.length === 1) {
        // `kr x "X" to 5   // why` → `kr x "X" to 5 {   // why`
        const [, head, comment = ''] = /^(.*?)(\s*\/\/.*)?$/.exec(removed[0])!;
        expect(added[0]).toBe(`${head} {${comment}`);
        return added.slice(1);
    }
    expect(removed).toEqual([]);
    return added;
}

/** The key results with an ID of a folder, and a value each fits (a bare number takes the measure's unit). */
async function keyResultsOf(root: string): Promise<Array<{ id: string; value: string }>> {
    const { Okr } = createOkrServices(EmptyFileSystem);
    const files = fs.readdirSync(root).filter(file => file.endsWith('.okr'));
    const documents = files.map(file => Okr.shared.workspace.LangiumDocuments.createDocument(URI.file(path.join(root, file)), fs.readFileSync(path.join(root, file), 'utf8')));
    return documents.flatMap(document => AstUtils.streamAst(document.parseResult.value).filter(isKeyResult).toArray())
        .filter(kr => kr.name)
        .map(kr => ({ id: kr.name!, value: isMilestoneMeasure(kr.measure) ? 'done' : '7' }));
}

function expectRefused(result: OkrResult, root: string, before: Record<string, string>, message: RegExp): void {
    expect(result.code, result.stderr).toBe(2);
    expect(expectOneLineError(result)).toMatch(message);
    expect(result.stdout).toBe('');
    expect(snapshot(root)).toEqual(before);
}

describe('okr checkin on copies of the examples', () => {
    it.each(['acme', 'startup'])('checks in on every key result of examples/%s: each file parses, stays formatted, and only gains the check-in', async example => {
        const root = path.join(dir, `example-${example}`);
        fs.cpSync(path.join(REPO, 'examples', example), root, { recursive: true });
        const keyResults = await keyResultsOf(root);
        expect(keyResults.length).toBeGreaterThan(5);
        for (const { id, value } of keyResults) {
            // Each run blocks the worker (spawnSync): let it answer vitest between runs.
            await new Promise(resolve => setImmediate(resolve));
            const before = snapshot(root);
            const result = checkin(root, id, value, '--confidence', '0.6', '--note', `Weekly review of ${id}`);
            expect(result.code, `${id}: ${result.stderr}`).toBe(0);
            const [, file, line] = /^Checked in \S+ at (\S+):(\d+)\n/.exec(result.stdout) ?? [];
            const after = snapshot(root);
            const changed = Object.keys(after).filter(name => after[name] !== before[name]);
            expect(changed, id).toEqual([file]);
            const expectedLine = `checkin ${TODAY} = ${value} confidence 0.6 "Weekly review of ${id}"`;
            // A key result written on one line (no `{`) becomes a block: the check-in and a closing brace.
            const oneLine = !before[file].split('\n').find(text => text.trimStart().startsWith(`kr ${id} `))!.includes('{');
            expect(insertedLines(before[file], after[file]).map(text => text.trim()), id).toEqual(oneLine ? [expectedLine, '}'] : [expectedLine]);
            expect(after[file].split('\n')[Number(line) - 1].trim()).toBe(expectedLine);
        }
        expect(okr(['fmt', '--check', '.'], { cwd: root })).toMatchObject({ code: 0, stdout: '' });
        const check = JSON.parse(okr(['check', '.', '--format', 'json', '--today', TODAY], { cwd: root }).stdout);
        const codes = check.files.flatMap((file: { diagnostics: Array<{ code: string }> }) => file.diagnostics.map(d => d.code));
        expect(codes).not.toContain('syntax');
    }, 240_000); // one okr run per key result, one after the other

    it("prints the key result's new progress and the objective's new score and status, as okr score then reports them", () => {
        const root = path.join(dir, 'printed');
        fs.cpSync(path.join(REPO, 'examples/acme'), root, { recursive: true });
        const result = checkin(root, 'q4_onboarding_ttfv', '12', 'days');
        expect(result).toMatchObject({ code: 0, stderr: '' });
        expect(result.stdout).toBe([
            'Checked in q4_onboarding_ttfv at onboarding-2026-Q4.okr:13',
            `  checkin ${TODAY} = 12 days`,
            'Key result q4_onboarding_ttfv: progress 78% (was 44%), 12 days → 10 days',
            'Objective q4_effortless_setup: score 0.4 (41%, was 29%) · yellow (was red) · on track (was at risk)',
            '',
        ].join('\n'));
        const score = JSON.parse(okr(['score', '.', '--format', 'json', '--today', TODAY], { cwd: root }).stdout);
        const objective = score.objectives.find((o: { id: string }) => o.id === 'q4_effortless_setup');
        expect(objective).toMatchObject({ grade: 'yellow', status: 'on-track' });
        expect(Math.round(objective.score * 100)).toBe(41);
        expect(Math.round(objective.keyResults.find((kr: { id: string }) => kr.id === 'q4_onboarding_ttfv').progress * 100)).toBe(78);
    });

    it('finds the key result in the workspace of the current folder, as okr check does: from a folder below the root, in a file beside it', () => {
        const root = path.join(dir, 'below');
        fs.cpSync(path.join(REPO, 'examples/acme'), root, { recursive: true });
        fs.mkdirSync(path.join(root, 'security'));
        fs.renameSync(path.join(root, 'security-soc2.okr'), path.join(root, 'security', 'security-soc2.okr'));
        const result = checkin(path.join(root, 'security'), 'q4_week_one_activation', '50%');
        expect(result.code, result.stderr).toBe(0);
        expect(result.stdout).toMatch(/^Checked in q4_week_one_activation at \.\.[/\\]onboarding-2026-Q4\.okr:20\n/);
        expect(fs.readFileSync(path.join(root, 'onboarding-2026-Q4.okr'), 'utf8')).toContain(`      checkin ${TODAY} = 50%\n`);
    });
});

const GOALS = `team t "T"
okrs t 2026-Q4 {
  objective o "O" {
    kr ttv "Cut time-to-value" from 21 to 10 days   // the board asked for this
    kr act "Raise activation" {
      from 35% to 60%
      checkin 2026-11-04 = 41%
    }
    kr ship "Ship the partner portal" milestone
    kr "Launch the onboarding deck"
  }
}
`;

describe('okr checkin', () => {
    it('keeps CRLF line endings and the byte-order mark', () => {
        const root = workspace('crlf', { 'goals.okr': `\uFEFF${GOALS.replace(/\n/g, '\r\n')}` });
        const result = checkin(root, 'act', '44%');
        expect(result.code, result.stderr).toBe(0);
        const text = fs.readFileSync(path.join(root, 'goals.okr'), 'utf8');
        expect(text.startsWith('\uFEFF')).toBe(true);
        expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        expect(text).toContain(`      checkin 2026-11-04 = 41%\r\n      checkin ${TODAY} = 44%\r\n    }\r\n`);
        expect(okr(['fmt', '--check', '.'], { cwd: root }).code).toBe(0);
    });

    it('turns a key result written on one line into a block, keeping its trailing comment on its line', () => {
        const root = workspace('one-line', { 'goals.okr': GOALS });
        expect(checkin(root, 'ttv', '15', '--note', 'Wizard beta').code).toBe(0);
        const text = fs.readFileSync(path.join(root, 'goals.okr'), 'utf8');
        expect(insertedLines(GOALS, text)).toEqual([`      checkin ${TODAY} = 15 "Wizard beta"`, '    }']);
        expect(text).toContain('    kr ttv "Cut time-to-value" from 21 to 10 days {   // the board asked for this\n');
        expect(okr(['fmt', '--check', '.'], { cwd: root }).code).toBe(0);
    });

    it('takes done for a milestone', () => {
        const root = workspace('milestone', { 'goals.okr': GOALS });
        const result = checkin(root, 'ship', 'done');
        expect(result.code, result.stderr).toBe(0);
        expect(result.stdout).toContain('Key result ship: progress 100% (was 0%), done');
    });

    it.each([
        ['quotes and backslashes', 'He said "ship it" \\o/', '"He said \\"ship it\\" \\\\o/"'],
        ['line breaks and tabs', 'first line\nsecond\tline\r\nthird', '"first line\\nsecond\\tline\\r\\nthird"'],
        ['text that looks like .okr', '" confidence 1 } kr x "y', '"\\" confidence 1 } kr x \\"y"'],
    ])('writes a note with %s as a string literal that reads back exactly', (_what, note, literal) => {
        const root = workspace(`note-${_what.replace(/\W+/g, '-')}`, { 'goals.okr': GOALS });
        const result = checkin(root, 'act', '45%', '--note', note);
        expect(result.code, result.stderr).toBe(0);
        const text = fs.readFileSync(path.join(root, 'goals.okr'), 'utf8');
        expect(insertedLines(GOALS, text)).toEqual([`      checkin ${TODAY} = 45% ${literal}`]);
        expect(result.stdout).toContain(`  checkin ${TODAY} = 45% ${literal}\n`);
        const { Okr } = createOkrServices(EmptyFileSystem);
        const parsed = Okr.parser.LangiumParser.parse(text);
        expect(parsed.parserErrors).toEqual([]);
        const act = AstUtils.streamAst(parsed.value).filter(isKeyResult).find(kr => kr.name === 'act')!;
        expect(act.checkins.at(-1)!.note).toBe(note);
    });

    it.each([['0.6', '0.6'], ['60%', '0.6'], ['1', '1'], ['0', '0'], ['33.3%', '0.333']])('takes the confidence %s (written as %s)', (confidence, written) => {
        const root = workspace(`confidence-${confidence.replace(/\W/g, '_')}`, { 'goals.okr': GOALS });
        const result = checkin(root, 'act', '45%', '--confidence', confidence);
        expect(result.code, result.stderr).toBe(0);
        expect(fs.readFileSync(path.join(root, 'goals.okr'), 'utf8')).toContain(`      checkin ${TODAY} = 45% confidence ${written}\n`);
    });

    it('takes a negative value and a value with a unit word, as separate words or one', () => {
        const root = workspace('values', { 'goals.okr': 'team t "T"\nokrs t 2026-Q4 {\n  objective o "O" {\n    kr margin "Lift margin" from -5% to 5%\n    kr days "Cut days" from 21 to 10 days\n  }\n}\n' });
        expect(checkin(root, 'margin', '-1%').code).toBe(0);
        expect(checkin(root, 'days', '14', 'days', '--date', '2026-11-18').code).toBe(0);
        expect(checkin(root, 'days', '13days').code).toBe(0);
        const text = fs.readFileSync(path.join(root, 'goals.okr'), 'utf8');
        expect(text).toContain(`checkin ${TODAY} = -1%\n`);
        expect(text).toContain('checkin 2026-11-18 = 14 days\n');
        expect(text).toContain(`checkin ${TODAY} = 13 days\n`);
    });

    it('warns about a date outside the cycle, and checks in', () => {
        const root = workspace('outside', { 'goals.okr': GOALS });
        const result = checkin(root, 'act', '45%', '--date', '2027-01-04');
        expect(result.code).toBe(0);
        expect(result.stderr).toBe('okr: warning: the check-in dated 2027-01-04 is outside 2026-Q4 (2026-10-01 to 2026-12-31), the cycle of key result "act".\n');
        expect(fs.readFileSync(path.join(root, 'goals.okr'), 'utf8')).toContain('checkin 2027-01-04 = 45%');
    });

    it('uses the date of --today when no --date is given', () => {
        const root = workspace('today', { 'goals.okr': GOALS });
        expect(okr(['checkin', 'act', '45%', '--today', '2026-12-01'], { cwd: root }).code).toBe(0);
        expect(fs.readFileSync(path.join(root, 'goals.okr'), 'utf8')).toContain('checkin 2026-12-01 = 45%');
    });

    it('renders control characters of file names visibly', () => {
        const root = workspace('names', { 'evil\u001b[2J.okr': GOALS });
        const result = checkin(root, 'act', '45%');
        expect(result.code, result.stderr).toBe(0);
        expect(result.stdout).toContain('at evil\\x1b[2J.okr:8');
        expect(result.stdout).not.toContain('\u001b');
    });
});

describe('okr checkin refuses, exits 2 with one line, and writes nothing', () => {
    const BROKEN = `team t "T"
okrs t 2026-Q4 {
  objective o "O" {
    kr k "K" from 1 to 10 {
      checkin 2026-11-01 == 5
    }
  }
}
`;
    it.each([
        ['an unknown ID', ['nope', '5'], /^okr: no key result has the ID "nope" in this workspace\. 1 key result has no ID and cannot be checked in by ID\.$/],
        ['a likely typo', ['acx', '5'], /^okr: no key result has the ID "acx" in this workspace\. Did you mean "act"\?/],
        ['a key result without an ID', ['Launch the onboarding deck', 'done'], /^okr: key result "Launch the onboarding deck" \(goals\.okr:10\) has no ID, so it cannot be checked in by ID/],
        ['an ambiguous ID', ['dup', '5'], /^okr: the ID "dup" names 2 key results \(goals\.okr:11, other\.okr:3\): give each its own ID/],
        ['a value that does not parse', ['act', 'forty'], /^okr: goals\.okr: "forty" is not a value: write a number with an optional unit/],
        ['a value with more than a unit', ['act', '45%', 'confidence', '1'], /^okr: goals\.okr: "45% confidence 1" is not a value/],
        ['a unit that differs from the measure', ['ttv', '2', 'weeks'], /^okr: goals\.okr: 2 weeks is in "weeks", but key result "ttv" is measured in "days"/],
        ['a currency where the measure is in %', ['act', '$5'], /^okr: goals\.okr: \$5 is in "\$", but key result "act" is measured in "%"/],
        ['a confidence above 1', ['act', '45%', '--confidence', '1.5'], /^okr: goals\.okr: confidence 1\.5 is out of range: it is a number from 0\.0 \(no chance\) to 1\.0 \(certain\)\.$/],
        ['a confidence above 100%', ['act', '45%', '--confidence', '150%'], /^okr: goals\.okr: confidence 150% is out of range/],
        ['a confidence written as a percentage without %', ['act', '45%', '--confidence', '60'], /Write `confidence 0\.6` for 60%\.$/],
        ['a negative confidence', ['act', '45%', '--confidence', '-0.1'], /^okr: goals\.okr: confidence -0\.1 is out of range/],
        ['a confidence that is no number', ['act', '45%', '--confidence', 'high'], /^okr: goals\.okr: confidence "high" is not a number/],
        ['done for a key result measured from one value to another', ['ttv', 'done'], /^okr: goals\.okr: key result "ttv" is measured from 21 to 10: check in the value it reached, not done\.$/],
        ['a value for a milestone', ['ship', '1'], /^okr: goals\.okr: key result "ship" is a milestone: it is either reached or not, so check it in as done/],
        ['a date that is not on the calendar', ['act', '45%', '--date', '2026-02-30'], /^okr: goals\.okr: "2026-02-30" is not a date: write it as YYYY-MM-DD/],
        ['a note with an escape sequence', ['act', '45%', '--note', 'red \u001b[31m'], /^okr: goals\.okr: the note contains the control character \\x1b, which a check-in note cannot hold/],
        ['an unknown option', ['act', '45%', '--colour'], /^okr: unknown option '--colour'/],
        ['text near the key result that does not parse', ['k', '5'], /^okr: broken\.okr: the text near key result "k" does not parse \(line 4, column 27: Expected one of done, a number but found "="/],
    ])('%s', (_what, args, message) => {
        const root = workspace(`refuse-${_what.replace(/\W+/g, '-')}`, {
            'goals.okr': GOALS.replace('  }\n}\n', '    kr dup "Once" to 3\n  }\n}\n'),
            'other.okr': 'okrs t 2026-Q4 {\n  objective p "P" {\n    kr dup "Twice" to 3\n  }\n}\n',
            'broken.okr': BROKEN.replace('team t "T"\n', ''),
        });
        const before = snapshot(root);
        expectRefused(checkin(root, ...args), root, before, message);
    });

    it('a folder without goals files', () => {
        const root = workspace('empty', { 'README.md': 'no goals here\n' });
        expectRefused(checkin(root, 'act', '45%'), root, snapshot(root), /^okr: no \.okr files found in the current folder\.$/);
    });

    it('a file over the size limit is not read, and the message says so', () => {
        const big = `${GOALS}${'// padding line for the size limit\n'.repeat(130_000)}`;
        const root = workspace('big', { 'big.okr': big });
        expectRefused(checkin(root, 'act', '45%'), root, snapshot(root), /^okr: no key result has the ID "act" in this workspace\. big\.okr was not read: This file is too large to check \(\d\.\d MB; okr checks files up to 4\.0 MB/);
    });

    it('an invalid okr.config.json', () => {
        const root = workspace('bad-config', { 'goals.okr': GOALS, 'okr.config.json': '{ "rules": { "missing-owner": "loud" } }' });
        expectRefused(checkin(root, 'act', '45%'), root, snapshot(root), /^okr: invalid configuration okr\.config\.json: /);
    });
});
