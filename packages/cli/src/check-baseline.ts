/**
 * `okr check --baseline FILE` / `--update-baseline`, and the `baseline` key of okr.config.json:
 * hides the problems a baseline records (see okr-language's baseline.ts for the rules, which
 * the language server applies too), reports stale allowances as `stale-baseline`, and
 * rewrites the baseline on request.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import {
    applyBaseline, BaselineError, baselineKey, countByCode, describeFsError, DiagnosticCode, readBaseline, staleBaselineMessage, writeBaseline,
    type Baseline,
} from 'okr-language';
import type { LoadedWorkspace } from './load-workspace.js';
import type { BaselineUse, CliDiagnostic, FileReport } from './reporters/check-report.js';
import { UsageError } from './usage-error.js';

export interface BaselineRequest {
    /** `--baseline FILE`, over the configuration's `baseline`. */
    file?: string;
    /** `--update-baseline`: record what is found now. */
    update: boolean;
}

export interface BaselineResult { files: FileReport[]; uses: BaselineUse[] }

export function applyBaselines(files: FileReport[], workspace: LoadedWorkspace, request: BaselineRequest, cwd: string): BaselineResult {
    const settings = workspace.services.okr.Settings;
    const groups = new Map<string, FileReport[]>();
    for (const file of files) {
        const baseline = request.file ? path.resolve(cwd, request.file) : configuredBaseline(workspace, file.absolute);
        if (baseline) groups.set(baseline, [...(groups.get(baseline) ?? []), file]);
    }
    if (request.update && groups.size === 0) {
        throw new UsageError('--update-baseline needs a baseline file: give --baseline FILE, or set "baseline" in okr.config.json.');
    }
    const display = (file: string) => path.relative(cwd, file) || file;
    const severityAt = (file: string) => settings.forDocument(URI.file(file)).config.rules[DiagnosticCode.StaleBaseline].severity;
    const replaced = new Map<FileReport, FileReport>();
    const uses: BaselineUse[] = [];
    const extra: FileReport[] = [];
    for (const [baselineFile, reports] of groups) {
        const name = display(baselineFile);
        let allowed = load(baselineFile, name, request.update);
        if (request.update) {
            allowed = recorded(allowed, baselineFile, reports);
            try {
                writeBaseline(baselineFile, allowed);
            } catch (error) {
                throw new UsageError(`cannot write baseline ${name}: ${describeFsError(error)}.`);
            }
        }
        let suppressed = 0;
        for (const report of reports) {
            const outcome = applyBaseline(report.diagnostics, d => d.code, allowed.get(baselineKey(baselineFile, report.absolute)));
            suppressed += outcome.suppressed;
            const severity = severityAt(report.absolute);
            const stale: CliDiagnostic[] = severity === 'off' ? [] : outcome.stale.map(entry => ({
                line: 1, column: 1, endLine: 1, endColumn: 1, severity, code: DiagnosticCode.StaleBaseline, message: staleBaselineMessage(entry, name),
            }));
            replaced.set(report, { ...report, diagnostics: [...stale, ...outcome.kept] });
        }
        const vanished = vanishedFiles(allowed, baselineFile);
        const severity = severityAt(baselineFile);
        if (vanished.length && severity !== 'off') extra.push(vanishedReport(baselineFile, name, vanished, severity));
        uses.push({ path: name, suppressed, updated: request.update });
    }
    return { files: [...files.map(file => replaced.get(file) ?? file), ...extra], uses };
}

function configuredBaseline(workspace: LoadedWorkspace, file: string): string | undefined {
    const { config, configPath } = workspace.services.okr.Settings.forDocument(URI.file(file));
    return config.baseline && configPath ? path.resolve(path.dirname(configPath), config.baseline) : undefined;
}

function load(file: string, name: string, update: boolean): Baseline {
    if (update && !fs.existsSync(file)) return new Map();
    try {
        return readBaseline(file, name);
    } catch (error) {
        // An existing file that is not a baseline is never overwritten: it may be something else.
        if (error instanceof BaselineError) throw new UsageError(error.message);
        throw error;
    }
}

/** The counts found now for the checked files; other files keep theirs while they exist. */
function recorded(previous: Baseline, baselineFile: string, reports: FileReport[]): Baseline {
    const next: Baseline = new Map(previous);
    for (const report of reports) {
        next.set(baselineKey(baselineFile, report.absolute), countByCode(report.diagnostics.map(d => d.code)));
    }
    for (const key of vanishedFiles(next, baselineFile)) next.delete(key);
    return next;
}

function vanishedFiles(baseline: Baseline, baselineFile: string): string[] {
    return [...baseline.keys()].filter(key => !fs.existsSync(path.resolve(path.dirname(baselineFile), key)));
}

/** Entries for files that no longer exist, placed on their lines in the baseline file. */
function vanishedReport(baselineFile: string, name: string, keys: string[], severity: CliDiagnostic['severity']): FileReport {
    let lines: string[] = [];
    try {
        lines = fs.readFileSync(baselineFile, 'utf8').split(/\r?\n/);
    } catch {
        // read a moment ago; point at line 1 if it is gone now
    }
    const diagnostics = keys.map(key => {
        const index = lines.findIndex(line => line.includes(JSON.stringify(key)));
        const line = index + 1 || 1;
        return {
            line, column: 1, endLine: line, endColumn: (lines[index]?.length ?? 0) + 1, severity, code: DiagnosticCode.StaleBaseline,
            message: `The baseline ${name} has problems recorded for ${key}, which no longer exists. Run \`okr check --update-baseline\` to drop them.`,
        };
    });
    return { path: name, absolute: baselineFile, diagnostics: diagnostics.sort((a, b) => a.line - b.line) };
}
