/**
 * The formats CI systems read: GitLab Code Quality (against the documented field list),
 * SARIF's fingerprints and rule links (against the SARIF 2.1.0 schema), and Markdown for job
 * summaries and PR comments (rendered as GitHub renders it, with hostile titles).
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, okr, REPO, tempDir } from './run-okr.js';
import { pageOfUrl } from '../docs/rule-pages.js';

const require = createRequire(import.meta.url);
const Ajv = require('ajv') as typeof import('ajv').default;
const AjvDraft4 = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
const MarkdownIt = require('markdown-it') as new (options: Record<string, unknown>) => { render(text: string): string };

const TODAY = ['--today', '2026-11-10'];
const GOALS = `company acme "Acme" { lead "Ann" }

kpis acme {
  kpi nps "Net promoter score" { owner "Ann" }
}

okrs acme 2026-Q4 {
  objective grow "Grow revenue" {
    owner "Ann"
    guardrails churn
    kr "Ship it" milestone
  }
  objective keep "Keep customers" {
    owner "Ann"
    kr "Ship it" milestone
  }
}
`;

let dir: string;
beforeAll(async () => {
    await ensureCliBuilt();
    dir = tempDir('okr-formats-');
    fs.writeFileSync(path.join(dir, 'goals.okr'), GOALS);
}, 180_000);
afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(`${dir}-shifted`, { recursive: true, force: true });
});

/** Runs check in `dir` (as CI does, from the repository root) and parses the output. */
function check(format: string, cwd = dir) {
    const result = okr(['check', '.', '--format', format, ...TODAY], { cwd });
    expect(result.stderr).toBe('');
    return result;
}

/** The same goals with lines added above and between: every problem moves down. */
function shiftedCopy(): string {
    const shifted = `${dir}-shifted`;
    fs.mkdirSync(shifted, { recursive: true });
    const text = `// Goals of Acme\n// reviewed weekly\n\n${GOALS.replace('okrs acme 2026-Q4 {\n', 'okrs acme 2026-Q4 {\n\n  // growth first\n')}`;
    fs.writeFileSync(path.join(shifted, 'goals.okr'), text);
    return shifted;
}

interface GitLabIssue { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }

describe('--format gitlab', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'test/cli/schemas/gitlab-code-quality.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(schema);

    it('is a Code Quality report with the fields GitLab documents', () => {
        const result = check('gitlab');
        expect(result.code).toBe(1);
        const issues = JSON.parse(result.stdout) as GitLabIssue[];
        expect(validate(issues), JSON.stringify(validate.errors, null, 2)).toBe(true);
        expect(validate([{ ...issues[0], severity: 'error' }])).toBe(false);
        expect(validate([{ ...issues[0], location: { path: './goals.okr', lines: { begin: 1 } } }])).toBe(false);
        const error = issues.find(issue => issue.check_name === 'unresolved-reference')!;
        expect(error).toMatchObject({ severity: 'major', location: { path: 'goals.okr', lines: { begin: 10 } } });
        expect(error.description).toContain('churn');
        expect(issues.find(issue => issue.check_name === 'kpi-missing-range')?.severity).toBe('minor');
        expect(issues.find(issue => issue.check_name === 'kpi-missing-definition')?.severity).toBe('info');
    });

    it('gives each issue its own fingerprint, the same in every run and after lines move', () => {
        const first = JSON.parse(check('gitlab').stdout) as GitLabIssue[];
        const prints = first.map(issue => issue.fingerprint);
        expect(new Set(prints).size).toBe(prints.length);
        // Two identical `kr "Ship it" milestone` lines: told apart by their order.
        expect(first.filter(issue => issue.check_name === 'activity-key-result')).toHaveLength(2);
        expect(check('gitlab').stdout).toBe(JSON.stringify(first, null, 2) + '\n');

        const moved = JSON.parse(check('gitlab', shiftedCopy()).stdout) as GitLabIssue[];
        const byPrint = new Map(moved.map(issue => [issue.fingerprint, issue]));
        for (const issue of first) {
            const after = byPrint.get(issue.fingerprint);
            expect(after, `${issue.check_name} at line ${issue.location.lines.begin} kept its fingerprint`).toBeDefined();
            expect(after!.check_name).toBe(issue.check_name);
            expect(after!.location.lines.begin).toBeGreaterThan(issue.location.lines.begin);
        }
    });

    it('is an empty array for a clean folder', () => {
        const result = okr(['check', 'test/cli/fixtures/clean', '--format', 'gitlab', ...TODAY]);
        expect(result).toMatchObject({ code: 0, stdout: '[]\n' });
    });
});

