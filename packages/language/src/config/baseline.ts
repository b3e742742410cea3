/**
 * A baseline records the problems a goals repository already had when it adopted okr, so
 * that only new ones are reported (ESLint's bulk suppressions are the model). It counts
 * problems per file and code, not lines, so moving or editing text does not bring old
 * problems back:
 *
 *   { "version": 1, "files": { "goals/team.okr": { "activity-key-result": { "count": 2 } } } }
 *
 * Paths are relative to the baseline file's folder, with forward slashes. For each file and
 * code: when at most `count` problems are found, none of them is reported; when more are
 * found, all of them are (okr cannot tell which one is new); when fewer are found, the
 * unused allowance is stale, reported as `stale-baseline` until the baseline is updated.
 * Parse errors (`syntax`) are never baselined. Shared by `okr check` and the language server.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticCode } from './catalog.js';
import { writeFileSafely } from '../io/write-file.js';

export const BASELINE_VERSION = 1;
/** Far above any real baseline (a 1,000-file workspace with every problem is ~1 MB). */
const MAX_BASELINE_BYTES = 32 * 1024 * 1024;

/** file key → code → allowed count. */
export type Baseline = Map<string, Map<string, number>>;

/** Why a baseline file cannot be used, as one sentence that names the file. */
export class BaselineError extends Error {
    override readonly name = 'BaselineError';
}

export interface StaleAllowance { code: string; allowed: number; found: number }

export interface BaselineOutcome<T> {
    /** The problems to report. */
    kept: T[];
    /** How many the baseline hid. */
    suppressed: number;
    stale: StaleAllowance[];
}

/** Codes a baseline can hold: not parse errors, and not its own staleness. */
export function isBaselinable(code: string): boolean {
    return code !== DiagnosticCode.Syntax && code !== DiagnosticCode.StaleBaseline;
}

/** The key of `file` in the baseline stored at `baselineFile`. */
export function baselineKey(baselineFile: string, file: string): string {
    return path.relative(path.dirname(baselineFile), file).split(path.sep).join('/');
}

/** Applies the allowance of one file to its problems. */
export function applyBaseline<T>(problems: T[], codeOf: (problem: T) => string, allowed: Map<string, number> | undefined): BaselineOutcome<T> {
    if (!allowed?.size) return { kept: problems, suppressed: 0, stale: [] };
    const found = countByCode(problems.map(codeOf));
    const hidden = new Set([...found].filter(([code, count]) => count <= (allowed.get(code) ?? 0)).map(([code]) => code));
    const kept = problems.filter(problem => !hidden.has(codeOf(problem)));
    const stale = [...allowed]
        .filter(([code, count]) => (found.get(code) ?? 0) < count)
        .map(([code, count]) => ({ code, allowed: count, found: found.get(code) ?? 0 }));
    return { kept, suppressed: problems.length - kept.length, stale };
}

export function countByCode(codes: string[]): Map<string, number> {
    const counts = new Map<string, number>();
    for (const code of codes) if (isBaselinable(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
    return counts;
}

export function staleBaselineMessage(stale: StaleAllowance, baselineName: string): string {
    const left = stale.found === 0 ? 'none is left' : `only ${stale.found} ${stale.found === 1 ? 'is' : 'are'} left`;
    return `The baseline ${baselineName} allows ${stale.allowed} "${stale.code}" problem${stale.allowed === 1 ? '' : 's'} in this file and ${left}. `
        + 'Run `okr check --update-baseline` to shrink it, so that fixed problems cannot come back unnoticed.';
}

/** Reads and checks a baseline file; every problem is a BaselineError. */
export function readBaseline(file: string, display = file): Baseline {
    let text: string;
    try {
        const stat = fs.statSync(file);
        if (!stat.isFile()) throw new BaselineError(`baseline ${display} is not a regular file.`);
        if (stat.size > MAX_BASELINE_BYTES) throw new BaselineError(`baseline ${display} is too large (${stat.size} bytes; at most ${MAX_BASELINE_BYTES}).`);
        text = fs.readFileSync(file, 'utf8');
    } catch (error) {
        if (error instanceof BaselineError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        const why = code === 'ENOENT' ? 'no such file (create it with `okr check --update-baseline`)' : code ?? (error as Error).message;
        throw new BaselineError(`cannot read baseline ${display}: ${why}.`);
    }
    return parseBaseline(text, display);
}

export function parseBaseline(text: string, display: string): Baseline {
    let raw: unknown;
    try {
        raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
        throw new BaselineError(`baseline ${display} is not valid JSON (${(error as Error).message.replace(/\s+/g, ' ')}).`);
    }
    const invalid = (what: string) => new BaselineError(`baseline ${display} is not an okr baseline: ${what}.`);
    if (!isRecord(raw)) throw invalid('it must be an object with "version" and "files"');
    if (raw.version !== BASELINE_VERSION) {
        throw new BaselineError(`baseline ${display} has version ${JSON.stringify(raw.version) ?? 'none'}; this okr reads version ${BASELINE_VERSION}. Delete it and run \`okr check --update-baseline\` to record it again.`);
    }
    if (!isRecord(raw.files)) throw invalid('"files" must be an object');
    const baseline: Baseline = new Map();
    for (const [file, codes] of Object.entries(raw.files)) {
        if (!isRecord(codes)) throw invalid(`files[${JSON.stringify(file)}] must be an object of codes`);
        const counts = new Map<string, number>();
        for (const [code, entry] of Object.entries(codes)) {
            const count = isRecord(entry) ? entry.count : undefined;
            if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1) {
                throw invalid(`files[${JSON.stringify(file)}][${JSON.stringify(code)}].count must be a whole number of 1 or more`);
            }
            counts.set(code, count);
        }
        baseline.set(file, counts);
    }
    return baseline;
}

/** Stable text: files and codes sorted, so that the file diffs well in review. */
export function serializeBaseline(baseline: Baseline): string {
    const files: Record<string, Record<string, { count: number }>> = {};
    for (const file of [...baseline.keys()].sort()) {
        const counts = baseline.get(file)!;
        if (counts.size === 0) continue;
        files[file] = Object.fromEntries([...counts.keys()].sort().map(code => [code, { count: counts.get(code)! }]));
    }
    return JSON.stringify({ version: BASELINE_VERSION, files }, null, 2) + '\n';
}

/** Writes the baseline whole or not at all (write-file.ts); unchanged text is not rewritten. */
export function writeBaseline(file: string, baseline: Baseline): void {
    const text = serializeBaseline(baseline);
    if (fs.statSync(file, { throwIfNoEntry: false })?.isFile() && fs.readFileSync(file, 'utf8') === text) return;
    writeFileSafely(file, text);
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
