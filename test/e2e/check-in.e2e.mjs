// Check-ins in a real VS Code (code-server 4.100.3) with the packaged extension, driven from
// headless Chromium as a user would: "OKR: Check in…" from the command palette for the key
// result at the cursor, with a value, a confidence and a note typed into input boxes that
// validate as you type; the line appears in the editor and the Problems panel drops the key
// result's stale-checkin warning; undo restores the file. Then a key result's "Check in" code
// lens, and "OKR: Check in stale key results" walking the flagged key results.
// Screenshots go to $E2E_RESULTS.
// usage: node test/e2e/run.mjs check-in   env: KEEP_OPEN=1, CS_PORT, CHROMIUM
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerPaths, ensureCodeServer, startCodeServer } from './lib/code-server.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VSIX = process.env.E2E_VSIX || path.join(repo, 'packages/extension/okr-lang-vscode.vsix');
const RESULTS = process.env.E2E_RESULTS || path.join(repo, 'test-results/e2e/check-in');
const RUN = path.join(repo, '.e2e/run-check-in');
const WORKSPACE = path.join(RUN, 'workspace');
const GOALS = 'goals/2026-q4.okr';
const TODAY = '2026-11-25';
const T0 = Date.now();
const log = (...args) => console.log(`[check-in ${((Date.now() - T0) / 1000).toFixed(1)}s]`, ...args);

fs.rmSync(RUN, { recursive: true, force: true });
fs.mkdirSync(RUN, { recursive: true });
fs.cpSync(path.join(repo, 'test/e2e/fixtures/workspace'), WORKSPACE, { recursive: true });
// A fixed "today" (later than the fixture's, so that ttfv and activation are stale too): the
// stale-checkin warnings and the check-in date do not depend on the day the suite runs.
fs.mkdirSync(path.join(WORKSPACE, '.vscode'), { recursive: true });
fs.writeFileSync(path.join(WORKSPACE, '.vscode/settings.json'), JSON.stringify({ 'okr.today': TODAY }));
fs.rmSync(RESULTS, { recursive: true, force: true });
fs.mkdirSync(RESULTS, { recursive: true });
const original = fs.readFileSync(path.join(WORKSPACE, GOALS), 'utf8');
const lines = original.split('\n');

let server, browser, page;
const seen = {};
const shot = async name => {
    await page.screenshot({ path: path.join(RESULTS, `${name}.png`) });
    log('screenshot', path.relative(repo, path.join(RESULTS, `${name}.png`)));
};
/** Text as a reader sees it: VS Code renders spaces in editor lines as no-break spaces. */
const plain = text => text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

async function runCommand(title) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await page.keyboard.press('Enter');
}

async function goTo(line, column) {
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').fill(`:${line}:${column}`);
    await page.locator('.quick-input-widget', { hasText: `line ${line}` }).waitFor();
    await page.keyboard.press('Enter');
}

/** The prompts of the three input boxes of a check-in. */
const VALUE = 'The value now';
const CONFIDENCE = 'How likely is the target to be reached';
const NOTE = 'A note';

/** Waits for the input box of a check-in's question (its title and, before any problem is shown, its prompt). */
async function question(title, prompt) {
    await page.locator('.quick-input-widget', { hasText: title }).filter({ hasText: prompt }).waitFor();
}

/**
 * Types an answer and waits for the server's validation: the problem it shows (`problem`), or,
 * for an answer without one, the prompt shown again in the message's place.
 */
async function answer(title, prompt, text, problem) {
    const widget = page.locator('.quick-input-widget', { hasText: title });
    await widget.locator('input').fill(text);
    const message = widget.locator('.quick-input-message');
    if (problem) {
        await message.filter({ hasText: problem }).waitFor();
        return plain(await message.innerText());
    }
    await message.filter({ hasText: prompt }).waitFor();
    return '';
}

async function accept() {
    await page.keyboard.press('Enter');
}

/** The editor's visible lines, top to bottom (VS Code reuses line elements, so their order in the page is not the lines' order). */
async function editorText(editor) {
    const rendered = await editor.locator('.view-line').evaluateAll(elements => elements.map(e => ({ top: parseFloat(e.style.top), text: e.textContent })));
    return rendered.sort((a, b) => a.top - b.top).map(line => plain(line.text)).join('\n');
}

