/**
 * The page `okr report --format html` writes, opened from disk in a real headless Chromium
 * (Debian's chromium + playwright-core): hostile titles, notes and names stay text (no script
 * runs, no element is injected), every key result and breached KPI has its sparkline with one
 * point per check-in or reading and an accessible name, the page makes no request, and it
 * follows the system's light or dark scheme. Run by `npm run test:e2e` (test/e2e/extra-suites.txt).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, okr, REPO, tempDir } from '../cli/run-okr.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = path.resolve(process.env.E2E_RESULTS ?? 'test-results/report');
const TODAY = '2026-11-20';

const HOSTILE = {
    objective: `<img src=x onerror="window.pwned=1"> "quoted" 'single' & <!-- ]]>`,
    keyResult: '<svg onload=window.pwned=2><circle r=9 /></svg>',
    note: '</style><script>window.pwned=3</script>',
    unit: '<iframe src="javascript:window.pwned=4"></iframe>',
    kpi: '<b onmouseover=window.pwned=5>KPI</b>',
};
const GOALS = `company acme ${JSON.stringify(HOSTILE.unit)}
okrs acme 2026-Q4 {
  objective evil ${JSON.stringify(HOSTILE.objective)} {
    owner "Kim"
    kr grow ${JSON.stringify(HOSTILE.keyResult)} {
      from 0 to 10
      moves k
      checkin 2026-10-05 = 2
      checkin 2026-11-01 = 6
      checkin 2026-11-18 = 8 confidence 0.7 ${JSON.stringify(HOSTILE.note)}
    }
    kr quiet "Cut churn" from 5% to 3%
  }
}
kpis acme {
  kpi k ${JSON.stringify(HOSTILE.kpi)} { owner "Kim" expected 10..20 cadence weekly reading 2026-10-01 = 25 reading 2026-10-15 = 22 reading 2026-11-15 = 21 }
}
`;

let browser: Browser;
let dir: string;
let hostilePage: string;
let examplePage: string;

function writeReport(cwd: string, output: string): string {
    const result = okr(['report', '.', '--today', TODAY, '--format', 'html', '-o', output], { cwd });
    if (result.code !== 0) throw new Error(`okr report failed: ${result.stderr}`);
    return output;
}

beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run scripts/install-e2e-deps.sh (or set CHROMIUM)`);
    await ensureCliBuilt();
    dir = tempDir('okr-report-html-');
    fs.mkdirSync(path.join(dir, 'hostile'));
    fs.writeFileSync(path.join(dir, 'hostile', 'goals.okr'), GOALS);
    hostilePage = writeReport(path.join(dir, 'hostile'), path.join(dir, 'hostile.html'));
    fs.cpSync(path.join(REPO, 'examples/acme'), path.join(dir, 'acme'), { recursive: true });
    examplePage = writeReport(path.join(dir, 'acme'), path.join(dir, 'acme.html'));
    browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
    });
    fs.mkdirSync(SHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Opens a report from disk, recording every request the page makes and everything it runs or says. */
async function open(file: string, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; requests: string[]; dialogs: string[]; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, colorScheme });
    const requests: string[] = [];
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('request', request => requests.push(request.url()));
    page.on('dialog', dialog => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    page.on('pageerror', error => errors.push(error.message));
    page.on('console', message => errors.push(message.text()));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, requests, dialogs, errors };
}

