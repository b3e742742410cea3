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
        // The only SVG is the KR's sparkline, drawn by us (as it comes into view); nothing of the title got into it.
        await expect.poll(() => page.locator('svg.sparkline').count()).toBe(1);
        expect(await page.locator('img, svg:not(.sparkline), iframe, b').count()).toBe(0);
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

describe('sparklines in the tree', () => {
    it('gives every key result its check-ins as points against the expected-progress line', async () => {
        const tree = await treeOf(example());
        const { page, errors } = await open(tree);
        const rows = page.locator('li.kr');
        // Each is drawn as it comes into view: here, all at once.
        await expect.poll(() => page.locator('li.kr svg.kr-sparkline').count()).toBe(4);
        const counts: Record<string, number> = {};
        for (const row of await rows.all()) {
            const title = (await row.locator('.kr-title').textContent())!;
            const sparkline = row.locator('svg.kr-sparkline');
            expect(await sparkline.count(), title).toBe(1);
            expect(await sparkline.locator('line.spark-expected').count(), title).toBe(1);
            counts[title] = await sparkline.locator('circle.spark-point').count();
        }
        expect(counts).toEqual({
            'Cut median time-to-first-value from 21 days to 10': 0, 'Cut median time-to-first-value': 2,
            'Raise week-one activation': 1, 'Launch the onboarding training deck': 0,
        });
        const ttfv = rows.filter({ has: page.locator('.kr-title', { hasText: /^Cut median time-to-first-value$/ }) }).locator('svg');
        expect(await ttfv.getAttribute('aria-label')).toBe('Progress at 2 check-ins: 2026-10-14 18 (27%), 2026-11-04 14 (64%); expected 30% by today and 70% by the end of 2026-Q4');
        expect(errors).toEqual([]);
        await page.close();
    });
});

describe('sparklines of a long tree', () => {
    it('are drawn as they come into view, each standing in with its accessible name until then', async () => {
        const objectives = Array.from({ length: 60 }, (_, i) => `  objective o${i} "Objective ${i}" { owner "Kim" kr "Key result ${i}" { from 0 to 10 checkin 2026-10-10 = ${i % 10} } }`).join('\n');
        const { page, errors } = await open(await treeOf({ 'long.okr': `company acme "Acme"\nokrs acme 2026-Q4 {\n${objectives}\n}\n` }));
        const drawn = () => page.locator('li.kr svg.kr-sparkline').count();
        await expect.poll(drawn).toBeGreaterThan(0);
        const first = await drawn();
        expect(first).toBeLessThan(60);
        expect(await page.getByRole('img', { name: /^Progress at 1 check-in: 2026-10-10 9 \(90%\)/ }).count()).toBe(6);
        await page.locator('li.kr').last().scrollIntoViewIfNeeded();
        await expect.poll(drawn).toBeGreaterThan(first);
        await expect.poll(() => page.locator('li.kr').last().locator('svg.kr-sparkline circle').count()).toBe(1);
        expect(errors).toEqual([]);
        await page.close();
    });
});

