/**
 * `okr diff`'s outputs as a black box, on two folders (copies of the examples): the text for a
 * terminal (colour only on one), the Markdown of a pull-request comment (flags first, under
 * GitHub's 65,536 characters), `--fail-on-flags`, and hostile titles, notes and file names,
 * which must stay text in both: no control character reaches the terminal, no line of a CI log
 * starts with a user string, no Markdown or HTML of a title renders.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSI, ensureCliBuilt, okr, okrInTerminal, REPO, tempDir } from './run-okr.js';

const require = createRequire(import.meta.url);
const MarkdownIt = require('markdown-it') as new (options: Record<string, unknown>) => { render(text: string): string };
/** GitHub's renderer: tables, raw HTML passed through (then sanitized by GitHub, too late for `onerror` text), autolinks. */
const github = new MarkdownIt({ html: true, linkify: true });

const TODAY = '2026-11-20';
const ESC = '\u001b';
/** A title that tries every way out of its place: terminal sequences, line breaks by escape, workflow commands, HTML, Markdown, mentions, table cells. */
const HOSTILE = `${ESC}[2J${ESC}]0;pwned${ESC}\\\\ \\n::error::forged \\r\\b <img src=x onerror=alert(1)> **bold** [link](https://evil.example) @octocat | cell \u202eabc`;
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

let root: string;
let base: string;
let head: string;

/** A copy of examples/acme with some files edited. */
function copy(name: string, edits: Record<string, (text: string) => string> = {}): string {
    const dir = path.join(root, name);
    fs.cpSync(path.join(REPO, 'examples/acme'), dir, { recursive: true });
    for (const [file, edit] of Object.entries(edits)) {
        const full = path.join(dir, file);
        fs.writeFileSync(full, edit(fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : ''));
    }
    return dir;
}

const diff = (...args: string[]) => okr(['diff', ...args, '--today', TODAY], { cwd: root });