describe('the HTML status report in Chromium', () => {
    it('shows hostile titles, notes and names as text: no script runs, no element is injected', async () => {
        const { page, dialogs, errors } = await open(hostilePage);
        expect(await page.locator('.objective h4').first().textContent()).toContain(HOSTILE.objective);
        expect(await page.locator('tr.kr td').first().textContent()).toBe(HOSTILE.keyResult);
        expect(await page.locator('.note').first().textContent()).toBe(HOSTILE.note);
        expect(await page.locator('h2').first().textContent()).toContain(HOSTILE.unit);
        expect(await page.locator('tr.kpi td').first().textContent()).toContain(HOSTILE.kpi);
        expect(await page.locator('img, iframe, script, b, style:not(head style)').count()).toBe(0);
        // The only SVG is our sparklines', and nothing in them came from a title.
        expect(await page.locator('svg:not(.sparkline)').count()).toBe(0);
        expect(await page.locator('svg.sparkline circle[r="9"]').count()).toBe(0);
        await page.locator('tr.kpi td').first().hover();
        expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
        expect(await page.evaluate(() => document.scripts.length)).toBe(0);
        expect(dialogs).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
    });

    it('draws each key result\'s check-ins as points against the expected-progress line, with an accessible name', async () => {
        const { page } = await open(hostilePage);
        const grow = page.locator('tr.kr').nth(0).locator('svg.kr-sparkline');
        expect(await grow.locator('circle.spark-point').count()).toBe(3);
        expect(await grow.getAttribute('data-points')).toBe('3');
        expect(await grow.locator('line.spark-expected').count()).toBe(1);
        // Higher progress is drawn higher: 20%, 60%, 80%.
        const heights = await grow.locator('circle.spark-point').evaluateAll(circles => circles.map(c => Number(c.getAttribute('cy'))));
        expect(heights[0]).toBeGreaterThan(heights[1]);
        expect(heights[1]).toBeGreaterThan(heights[2]);
        const name = 'Progress at 3 check-ins: 2026-10-05 2 (20%), 2026-11-01 6 (60%), 2026-11-18 8 (80%); expected 38% by today and 70% by the end of 2026-Q4';
        await expect.poll(() => page.getByRole('img', { name }).count()).toBe(1);
        expect(await grow.locator('title').textContent()).toBe(name);
        const quiet = page.locator('tr.kr').nth(1).locator('svg.kr-sparkline');
        expect(await quiet.locator('circle').count()).toBe(0);
        expect(await quiet.getAttribute('aria-label')).toMatch(/^No check-in yet; expected/);
        await page.close();
    });

    it('draws each breached KPI\'s readings against its range band', async () => {
        const { page } = await open(hostilePage);
        const kpi = page.locator('svg.kpi-sparkline');
        expect(await kpi.count()).toBe(1);
        expect(await kpi.locator('circle.spark-point').count()).toBe(3);
        expect(await kpi.locator('circle.spark-out').count()).toBe(3);
        expect(await kpi.locator('rect.spark-band').count()).toBe(1);
        // The readings (25, 22, 21) are all above the band's top edge (20): smaller y.
        const band = await kpi.locator('rect.spark-band').evaluate(rect => Number(rect.getAttribute('y')));
        const points = await kpi.locator('circle').evaluateAll(circles => circles.map(c => Number(c.getAttribute('cy'))));
        for (const y of points) expect(y).toBeLessThan(band);
        expect(await kpi.getAttribute('aria-label')).toBe('3 readings: 25 on 2026-10-01 (outside the range), 22 on 2026-10-15 (outside the range), 21 on 2026-11-15 (outside the range); expected range 10..20');
        await page.close();
    });

    it('the examples: a sparkline for every key result and breached KPI, and not one request beyond the file itself', async () => {
        const { page, requests, errors } = await open(examplePage);
        const keyResults = await page.locator('tr.kr').count();
        expect(keyResults).toBe(17);
        expect(await page.locator('tr.kr svg.kr-sparkline').count()).toBe(keyResults);
        expect(await page.locator('tr.kpi svg.kpi-sparkline').count()).toBe(2);
        for (const svg of await page.locator('svg.sparkline').all()) {
            expect(Number(await svg.getAttribute('data-points'))).toBe(await svg.locator('circle').count());
            expect(await svg.getAttribute('aria-label')).toBeTruthy();
        }
        expect(requests).toEqual([pathToFileURL(examplePage).href]);
        expect(errors).toEqual([]);
        await page.screenshot({ path: path.join(SHOTS, 'report-light.png'), fullPage: true });
        await page.close();
    });

    it('follows the system\'s light or dark scheme', async () => {
        const colors: Record<string, string> = {};
        for (const scheme of ['light', 'dark'] as const) {
            const { page } = await open(examplePage, scheme);
            colors[scheme] = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
            const line = page.locator('svg.kr-sparkline .spark-line').first();
            expect(await line.evaluate(element => getComputedStyle(element).stroke)).not.toBe('none');
            if (scheme === 'dark') await page.screenshot({ path: path.join(SHOTS, 'report-dark.png'), fullPage: false });
            await page.close();
        }
        expect(colors).toEqual({ light: 'rgb(255, 255, 255)', dark: 'rgb(13, 17, 23)' });
    });
});
