/**
 * `okr diff` for a terminal: the sides and counts, the flagged changes first (each with its
 * sentence), then each changed element with its changes, then the problems introduced and
 * resolved. Every user string is shown with its control characters visible, so no title can
 * move the cursor or start a line of its own; colour only where `colorsFor` allows it.
 */
import { visible } from 'okr-language';
import type { DiffDiagnostic, DiffReport } from '../diff/diff-report.js';
import type { Colors } from '../output.js';
import { changesByElement, changeWords, elementName, elementScope, headlineCounts } from './diff-values.js';

const TITLE_CHARS = 80;
const VALUE_CHARS = 200;

export function diffText(report: DiffReport, colors: Colors): string {
    const lines: string[] = [];
    lines.push(colors.bold(`okr diff: ${visible(report.base.label)} → ${visible(report.head.label)}, judged on ${report.head.today}`));
    lines.push(headlineCounts(report).join(' · '));
    if (report.flags.length) {
        lines.push('', colors.bold(colors.yellow("Needs a reviewer's eye")));
        for (const flag of report.flags) {
            lines.push(`  ${colors.yellow(`⚑ ${flag.rule}`)}  ${describe(flag.element)}  ${colors.dim(`${visible(flag.element.file)}:${flag.element.line}`)}`);
            lines.push(`      ${visible(flag.message)}`);
        }
    }
    const groups = changesByElement(report.changes);
    if (groups.length) {
        lines.push('', colors.bold('Changes'));
        for (const { element, changes } of groups) {
            const type = changes[0].change;
            const mark = type === 'added' ? colors.green('+') : type === 'removed' ? colors.red('-') : colors.yellow('~');
            const scope = visible(elementScope(element));
            lines.push(`  ${mark} ${describe(element)}  ${colors.dim(`${scope}  ${visible(element.file)}:${element.line}`)}`);
            for (const change of changes) {
                if (change.change === 'added' || change.change === 'removed') continue;
                const { label, before, after } = changeWords(change);
                const [was, is] = [visible(truncate(before, VALUE_CHARS)), visible(truncate(after, VALUE_CHARS))];
                const values = change.change.endsWith('-added') ? is : change.change.endsWith('-removed') ? was : `${was} → ${is}`;
                lines.push(`      ${label}: ${values}`);
            }
        }
    }
    if (report.flags.length === 0 && groups.length === 0) lines.push('', 'No change to the objectives, key results and KPIs.');
    problems(lines, 'Problems introduced', report.diagnostics.introduced, colors);
    problems(lines, 'Problems resolved', report.diagnostics.resolved, colors);
    return lines.join('\n') + '\n';
}

function problems(lines: string[], title: string, diagnostics: DiffDiagnostic[], colors: Colors): void {
    if (!diagnostics.length) return;
    lines.push('', colors.bold(title));
    const paint = { error: colors.red, warning: colors.yellow, info: colors.blue, hint: colors.dim };
    for (const d of diagnostics) {
        const where = `${visible(d.file)}:${d.line}:${d.column}`;
        lines.push(`  ${paint[d.severity](d.severity.padEnd(7))}  ${visible(d.code)}  ${colors.dim(where)}  ${visible(d.message)}`);
    }
}

function describe(element: { kind: 'objective' | 'key-result' | 'kpi'; id: string | null; title: string }): string {
    return `${visible(elementName(element))} "${visible(truncate(element.title))}"`;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** At most `width` characters as a reader counts them; an emoji is never cut in two. */
function truncate(text: string, width = TITLE_CHARS): string {
    if (text.length <= width) return text;
    const characters = Array.from(graphemes.segment(text), segment => segment.segment);
    return characters.length <= width ? text : `${characters.slice(0, width - 1).join('')}…`;
}
