/**
 * Reads the rule pages (docs/rules/<code>.md) into the parts the tests check, and runs their
 * examples. A page's sections are its `## ` headings; in "Bad" and "Good" the ```okr block is
 * the example file (goals.okr) and a ```json block, if any, is a baseline file for it
 * (okr-baseline.json); in "Configure or silence" ```json blocks are okr.config.json snippets and
 * ```okr blocks show a suppression comment. `<!-- today: YYYY-MM-DD -->` sets the date the
 * examples are checked on; `<!-- also: code -->` names the other errors or warnings the Bad
 * example cannot help getting.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { REPOSITORY_URL } from 'okr-language';
import { diagnose } from '../language/diagnose.js';
import { okr, REPO, tempDir } from '../cli/run-okr.js';

const require = createRequire(import.meta.url);
interface Token { type: string; tag: string; info: string; content: string; map: [number, number] | null }
const MarkdownIt = require('markdown-it') as new () => { parse(text: string, env: object): Token[] };

export const RULES_DIR = path.join(REPO, 'docs/rules');
export const DEFAULT_TODAY = '2026-11-10';

export interface Block { lang: string; text: string }
export interface Section {
    /** Its prose, one line per paragraph, list item or table cell. */
    text: string;
    /** Its Markdown source. */
    source: string;
    blocks: Block[];
}
export interface Example { okr: string; baseline?: string }

export interface RulePage {
    code: string;
    markdown: string;
    /** The text of the `# ` heading. */
    title: string;
    /** What the page says before its first section (the severity line, the summary). */
    intro: string;
    sections: Map<string, Section>;
    today: string;
    /** Other codes the Bad example cannot help getting (`<!-- also: code, code -->`), which the page explains. */
    also: string[];
}

export function pageFile(code: string): string {
    return path.join(RULES_DIR, `${code}.md`);
}

export function readRulePage(code: string): RulePage {
    const markdown = fs.readFileSync(pageFile(code), 'utf8');
    const tokens = new MarkdownIt().parse(markdown, {});
    const lines = markdown.split('\n');
    const sections = new Map<string, Section>();
    let title = '';
    let intro = '';
    let current: Section | undefined;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.type === 'heading_open') {
            const heading = tokens[i + 1].content;
            if (token.tag === 'h1') title = heading;
            if (token.tag === 'h2') {
                const start = token.map![1];
                const next = tokens.findIndex((t, j) => j > i && t.type === 'heading_open' && t.tag === 'h2');
                const end = next < 0 ? lines.length : tokens[next].map![0];
                sections.set(heading, current = { text: '', source: lines.slice(start, end).join('\n'), blocks: [] });
            }
            i++;
        } else if (token.type === 'fence') {
            current?.blocks.push({ lang: token.info.trim(), text: token.content });
        } else if (token.type === 'inline') {
            if (current) current.text += `${token.content}\n`;
            else intro += `${token.content}\n`;
        }
    }
    const today = /<!--\s*today:\s*(\d{4}-\d{2}-\d{2})\s*-->/.exec(markdown)?.[1] ?? DEFAULT_TODAY;
    const also = /<!--\s*also:\s*([a-z, -]+?)\s*-->/.exec(markdown)?.[1].split(/\s*,\s*/) ?? [];
    return { code, markdown, title, intro, sections, today, also };
}

/** The example of a "Bad" or "Good" section: its one okr block, and its baseline if it shows one. */
export function exampleOf(section: Section | undefined): Example | undefined {
    const okrBlocks = section?.blocks.filter(block => block.lang === 'okr') ?? [];
    const json = section?.blocks.filter(block => block.lang === 'json') ?? [];
    if (okrBlocks.length !== 1 || json.length > 1) return undefined;
    return { okr: okrBlocks[0].text, baseline: json[0]?.text };
}

/** The local page a rule link points to, or undefined when it is not a link to docs/rules/. */
export function pageOfUrl(url: string): string | undefined {
    const prefix = `${REPOSITORY_URL}/blob/main/`;
    if (!url.startsWith(prefix)) return undefined;
    const relative = decodeURIComponent(url.slice(prefix.length));
    return relative.startsWith('docs/rules/') && relative.endsWith('.md') ? path.join(REPO, relative) : undefined;
}

export interface Found { code: string; severity: string; message: string }

const SEVERITY_NAMES = ['', 'error', 'warning', 'info', 'hint'];

/**
 * What `okr` reports for an example, with an okr.config.json (as parsed JSON) if given. An
 * example with a baseline needs files on disk, so it runs through `okr check --baseline`;
 * the others run in memory as one workspace, the way the server checks them.
 */
export async function checkExample(example: Example, today: string, config?: unknown): Promise<Found[]> {
    if (example.baseline !== undefined) return checkWithBaseline(example, today, config);
    const diagnostics = await diagnose([{ name: 'goals.okr', text: example.okr }], today, services => {
        if (config !== undefined) services.Okr.okr.Settings.editorOverrides = config;
    });
    return (diagnostics.get('goals.okr') ?? []).map(d => ({ code: String(d.code), severity: SEVERITY_NAMES[d.severity ?? 1], message: d.message }));
}

function checkWithBaseline(example: Example, today: string, config: unknown): Found[] {
    const dir = tempDir('okr-rule-page-');
    try {
        fs.writeFileSync(path.join(dir, 'goals.okr'), example.okr);
        fs.writeFileSync(path.join(dir, 'okr-baseline.json'), example.baseline!);
        if (config !== undefined) fs.writeFileSync(path.join(dir, 'okr.config.json'), JSON.stringify(config));
        const result = okr(['check', 'goals.okr', '--baseline', 'okr-baseline.json', '--format', 'json', '--today', today], { cwd: dir });
        if (result.code === 2) throw new Error(`okr check failed: ${result.stderr}`);
        const report = JSON.parse(result.stdout) as { files: Array<{ diagnostics: Found[] }> };
        return report.files.flatMap(file => file.diagnostics);
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

/** What fired, for a failure message. */
export const listed = (found: Found[]) => found.map(f => `${f.code} (${f.severity}): ${f.message}`).join('\n') || 'nothing';
