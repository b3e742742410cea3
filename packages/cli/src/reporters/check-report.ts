/**
 * What `okr check` found, independent of the output format: per file, its diagnostics
 * with 1-based positions, the catalog code and the configured severity.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticCode, MAX_SYNTAX_ERRORS, PARSING_STOPPED_MESSAGE, severityOfLsp, type Severity } from 'okr-language';
import type { LoadedFile } from '../load-workspace.js';
import type { Colors } from '../output.js';
import type { ObjectiveNode } from 'okr-language';

export type { Severity };

export interface CliDiagnostic {
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: Severity;
    code: string;
    message: string;
}

export interface FileReport {
    /** As given, or relative to the current folder. */
    path: string;
    absolute: string;
    diagnostics: CliDiagnostic[];
    /** The file's text, for fingerprints that follow a problem when lines move. */
    source?: string;
}

export interface Summary { errors: number; warnings: number; infos: number; hints: number }

export interface BaselineUse {
    /** As given, or relative to the current folder. */
    path: string;
    /** Problems it hid in this run. */
    suppressed: number;
    /** Written in this run (`--update-baseline`). */
    updated: boolean;
}

export interface CheckReport {
    files: FileReport[];
    summary: Summary;
    /** The objectives with their scores, for the summary formats (markdown). */
    objectives?: ObjectiveNode[];
    baselines?: BaselineUse[];
    /** What the annotations of a CI step left out, said at the top of a summary. */
    notes?: string[];
}

export interface ReporterContext { cwd: string; colors: Colors; version: string }

export type Reporter = (report: CheckReport, context: ReporterContext) => string;

export function fileReport(file: LoadedFile, keep: (severity: Severity) => boolean): FileReport {
    const diagnostics = file.notParsed
        ? [{ line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error' as const, code: DiagnosticCode.Syntax, message: file.notParsed }]
        : capSyntaxErrors((file.document?.diagnostics ?? []).map(toCliDiagnostic));
    return { path: file.display, absolute: file.absolute, diagnostics: diagnostics.filter(d => keep(d.severity)), source: file.text };
}

/**
 * The parser stops at MAX_SYNTAX_ERRORS and says so; lexing errors (a binary file) come on top
 * of those: past that many in all, the rest become one line.
 */
function capSyntaxErrors(diagnostics: CliDiagnostic[]): CliDiagnostic[] {
    const syntax = diagnostics.filter(d => d.code === DiagnosticCode.Syntax && d.message !== PARSING_STOPPED_MESSAGE);
    if (syntax.length <= MAX_SYNTAX_ERRORS) return diagnostics;
    const firstHidden = syntax[MAX_SYNTAX_ERRORS];
    const hidden = new Set(syntax.slice(MAX_SYNTAX_ERRORS));
    const more = `${syntax.length - MAX_SYNTAX_ERRORS} more syntax errors follow from here and are not shown. Fix the ones above first, or check that this is an .okr file.`;
    return [...diagnostics.filter(d => !hidden.has(d)), { ...firstHidden, message: more }];
}

function toCliDiagnostic(diagnostic: Diagnostic): CliDiagnostic {
    const { start, end } = diagnostic.range;
    // A parser error at the end of input can carry no position; point at the start then.
    const line = Number.isFinite(start.line) ? start.line + 1 : 1;
    const column = Number.isFinite(start.character) ? start.character + 1 : 1;
    const endLine = Number.isFinite(end.line) ? end.line + 1 : line;
    const endColumn = Number.isFinite(end.character) ? end.character + 1 : column;
    return {
        line, column, endLine, endColumn,
        severity: severityOfLsp(diagnostic.severity),
        code: typeof diagnostic.code === 'string' ? diagnostic.code : DiagnosticCode.Syntax,
        message: diagnostic.message,
    };
}

export function summarize(files: FileReport[]): Summary {
    const summary: Summary = { errors: 0, warnings: 0, infos: 0, hints: 0 };
    for (const diagnostic of files.flatMap(file => file.diagnostics)) {
        if (diagnostic.severity === 'error') summary.errors++;
        else if (diagnostic.severity === 'warning') summary.warnings++;
        else if (diagnostic.severity === 'info') summary.infos++;
        else summary.hints++;
    }
    return summary;
}