describe('--format sarif: fingerprints and rule pages', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new AjvDraft4({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    type SarifResult = { ruleId: string; partialFingerprints: Record<string, string>; locations: Array<{ physicalLocation: { region: { startLine: number } } }> };
    const results = (cwd?: string) => JSON.parse(check('sarif', cwd).stdout).runs[0].results as SarifResult[];

    it('links every rule to its page and stays valid SARIF 2.1.0', () => {
        const log = JSON.parse(check('sarif').stdout);
        expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
        for (const rule of log.runs[0].tool.driver.rules) {
            expect(rule.helpUri).toBe(`https://github.com/okr-lang/okr-lang/blob/main/docs/rules/${rule.id}.md`);
            expect(fs.existsSync(pageOfUrl(rule.helpUri) ?? ''), `${rule.helpUri} is a page of docs/rules/`).toBe(true);
        }
    });

    it('links each problem to the same page as --format json does', () => {
        const rules = JSON.parse(check('sarif').stdout).runs[0].tool.driver.rules as Array<{ id: string; helpUri: string }>;
        const helpUri = new Map(rules.map(rule => [rule.id, rule.helpUri]));
        const diagnostics = (JSON.parse(check('json').stdout).files as Array<{ diagnostics: Array<{ code: string; url: string }> }>).flatMap(file => file.diagnostics);
        expect(diagnostics.length).toBeGreaterThan(3);
        for (const diagnostic of diagnostics) expect(diagnostic.url).toBe(helpUri.get(diagnostic.code));
    });

    it('gives each result partialFingerprints that are unique, and survive another run and moved lines', () => {
        const first = results();
        const prints = first.map(r => JSON.stringify(r.partialFingerprints));
        expect(first.every(r => Object.keys(r.partialFingerprints).length === 1 && !('primaryLocationLineHash' in r.partialFingerprints))).toBe(true);
        expect(new Set(prints).size).toBe(prints.length);
        expect(results().map(r => JSON.stringify(r.partialFingerprints))).toEqual(prints);
        const moved = results(shiftedCopy());
        expect(moved.map(r => JSON.stringify(r.partialFingerprints)).sort()).toEqual([...prints].sort());
        expect(moved.map(r => r.locations[0].physicalLocation.region.startLine)).not.toEqual(first.map(r => r.locations[0].physicalLocation.region.startLine));
    });
});

describe('--format markdown', () => {
    // GitHub's renderer: tables, raw HTML passed through (then sanitized by GitHub, too late for `onerror` text), autolinks.
    const github = new MarkdownIt({ html: true, linkify: true });
    const HOSTILE = '<img src=x onerror=alert(1)> | pipes | **bold** [link](https://evil.example) @octocat www.evil.example <script>x</script>';

    function hostileSummary(): { markdown: string; html: string } {
        const hostile = tempDir('okr-markdown-');
        const text = GOALS.replace('"Grow revenue"', JSON.stringify(HOSTILE)).replace('"Keep customers"', '"Esc \u001b[31mred\u0007 bell"');
        fs.writeFileSync(path.join(hostile, '<i>x|y @team.okr'), text);
        const result = okr(['check', '.', '--format', 'markdown', ...TODAY], { cwd: hostile });
        fs.rmSync(hostile, { recursive: true, force: true });
        expect(result.code).toBe(1);
        return { markdown: result.stdout, html: github.render(result.stdout) };
    }

    it('has the counts, the problems per file and code, and the objectives', () => {
        const { markdown } = { markdown: check('markdown').stdout };
        expect(markdown).toContain('❌ **1 error, 7 warnings, 1 info** in 1 of 1 file.');
        expect(markdown).toContain('| goals\\.okr | activity\\-key\\-result | warning | 2 | 11, 15 |');
        expect(markdown).toMatch(/\| 2026\\-Q4 \| acme \| grow\\: Grow revenue \| 0\.0 \(0%\) \| 🔴 red \| /);
    });

    it('renders titles, file names and messages as text: no HTML, emphasis, links, mentions or extra cells', () => {
        const { markdown, html } = hostileSummary();
        // Past okr's own headline, nothing but tables of text.
        expect(html.slice(html.indexOf('<table>'))).not.toMatch(/<(img|script|strong|em|a|b|i)\b/);
        expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; | pipes | **bold** [link](https://evil.example) @');
        expect(html).not.toContain('@octocat'); // a word joiner keeps GitHub from notifying @octocat
        // Every row of each table has as many cells as its header.
        for (const table of html.split('<table>').slice(1)) {
            const rows = table.split('</table>')[0].split('<tr>').slice(1);
            const cells = rows.map(row => (row.match(/<t[hd]\b/g) ?? []).length);
            expect(new Set(cells).size, table).toBe(1);
        }
        // Control characters are shown, not sent to the reader's terminal or browser.
        expect(markdown).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
        expect(html).toContain('Esc \\x1b[31mred\\x07 bell');
        expect(html).toContain('&lt;i&gt;x|y @\u2060team.okr');
    });
});