describe('the KPI health view', () => {
    const kpiTab = (page: Page) => page.getByRole('tab', { name: /KPI health/ });

    it('shows every KPI of the workspace with its range, readings, health and the OKRs that move or guard it', async () => {
        const tree = await treeOf(example());
        const { page, errors } = await open(tree);
        await kpiTab(page).click();
        expect(await kpiTab(page).getAttribute('aria-selected')).toBe('true');
        const cards = page.locator('.kpi-card');
        expect(await cards.locator('.title').allTextContents()).toEqual(tree.kpis.map(kpi => kpi.name));
        expect(tree.kpis.map(kpi => kpi.id)).toEqual(['time_to_value', 'csat', 'tickets']);
        const ttv = cards.filter({ hasText: 'Median time-to-first-value' });
        expect(await ttv.locator('.health-word').textContent()).toBe('healthy');
        expect(await ttv.locator('.trend').textContent()).toBe('↗ improving');
        expect(await ttv.locator('.range').textContent()).toBe('expected 10..14 days');
        expect(await ttv.locator('.latest').textContent()).toBe('latest 12 on 2026-11-02');
        expect(await ttv.locator('svg.kpi-sparkline circle').count()).toBe(2);
        expect(await ttv.locator('svg.kpi-sparkline rect.spark-band').count()).toBe(1);
        expect(await ttv.locator('.kpi-link').allTextContents()).toEqual(['moved by KR Cut median time-to-first-value · 2026-Q4']);
        const csat = cards.filter({ hasText: 'Support CSAT' });
        expect(await csat.locator('.health-word').textContent()).toBe('no reading or range');
        expect(await csat.locator('.kpi-link').allTextContents()).toEqual(['guarded by Make the first week of every new account effortless · 2026-Q4']);
        expect(await cards.filter({ hasText: 'Tickets closed per week' }).locator('.range').textContent()).toBe('expected range not set');
        expect(await page.locator('.summary').textContent()).toBe('3 KPIs · 0 breached · as of 2026-11-10');
        expect(errors).toEqual([]);
        await page.screenshot({ path: path.join(SHOTS, 'kpis-light.png'), fullPage: true });
        await page.close();
    });

    it('is reachable from the keyboard: arrows between the tabs, Tab into the view, arrows between KPIs and links, Enter reveals', async () => {
        const tree = await treeOf(example());
        const { page, posted } = await open(tree);
        await page.getByRole('tab', { name: 'Alignment' }).focus();
        await page.keyboard.press('ArrowRight');
        expect(await kpiTab(page).getAttribute('aria-selected')).toBe('true');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
        expect(await page.locator('.kpi-card').count()).toBe(3);
        for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.classList.contains('kpi-card'))); i++) await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.querySelector('.title')?.textContent)).toBe('Median time-to-first-value');
        await page.keyboard.press('Enter');
        await expect.poll(() => posted.at(-1)).toEqual({ type: 'reveal', source: tree.kpis[0].source });
        await page.keyboard.press('ArrowDown');
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('moved by KR Cut median time-to-first-value · 2026-Q4');
        await page.keyboard.press('Enter');
        await expect.poll(() => posted.at(-1)).toEqual({ type: 'reveal', source: tree.kpis[0].links[0].source });
        await page.keyboard.press('ArrowDown');
        expect(await page.evaluate(() => document.activeElement?.querySelector('.title')?.textContent)).toBe('Support CSAT');
        await page.keyboard.press('End');
        expect(await page.evaluate(() => document.activeElement?.querySelector('.title')?.textContent)).toBe('Tickets closed per week');
        await page.close();
    });

    it('updates on a new tree: a new reading that breaches shows at once, in the same view, with focus kept', async () => {
        const { page } = await open(await treeOf(example()));
        await kpiTab(page).click();
        await page.locator('.kpi-card', { hasText: 'Support CSAT' }).focus();
        const edited = await treeOf({ 'example.okr': example()['example.okr'].replace('    expected >= 90%\n', '    expected >= 90%\n    reading 2026-11-09 = 84%\n') });
        await page.evaluate(next => window.postMessage({ type: 'update', tree: next }, '*'), edited as unknown as Record<string, unknown>);
        const csat = page.locator('.kpi-card', { hasText: 'Support CSAT' });
        await expect.poll(() => csat.locator('.health-word').textContent()).toBe('breached');
        expect(await csat.locator('svg.kpi-sparkline circle.spark-out').count()).toBe(1);
        expect(await kpiTab(page).textContent()).toBe('KPI health (1 breached)');
        expect(await page.evaluate(() => document.activeElement?.querySelector('.title')?.textContent)).toBe('Support CSAT');
        await page.close();
    });

    it.each([
        ['no tree', { type: 'update' }],
        ['a tree without KPIs', { type: 'update', tree: { today: '2026-11-10', cycles: [], strategies: [], unaligned: [] } }],
        ['KPIs that are not a list', { type: 'update', tree: { today: '2026-11-10', cycles: [], strategies: [], unaligned: [], kpis: 'x' } }],
        ['an error without text', { type: 'error', message: 42 }],
        ['another type', { type: 'reveal', source: { uri: 'file:///x.okr', line: 0, character: 0 } }],
    ])('ignores a message that does not have the shape it claims: %s', async (_name, message) => {
        const { page, errors } = await open(await treeOf(example()));
        await kpiTab(page).click();
        await page.evaluate(m => window.postMessage(m, '*'), message as Record<string, unknown>);
        await page.evaluate(() => new Promise(resolve => setTimeout(resolve, 50)));
        expect(await page.locator('.kpi-card').count()).toBe(3);
        expect(await page.locator('.error').textContent()).toBe('');
        expect(errors).toEqual([]);
        await page.close();
    });

    it('follows the theme: the editor\'s colours, high contrast, and the system\'s dark scheme on the standalone page', async () => {
        const tree = await treeOf(hostile());
        const { page } = await open(tree);
        await kpiTab(page).click();
        const card = page.locator('.kpi-card').first();
        expect(await card.locator('.title').textContent()).toBe('<b onmouseover=window.pwned=3>KPI</b>');
        const border = () => card.evaluate(element => getComputedStyle(element).borderLeftColor);
        expect(await border()).toBe('rgb(207, 34, 46)');
        // In VS Code the body carries the theme's class and the colours come as --vscode-* variables.
        await page.evaluate(() => {
            document.body.classList.add('vscode-high-contrast');
            document.documentElement.style.setProperty('--vscode-charts-red', 'rgb(255, 0, 255)');
        });
        expect(await border()).toBe('rgb(255, 0, 255)');
        expect(await card.evaluate(element => getComputedStyle(element).borderTopWidth)).toBe('2px');
        await page.close();
        const dark = await open(tree, 'dark');
        await kpiTab(dark.page).click();
        expect(await dark.page.locator('.kpi-card').first().evaluate(element => getComputedStyle(element).borderLeftColor)).toBe('rgb(248, 81, 73)');
        await dark.page.screenshot({ path: path.join(SHOTS, 'kpis-dark.png'), fullPage: true });
        await dark.page.close();
    });
});

describe('embedding the tree in the page', () => {
    it('escapes everything that could close the script element', () => {
        const json = embedJson({ title: '</script><script>alert(1)</script><!--', line: '\u2028' });
        expect(json).not.toMatch(/<|\u2028/);
        expect(JSON.parse(json)).toEqual({ title: '</script><script>alert(1)</script><!--', line: '\u2028' });
    });
});
