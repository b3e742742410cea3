// The packaged extension in a real VS Code (code-server 4.100.3), driven from headless Chromium:
// diagnostics in the Problems panel, a hover with an objective's score, the preview from the
// editor-title button, a node read inside the webview and clicked to land on its source line,
// and a live update of the preview while typing, then its KPI health tab. Screenshots go to $E2E_RESULTS.
// usage: node test/e2e/run.mjs (builds the .vsix and installs code-server first)
//    or: E2E_VSIX=… node test/e2e/vscode.e2e.mjs   env: KEEP_OPEN=1, CS_PORT, CHROMIUM
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerPaths, startCodeServer } from './lib/code-server.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VSIX = process.env.E2E_VSIX || path.join(repo, 'packages/extension/okr-lang-vscode.vsix');
const RESULTS = process.env.E2E_RESULTS || path.join(repo, 'test-results/e2e/vscode');
const RUN = path.join(repo, '.e2e/run-vscode');
const WORKSPACE = path.join(RUN, 'workspace');
const GOALS = 'goals/2026-q4.okr';
const OBJECTIVE_TITLE = 'Make the first week of every new account effortless';
const T0 = Date.now();
const log = (...args) => console.log(`[vscode ${((Date.now() - T0) / 1000).toFixed(1)}s]`, ...args);

fs.rmSync(RUN, { recursive: true, force: true });
fs.mkdirSync(RUN, { recursive: true });
fs.cpSync(path.join(repo, 'test/e2e/fixtures/workspace'), WORKSPACE, { recursive: true });
fs.rmSync(RESULTS, { recursive: true, force: true });
fs.mkdirSync(RESULTS, { recursive: true });
const goalsLines = fs.readFileSync(path.join(WORKSPACE, GOALS), 'utf8').split('\n');
const objectiveLine = goalsLines.findIndex(line => line.includes('objective fast_onboarding'));
const objectiveColumn = goalsLines[objectiveLine].indexOf('objective');

let server, browser, page;
const seen = {};
const cspViolations = [];
const dialogs = [];
const shot = async name => {
    await page.screenshot({ path: path.join(RESULTS, `${name}.png`) });
    log('screenshot', path.relative(repo, path.join(RESULTS, `${name}.png`)));
};
const text = async locator => (await locator.innerText()).replace(/\s+/g, ' ').trim();

async function command(title) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await page.keyboard.press('Enter');
}

async function openFile(name) {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(name);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: path.basename(name) }).first().waitFor();
    await page.keyboard.press('Enter');
    const editor = page.locator(`.editor-instance .monaco-editor[data-uri$="${name}"]`);
    await editor.waitFor();
    return editor;
}

async function hover(word, expected) {
    const widget = page.locator('.monaco-hover:not(.hidden)', { hasText: expected });
    for (let attempt = 0; attempt < 10 && !(await widget.isVisible()); attempt++) {
        // Code lenses arrive late and re-render the lines: look the word up again each time.
        const box = await word.boundingBox().catch(() => null);
        if (!box) { await page.waitForTimeout(300); continue; }
        await page.mouse.move(box.x + 4, box.y + box.height / 2);
        await page.mouse.move(box.x + 10, box.y + box.height / 2);
        try { await widget.waitFor({ timeout: 3000 }); } catch { log('hover retry', attempt + 1); }
    }
    return widget;
}

