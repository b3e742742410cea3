/**
 * Every diagnostic code has a page (docs/rules/<code>.md) that explains it, and the page
 * cannot drift from what okr does: its default severity and thresholds are the catalog's, its
 * Bad example fires the code and its Good example does not, every okr.config.json snippet is a
 * valid configuration that changes what the Bad example reports, and every suppression it shows
 * silences the code (or, where it says a comment cannot, a comment indeed does not).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_CODES, CONFIGURABLE_CODES, DiagnosticCode, parseConfigText, RULES } from 'okr-language';
import { ensureCliBuilt, REPO } from '../cli/run-okr.js';
// @ts-expect-error: a plain ES module shared with split.mjs
import { normalizedTitle } from '../text-rules/split-rule.mjs';
import { checkExample, exampleOf, listed, pageFile, readRulePage, RULES_DIR, type Example, type Found, type RulePage } from './rule-pages.js';

const SECTIONS = ['Why', 'Bad', 'Good', 'Configure or silence'];
const SUPPRESSION = /(?:\/\/|\/\*)\s*okr-(?:disable-next-line|disable-line|disable)\b[^\n]*/g;

// Pages with a baseline run the built CLI.
beforeAll(ensureCliBuilt, 180_000);

describe('docs/rules', () => {
    it('has one page per diagnostic code and an index, and no page for a code that does not exist', () => {
        const files = fs.readdirSync(RULES_DIR).sort();
        expect(files).toEqual([...ALL_CODES.map(code => `${code}.md`), 'README.md'].sort());
    });

    it('indexes every page in README.md with its default severity', () => {
        const index = fs.readFileSync(`${RULES_DIR}/README.md`, 'utf8');
        for (const code of ALL_CODES) {
            const row = index.split('\n').find(line => line.includes(`](${code}.md)`));
            expect(row, `README.md has no link to ${code}.md`).toBeDefined();
            expect(row).toContain(`| ${RULES[code].severity} |`);
        }
    });
});

describe.each([...fs.readdirSync(RULES_DIR).map(file => `docs/rules/${file}`), 'docs/language.md'])('links in %s', relative => {
    it('lead to files and headings that exist', () => {
        const file = path.join(REPO, relative);
        const links = [...fs.readFileSync(file, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)].map(m => m[1]).filter(link => !/^[a-z]+:/.test(link));
        for (const link of links) {
            const [target, anchor] = link.split('#');
            const linked = target ? path.resolve(path.dirname(file), target) : file;
            expect(fs.existsSync(linked), `${link}: no such file`).toBe(true);
            if (anchor) expect(headingSlugs(fs.readFileSync(linked, 'utf8')), `${link}: no such heading`).toContain(anchor);
        }
    });
});

