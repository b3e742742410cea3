// Neovim as a second LSP client: headless `nvim` starts `okr-language-server --stdio` as the
// docs/editors.md configuration does, opens the fixture workspace and must receive the
// diagnostics, a hover with the objective's score and a cross-file definition.
// usage: node test/e2e/neovim.e2e.mjs   (after `npm run build`; needs `nvim`, see scripts/install-e2e-deps.sh)
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const server = path.join(repo, 'packages/language/bin/okr-language-server.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-nvim-'));
const workspace = path.join(work, 'workspace');
fs.cpSync(path.join(repo, 'test/e2e/fixtures/workspace'), workspace, { recursive: true });
const resultFile = path.join(work, 'result.json');

try {
    const home = path.join(work, 'home');
    const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${path.join(repo, 'test/e2e/neovim/check.lua')}`], {
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local/share'),
            XDG_STATE_HOME: path.join(home, '.local/state'), XDG_CACHE_HOME: path.join(home, '.cache'),
            OKR_SERVER: server, OKR_WORKSPACE: workspace, OKR_RESULT: resultFile },
    });
    if (run.error) throw new Error(`nvim could not run (${run.error.message}): install it with scripts/install-e2e-deps.sh`);
    assert.ok(fs.existsSync(resultFile), `nvim wrote no result (exit ${run.status}):\n${run.stdout}${run.stderr}`);
    const result = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    assert.deepEqual(result.errors, [], 'LSP errors in Neovim');

    const rangeProblem = result.diagnostics.find(d => d.code === 'kpi-missing-range');
    assert.ok(rangeProblem, `no kpi-missing-range diagnostic in ${JSON.stringify(result.diagnostics)}`);
    assert.equal(rangeProblem.line, 22, 'kpi-missing-range on the "tickets" KPI (line 23)');
    assert.match(rangeProblem.message, /tickets/);

    const hover = typeof result.hover === 'string' ? result.hover : result.hover?.value ?? '';
    assert.match(hover, /fast_onboarding/, `hover: ${hover}`);
    assert.match(hover, /score\W{0,4}0\.3\b/i, `hover shows the objective's score: ${hover}`);

    assert.equal(result.today, '2026-11-10', 'the server applies the okr.today setting from the Neovim configuration');

    const definition = [result.definition].flat()[0];
    const target = definition?.uri ?? definition?.targetUri;
    assert.ok(target?.endsWith('/org.okr'), `definition of csat goes to org.okr, got ${JSON.stringify(result.definition)}`);
    console.log(`neovim: ${result.diagnostics.length} diagnostics, hover "${hover.split('\n').find(l => /score/i.test(l))?.trim()}", definition ${path.basename(target)}`);
    console.log('NEOVIM E2E PASSED');
} catch (error) {
    console.error('NEOVIM E2E FAILED:', error.message);
    process.exitCode = 1;
} finally {
    fs.rmSync(work, { recursive: true, force: true });
}