try {
    server = await startCodeServer({ paths: codeServerPaths(path.join(repo, '.e2e')), runDir: RUN, vsix: VSIX,
        workspace: WORKSPACE, port: Number(process.env.CS_PORT || 18080), log });
    log('code-server up');
    browser = await chromium.launch({
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        headless: true,
        env: { ...process.env, HOME: path.join(RUN, 'browser-home'), XDG_CONFIG_HOME: path.join(RUN, 'browser-home/.config'),
            XDG_CACHE_HOME: path.join(RUN, 'browser-home/.cache') },
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', error => log('pageerror:', error.message));
    // The webview's console (and alert()) surface here: CSP refusals and dialogs mean a broken shell or an injection.
    page.on('console', message => { if (/Content.Security.Policy|Refused to (load|apply|execute)/i.test(message.text())) cspViolations.push(message.text()); });
    page.on('dialog', dialog => { dialogs.push(dialog.message()); void dialog.dismiss(); });

    await page.goto(server.url);
    await page.locator('.monaco-workbench').waitFor();
    const orgRow = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'org.okr' });
    await orgRow.waitFor();
    log('workbench loaded');

    // 1) Diagnostics: squiggles in the editor, rows with codes in the Problems panel.
    await orgRow.dblclick();
    const org = page.locator('.editor-instance .monaco-editor[data-uri$="org.okr"]');
    await org.locator('.view-line', { hasText: 'kpi tickets' }).waitFor();
    await org.locator('.squiggly-warning').first().waitFor();
    await page.keyboard.press('Control+Shift+M');
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'kpi-missing-range' }).first();
    await problem.waitFor();
    seen.diagnostic = await text(problem);
    log('problem:', seen.diagnostic);
    await shot('01-diagnostics');

    // 2) Hover on an objective (in another file): its score.
    const goals = await openFile(GOALS);
    const objectiveId = goals.locator('.view-line', { hasText: 'objective fast_onboarding' }).locator('span span', { hasText: 'fast_onboarding' }).first();
    await objectiveId.waitFor();
    const hoverWidget = await hover(objectiveId, /score/i);
    seen.hover = await text(hoverWidget);
    log('hover:', seen.hover);
    if (!/score\W{0,4}0\.3\b/i.test(seen.hover)) throw new Error(`the hover does not show fast_onboarding's score 0.3: ${seen.hover}`);
    await shot('02-hover');
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');

    // 3) The command is in the palette; the editor-title button opens the preview beside the editor.
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill('>OKR: Open Preview to the Side');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'OKR: Open Preview to the Side' }).first().waitFor();
    await page.keyboard.press('Escape');
    await goals.locator('.view-line', { hasText: 'guardrails csat' }).click();
    await page.locator('.editor-actions .action-label[aria-label^="Open Preview to the Side"]').first().click();
    const webview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    const node = webview.getByText(OBJECTIVE_TITLE, { exact: true }).first();
    await node.waitFor();
    seen.preview = await text(webview.locator('body'));
    log('preview:', seen.preview.slice(0, 200));
    for (const title of ['Become the fastest enterprise onboarding in our category', 'Maintain our NPS above 40']) {
        if (!seen.preview.includes(title)) throw new Error(`the preview lacks "${title}"`);
    }
    await shot('03-preview');

    // 4) Clicking a node reveals its source line.
    await node.click();
    const cursor = page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first();
    const expected = `Ln ${objectiveLine + 1}, Col ${objectiveColumn + 1}`;
    await page.waitForFunction(([want, file]) =>
        document.querySelector('.editor-group-container.active .tab.active')?.textContent.includes(file)
        && [...document.querySelectorAll('.statusbar-item')].some(e => e.textContent.includes(want)), [expected, path.basename(GOALS)]);
    seen.reveal = `${await text(page.locator('.editor-group-container.active .tab.active'))} @ ${await text(cursor)}`;
    log('revealed:', seen.reveal);
    if (!seen.reveal.includes('2026-q4.okr')) throw new Error(`clicking the node did not reveal ${GOALS}: ${seen.reveal}`);
    await shot('04-revealed');

    // 5) Typing updates the open preview.
    const npsLine = goalsLines.findIndex(line => line.includes('Maintain our NPS'));
    await page.keyboard.press('Control+G'); // Go to Line/Column, then select the word "Maintain"
    const goTo = `${npsLine + 1}:${goalsLines[npsLine].indexOf('Maintain') + 1}`;
    await page.locator('.quick-input-widget input').fill(`:${goTo}`);
    await page.locator('.quick-input-widget', { hasText: `line ${npsLine + 1}` }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+ArrowRight');
    // …with markup in the title: the preview must show it as text, never run it.
    const hostile = '<img src=x onerror=alert(1)>';
    await page.keyboard.type(hostile);
    await webview.getByText(`${hostile} our NPS above 40`).first().waitFor({ timeout: 15_000 });
    if (await webview.locator('img').count()) throw new Error('a title was rendered as HTML');
    seen.liveUpdate = `${hostile} our NPS above 40`;
    log('live update seen, title escaped');
    await shot('05-live-update');

    // 6) The KPI health tab lists every KPI of the workspace, each with its readings' sparkline.
    await webview.getByRole('tab', { name: /KPI health/ }).click();
    await webview.locator('.kpi-card').first().waitFor();
    seen.kpis = await webview.locator('.kpi-card .title').allTextContents();
    log('KPI health:', seen.kpis.join(', '));
    for (const name of ['Median time-to-first-value', 'Support CSAT', 'Tickets closed per week']) {
        if (!seen.kpis.includes(name)) throw new Error(`the KPI health view lacks "${name}"`);
    }
    if (await webview.locator('.kpi-card svg.kpi-sparkline').count() !== seen.kpis.length) throw new Error('a KPI has no sparkline');
    await shot('06-kpi-health');
    if (dialogs.length) throw new Error(`a script from a title ran: ${dialogs.join(', ')}`);
    if (cspViolations.length) throw new Error(`Content-Security-Policy violations:\n${cspViolations.join('\n')}`);
    log('VSCODE E2E PASSED');
} catch (error) {
    console.error('VSCODE E2E FAILED:', error.message);
    if (page) await shot('99-failure').catch(() => {});
    process.exitCode = 1;
} finally {
    const activation = activationTime();
    if (activation) log(`extension activation: ${activation}`);
    fs.writeFileSync(path.join(RESULTS, 'seen.json'), JSON.stringify({ ...seen, activation }, null, 2));
    await browser?.close().catch(() => {});
    if (server && !process.env.KEEP_OPEN) await server.stop();
}

/** The extension logs its activation time to its output channel, which VS Code keeps as a file. */
function activationTime() {
    const logs = path.join(RUN, 'user-data/logs');
    const stack = fs.existsSync(logs) ? [logs] : [];
    while (stack.length) {
        const dir = stack.pop();
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) stack.push(full);
            else if (entry.name.includes('OKR Language Server')) {
                const match = /activated in ([\d.]+ ms)/.exec(fs.readFileSync(full, 'utf8'));
                if (match) return match[1];
            }
        }
    }
    return undefined;
}