beforeAll(async () => {
    await ensureCliBuilt();
    root = tempDir('okr-diff-formats-');
    base = copy('base');
    head = copy('head', {
        'product-2026-Q4.okr': text => text.replace('from 53% to 75%', 'from 53% to 70%').replace('checkin 2026-11-18 = 4 "Bulk importer in beta"', 'checkin 2026-11-18 = 4 "Bulk importer in beta"\n      checkin 2026-11-20 = 3'),
    });
    copy('hostile', {
        'product-2026-Q4.okr': text => text
            .replace('"Make the first week of every enterprise account effortless"', `"Make it effortless ${HOSTILE}"`)
            .replace('checkin 2026-11-18 = 64% confidence 0.7', `checkin 2026-11-18 = 64% confidence 0.7 "note ${HOSTILE}"`),
        [`evil\n::error::${'x'}.okr`]: () => `okrs product 2026-Q4 {\n  objective q4_evil "Win ${HOSTILE}" {\n    owner "Eve ${HOSTILE}"\n    kr q4_evil_kr "Raise ${HOSTILE}" from 1 to 2\n  }\n}\n`,
    });
}, 180_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('okr diff (text)', () => {
    it('says what it compared, the counts, the flags with their reasons first, then each changed element', () => {
        const result = diff('base', 'head');
        expect(result.code).toBe(0);
        expect(result.stderr).toBe('');
        const lines = result.stdout.split('\n');
        expect(lines.slice(0, 2)).toEqual([
            `okr diff: base → head, judged on ${TODAY}`,
            '1 flag · 0 added · 0 removed · 3 changed · 0 problems introduced · 0 resolved',
        ]);
        const flags = lines.indexOf("Needs a reviewer's eye");
        const changes = lines.indexOf('Changes');
        expect(flags).toBeGreaterThan(0);
        expect(changes).toBeGreaterThan(flags);
        expect(lines[flags + 1]).toMatch(/^ {2}⚑ target-eased {2}key result q4_self_setup "Raise new accounts that finish setup without a support ticket" {2}product-2026-Q4\.okr:8$/);
        expect(lines[flags + 2]).toBe('      Target lowered from 75% to 70% during its cycle 2026-Q4 (2026-10-01 to 2026-12-31): the key result was made easier to reach.');
        const body = lines.slice(changes).join('\n');
        expect(body).toContain('  ~ key result q4_self_setup "Raise new accounts that finish setup without a support ticket"  product 2026-Q4  product-2026-Q4.okr:8\n      measure: from 53% to 75% → from 53% to 70%\n      progress: 50% → 65%');
        expect(body).toContain('      check-in added: 2026-11-20 = 3\n      progress: 50% → 75%');
    });

    it('says so when nothing changed', () => {
        const result = diff('base', 'base');
        expect(result.stdout).toBe(`okr diff: base → base, judged on ${TODAY}\n0 flags · 0 added · 0 removed · 0 changed · 0 problems introduced · 0 resolved\n\nNo change to the objectives, key results and KPIs.\n`);
    });

    it('uses colour only on a terminal, and never with NO_COLOR', () => {
        const args = ['diff', base, head, '--today', TODAY];
        expect(okrInTerminal(args, {})).toMatch(ANSI);
        expect(okrInTerminal(args, { NO_COLOR: '1' })).not.toMatch(ANSI);
        expect(diff('base', 'head').stdout).not.toMatch(ANSI);
    });

    it('shows hostile titles, notes and file names with their control characters visible, each on its own line', () => {
        const { stdout, code } = diff('base', 'hostile');
        expect(code).toBe(0);
        const raw = RAW_CONTROL.exec(stdout);
        expect(raw, `raw U+${raw?.[0].charCodeAt(0).toString(16)} in ${JSON.stringify(stdout.slice((raw?.index ?? 0) - 40, (raw?.index ?? 0) + 40))}`).toBeNull();
        expect(stdout.split('\n').find(line => /^\s*::/.test(line))).toBeUndefined();
        expect(stdout).toContain('\\x1b[2J\\x1b]0;pwned');
        expect(stdout).toContain('evil\\n::error::x.okr');
        expect(stdout).toMatch(/title: "Make the first week of every enterprise account effortless" → "Make it effortless \\x1b\[2J/);
        expect(stdout).toContain('\\u202eabc');
    });
});

describe('okr diff --format markdown', () => {
    it('gives the counts, the flags first, then the changes', () => {
        const { stdout, code } = diff('base', 'head', '--format', 'markdown');
        expect(code).toBe(0);
        expect(stdout.startsWith(`## okr diff\n\nbase → head, judged on ${TODAY}\n\n⚠️ **1 flag** · 0 added · 0 removed · 3 changed · 0 problems introduced · 0 resolved\n`)).toBe(true);
        expect(stdout.indexOf("### Needs a reviewer's eye")).toBeLessThan(stdout.indexOf('### Changes'));
        expect(stdout).toContain('| ⚠️ target\\-eased | key result q4\\_self\\_setup: Raise new accounts that finish setup without a support ticket | Target lowered from 75\\% to 70\\%');
        const html = github.render(stdout);
        expect(html).toContain('<td>from 53% to 75%</td>\n<td>from 53% to 70%</td>');
    });

    it('renders hostile titles, notes and file names as text: no HTML, emphasis, links, mentions or extra cells', () => {
        const { stdout } = diff('base', 'hostile', '--format', 'markdown');
        const html = github.render(stdout);
        // Past okr's own headline (its counts in bold), nothing but tables of text.
        expect(html.slice(html.indexOf('<table>'))).not.toMatch(/<(img|script|strong|em|a|b|i)\b/);
        expect(html.slice(0, html.indexOf('<table>')).match(/<strong>/g)).toEqual(['<strong>']);
        expect(html).not.toContain('@octocat');
        expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; **bold** [link](https://evil.example) @\u2060octocat | cell');
        for (const table of html.split('<table>').slice(1)) {
            const rows = table.split('</table>')[0].split('<tr>').slice(1);
            const cells = rows.map(row => (row.match(/<t[hd]\b/g) ?? []).length);
            expect(new Set(cells).size, table).toBe(1);
        }
        expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
        expect(html).toContain('\\x1b[2J');
        expect(html).toContain('evil\\n::error::x.okr');
    });

    it('stays under the 65,536 characters of a GitHub comment, flags first and complete, and says what it left out', () => {
        const many = Array.from({ length: 3000 }, (_, i) =>
            `  objective big_${i} "Grow the enterprise segment in region ${i} with a title long enough to fill a comment quickly, ${'word '.repeat(12)}" {\n    owner "Ann"\n    kr big_kr_${i} "Raise revenue ${i}" from 1 to 2\n  }`).join('\n');
        copy('big', {
            'product-2026-Q4.okr': text => text.replace('from 53% to 75%', 'from 53% to 70%'),
            'big.okr': () => `okrs product 2027-Q1 {\n${many}\n}\n`,
        });
        const { stdout, code } = diff('base', 'big', '--format', 'markdown');
        expect(code).toBe(0);
        expect(stdout.length).toBeLessThanOrEqual(65_536);
        expect(stdout).toContain('| ⚠️ target\\-eased |');
        expect(stdout).toMatch(/\n_\d+ more rows are not shown: a GitHub comment holds at most 65,536 characters\. `okr diff --format json` lists them all\._\n/);
        expect(stdout).toContain('⚠️ **1 flag** · 6000 added');
    });
});

describe('okr diff --fail-on-flags', () => {
    it.each([
        ['a flagged change exits 1', 'head', 1],
        ['no flagged change exits 0', 'base', 0],
    ])('%s', (_name, side, code) => {
        expect(diff('base', side as string, '--fail-on-flags', '--format', 'json').code).toBe(code);
        expect(diff('base', side as string).code).toBe(0);
    });
});
