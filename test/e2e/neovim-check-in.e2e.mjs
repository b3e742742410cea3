// Check-ins from Neovim, with the setup docs/editors.md gives (docs/neovim/okr-check-in.lua):
// headless `nvim` runs a key result's "Check in" code lens and :OkrCheckIn against
// okr-language-server --stdio; the edits arrive as workspace/applyEdit, undo takes them back,
// a refusal changes nothing, and :OkrStale lists what stale-checkin flags.
// usage: node test/e2e/neovim-check-in.e2e.mjs   (after `npm run build`; needs `nvim`)
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-nvim-checkin-'));
const workspace = path.join(work, 'workspace');
fs.cpSync(path.join(repo, 'test/e2e/fixtures/workspace'), workspace, { recursive: true });
const resultFile = path.join(work, 'result.json');

try {
    const home = path.join(work, 'home');
    const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${path.join(repo, 'test/e2e/neovim/check-in.lua')}`], {
        encoding: 'utf8',
        timeout: 90_000,
        env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local/share'),
            XDG_STATE_HOME: path.join(home, '.local/state'), XDG_CACHE_HOME: path.join(home, '.cache'),
            OKR_SERVER: path.join(repo, 'packages/language/bin/okr-language-server.js'), OKR_WORKSPACE: workspace, OKR_RESULT: resultFile,
            OKR_SETUP: path.join(repo, 'docs/neovim/okr-check-in.lua') },
    });
    if (run.error) throw new Error(`nvim could not run (${run.error.message}): install it with scripts/install-e2e-deps.sh`);
    assert.ok(fs.existsSync(resultFile), `nvim wrote no result (exit ${run.status}):\n${run.stdout}${run.stderr}`);
    const result = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    assert.deepEqual(result.errors, [], 'errors in Neovim');
    assert.equal(result.lens.title, 'Check in');
    assert.equal(result.lens.arguments[0].id, 'ttfv', 'the lens carries the key result');
    assert.ok(result.lens_checked_in, `the lens's check-in is in the buffer (messages: ${result.messages.join(' | ')})`);
    assert.match(result.messages[0], /^OKR: checked in ttfv: progress 82% \(was 64%\)/);
    assert.ok(result.undone, 'undo restores the buffer');
    assert.match(result.messages[1], /^OKR: 12 weeks is in "weeks", but key result "ttfv" is measured in "days"/);
    assert.ok(result.unchanged_after_refusal, 'a refusal changes nothing');
    assert.ok(result.cursor_checked_in, ':OkrCheckIn checks in the key result under the cursor');
    assert.deepEqual(result.stale.map(entry => entry.text.match(/^Key result "([^"]+)"/)?.[1]),
        ['Cut median time-to-first-value from 21 days to 10', 'ttfv', 'Launch the onboarding training deck']);
    assert.equal(result.prompts.length, 9);
    console.log(`neovim check-in: lens, undo, refusal, :OkrCheckIn, :OkrStale (${result.stale.length} stale)`);
    console.log('NEOVIM CHECK-IN E2E PASSED');
} catch (error) {
    console.error('NEOVIM CHECK-IN E2E FAILED:', error.message);
    process.exitCode = 1;
} finally {
    fs.rmSync(work, { recursive: true, force: true });
}
