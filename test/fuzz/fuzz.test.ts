/**
 * Nothing a user types crashes or hangs the language services: every saved regression, then
 * about 2,000 seeded mutations of the examples and fixtures, through parse, validation, hover,
 * completion, navigation, formatting, quick fixes and the preview model (see checks.ts).
 * A failure prints its seed, case index and input, and is written to test-results/fuzz/ as a
 * ready-made regression fixture. `npm run fuzz -- --cases 20000 --seed S` runs more.
 */
import { describe, expect, it } from 'vitest';
import { FIXED_SEED, formatFailure, Fuzzer, runCampaign, saveFailure, type FuzzFailure } from './campaign.js';

const CASES = 2000;
const CHUNK = 250;

const fuzzer = new Fuzzer(process.cwd());

function report(failures: FuzzFailure[]): string {
    return failures.map(failure => formatFailure(failure, saveFailure(process.cwd(), failure, false).join(', '))).join('\n\n');
}

describe('fuzz regressions', () => {
    const regressions = fuzzer.loadRegressions();
    it.runIf(regressions.length > 0).each(regressions.map(regression => [regression.file, regression] as const))('%s', async (_file, regression) => {
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
