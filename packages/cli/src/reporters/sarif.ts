/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers. Every catalog
 * code is a rule; locations are relative to %SRCROOT%, the current folder, which in CI is
 * the repository checkout.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { ALL_CODES, RULES, terminalSafeJson } from 'okr-language';
import type { CliDiagnostic, Reporter } from './check-report.js';

const LEVEL: Record<CliDiagnostic['severity'], Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
const SOURCE_ROOT = '%SRCROOT%';

const ruleIndex = new Map<string, number>(ALL_CODES.map((code, index) => [code, index]));
const rules: ReportingDescriptor[] = ALL_CODES.map(code => ({
    id: code,
    shortDescription: { text: RULES[code].description },
    defaultConfiguration: { level: LEVEL[RULES[code].severity] },
}));

export const sarif: Reporter = (report, { cwd, version }) => {
    const results: Result[] = report.files.flatMap(file => file.diagnostics.map(d => ({
        ruleId: d.code,
        ruleIndex: ruleIndex.get(d.code),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{
            physicalLocation: {
                artifactLocation: { uri: relativeUri(cwd, file.absolute), uriBaseId: SOURCE_ROOT },
                region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
            },
        }],
    })));
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

/** A relative URI reference: forward slashes, each segment percent-encoded. */
function relativeUri(cwd: string, file: string): string {
    return path.relative(cwd, file).split(path.sep).map(encodeURIComponent).join('/');
}
