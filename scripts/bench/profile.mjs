#!/usr/bin/env node
/**
 * node scripts/bench/profile.mjs cli|open|edit|hostile [--top N] [--critical] [--family NAME]
 *
 * CPU profile of one benchmark scenario on readable (unminified) bundles built into
 * bench-results/profile/, summarized as the functions with the most self and total time.
 * The raw .cpuprofile stays there for Chrome DevTools or speedscope. For `edit`, only the
 * samples taken during the edits count; with --critical, only those between each edit and
 * the edited file's diagnostics (what the user waits for).
 * Run `npm run bench` once first: it generates the data under bench-results/data.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { measureOpen, measureWorkspace } from './rows/server.mjs';
import { measureHostileServer, writeHostileCases } from './rows/hostile.mjs';
import { alias, cliMainOptions } from '../bundle-options.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(repo, 'bench-results/profile');
const data = path.join(repo, 'bench-results/data');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '40' }, critical: { type: 'boolean' }, family: { type: 'string', default: 'nested' } } });
const scenario = positionals[0];
if (!['cli', 'open', 'edit', 'hostile'].includes(scenario)) {
    console.error('usage: node scripts/bench/profile.mjs cli|open|edit|hostile [--top N] [--critical] [--family NAME]');
    process.exit(2);
}
if (scenario !== 'hostile' && !fs.existsSync(path.join(data, 'ws1000'))) {
    console.error('profile: no generated data; run `npm run bench` first');
    process.exit(2);
}

const rawText = {
    name: 'raw-text',
    setup(build) {
        build.onResolve({ filter: /\?raw$/ }, args => ({ path: path.resolve(args.resolveDir, args.path.replace(/\?raw$/, '')), namespace: 'raw' }));
        build.onLoad({ filter: /.*/, namespace: 'raw' }, args => ({ contents: fs.readFileSync(args.path, 'utf8'), loader: 'text' }));
    },
};
const bundle = (entry, outfile, extra = { plugins: [rawText] }) => esbuild.build({
    entryPoints: [path.join(repo, entry)], outfile: path.join(out, outfile), platform: 'node', target: 'node20', format: 'cjs', bundle: true,
    minify: false, logLevel: 'warning', alias, ...extra,
    define: { 'import.meta.url': 'importMetaUrl' }, banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
});

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
const nodeArgs = ['--cpu-prof', `--cpu-prof-dir=${out}`];
/** For `edit`: only the samples taken while the measured edits ran (monotonic µs). */
let window;
const ws = path.join(data, 'ws1000');
if (scenario === 'cli') {
    await bundle('packages/cli/src/main.ts', 'okr.cjs', cliMainOptions);
    await bundle('packages/cli/src/engine/index.ts', 'okr-engine.cjs');
    spawnSync(process.execPath, [...nodeArgs, path.join(out, 'okr.cjs'), 'check', ws, '--today', '2026-11-11', '--format', 'json'], { stdio: ['ignore', 'ignore', 'inherit'] });
} else {
    await bundle('packages/language/src/server/main.ts', 'server.cjs');
    const serverPath = path.join(out, 'server.cjs');
    if (scenario === 'hostile') {
        const hostile = writeHostileCases(path.join(out, 'hostile')).find(({ name }) => name.includes(values.family));
        const result = await measureHostileServer(serverPath, hostile, '2026-11-10', 5, nodeArgs);
        window = result.windowUs;
        console.log(`keystroke → diagnostics in ${hostile.name}: ${result.samples.map(Math.round).join(', ')} ms (profiled; summarized: only from each keystroke to its diagnostics)`);
    } else if (scenario === 'open') {
        const dir = path.join(data, 'single10k');
        const file = path.join(dir, fs.readdirSync(dir).find(name => name.endsWith('.okr')));
        const result = await measureOpen({ serverPath, file, today: '2026-05-12', runs: 1, nodeArgs });
        console.log(`didOpen → diagnostics: ${Math.round(result.samples[0])} ms (profiled)`);
    } else {
        const merged = fs.readdirSync(path.join(ws, 'merged'))[0];
        const result = await measureWorkspace({ serverPath, dir: ws, editFile: path.join(ws, 'merged', merged), today: '2026-11-11', sessions: 1, edits: 10, nodeArgs });
        window = values.critical ? result.criticalUs : [result.editWindowUs];
        console.log(`edit → diagnostics: ${result.editMs.map(Math.round).join(', ')} ms (profiled; summarized: ${values.critical ? 'only from each edit to its diagnostics' : 'the edits and the re-checks after them'})`);
    }
}

const [profile] = fs.readdirSync(out).filter(name => name.endsWith('.cpuprofile'));
if (!profile) {
    console.error('profile: no .cpuprofile was written');
    process.exit(1);
}
summarize(JSON.parse(fs.readFileSync(path.join(out, profile), 'utf8')), Number(values.top));
console.log(`\nfull profile: ${path.relative(process.cwd(), path.join(out, profile))}`);

/** Self and inclusive time per function (recursion counted once per stack). */
function summarize(prof, top) {
    const nodes = new Map(prof.nodes.map(node => [node.id, node]));
    const parent = new Map();
    for (const node of prof.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const name = node => {
        const { functionName, url, lineNumber } = node.callFrame;
        return `${functionName || '(anonymous)'}  ${url ? `${url.split('/').slice(-1)[0]}:${lineNumber + 1}` : ''}`;
    };
    const self = new Map();
    const total = new Map();
    let all = 0;
    let time = prof.startTime;
    prof.samples.forEach((id, i) => {
        const ms = (prof.timeDeltas[i] ?? 0) / 1000;
        time += prof.timeDeltas[i] ?? 0;
        if (window && !window.some(([from, to]) => time >= from && time <= to)) return;
        all += ms;
        const key = name(nodes.get(id));
        self.set(key, (self.get(key) ?? 0) + ms);
        const seen = new Set();
        for (let current = id; current !== undefined; current = parent.get(current)) {
            const k = name(nodes.get(current));
            if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + ms);
            seen.add(k);
        }
    });
    const print = (title, map) => {
        console.log(`\n${title}`);
        for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${String(Math.round(ms)).padStart(7)} ms  ${key}`);
    };
    console.log(`sampled ${Math.round(all)} ms`);
    print('self time', self);
    print('total time (including callees)', total);
}
