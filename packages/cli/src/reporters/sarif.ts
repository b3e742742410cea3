/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers. Every catalog
 * code is a rule; locations are relative to %SRCROOT%, the current folder, which in CI is
 * the repository checkout.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { ALL_CODES, ruleHelpUri, RULES, terminalSafeJson } from 'okr-language';
import type { CliDiagnostic, Reporter } from './check-report.js';
import { fingerprints } from './fingerprints.js';

const LEVEL: Record<CliDiagnostic['severity'], Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
const SOURCE_ROOT = '%SRCROOT%';
/** Versioned, as SARIF recommends, so that a new scheme cannot be mistaken for this one. */
const FINGERPRINT = 'okrProblem/v1';

const ruleIndex = new Map<string, number>(ALL_CODES.map((code, index) => [code, index]));
const rules: ReportingDescriptor[] = ALL_CODES.map(code => ({
    id: code,
    shortDescription: { text: RULES[code].description },
    helpUri: ruleHelpUri(code),
    defaultConfiguration: { level: LEVEL[RULES[code].severity] },
}));

export const sarif: Reporter = (report, { cwd, version }) => {
    const results: Result[] = report.files.flatMap(file => {
        const prints = fingerprints(file, cwd);
        return file.diagnostics.map((d, index) => result(d, relativeUri(cwd, file.absolute), prints[index]));
    });
    const log: Log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'okr', semanticVersion: version, rules } },
            originalUriBaseIds: { [SOURCE_ROOT]: { uri: pathToFileURL(cwd + path.sep).href } },
            columnKind: 'utf16CodeUnits',
            results,
        }],
    };
    return terminalSafeJson(log, 2) + '\n';
};

function result(d: CliDiagnostic, uri: string, fingerprint: string): Result {
    return {
        ruleId: d.code,
        ruleIndex: ruleIndex.get(d.code),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{
            physicalLocation: {
                artifactLocation: { uri, uriBaseId: SOURCE_ROOT },
                region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
            },
        }],
        // Not primaryLocationLineHash: GitHub computes that one itself and warns when it differs.
        partialFingerprints: { [FINGERPRINT]: fingerprint },
    };
}

/** A relative URI reference: forward slashes, each segment percent-encoded. */
function relativeUri(cwd: string, file: string): string {
    return path.relative(cwd, file).split(path.sep).map(encodeURIComponent).join('/');
}
