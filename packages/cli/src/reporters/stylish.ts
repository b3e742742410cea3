/**
 * The default format, like ESLint's: problems grouped under their file, one aligned row
 * each (line:column, severity, message, code), then a count. Nothing when all is clean.
 */
import { visible } from 'okr-language';
import type { Colors } from '../output.js';
import type { CliDiagnostic, Reporter, Summary } from './check-report.js';

export const stylish: Reporter = (report, { colors }) => {
    const files = report.files.filter(file => file.diagnostics.length > 0);
    if (files.length === 0) return '';
    const rows = files.flatMap(file => file.diagnostics.map(d => [`${d.line}:${d.column}`, d.severity, message(d), d.code]));
    const widths = [0, 1, 2].map(i => Math.max(...rows.map(row => row[i].length)));
    let out = '';
    for (const file of files) {
        out += `\n${colors.underline(visible(file.path))}\n`;
        for (const d of file.diagnostics) {
            const position = colors.dim(`${d.line}:${d.column}`.padEnd(widths[0]));
            out += `  ${position}  ${paint(colors, d.severity)(d.severity.padEnd(widths[1]))}  ${message(d).padEnd(widths[2])}  ${colors.dim(d.code)}\n`;
        }
    }
    return `${out}\n${summaryLine(colors, report.summary)}\n\n`;
};

/** One line per problem, control characters visible, without ESLint's redundant final period. */
function message(d: CliDiagnostic): string {
    return visible(d.message).replace(/([^ .])\.$/, '$1');
}

function paint(colors: Colors, severity: CliDiagnostic['severity']): (text: string) => string {
    return { error: colors.red, warning: colors.yellow, info: colors.blue, hint: colors.dim }[severity];
}

function summaryLine(colors: Colors, summary: Summary): string {
    const total = summary.errors + summary.warnings + summary.infos + summary.hints;
    const parts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning'), `${summary.infos} info`];
    if (summary.hints) parts.push(plural(summary.hints, 'hint'));
    const text = `✖ ${plural(total, 'problem')} (${parts.join(', ')})`;
    const color = summary.errors ? colors.red : summary.warnings ? colors.yellow : colors.blue;
    return colors.bold(color(text));
}

function plural(count: number, word: string): string {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
