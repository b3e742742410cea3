/**
 * A fuzz run: `cases` mutated documents from a seed, each checked by `runCase`; failures are
 * printed with everything needed to reproduce them and saved as regression fixtures
 * (test/fuzz/regressions/), which every later run replays first.
 * Used by test/fuzz/fuzz.test.ts (fixed seed) and `npm run fuzz -- --cases N --seed S`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCase, type CaseOutcome } from './checks.js';
import { mutate } from './mutators.js';
import { caseSeed, createRandom } from './random.js';
import { FuzzWorkspaces, loadCorpus, type CorpusFile } from './workspace.js';

/** The fixed seed of `npm test`. */
export const FIXED_SEED = 20261110;
/** Inputs are capped so that one case stays a unit of work; `--max-bytes` raises it. */
export const DEFAULT_MAX_BYTES = 16_000;
export const REGRESSIONS_DIR = 'test/fuzz/regressions';
export const RESULTS_DIR = 'test-results/fuzz';

export interface FuzzCase {
    /** The corpus file the text was mutated from; its workspace is the case's workspace. */
    source: string;
    text: string;
    steps: string[];
    /** Seeds the positions probed with hover, completion and navigation. */
    probeSeed: number;
}

export interface FuzzFailure extends FuzzCase {
    /** Where it was found: `seed S case I`, or the regression fixture it replays. */
    origin: string;
    ms: number;
    problems: string[];
}

export interface Regression extends FuzzCase { file: string; problem?: string }

export function makeCase(corpus: readonly CorpusFile[], seed: number, index: number, maxBytes = DEFAULT_MAX_BYTES): FuzzCase {
    const random = createRandom(caseSeed(seed, index));
    const source = random.pick(corpus);
    const { text, steps } = mutate(source.text, random, corpus.map(file => file.text), maxBytes);
    return { source: source.path, text, steps, probeSeed: random.int(2 ** 31) };
}

export class Fuzzer {
    readonly corpus: CorpusFile[];
    private readonly workspaces: FuzzWorkspaces;

    constructor(readonly root: string) {
        this.corpus = loadCorpus(root);
        this.workspaces = new FuzzWorkspaces(root, this.corpus);
    }

    /** Runs a case; a case that is only slow is timed once more (the first run may have met a GC pause or a busy machine). */
    async run(fuzzCase: FuzzCase): Promise<CaseOutcome> {
        const file = this.corpus.find(candidate => candidate.path === fuzzCase.source) ?? { path: fuzzCase.source, workspace: path.posix.dirname(fuzzCase.source) };
        const once = () => runCase(this.workspaces, file, fuzzCase.text, createRandom(fuzzCase.probeSeed));
        const outcome = await once();
        if (outcome.problems.length === 1 && outcome.problems[0].startsWith('slow:')) {
            const again = await once();
            return again.ms < outcome.ms ? again : outcome;
        }
        return outcome;
    }

    loadRegressions(): Regression[] {
        const dir = path.join(this.root, REGRESSIONS_DIR);
        if (!fs.existsSync(dir)) return [];
        return fs.readdirSync(dir).filter(name => /\.(okr|json)$/.test(name)).sort().map(name => this.loadRegression(path.join(dir, name)));
    }

    /**
     * A hand-written `.okr` regression stands alone; a `.json` one records a fuzz case exactly
     * (invisible characters included) with the file whose workspace it ran in.
     */
    loadRegression(absolutePath: string): Regression {
        const file = path.relative(this.root, absolutePath).split(path.sep).join('/');
        const content = fs.readFileSync(absolutePath, 'utf8');
        if (file.endsWith('.okr')) return { file, source: file, text: content, steps: [], probeSeed: 1 };
        const record = JSON.parse(content) as Partial<Regression>;
        if (typeof record.text !== 'string' || typeof record.source !== 'string') throw new Error('not a fuzz case record (needs "source" and "text")');
        return { ...record, source: record.source, text: record.text, steps: record.steps ?? [], probeSeed: record.probeSeed ?? 1, file };
    }
}

export interface RunSummary {
    cases: number;
    parsed: number;
    failures: FuzzFailure[];
    slowest: { origin: string; ms: number };
    medianMs: number;
    totalMs: number;
}