/** The anchors GitHub gives a Markdown file's headings. */
function headingSlugs(markdown: string): string[] {
    return [...markdown.matchAll(/^#+ (.+)$/gm)].map(m => m[1].trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-'));
}

const isSyntaxError = (f: Found) => f.code === DiagnosticCode.Syntax;
const loud = (f: Found) => f.severity === 'error' || f.severity === 'warning';

describe.each(ALL_CODES)('docs/rules/%s.md', code => {
    const page: RulePage | undefined = fs.existsSync(pageFile(code)) ? readRulePage(code) : undefined;
    const section = (name: string) => page?.sections.get(name);
    const bad = (): Example => exampleOf(section('Bad'))!;
    const configureOrSilence = () => section('Configure or silence')!;

    it('names the code, its default severity and has the sections a reader looks for', () => {
        expect(page, `docs/rules/${code}.md is missing`).toBeDefined();
        expect(page!.title).toBe(`\`${code}\``);
        expect(page!.intro).toMatch(new RegExp(`\\*\\*Default severity:\\*\\* ${RULES[code].severity}\\b`));
        expect([...page!.sections.keys()]).toEqual(expect.arrayContaining(SECTIONS));
        expect(section('Why')!.text.trim().length, 'the Why explains in a few sentences').toBeGreaterThan(150);
        expect(exampleOf(section('Bad')), 'Bad has one ```okr example').toBeDefined();
        expect(exampleOf(section('Good')), 'Good has one ```okr example').toBeDefined();
    });

    it('documents each threshold with its default, and nothing else as an option', () => {
        const options = RULES[code].options ?? {};
        expect(page!.sections.has('Options')).toBe(Object.keys(options).length > 0);
        for (const [name, value] of Object.entries(options)) {
            expect(section('Options')!.source).toMatch(new RegExp(`^\\| \`${name}\` \\| ${value} \\|`, 'm'));
        }
    });

    it('has a Bad example that fires the code and no other error or warning than the page names', async () => {
        const found = await checkExample(bad(), page!.today);
        expect(found.some(f => f.code === code), `fired:\n${listed(found)}`).toBe(true);
        if (code !== DiagnosticCode.Syntax) expect(found.filter(isSyntaxError), 'the Bad example parses').toEqual([]);
        const others = [...new Set(found.filter(f => loud(f) && f.code !== code).map(f => f.code))].sort();
        expect(others, 'the Bad example is about this code (and the ones the page names)').toEqual([...page!.also].sort());
        for (const other of page!.also) expect(section('Bad')!.text, `the page says why ${other} fires too`).toContain(`\`${other}\``);
    });

    it('has a Good example that parses and gets no error, no warning and not this code', async () => {
        const found = await checkExample(exampleOf(section('Good'))!, page!.today);
        expect(found.filter(f => f.code === code || loud(f)), `fired:\n${listed(found)}`).toEqual([]);
    });

    it('shows okr.config.json snippets that are valid and change what the Bad example reports', async () => {
        const snippets = configureOrSilence().blocks.filter(block => block.lang === 'json');
        if (!(CONFIGURABLE_CODES as string[]).includes(code)) {
            expect(snippets).toEqual([]);
            expect(configureOrSilence().text).toMatch(/cannot\s+be\s+configured/);
            return;
        }
        expect(snippets.length).toBeGreaterThan(0);
        const before = (await checkExample(bad(), page!.today)).filter(f => f.code === code);
        for (const snippet of snippets) {
            const { problems } = parseConfigText(snippet.text);
            expect(problems.map(p => p.message)).toEqual([]);
            const raw: unknown = JSON.parse(snippet.text);
            const after = (await checkExample(bad(), page!.today, raw)).filter(f => f.code === code);
            expect(after.map(f => f.severity), `${snippet.text} changes nothing`).not.toEqual(before.map(f => f.severity));
        }
    });

    it('shows a suppression that silences the code, or says that none can and none does', async () => {
        const examples = configureOrSilence().blocks.filter(block => block.lang === 'okr');
        if (examples.length === 0) {
            expect(configureOrSilence().text).toMatch(/cannot\s+be\s+silenced/);
            const withComment = { ...bad(), okr: `// okr-disable ${code}\n${bad().okr}` };
            expect((await checkExample(withComment, page!.today)).some(f => f.code === code), 'a comment silences it after all').toBe(true);
            return;
        }
        for (const example of examples) {
            const comments = example.text.match(SUPPRESSION) ?? [];
            expect(comments.length).toBeGreaterThan(0);
            for (const comment of comments) expect(comment, 'names this code, with a reason').toMatch(new RegExp(`okr-[a-z-]+ ${code} -- \\S`));
            const silenced = await checkExample({ okr: example.text }, page!.today);
            expect(silenced.filter(f => f.code === code || f.code === DiagnosticCode.UnusedSuppression || isSyntaxError(f)), listed(silenced)).toEqual([]);
            const unsilenced = await checkExample({ okr: example.text.replace(SUPPRESSION, '') }, page!.today);
            expect(unsilenced.some(f => f.code === code), 'without the comment the example fires the code').toBe(true);
        }
    });

    it('makes up its examples instead of copying rows of the text-rule datasets', () => {
        const rows = datasetTitles();
        const quoted = [...page!.markdown.matchAll(/```okr\n([\s\S]*?)```/g)].flatMap(m => [...m[1].matchAll(/"([^"\n]+)"/g)].map(q => normalizedTitle(q[1]) as string));
        const copied = [...new Set(quoted)].filter(text => text.split(' ').length >= 3 && rows.some(row => row.includes(` ${text} `)));
        expect(copied).toEqual([]);
    });
});

let titles: string[] | undefined;

/** Every title of the labelled datasets and batches, normalized and padded for whole-word search. */
function datasetTitles(): string[] {
    const dir = new URL('../text-rules/', import.meta.url);
    titles ??= [...fs.readdirSync(dir).filter(f => f.endsWith('.tsv')).map(f => new URL(f, dir)),
        ...fs.readdirSync(new URL('batches/', dir)).filter(f => f.endsWith('.tsv')).map(f => new URL(`batches/${f}`, dir))]
        .flatMap(file => fs.readFileSync(file, 'utf8').trim().split('\n').slice(1).map(line => ` ${normalizedTitle(line.split('\t')[1] ?? '')} `));
    return titles;
}
