/**
 * `okr diff --format markdown`: a pull-request comment (or job summary). The headline counts,
 * the flagged changes first, then a table of the changes and the problems introduced and
 * resolved. Every user string goes through markdownText, so a title renders as the text it is.
 * The whole stays under GitHub's limit for a comment (65,536 characters): tables keep the rows
 * that fit, flags first, and say how many they left out.
 */
import type { DiffDiagnostic, DiffReport } from '../diff/diff-report.js';
import { markdownText } from './markdown-text.js';
import { changesByElement, changeWords, elementName, elementScope, headlineCounts } from './diff-values.js';

/** GitHub refuses a comment body over 65,536 characters. */
export const COMMENT_MAX_CHARS = 65_536;
/** Room kept for the headline, the table headers and the notes about what was left out. */
const RESERVED_CHARS = 4_000;

const ICON: Record<string, string> = { added: '➕', removed: '➖' };

export function diffMarkdown(report: DiffReport, maxChars = COMMENT_MAX_CHARS): string {
    const head = headline(report);
    let room = maxChars - head.length - RESERVED_CHARS;
    const sections: string[] = [];
    const add = (title: string, header: string, rows: string[], none?: string) => {
        if (rows.length === 0) {
            if (none) sections.push(`\n### ${title}\n\n${none}\n`);
            return;
        }
        const { text, used } = table(title, header, rows, room);
        room -= used;
        sections.push(text);
    };
    add("Needs a reviewer's eye", '| Flag | Element | Why |\n|---|---|---|\n', report.flags.map(flag =>
        `| ⚠️ ${markdownText(flag.rule)} | ${element(flag.element)} | ${markdownText(flag.message, 1000)} |\n`));
    add('Changes', '| Element | Where | Change | Before | After |\n|---|---|---|---|---|\n', changeRows(report),
        report.flags.length ? undefined : 'No change to the objectives, key results and KPIs.');
    add('Problems introduced', PROBLEM_HEADER, report.diagnostics.introduced.map(problemRow));
    add('Problems resolved', PROBLEM_HEADER, report.diagnostics.resolved.map(problemRow));
    return head + sections.join('');
}

function headline(report: DiffReport): string {
    const [flags, ...rest] = headlineCounts(report);
    const lead = report.flags.length ? `⚠️ **${flags}**` : `✅ ${flags}`;
    return `## okr diff\n\n${markdownText(report.base.label)} → ${markdownText(report.head.label)}, judged on ${report.head.today}\n\n${lead} · ${rest.join(' · ')}\n`;
}

function changeRows(report: DiffReport): string[] {
    const rows: string[] = [];
    for (const group of changesByElement(report.changes)) {
        for (const change of group.changes) {
            const { label, before, after } = changeWords(change);
            const where = `${markdownText(elementScope(change.element))}<br>${markdownText(`${change.element.file}:${change.element.line}`)}`;
            const icon = ICON[change.change] ? `${ICON[change.change]} ` : '';
            rows.push(`| ${icon}${element(change.element)} | ${where} | ${markdownText(label)} | ${markdownText(before)} | ${markdownText(after)} |\n`);
        }
    }
    return rows;
}

const PROBLEM_HEADER = '| Severity | Code | Where | Element | Message |\n|---|---|---|---|---|\n';

function problemRow(d: DiffDiagnostic): string {
    const on = d.element ? element(d.element) : '–';
    return `| ${d.severity} | ${markdownText(d.code)} | ${markdownText(`${d.file}:${d.line}`)} | ${on} | ${markdownText(d.message, 1000)} |\n`;
}

function element(ref: { kind: 'objective' | 'key-result' | 'kpi'; id: string | null; title: string }): string {
    return `${markdownText(elementName(ref))}: ${markdownText(ref.title, 120)}`;
}

function table(title: string, header: string, rows: string[], room: number): { text: string; used: number } {
    let text = `\n### ${title}\n\n${header}`;
    let shown = 0;
    let used = 0;
    for (const row of rows) {
        if (used + row.length > room) break;
        text += row;
        used += row.length;
        shown++;
    }
    if (shown < rows.length) {
        text += `\n_${rows.length - shown} more rows are not shown: a GitHub comment holds at most 65,536 characters. \`okr diff --format json\` lists them all._\n`;
    }
    return { text, used };
}
