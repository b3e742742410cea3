/**
 * `okr tree --format mermaid` rendered by Mermaid itself, in headless Chromium, at security
 * level strict: a title holding a directive (`%%{init: {'themeCSS': …}}%%`) once reached the
 * SVG as CSS, and the browser fetched the URL in it. The labels okr writes must render as
 * text, with no request leaving the page. Run by `npm run test:e2e` (it needs Chromium).
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, okr, REPO, tempDir } from '../cli/run-okr.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const MERMAID = path.join(REPO, 'node_modules/mermaid/dist/mermaid.min.js');

let browser: Browser;
let server: http.Server;
let base: string;
const requested: string[] = [];
let dir: string;

beforeAll(async () => {
    await ensureCliBuilt();
    if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run scripts/install-e2e-deps.sh (or set CHROMIUM)`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run'] });
    // Stands in for an attacker's server: any request it gets is a leak.
    server = http.createServer((request, response) => {
        requested.push(request.url ?? '');
        response.writeHead(200, { 'content-type': 'text/css' }).end('body { background: red }');
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = tempDir('okr-hostile-mermaid-');
});

afterAll(async () => {
    await browser?.close();
    server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
});

/** Renders a Mermaid diagram as a page would, at security level strict; returns the SVG and the requests the page made. */
async function render(diagram: string): Promise<{ svg: string; pageRequests: string[] }> {
    const page = await browser.newPage();
    const pageRequests: string[] = [];
    page.on('request', request => {
        if (!/^(about|data|blob):/.test(request.url())) pageRequests.push(request.url());
    });
    await page.setContent('<!DOCTYPE html><html><body><div id="out"></div></body></html>');
    await page.addScriptTag({ path: MERMAID });
    const svg = await page.evaluate(async text => {
        const mermaid = (window as unknown as { mermaid: { initialize(o: object): void; render(id: string, t: string): Promise<{ svg: string }> } }).mermaid;
        mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
        const { svg } = await mermaid.render('diagram', text);
        document.getElementById('out')!.innerHTML = svg;
        return svg;
    }, diagram);
    await page.waitForTimeout(500);
    await page.close();
    return { svg, pageRequests };
}

/** The CSS Mermaid put in the SVG. */
const styleOf = (svg: string) => /<style>([\s\S]*?)<\/style>/.exec(svg)?.[1] ?? '';

function hostileTitle(): string {
    return `Grow %%{init: {'themeCSS': '* { background-image: url(${base}/leak.png) }'}}%% fast`;
}

describe('Mermaid output from hostile titles', () => {
    it('a directive in a title, rendered as okr writes it, stays text and fetches nothing', async () => {
        fs.writeFileSync(path.join(dir, 'goals.okr'), `company acme "Acme ${hostileTitle().replace(/'/g, "\\'")}"
strategy s "Win %%{init: {'theme': 'dark'}}%% click s href \\"javascript:alert(1)\\""
okrs acme 2026-Q4 {
  objective grow "${hostileTitle()}" { owner "Kim" aligns s kr "Raise revenue" from 1 to 2 }
}
`);
        const result = okr(['tree', 'goals.okr', '--format', 'mermaid', '--today', '2026-11-10'], { cwd: dir });
        expect(result.code).toBe(0);
        // No label can hold a directive: okr writes %, { and } as entity codes.
        expect(result.stdout).not.toMatch(/[%{}]/);
        const { svg, pageRequests } = await render(result.stdout);
        expect(requested, 'the attacker server was contacted').toEqual([]);
        expect(pageRequests).toEqual([]);
        expect(styleOf(svg)).not.toContain(base);
        expect(svg).not.toMatch(/href="javascript:/);
        // The text is still there for the reader.
        expect(svg).toMatch(/Grow %%\{init/);
    });

    it('the same directive written raw into a label does leak (so the test above can fail)', async () => {
        requested.length = 0;
        const { svg } = await render(`flowchart TD\n  o1["${hostileTitle()}"]\n`);
        expect(styleOf(svg)).toContain(base);
        expect(requested).toContain('/leak.png');
    });
});
