#!/usr/bin/env node
// Runs the language-services fuzzer (test/fuzz/) for as many cases as asked:
//   npm run fuzz -- --cases 20000 --seed 42
// The TypeScript harness is bundled on the fly with esbuild (no TS loader needed at run time).
// Every failure is printed with its seed, case index and input, written to test-results/fuzz/,
// and — once per kind of problem — saved as a regression fixture in test/fuzz/regressions/,
// which `npm test` replays. Exit status: 0 when every case passed, 1 otherwise, 2 on bad usage.
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const USAGE = `Usage: npm run fuzz -- [--cases N] [--seed S] [--first I] [--max-bytes B] [--no-save]
       npm run fuzz -- --replay FILE.json [--replay FILE2.json …]

  --cases N      how many cases to run (default 2000)
  --seed S       the run's seed, an integer (default: a random one, printed)
  --first I      index of the first case (default 0); with --cases 1, replays one case
  --max-bytes B  cap on each case's input size (default 16000)
  --no-save      do not add regression fixtures to test/fuzz/regressions/
  --replay FILE  run a saved case (test-results/fuzz/*.json, test/fuzz/regressions/*) and print what fails`;

function fail(message) {
    console.error(`fuzz: ${message}\n\n${USAGE}`);
    process.exit(2);
}

let args;
try {
    args = parseArgs({
        options: {
            cases: { type: 'string', default: '2000' },
            seed: { type: 'string' },
            first: { type: 'string', default: '0' },
            'max-bytes': { type: 'string' },
            'no-save': { type: 'boolean', default: false },
            replay: { type: 'string', multiple: true },
            help: { type: 'boolean', short: 'h', default: false },
        },
        strict: true,
    }).values;
} catch (error) {
    fail(error.message);
}
if (args.help) {
    console.log(USAGE);
    process.exit(0);
}
const integer = (name, value, min) => {
    const number = Number(value);
    if (!Number.isSafeInteger(number) || number < min) fail(`--${name} must be an integer ≥ ${min}, not "${value}"`);
    return number;
};
const cases = integer('cases', args.cases, 1);
const seed = args.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : integer('seed', args.seed, 0);
const first = integer('first', args.first, 0);
const maxBytes = args['max-bytes'] === undefined ? undefined : integer('max-bytes', args['max-bytes'], 1);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'node_modules/.cache/okr-fuzz/campaign.cjs');
try {
    await esbuild.build({
        entryPoints: [path.join(root, 'test/fuzz/campaign.ts')], outfile: bundle, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
        logLevel: 'warning', sourcemap: 'inline',
        // Langium's ESM sources use import.meta.url; the CJS bundle needs a stand-in.
        define: { 'import.meta.url': 'importMetaUrl' }, banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    });
} catch {
    // esbuild has printed the errors.
    console.error('fuzz: the sources do not compile, so there is nothing to fuzz yet');
    process.exit(2);
}
process.setSourceMapsEnabled(true);
const { Fuzzer, runCampaign, formatFailure, saveFailure, problemSignature, DEFAULT_MAX_BYTES } = createRequire(import.meta.url)(bundle);

const fuzzer = new Fuzzer(root);

if (args.replay) {
    let failing = 0;
    for (const file of args.replay) {
        let regression;
        try {
            regression = fuzzer.loadRegression(path.resolve(file));
        } catch (error) {
            fail(`cannot read ${file}: ${error.message}`);
        }
        const outcome = await fuzzer.run(regression);
        const failure = { ...regression, origin: file, ms: outcome.ms, problems: outcome.problems };
        if (outcome.problems.length > 0) failing++;
        console.log(outcome.problems.length > 0 ? `${formatFailure(failure)}\n` : `passes: ${file} (${Math.round(outcome.ms)} ms)`);
    }
    process.exit(failing > 0 ? 1 : 0);
}
const known = new Set();
let regressionFailures = 0;
for (const regression of fuzzer.loadRegressions()) {
    const outcome = await fuzzer.run(regression);
    const failure = { ...regression, origin: regression.file, ms: outcome.ms, problems: outcome.problems };
    if (outcome.problems.length > 0) {
        regressionFailures++;
        known.add(problemSignature(failure));
        console.log(`${formatFailure(failure)}\n`);
    }
}
console.log(`fuzz: seed ${seed}, cases ${first}…${first + cases - 1}, ${fuzzer.corpus.length} source files, inputs up to ${maxBytes ?? DEFAULT_MAX_BYTES} characters`);

const summary = await runCampaign(fuzzer, {
    seed, cases, first, maxBytes,
    onFailure: failure => {
        const signature = problemSignature(failure);
        const saved = saveFailure(root, failure, !args['no-save'] && !known.has(signature));
        known.add(signature);
        console.log(`${formatFailure(failure, saved.join(', '))}\n`);
    },
    onProgress: (done, progress) => console.log(`  ${done}/${cases} cases, ${progress.failures.length} failing, slowest ${Math.round(progress.slowest.ms)} ms`),
});

const round = ms => Math.round(ms);
console.log([
    `fuzz: ${summary.cases} cases (${summary.parsed} parse cleanly) in ${(summary.totalMs / 1000).toFixed(1)} s`,
    `median ${round(summary.medianMs)} ms, slowest ${round(summary.slowest.ms)} ms (${summary.slowest.origin})`,
    `${summary.failures.length} failing${regressionFailures ? `, ${regressionFailures} regression fixtures failing` : ''}`,
].join('; '));
process.exit(summary.failures.length + regressionFailures > 0 ? 1 : 0);
