/**
 * Nothing a user types crashes or hangs the language services: every saved regression, then
 * about 2,000 seeded mutations of the examples and fixtures, through parse, validation, hover,
 * completion, navigation, formatting, quick fixes and the preview model (see checks.ts).
 * A failure prints its seed, case index and input, and is written to test-results/fuzz/ as a
 * ready-made regression fixture. `npm run fuzz -- --cases 20000 --seed S` runs more.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, FIXED_SEED, formatFailure, Fuzzer, makeCase, runCampaign, saveFailure, type FuzzFailure } from './campaign.js';
import { MUTATIONS } from './mutators.js';

const CASES = 2000;
const CHUNK = 250;

const fuzzer = new Fuzzer(process.cwd());

function report(failures: FuzzFailure[]): string {
    const reports = failures.map(failure => formatFailure(failure, saveFailure(process.cwd(), failure, false).join(', ')));
    return `${reports.join('\n\n')}\n\nOnce fixed, copy each saved .json into test/fuzz/regressions/ so every run replays it.`;
}

describe('the fuzz case generator', () => {
    const cases = Array.from({ length: CASES }, (_, index) => makeCase(fuzzer.corpus, FIXED_SEED, index));

    it('gives the same case for the same seed and index, and others for other seeds', () => {
        expect(makeCase(fuzzer.corpus, FIXED_SEED, 1234)).toEqual(cases[1234]);
        expect(makeCase(fuzzer.corpus, FIXED_SEED + 1, 1234).text).not.toBe(cases[1234].text);
    });

    it('uses every mutation and every source file, within the size cap', () => {
        expect(new Set(cases.flatMap(fuzzCase => fuzzCase.steps))).toEqual(new Set(MUTATIONS.map(mutation => mutation.name)));
        expect(new Set(cases.map(fuzzCase => fuzzCase.source))).toEqual(new Set(fuzzer.corpus.map(file => file.path)));
        expect(Math.max(...cases.map(fuzzCase => fuzzCase.text.length))).toBeLessThanOrEqual(DEFAULT_MAX_BYTES);
    });
});

describe('fuzz regressions', () => {
    const regressions = fuzzer.loadRegressions();
    it('has regression fixtures to replay', () => {
        expect(regressions.length).toBeGreaterThan(0);
    });

    it.each(regressions.map(regression => [regression.file, regression] as const))('%s', async (_file, regression) => {
        const outcome = await fuzzer.run(regression);
        const failure = { ...regression, origin: regression.file, ms: outcome.ms, problems: outcome.problems };
        expect(outcome.problems, formatFailure(failure)).toEqual([]);
    });
});

describe(`fuzz: ${CASES} mutated documents, seed ${FIXED_SEED}`, () => {
    const chunks = Array.from({ length: CASES / CHUNK }, (_, index) => index * CHUNK);
    it.each(chunks)(`cases %i… (${CHUNK} each)`, async first => {
        const summary = await runCampaign(fuzzer, { seed: FIXED_SEED, cases: CHUNK, first });
        expect(summary.cases).toBe(CHUNK);
        expect(summary.failures.length, report(summary.failures)).toBe(0);
        expect(summary.slowest.ms).toBeLessThan(1000);
    }, 120_000);
});