/** The Problems panel's rows (it is open on the side of the editor). */
async function problems() {
    return (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map(plain);
}

try {
    ensureCodeServer(path.join(repo, '.e2e'), log);
    server = await startCodeServer({ paths: codeServerPaths(path.join(repo, '.e2e')), runDir: RUN, vsix: VSIX,
        workspace: WORKSPACE, port: Number(process.env.CS_PORT || 18082), log });
    log('code-server up');
    browser = await chromium.launch({
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        headless: true,
        env: { ...process.env, HOME: path.join(RUN, 'browser-home'), XDG_CONFIG_HOME: path.join(RUN, 'browser-home/.config'),
            XDG_CACHE_HOME: path.join(RUN, 'browser-home/.cache') },
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    page = await (await browser.newContext({ viewport: { width: 1400, height: 1100 } })).newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', error => log('pageerror:', error.message));

    await page.goto(server.url);
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'goals' }).first().click();
    const goalsRow = page.locator('.explorer-folders-view .monaco-list-row', { hasText: '2026-q4.okr' });
    await goalsRow.waitFor();
    await goalsRow.dblclick();
    const editor = page.locator(`.editor-instance .monaco-editor[data-uri$="${GOALS}"]`);
    await editor.locator('.view-line', { hasText: 'kr activation' }).waitFor();
    log('workbench loaded, goals open');

    // 0) Each key result has a "Check in" code lens; the Problems panel shows activation as stale.
    await editor.locator('.codelens-decoration a', { hasText: 'Check in' }).first().waitFor();
    seen.lenses = await editor.locator('.codelens-decoration a', { hasText: /^Check in$/ }).count();
    if (seen.lenses !== 4) throw new Error(`expected a "Check in" lens on each of the 4 key results, saw ${seen.lenses}`);
    await page.keyboard.press('Control+Shift+M');
    const staleActivation = page.locator('.markers-panel .monaco-list-row', { hasText: 'Key result "activation" was last checked in' });
    await staleActivation.waitFor();
    seen.problemsBefore = await problems();
    log('problems before:', seen.problemsBefore.length);
    await shot('01-lenses-and-problems');

    // 1) "OKR: Check in…" for the key result at the cursor: value, confidence and note, validated as typed.
    const activationLine = lines.findIndex(line => line.includes('kr activation'));
    await editor.locator('.view-line', { hasText: 'kr activation' }).click();
    await goTo(activationLine + 1, 8);
    await runCommand('OKR: Check in…');
    const title = 'Check in activation';
    await question(title, VALUE);
    seen.valueProblem = await answer(title, VALUE, '44 days', 'is in "days", but key result "activation" is measured in "%"');
    log('value validated as typed:', seen.valueProblem);
    await shot('02-value-refused-as-typed');
    await answer(title, VALUE, '44%');
    await accept();
    await question(title, CONFIDENCE);
    seen.confidenceProblem = await answer(title, CONFIDENCE, '150%', 'out of range');
    log('confidence validated as typed:', seen.confidenceProblem);
    await answer(title, CONFIDENCE, '70%');
    await accept();
    await question(title, NOTE);
    await answer(title, NOTE, 'Pilot "v2" is live');
    await shot('03-note');
    await accept();

    const added = `checkin ${TODAY} = 44% confidence 0.7 "Pilot \\"v2\\" is live"`;
    await editor.locator('.view-line', { hasText: `checkin ${TODAY} = 44%` }).waitFor();
    const afterCheckIn = await editorText(editor);
    if (!afterCheckIn.includes(added)) throw new Error(`the editor does not show ${added}:\n${afterCheckIn}`);
    seen.toast = plain(await page.locator('.notifications-toasts .notification-toast', { hasText: 'Checked in activation' }).first().innerText());
    log('message:', seen.toast);
    if (!/progress 36% \(was 24%\)/.test(seen.toast)) throw new Error(`the message lacks the new progress: ${seen.toast}`);
    await staleActivation.waitFor({ state: 'detached' });
    seen.problemsAfter = await problems();
    log('problems after:', seen.problemsAfter.length, '(activation no longer stale)');
    await shot('04-checked-in');

    // 2) Undo restores the file (the edit went through the editor, not behind its back).
    await editor.locator('.view-line', { hasText: 'kr ttfv' }).click();
    await page.keyboard.press('Control+Z');
    await editor.locator('.view-line', { hasText: `checkin ${TODAY}` }).waitFor({ state: 'detached' });
    await staleActivation.waitFor();
    // Not dirty: the buffer is back at the text saved on disk.
    await page.locator('.tab.active:not(.dirty)', { hasText: '2026-q4.okr' }).waitFor();
    if (fs.readFileSync(path.join(WORKSPACE, GOALS), 'utf8') !== original) throw new Error('the file on disk changed');
    seen.undo = 'restored';
    log('undo restored the file');
    await shot('05-undone');

    // 3) A key result's "Check in" code lens opens the same questions for that key result.
    await editor.locator('.view-line', { hasText: 'kr ttfv' }).waitFor();
    // ttfv's lens is the one just above its line (only the lenses in view are in the page).
    const ttfvTop = (await editor.locator('.view-line', { hasText: 'kr ttfv' }).boundingBox()).y;
    let ttfvLens;
    for (const lens of await editor.locator('.codelens-decoration a', { hasText: /^Check in$/ }).all()) {
        const top = (await lens.boundingBox())?.y ?? Infinity;
        if (top < ttfvTop && (!ttfvLens || top > ttfvLens.top)) ttfvLens = { lens, top };
    }
    await ttfvLens.lens.click();
    await page.locator('.quick-input-widget', { hasText: 'Check in ttfv' }).waitFor();
    seen.lens = 'Check in ttfv';
    await page.keyboard.press('Escape');
    log('the lens asks for ttfv');

    // 4) "OKR: Check in stale key results": each flagged key result in turn (a value, a skip, then stop).
    await runCommand('OKR: Check in stale key results');
    const first = page.locator('.quick-input-widget', { hasText: '(1 of 4 stale)' });
    await first.waitFor();
    seen.staleFirst = plain(await first.locator('.quick-input-title').innerText());
    await question('(1 of 4 stale)', VALUE);
    await answer('(1 of 4 stale)', VALUE, '15');
    await accept();
    await question('(1 of 4 stale)', CONFIDENCE);
    await accept();
    await question('(1 of 4 stale)', NOTE);
    await accept();
    const second = page.locator('.quick-input-widget', { hasText: '(2 of 4 stale)' });
    await second.waitFor();
    seen.staleSecond = plain(await second.locator('.quick-input-title').innerText());
    await accept(); // empty: skip
    await page.locator('.quick-input-widget', { hasText: '(3 of 4 stale)' }).waitFor();
    await page.keyboard.press('Escape'); // stop
    await page.locator('.notifications-toasts .notification-toast', { hasText: 'checked in 1 of 4 stale key results' }).waitFor();
    await goTo(1, 1);
    await editor.locator('.view-line', { hasText: 'okrs acme 2026-Q4' }).waitFor();
    const afterWalk = await editorText(editor);
    if (!afterWalk.includes('kr "Cut median time-to-first-value from 21 days to 10" from 21 to 10 days { // stale-checkin')
        || !afterWalk.includes(`checkin ${TODAY} = 15`)) {
        throw new Error(`the stale walk did not check in the first key result:\n${afterWalk}`);
    }
    log('stale walk:', seen.staleFirst, '→', seen.staleSecond);
    await shot('06-stale-walk');
    log('CHECK-IN E2E PASSED');
} catch (error) {
    console.error('CHECK-IN E2E FAILED:', error.message);
    if (page) await shot('99-failure').catch(() => {});
    process.exitCode = 1;
} finally {
    fs.writeFileSync(path.join(RESULTS, 'seen.json'), JSON.stringify(seen, null, 2));
    await browser?.close().catch(() => {});
    if (server && !process.env.KEEP_OPEN) await server.stop();
}
