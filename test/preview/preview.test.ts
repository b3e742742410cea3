/**
 * The alignment preview in a real headless Chromium (Debian's chromium + playwright-core):
 * it renders every objective and KR, shows hostile text as text, collapses, reveals, keeps
 * its state across updates and is keyboard reachable.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAlignmentTree, createOkrServices, type AlignmentTree } from 'okr-language';
import { renderStandaloneHtml, embedJson } from 'okr-preview';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = path.resolve('test-results/preview');

async function treeOf(files: Record<string, string>, today = '2026-11-10'): Promise<AlignmentTree> {
    const { shared, Okr } = createOkrServices(EmptyFileSystem);
    Okr.okr.Settings.setToday(today);
    const documents = Object.entries(files).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///ws/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, {});
    return buildAlignmentTree(Okr.okr.WorkspaceModel.get(), documents);
}

const example = () => ({ 'example.okr': fs.readFileSync('test/fixtures/spec/example.okr', 'utf8') });
const HOSTILE = '<img src=x onerror="window.pwned=1">';
const hostile = () => ({
    'hostile.okr': `company acme "Acme"
strategy s "<script>window.pwned=2</script>"
kpis acme { kpi k "<b onmouseover=window.pwned=3>KPI</b>" { expected >= 1 reading 2026-11-01 = 0 } }
okrs acme 2026-Q4 {
  objective evil "${HOSTILE.replace(/"/g, '\\"')}" {
    owner "</script><script>window.pwned=4</script>"
    aligns s
    guardrails k
    kr "<svg onload=window.pwned=5>" { from 0 to 10 checkin 2026-11-01 = 5 confidence 0.5 "<iframe src=javascript:window.pwned=6>" }
  }
}
`,
});

let browser: Browser;

beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run scripts/install-e2e-deps.sh (or set CHROMIUM)`);
    browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
    });
    fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
    await browser?.close();
});

/** Opens the standalone page; messages the page would post to VS Code are collected. */
async function open(tree: AlignmentTree, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; posted: unknown[]; dialogs: string[]; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, colorScheme });
    const posted: unknown[] = [];
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', dialog => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    page.on('pageerror', error => errors.push(error.message));
    page.on('console', message => { if (message.type() === 'error') errors.push(message.text()); });
    await page.exposeFunction('recordPosted', (message: unknown) => posted.push(message));
    await page.setContent(renderStandaloneHtml(tree));
    await page.evaluate(() => window.addEventListener('okr-message', event => (window as unknown as { recordPosted(m: unknown): void }).recordPosted((event as CustomEvent).detail)));
    await page.locator('.card').first().waitFor();
    return { page, posted, dialogs, errors };
}

describe('alignment preview', () => {
    it('renders every objective and key result of the spec example, with grade, status and KPI chips', async () => {
        const tree = await treeOf(example());
        const { page, errors } = await open(tree);
        const titles = await page.locator('.card .title').allTextContents();
        expect(titles.sort()).toEqual(['Become the fastest enterprise onboarding in our category', 'Maintain our NPS above 40', 'Make the first week of every new account effortless']);
        expect(await page.locator('li.kr').count()).toBe(4);
        const growth = page.locator('li.objective', { hasText: 'Become the fastest' }).first();
        await expect.poll(() => growth.locator('> .card .status').textContent()).toBe('off track');
        expect(await page.locator('.chip', { hasText: 'Support CSAT' }).count()).toBe(1);
        expect(await page.locator('.unaligned .card .title').allTextContents()).toEqual(['Maintain our NPS above 40']);
        expect(await page.locator('.summary').textContent()).toContain('3 objectives · 2026-Q4');
        expect(errors).toEqual([]);
        await page.screenshot({ path: path.join(SHOTS, 'example-light.png'), fullPage: true });
        await page.close();
        const dark = await open(tree, 'dark');
        await dark.page.screenshot({ path: path.join(SHOTS, 'example-dark.png'), fullPage: true });
        await dark.page.close();
    });

    it('shows hostile titles, owners, KR titles, KPI names and strategies as text; no script runs', async () => {
        const { page, dialogs, errors } = await open(await treeOf(hostile()));
        expect(await page.locator('.card .title').first().textContent()).toBe(HOSTILE);
        expect(await page.locator('.meta .owner').first().textContent()).toBe('</script><script>window.pwned=4</script>');
        expect(await page.locator('.kr-title').first().textContent()).toBe('<svg onload=window.pwned=5>');
        expect(await page.locator('.strategy-title').first().textContent()).toBe('<script>window.pwned=2</script>');
        expect(await page.locator('img, svg, iframe, b').count()).toBe(0);
        await page.locator('.chip').first().hover();
        expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
        expect(dialogs).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
    });

    it('collapses and expands, reveals the source on click and with Enter', async () => {
        const { page, posted } = await open(await treeOf(example()));
        const growth = page.locator('li.objective', { hasText: 'Become the fastest' }).first();
        const childCount = () => growth.locator('li.objective').count();
        expect(await childCount()).toBe(1);
        await growth.locator('> .card .toggle').click();
        expect(await childCount()).toBe(0);
        expect(await growth.getAttribute('aria-expanded')).toBe('false');
        await growth.locator('> .card .toggle').click();
        expect(await childCount()).toBe(1);

        await growth.locator('> .card .title').click();
        await expect.poll(() => posted.at(-1)).toEqual({ type: 'reveal', source: { uri: 'memory:/ws/example.okr', line: 28, character: 2 } });
        await page.locator('li.kr', { hasText: 'Raise week-one activation' }).click();
        await expect.poll(() => posted.at(-1)).toMatchObject({ type: 'reveal', source: { line: 47 } });

        const card = growth.locator('> .card');
        await card.focus();
        await page.keyboard.press('Space');
        expect(await growth.getAttribute('aria-expanded')).toBe('false');
        await page.keyboard.press('ArrowRight');
        expect(await growth.getAttribute('aria-expanded')).toBe('true');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        await expect.poll(() => posted.at(-1)).toMatchObject({ type: 'reveal', source: { line: 36 } });
        await page.close();
    });

    it('keeps collapsed nodes and zoom across an update', async () => {
        const { page } = await open(await treeOf(example()));
        const growth = page.locator('li.objective', { hasText: 'Become the fastest' }).first();
        await growth.locator('> .card .toggle').click();
        await page.getByRole('button', { name: 'Zoom in' }).click();
        const edited = await treeOf({ 'example.okr': example()['example.okr'].replace('Make the first week', 'Make the very first week') });
        await page.evaluate(tree => window.postMessage({ type: 'update', tree }, '*'), edited as unknown as Record<string, unknown>);
        await page.locator('.zoom-label', { hasText: '120%' }).waitFor();
        expect(await growth.getAttribute('aria-expanded')).toBe('false');
        await growth.locator('> .card .toggle').click();
        expect(await page.locator('.card .title', { hasText: 'Make the very first week' }).count()).toBe(1);
        await page.close();
    });
});

describe('embedding the tree in the page', () => {
    it('escapes everything that could close the script element', () => {
        const json = embedJson({ title: '</script><script>alert(1)</script><!--', line: '\u2028' });
        expect(json).not.toMatch(/<|\u2028/);
        expect(JSON.parse(json)).toEqual({ title: '</script><script>alert(1)</script><!--', line: '\u2028' });
    });
});