export interface RunOptions {
    seed: number;
    cases: number;
    first?: number;
    maxBytes?: number;
    onProgress?: (done: number, summary: RunSummary) => void;
    onFailure?: (failure: FuzzFailure) => void;
}

export async function runCampaign(fuzzer: Fuzzer, options: RunOptions): Promise<RunSummary> {
    const first = options.first ?? 0;
    const times: number[] = [];
    const summary: RunSummary = { cases: 0, parsed: 0, failures: [], slowest: { origin: '', ms: 0 }, medianMs: 0, totalMs: 0 };
    const started = performance.now();
    for (let index = first; index < first + options.cases; index++) {
        const fuzzCase = makeCase(fuzzer.corpus, options.seed, index, options.maxBytes);
        const outcome = await fuzzer.run(fuzzCase);
        const origin = `seed ${options.seed} case ${index}`;
        summary.cases++;
        if (outcome.parses) summary.parsed++;
        times.push(outcome.ms);
        if (outcome.ms > summary.slowest.ms) summary.slowest = { origin, ms: outcome.ms };
        if (outcome.problems.length > 0) {
            const failure = { ...fuzzCase, origin, ms: outcome.ms, problems: outcome.problems };
            summary.failures.push(failure);
            options.onFailure?.(failure);
        }
        if (summary.cases % 500 === 0) options.onProgress?.(summary.cases, summary);
    }
    summary.totalMs = performance.now() - started;
    summary.medianMs = times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
    return summary;
}

/** Everything needed to reproduce a failure, with the input JSON-escaped so invisible characters show. */
export function formatFailure(failure: FuzzFailure, savedAs?: string): string {
    const input = JSON.stringify(failure.text);
    return [
        `FUZZ FAILURE (${failure.origin}): ${failure.problems.map(problem => problem.split('\n')[0]).join('; ')}`,
        `  source: ${failure.source}   mutations: ${failure.steps.join(', ') || '(none)'}   probe seed: ${failure.probeSeed}   ${Math.round(failure.ms)} ms`,
        ...(savedAs ? [`  saved as: ${savedAs}`] : []),
        ...failure.problems.map(problem => indent(problem.length > 3000 ? `${problem.slice(0, 3000)}…` : problem)),
        `  input (${failure.text.length} characters, JSON string):`,
        indent(input.length > 4000 ? `${input.slice(0, 4000)}… (truncated; the full input is in the saved file)` : input),
    ].join('\n');
}

const indent = (text: string) => text.split('\n').map(line => `    ${line}`).join('\n');

/** A short, stable name for the kind of problem: the first problem's headline without numbers and quotes. */
export function problemSignature(failure: FuzzFailure): string {
    const headline = failure.problems[0].split('\n')[0];
    return headline.replace(/"[^"]*"/g, '').replace(/\d+/g, '').replace(/[^a-z]+/gi, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 60);
}

/** Writes the failure to test-results/fuzz/ (report and complete case) and, optionally, as a regression fixture. Returns the paths written. */
export function saveFailure(root: string, failure: FuzzFailure, asRegression: boolean): string[] {
    const name = `${failure.origin.replace(/[^\w]+/g, '-')}-${problemSignature(failure)}`;
    const record = { source: failure.source, steps: failure.steps, probeSeed: failure.probeSeed, problem: failure.problems[0].split('\n')[0], found: failure.origin, text: failure.text };
    const written: string[] = [];
    const write = (dir: string, content: string, extension: string) => {
        fs.mkdirSync(path.join(root, dir), { recursive: true });
        const file = `${dir}/${name}${extension}`;
        fs.writeFileSync(path.join(root, file), content);
        written.push(file);
    };
    const json = `${JSON.stringify(record, null, 2)}\n`;
    // The report, and the complete case (the report truncates long inputs), ready to become a regression fixture.
    write(RESULTS_DIR, `${formatFailure(failure)}\n`, '.txt');
    write(RESULTS_DIR, json, '.json');
    if (asRegression) write(REGRESSIONS_DIR, json, '.json');
    return written;
}
