#!/usr/bin/env node
/**
 * npm run bench [-- --quick] [--only cli,server,preview,extension,vsix,scaling,hostile,peers] [--runs N] [--no-build] [--no-package]
 *
 * Measures every row of the product's budget table (docs: /work/shared/spec/product.md,
 * "Budgets") and the figures of issue 13 beside the peers on generated data, prints tables and writes bench-results/latest.json.
 * A benchmark, not a test: it never fails on timing. Rows whose piece is not built yet say
 * "not available yet". The machine is shared, so each figure is a median over several runs,
 * with its spread, and the load average is recorded. What each row measures: README.md here.
 */
import { execSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { prepareDatasets } from './datasets.mjs';
import { failedRow, formatValue as fmt, lineScalingTable, measuredRow, notes, scalingTable, table, unavailableRow } from './report.mjs';
import { cliAvailable, measureCheck } from './rows/cli.mjs';
import { extensionAvailable, measureActivation } from './rows/extension.mjs';
import { measurePreview, Unavailable } from './rows/preview.mjs';
import { coldStartFigures, measureColdStart } from './rows/cold-start.mjs';
import { measurePeers, peersMissing } from './rows/peers.mjs';
import { lineScalingEntries, measureLineScaling, PER_LINE } from './rows/scaling-lines.mjs';
import { measureOpen, measureWorkspace } from './rows/server.mjs';
import { measureVsix } from './rows/vsix.mjs';
import { measureHostileCli, measureHostileServer, writeHostileCases } from './rows/hostile.mjs';
import { summarize } from './stats.mjs';
import { failedEntry, limitEntry, targetsTable } from './targets.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const GROUPS = ['cli', 'server', 'preview', 'extension', 'vsix', 'scaling', 'hostile', 'peers'];
const { values: args } = parseArgs({
    options: {
        quick: { type: 'boolean' }, only: { type: 'string' }, runs: { type: 'string' }, sessions: { type: 'string' }, edits: { type: 'string' },
        'no-build': { type: 'boolean' }, 'no-package': { type: 'boolean' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    },
});
if (args.help) {
    console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(2, 10).join('\n').replace(/^ \*\/? ?/gm, ''));
    process.exit(0);
}
const only = new Set(args.only ? args.only.split(',').map(s => s.trim()) : GROUPS);
for (const group of only) if (!GROUPS.includes(group)) { console.error(`bench: unknown group "${group}" (${GROUPS.join(', ')})`); process.exit(2); }
const runs = Number(args.runs ?? (args.quick ? 2 : 5));
const sessions = Number(args.sessions ?? (args.quick ? 1 : 3));
const edits = Number(args.edits ?? (args.quick ? 10 : 20));

const cliPath = path.join(repo, 'packages/cli/bin/okr.js');
const serverPath = path.join(repo, 'packages/language/bin/okr-language-server.js');
const extensionDir = path.join(repo, 'packages/extension');
const resultsDir = path.join(repo, 'bench-results');
const log = message => process.stderr.write(`bench: ${message}\n`);
const loadAtStart = os.loadavg().map(l => Math.round(l * 100) / 100);

if (!args['no-build']) {
    log('npm run build');
    const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (build.status !== 0) log(`build failed, measuring the bundles already there: ${build.stderr.trim().split('\n').slice(-2).join(' | ')}`);
}
log('generating data into bench-results/data');
const data = prepareDatasets(path.join(resultsDir, 'data'), { lineScaling: only.has('scaling'), coldStart: only.has('server') });
const ws = data.ws1000;
const bigFile = path.join(ws.dir, ws.merged);
const bigLines = fs.readFileSync(bigFile, 'utf8').split('\n').length;
const singleFile = path.join(data.single10k.dir, data.single10k.paths[0]);
const k = n => `${Math.round(n / 1000)}k`;

const rows = [];
/** The figures of issue 13 beside their targets (targets.mjs), from the groups that ran. */
const issue13 = [];
const load = () => Math.round(os.loadavg()[0] * 100) / 100;
/** Runs one row's measurement; a missing piece becomes "not available yet", an error "failed". */
async function row(spec, measure) {
    log(`measuring: ${spec.figure}`);
    try {
        const missing = spec.requires?.();
        // The machine is shared: keep the load each figure was taken under.
        const loadAverage = Math.round(os.loadavg()[0] * 100) / 100;
        const result = missing ? unavailableRow(spec, missing) : await measure();
        rows.push(...[result].flat().map(r => ({ ...spec, ...r, requires: undefined, loadAverage })));
    } catch (error) {
        rows.push(error instanceof Unavailable ? unavailableRow(spec, error.message) : failedRow(spec, error));
    }
}
const serverMissing = () => (fs.existsSync(path.join(repo, 'packages/language/out/server.cjs')) ? undefined : 'packages/language/out/server.cjs is missing (npm run build)');

if (only.has('cli')) {
    const spec = { id: 'cli-check', figure: `okr check, ${ws.files.toLocaleString('en-US')} files / ${k(ws.lines)} lines, whole process`, budget: 3000, unit: 'ms', requires: () => cliAvailable(cliPath) };
    await row(spec, async () => {
        const { samples, cpu, peak, summary } = await measureCheck(cliPath, ws.dir, ws.today, runs);
        const details = { cpuMs: summarize(cpu), peakMB: summarize(peak), report: summary };
        const note = details.cpuMs ? `CPU ${fmt(details.cpuMs.median, 'ms')} (user+sys, all threads), peak RSS ${fmt(details.peakMB.median, 'MB')}, ${summary.errors + summary.warnings + summary.infos} diagnostics` : undefined;
        return measuredRow({ ...spec, samples, details, note });
    });
}

if (only.has('server')) {
    const spec = { id: 'server-open', figure: `server: didOpen → diagnostics, one ${k(data.single10k.lines)}-line file`, budget: 300, unit: 'ms', requires: serverMissing };
    await row(spec, async () => {
        const { samples, unseen, cold, startup, diagnostics } = await measureOpen({ serverPath, file: singleFile, today: data.single10k.today, runs, otherDir: data.ws10.dir });
        return [
            measuredRow({ ...spec, samples, details: { startUntilIndexedMs: summarize(startup), diagnostics },
                note: `server started on the file's folder, idle after ${fmt(summarize(startup).median, 'ms')}; ${diagnostics} diagnostics` }),
            measuredRow({ id: 'server-open-unseen', figure: '  … a file the server has not seen (parse, link, check)', unit: 'ms', samples: unseen }),
            measuredRow({ id: 'server-open-cold', figure: '  … cold: the first file a fresh server sees', unit: 'ms', samples: cold }),
        ];
    });
    const editSpec = { id: 'server-edit', figure: `server: edit → diagnostics, ${k(bigLines)}-line file in a ${ws.files.toLocaleString('en-US')}-file workspace`, budget: 100, unit: 'ms', requires: serverMissing };
    const memorySpec = { id: 'server-memory', figure: `server: peak RSS, ${ws.files.toLocaleString('en-US')}-file workspace indexed, after the edits`, budget: 400, unit: 'MB', requires: serverMissing };
    let workspace;
    await row(editSpec, async () => {
        workspace = await measureWorkspace({ serverPath, dir: ws.dir, editFile: bigFile, today: ws.today, sessions, edits, onProgress: log });
        return measuredRow({
            ...editSpec, samples: workspace.editMs, showP95: true,
            details: {
                firstDiagnosticsAfterStartMs: summarize(workspace.readyMs), startSettledMs: summarize(workspace.startSettledMs),
                editUntilServerIdleMs: summarize(workspace.settleMs), otherFilesRepublishedPerEdit: summarize(workspace.republished),
                serverCpuPerEditMs: summarize(workspace.cpuPerEditMs),
            },
            note: `server CPU per edit ${fmt(summarize(workspace.cpuPerEditMs).median, 'ms')} incl. re-checking ${summarize(workspace.republished).median} other files; `
                + `edit → server idle ${fmt(summarize(workspace.settleMs).median, 'ms')}; start → first diagnostics ${fmt(summarize(workspace.readyMs).median, 'ms')}`,
        });
    });
    if (workspace) {
        const loadAverage = rows.at(-1).loadAverage;
        issue13.push(
            limitEntry({ id: 'ws-edit-median', figure: `server: edit → diagnostics, ${k(bigLines)}-line file of a ${ws.files.toLocaleString('en-US')}-file workspace, median`, unit: 'ms', samples: workspace.editMs, target: 50, loadAverage }),
            limitEntry({ id: 'ws-edit-p95', figure: '  … p95', unit: 'ms', samples: workspace.editMs, stat: 'p95', target: 100, loadAverage }),
        );
        rows.push(measuredRow({ ...memorySpec, samples: workspace.peakMB, details: { currentMB: summarize(workspace.currentMB), peakBeforeEditsMB: summarize(workspace.peakAfterStartMB) },
            note: `peak ${fmt(summarize(workspace.peakAfterStartMB).median, 'MB')} after start-up and the first open, ${fmt(summarize(workspace.currentMB).median, 'MB')} resident at the end` }));
    }
    else rows.push(unavailableRow(memorySpec, 'the workspace session did not run'));

    const cold = data.coldws;
    const coldSpec = { id: 'server-cold-start', figure: `server: cold start in a ${cold.files.toLocaleString('en-US')}-file workspace, spawn → the opened file's first diagnostics`, unit: 'ms', requires: serverMissing };
    await row(coldSpec, async () => {
        const files = [
            { name: 'peer-file', file: cold.peerFile, label: `the ${k(data.peers.lines)}-line peers' file` },
            { name: 'team-file', file: typicalTeamFile(cold), label: 'a team file with cross-file references' },
        ];
        const result = await measureColdStart({ serverPath, dir: cold.dir, files, today: cold.today, runs: args.quick ? 1 : Math.min(runs, 3) });
        const { rows: coldRows, entries } = coldStartFigures(coldSpec, files, result, { workspace: `${cold.files.toLocaleString('en-US')}-file workspace`, loadAverage: load() });
        issue13.push(...entries);
        return coldRows;
    });
}

if (only.has('preview')) {
    const specs = [
        { id: 'preview-first', figure: `preview: first render, ${data.preview300.objectives} objectives (headless Chromium)`, budget: 500, unit: 'ms' },
        { id: 'preview-update', figure: 'preview: update after an edit', budget: 150, unit: 'ms' },
    ];
    const requires = () => cliAvailable(cliPath);
    await row({ ...specs[0], requires }, async () => {
        const result = await measurePreview({ cliPath, dataset: data.preview300, work: path.join(resultsDir, 'work/preview'), runs, updates: Math.max(6, runs * 2) });
        return [
            measuredRow({ ...specs[0], samples: result.first, details: { objectivesDrawn: result.objectives, domContentLoadedMs: summarize(result.split.domContentLoadedMs), firstContentfulPaintMs: summarize(result.split.firstContentfulPaintMs) } }),
            measuredRow({ ...specs[1], samples: result.update, showP95: true, details: { messageAndScriptMs: summarize(result.split.scriptMs), styleLayoutPaintMs: summarize(result.split.renderMs) },
                note: `message + script ${fmt(summarize(result.split.scriptMs).median, 'ms')}, style + layout + paint ${fmt(summarize(result.split.renderMs).median, 'ms')}` }),
        ];
    });
    if (!rows.some(r => r.id === 'preview-update')) rows.push({ ...rows.at(-1), ...specs[1] });
}

if (only.has('extension')) {
    const spec = { id: 'extension-activation', figure: 'extension activation: load + activate() (stub vscode)', budget: 300, unit: 'ms', requires: () => extensionAvailable(extensionDir) };
    await row(spec, async () => {
        const samples = measureActivation(extensionDir, data.ws10.dir, runs);
        return [
            measuredRow({ ...spec, samples: samples.activation, details: { loadMs: summarize(samples.load), activateMs: summarize(samples.activate) },
                note: `code loading ${fmt(summarize(samples.load).median, 'ms')} + activate() ${fmt(summarize(samples.activate).median, 'ms')}; VS Code's own overhead not included` }),
            measuredRow({ id: 'extension-client-ready', figure: '  … until the language client has started (server up)', unit: 'ms', samples: samples.ready }),
        ];
    });
}

if (only.has('vsix')) {
    const spec = { id: 'vsix-size', figure: 'packaged .vsix', budget: 3 * 1024 * 1024, unit: 'bytes' };
    await row(spec, async () => {
        const result = measureVsix(repo, { repackage: !args['no-package'] });
        return result ? measuredRow({ ...spec, samples: [result.bytes], details: result }) : unavailableRow(spec, 'no .vsix yet (npm run package)');
    });
}

if (only.has('hostile')) {
    const cases = writeHostileCases(path.join(resultsDir, 'data/hostile'));
    const spec = { id: 'hostile-cli', figure: 'okr check on hostile input, slowest family, per MB', budget: 1000, unit: 'ms', requires: () => cliAvailable(cliPath) };
    let slowest;
    await row(spec, async () => {
        const results = await measureHostileCli(cliPath, cases, '2026-11-10', Math.min(runs, 3));
        const median = result => summarize(result.perMB).median;
        slowest = results.reduce((a, b) => (median(b) > median(a) ? b : a));
        return [
            measuredRow({ ...spec, figure: `${spec.figure}: ${slowest.name}, ${fmt(slowest.bytes / 2 ** 20, 'MB')}`, samples: slowest.perMB,
                details: Object.fromEntries(results.map(r => [r.name, { bytes: r.bytes, wallMs: summarize(r.samples), cpuMs: summarize(r.cpu), perMBMs: summarize(r.perMB) }])),
                note: results.map(r => `${r.name} ${fmt(median(r), 'ms')}/MB`).join(', ') }),
        ];
    });
    const serverSpec = { id: 'hostile-server', figure: 'server: keystroke → diagnostics in the slowest hostile file', budget: 300, unit: 'ms', requires: serverMissing };
    await row(serverSpec, async () => {
        const target = slowest ?? cases[0];
        const result = await measureHostileServer(serverPath, target, '2026-11-10', Math.max(5, Math.min(edits, 10)));
        return measuredRow({ ...serverSpec, figure: `${serverSpec.figure} (${target.name}, ${fmt(target.bytes / 2 ** 20, 'MB')})`, samples: result.samples, showP95: true,
            details: { peakMB: result.peakMB }, note: `peak RSS ${fmt(result.peakMB, 'MB')}` });
    });
}

let peers;
if (only.has('peers')) {
    const missing = peersMissing() ?? serverMissing() ?? cliAvailable(cliPath);
    if (missing) issue13.push(failedEntry('peers', 'beside yaml-language-server and ajv-cli', new Error(`not available yet: ${missing}`)));
    else {
        // Sessions of at most 10 edits: an edit of the peer takes about a second, and the plain bench stays near 10 minutes.
        peers = await measurePeers({ cliPath, serverPath, set: data.peers, emptyDir: data.empty.dir, runs, sessions, edits: Math.min(edits, args.quick ? 6 : 10), onProgress: log });
        issue13.push(...peers.entries);
    }
}

const scaling = [];
let lineScaling;
if (only.has('scaling')) {
    for (const name of ['ws10', 'ws100', 'ws1000']) {
        const set = data[name];
        const point = { files: set.files, lines: set.lines };
        log(`scaling: ${set.files} files`);
        try {
            if (cliAvailable(cliPath)) throw new Error(cliAvailable(cliPath));
            const check = await measureCheck(cliPath, set.dir, set.today, Math.min(runs, 3));
            point.cli = { ...summarize(check.samples), cpuMs: summarize(check.cpu)?.median, peakMB: summarize(check.peak)?.median };
        } catch (error) {
            point.cliError = `failed: ${error.message.split('\n')[0]}`;
        }
        try {
            const file = typicalTeamFile(set);
            const result = await measureWorkspace({ serverPath, dir: set.dir, editFile: file, today: set.today, sessions: 1, edits: 10 });
            point.server = { readyMs: result.readyMs[0], editMedianMs: summarize(result.editMs).median, editP95Ms: summarize(result.editMs).p95, peakMB: result.peakMB[0], editedFile: path.relative(set.dir, file) };
        } catch (error) {
            point.serverError = `failed: ${error.message.split('\n')[0]}`;
        }
        scaling.push(point);
    }
    const loadAverage = load();
    lineScaling = await measureLineScaling({
        cliPath, serverPath, sets: ['lines1k', 'lines10k', 'lines50k'].map(name => ({ name, ...data[name] })), emptyDir: data.empty.dir, warmFile: data.warm.file,
        // The CLI's figure is a difference of two whole processes: at 1k lines it is small beside their noise, so 5 rounds.
        runs: args.quick ? 2 : Math.max(runs, 5), sessions: args.quick ? 1 : 2, edits: args.quick ? 3 : 5, onProgress: log,
    });
    issue13.push(...lineScalingEntries(lineScaling, loadAverage));
}

/** A team's file of the last quarter, of median size: what a user typically edits. */
function typicalTeamFile(set) {
    const quarter = set.paths.filter(p => /^\d{4}-Q\d\//.test(p)).map(p => p.split('/')[0]).sort().at(-1);
    const files = set.paths.filter(p => p.startsWith(`${quarter}/`)).map(p => path.join(set.dir, p));
    const sized = files.map(file => [fs.statSync(file).size, file]).sort((a, b) => a[0] - b[0]);
    return sized[Math.floor(sized.length / 2)][1];
}

const machine = {
    cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30),
    loadAverageAtStart: loadAtStart, loadAverageAtEnd: os.loadavg().map(l => Math.round(l * 100) / 100), node: process.version,
};
let commit = 'unknown';
try {
    commit = execSync('git rev-parse --short HEAD', { cwd: repo, encoding: 'utf8' }).trim()
        + (execSync('git status --porcelain', { cwd: repo, encoding: 'utf8' }).trim() ? ' (with uncommitted changes)' : '');
} catch { /* not a git checkout */ }
const datasets = Object.fromEntries(Object.entries(data).map(([name, set]) => [name, { dir: path.relative(repo, set.dir), files: set.files, lines: set.lines, objectives: set.objectives, keyResults: set.keyResults, today: set.today }]));

console.log(`okr bench · ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${machine.cpus} CPUs (${machine.cpu}) · load ${machine.loadAverageAtStart[0]} → ${machine.loadAverageAtEnd[0]} · node ${machine.node} · ${commit}`);
console.log(`runs ${runs}, server sessions ${sessions} × ${edits} edits; data: ${ws.files} files / ${ws.lines.toLocaleString('en-US')} lines, edited file ${ws.merged} (${bigLines} lines)\n`);
if (rows.length) {
    console.log(table(rows));
    console.log(notes(rows));
}
if (scaling.length) console.log(`\nscaling (typical team file edited; 1 server session × 10 edits):\n${scalingTable(scaling)}`);
if (lineScaling) console.log(`\nscaling with the size of one file (peers' shape; time per line, growth = per line at the largest size / at the smallest):\n${lineScalingTable(lineScaling, PER_LINE)}`);
if (issue13.length) {
    const twin = peers ? `; peers: yaml-language-server ${peers.raw.yamlLanguageServer} on the YAML twin (${peers.raw.yamlLines.toLocaleString('en-US')} lines) with its JSON Schema, ajv-cli --all-errors` : '';
    console.log(`\nissue 13, ahead of the peers (same run; okr / peer below 1 means okr is faster or smaller${twin}):\n${targetsTable(issue13)}`);
}
// A partial run (--only) must not replace the full table of the last complete run.
const out = args.out ?? path.join(resultsDir, args.only ? 'latest-partial.json' : 'latest.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), commit, machine, settings: { runs, sessions, edits }, datasets, rows, scaling, lineScaling, issue13, peers: peers?.raw }, null, 2)}\n`);
console.log(`\nwritten to ${path.relative(process.cwd(), out) || out}`);
