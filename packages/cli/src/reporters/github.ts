/**
 * `--format github`: GitHub Actions workflow commands, which GitHub shows as annotations
 * on the changed lines of a pull request.
 */
import * as path from 'node:path';
import { visible } from 'okr-language';
import type { CliDiagnostic, FileReport, Reporter } from './check-report.js';

const COMMAND: Record<CliDiagnostic['severity'], string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

// Escaping as in @actions/core: data escapes %, CR, LF; properties also : and ,
export const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** The annotation command (`error`, `warning` or `notice`) of a severity. */
export const annotationKind = (severity: CliDiagnostic['severity']) => COMMAND[severity];

/** One `::error file=…,line=…::message` line. */
export function annotation(file: FileReport, d: CliDiagnostic, cwd: string): string {
    const name = escapeProperty(visible(path.relative(cwd, file.absolute).split(path.sep).join('/')));
    return `::${COMMAND[d.severity]} file=${name},line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},title=${escapeProperty(d.code)}::${escapeData(visible(d.message))}\n`;
}

export const github: Reporter = (report, { cwd }) => report.files.flatMap(file => file.diagnostics.map(d => annotation(file, d, cwd))).join('');
