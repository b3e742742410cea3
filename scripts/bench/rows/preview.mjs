/**
 * The alignment preview in headless Chromium. The page is the one `okr tree --format html`
 * writes (the preview's own renderer and webview script, tree inline), so:
 *  - first render = navigation start → the first frame after the tree is drawn;
 *  - update = posting the next tree (after an edit) as the extension host does, → the first
 *    frame after the webview redrew it.
 * Both trees come from the CLI on the generated workspace, before and after a real edit.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

function cli(cliPath, args) {
    const result = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (result.status === 0) return result.stdout;
    const message = `okr ${args[0]} … --format ${args[args.indexOf('--format') + 1]}: ${(result.stderr || result.stdout).trim().split('\n')[0]}`;
    // A command or format that does not exist yet is a missing piece; anything else is a failure.
    throw /not available|unknown (command|option)|invalid|allowed choices/i.test(message) ? new Unavailable(message) : new Error(message);
}

export class Unavailable extends Error {}

/** The HTML page and two successive trees: as generated, and after one check-in changed. */
function preparePages(cliPath, dataset, work) {
    fs.mkdirSync(work, { recursive: true });
    const html = path.join(work, 'preview.html');
    cli(cliPath, ['tree', dataset.dir, '--today', dataset.today, '--format', 'html', '-o', html]);
    const before = JSON.parse(cli(cliPath, ['tree', dataset.dir, '--today', dataset.today, '--format', 'json']));
    // Edit a copy: bump the latest check-in of the first team file that has one.
    const copy = path.join(work, 'edited');
    fs.rmSync(copy, { recursive: true, force: true });
    fs.cpSync(dataset.dir, copy, { recursive: true });
    const file = dataset.paths.map(p => path.join(copy, p)).find(p => /checkin \S+ = \d/.test(fs.readFileSync(p, 'utf8')) && !p.includes('kpis'));
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace(/(checkin \S+ = )(\d+)/, (_, head, value) => `${head}${Number(value) + 7}`));
    const after = JSON.parse(cli(cliPath, ['tree', copy, '--today', dataset.today, '--format', 'json']));
    if (JSON.stringify(after.strategies) === JSON.stringify(before.strategies)) throw new Error('the edit did not change the tree');
    return { html, trees: [after, before] };
}

export async function measurePreview({ cliPath, dataset, work, runs, updates }) {
    let chromium;
    try {
        ({ chromium } = await import('playwright-core'));
    } catch {
        throw new Unavailable('playwright-core is not installed');
    }
    if (!fs.existsSync(CHROMIUM)) throw new Unavailable(`${CHROMIUM} is missing (scripts/install-e2e-deps.sh)`);
    const { html, trees } = preparePages(cliPath, dataset, work);
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
    const first = [];
    const update = [];
    const split = { scriptMs: [], renderMs: [], domContentLoadedMs: [], firstContentfulPaintMs: [] };
    let objectives = 0;
    try {
        for (let run = 0; run < runs; run++) {
            const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
            const page = await context.newPage();
            const errors = [];
            page.on('pageerror', error => errors.push(error.message));
            // Runs before the page's own script; CSP does not apply to it.
            await page.addInitScript(() => {
                window.__firstFrame = new Promise(resolve => document.addEventListener('DOMContentLoaded', () =>
                    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))));
            });
            await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
            first.push(await page.evaluate(() => window.__firstFrame));
            const timing = await page.evaluate(() => ({
                dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd,
                fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
            }));
            split.domContentLoadedMs.push(timing.dcl);
            if (timing.fcp !== undefined) split.firstContentfulPaintMs.push(timing.fcp);
            objectives = await page.evaluate(() => document.querySelectorAll('li.objective').length);
            if (errors.length) throw new Error(`the preview page threw: ${errors[0]}`);
            if (objectives === 0) throw new Error('the preview page drew no objectives');
            if (run === 0) {
                for (let i = 0; i < updates; i++) {
                    const times = await page.evaluate(async tree => {
                        const started = performance.now();
                        // Listeners run in registration order: ours, added last, runs after the page has redrawn.
                        const handled = new Promise(resolve => window.addEventListener('message', () => resolve(performance.now()), { once: true }));
                        window.postMessage({ type: 'update', tree }, '*');
                        const scripted = await handled;
                        await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
                        return { total: performance.now() - started, script: scripted - started };
                    }, trees[i % 2]);
                    update.push(times.total);
                    split.scriptMs.push(times.script);
                    split.renderMs.push(times.total - times.script);
                }
                if (errors.length) throw new Error(`the preview page threw on update: ${errors[0]}`);
            }
            await context.close();
        }
    } finally {
        await browser.close();
    }
    return { first, update, objectives, split };
}
