// `npm run test:e2e`: packages the extension, installs code-server 4.100.3 into .e2e/ (once),
// then runs every end-to-end suite — the extension in a real VS Code driven from headless
// Chromium, Neovim against the standalone server, and the suites in extra-suites.txt.
// Exits non-zero when anything fails. Needs the Debian packages of scripts/install-e2e-deps.sh.
// usage: node test/e2e/run.mjs [suite-name…]      env: E2E_SKIP_PACKAGE=1 reuses the last .vsix
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer } from './lib/code-server.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const vsix = path.join(repo, 'packages/extension/okr-lang-vscode.vsix');
const VSIX_BUDGET_BYTES = 3 * 1024 * 1024;
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const started = Date.now();
const seconds = since => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const log = message => console.log(`[e2e ${seconds(started)}] ${message}`);
process.chdir(repo);

function fail(message) {
    console.error(`e2e: ${message}`);
    process.exit(1);
}

const suites = [
    { name: 'vscode', script: 'test/e2e/vscode.e2e.mjs', needs: 'code-server' },
    { name: 'extension-host', script: 'test/e2e/extension-host.e2e.mjs', needs: 'code-server' },
    { name: 'neovim', script: 'test/e2e/neovim.e2e.mjs' },
    ...fs.readFileSync('test/e2e/extra-suites.txt', 'utf8').split('\n').map(line => line.replace(/#.*/, '').trim()).filter(Boolean)
        .map(script => ({ name: path.basename(script).replace(/(\.e2e|\.test)?\.m?[jt]s$/, ''), script })),
];
const only = process.argv.slice(2);
const selected = only.length ? suites.filter(s => only.includes(s.name)) : suites;
if (selected.length === 0) fail(`no suite named ${only.join(', ')} (have: ${suites.map(s => s.name).join(', ')})`);
for (const suite of selected) if (!fs.existsSync(suite.script)) fail(`${suite.script} (listed in test/e2e/extra-suites.txt) does not exist`);

const missing = [[chromium, 'chromium'], ['/usr/bin/nvim', 'neovim'], ['/usr/bin/rg', 'ripgrep']].filter(([file]) => !fs.existsSync(file)).map(([, pkg]) => pkg);
if (missing.length) fail(`missing ${missing.join(', ')}: run scripts/install-e2e-deps.sh (as root) first`);

if (process.env.E2E_SKIP_PACKAGE && fs.existsSync(vsix)) {
    log(`reusing ${path.relative(repo, vsix)}`);
} else {
    const t = Date.now();
    log('npm run package (build + .vsix)');
    const result = spawnSync('npm', ['run', '--silent', 'package'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) fail('`npm run package` failed');
    log(`packaged in ${seconds(t)}`);
}
const size = fs.statSync(vsix).size;
log(`${path.relative(repo, vsix)}: ${(size / 1024).toFixed(0)} KB`);
if (size >= VSIX_BUDGET_BYTES) fail(`the .vsix is ${(size / 1024 / 1024).toFixed(2)} MB, over the 3 MB budget`);

if (selected.some(s => s.needs === 'code-server')) ensureCodeServer(path.join(repo, '.e2e'), log);

const results = [];
for (const suite of selected) {
    const t = Date.now();
    // A vitest file (e.g. the preview's Chromium tests) runs through vitest, anything else with node.
    const [command, args] = suite.script.endsWith('.test.ts')
        ? [path.join(repo, 'node_modules/.bin/vitest'), ['run', suite.script]]
        : [process.execPath, [suite.script]];
    log(`suite ${suite.name}: ${path.basename(command)} ${args.join(' ')}`);
    const result = spawnSync(command, args, {
        stdio: 'inherit',
        timeout: 5 * 60_000,
        env: { ...process.env, OKR_BROWSER_TESTS: '1', CHROMIUM: chromium, E2E_VSIX: vsix, E2E_RESULTS: path.join(repo, 'test-results/e2e', suite.name) },
    });
    results.push({ ...suite, ok: result.status === 0, time: seconds(t), why: result.error?.message ?? (result.signal ? `killed by ${result.signal}` : `exit ${result.status}`) });
}

console.log('\nend-to-end results:');
for (const r of results) console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name.padEnd(12)} ${r.time.padStart(8)}${r.ok ? '' : `  (${r.why})`}`);
console.log(`  total ${seconds(started)}; screenshots in test-results/e2e/`);
process.exitCode = results.every(r => r.ok) ? 0 : 1;
