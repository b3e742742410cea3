// The extension-host suite of `npm run test:vscode` (test/vscode/suite), run inside a real
// VS Code that needs no download: code-server, whose browser workbench accepts the
// extensionDevelopmentPath/extensionTestsPath "payload" like a desktop Extension Development Host.
// usage: node test/e2e/run.mjs extension-host   (after `npm run package`)
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerPaths, startCodeServer } from './lib/code-server.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RESULTS = process.env.E2E_RESULTS || path.join(repo, 'test-results/e2e/extension-host');
const RUN = path.join(repo, '.e2e/run-extension-host');
const WORKSPACE = path.join(RUN, 'workspace');
const RESULT_FILE = path.join(RUN, 'results.json');
const TIMEOUT_MS = 120_000;
const T0 = Date.now();
const log = (...args) => console.log(`[extension-host ${((Date.now() - T0) / 1000).toFixed(1)}s]`, ...args);

fs.rmSync(RUN, { recursive: true, force: true });
fs.cpSync(path.join(repo, 'test/e2e/fixtures/workspace'), WORKSPACE, { recursive: true });
fs.rmSync(RESULTS, { recursive: true, force: true });
fs.mkdirSync(RESULTS, { recursive: true });
process.env.OKR_VSCODE_TEST_RESULTS = RESULT_FILE; // inherited by code-server's extension host

let server, browser, page;
try {
    server = await startCodeServer({ paths: codeServerPaths(path.join(repo, '.e2e')), runDir: RUN, workspace: WORKSPACE,
        port: Number(process.env.CS_PORT || 18080), log });
    const payload = [
        ['extensionDevelopmentPath', server.remoteUri(path.join(repo, 'packages/extension'))],
        ['extensionTestsPath', server.remoteUri(path.join(repo, 'test/vscode/suite/index.cjs'))],
    ];
    browser = await chromium.launch({
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        headless: true,
        env: { ...process.env, HOME: path.join(RUN, 'browser-home'), XDG_CONFIG_HOME: path.join(RUN, 'browser-home/.config'),
            XDG_CACHE_HOME: path.join(RUN, 'browser-home/.cache') },
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    // The suite's output arrives in the browser console, prefixed by VS Code's log styling.
    page.on('console', message => {
        const text = message.text().replace(/%c\s*\w*\s*color: #\w+\s*/g, '');
        if (/^\s*[✓✗]|passed, \d+ failed|^\s{4}/.test(text)) console.log(text);
    });
    await page.goto(`${server.url}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const deadline = Date.now() + TIMEOUT_MS;
    while (!fs.existsSync(RESULT_FILE) && Date.now() < deadline) await new Promise(r => setTimeout(r, 250));
    await page.screenshot({ path: path.join(RESULTS, 'final.png') });
    if (!fs.existsSync(RESULT_FILE)) throw new Error(`the suite reported nothing within ${TIMEOUT_MS / 1000} s`);
    const results = JSON.parse(fs.readFileSync(RESULT_FILE, 'utf8'));
    fs.copyFileSync(RESULT_FILE, path.join(RESULTS, 'results.json'));
    const failed = results.filter(r => !r.ok);
    if (results.length === 0 || failed.length) throw new Error(`${failed.length} of ${results.length} failed:\n${failed.map(f => `${f.name}: ${f.error}`).join('\n')}`);
    log(`${results.length} extension-host tests passed`);
    log('EXTENSION-HOST E2E PASSED');
} catch (error) {
    console.error('EXTENSION-HOST E2E FAILED:', error.message);
    process.exitCode = 1;
} finally {
    await browser?.close().catch(() => {});
    if (server && !process.env.KEEP_OPEN) await server.stop();
}
