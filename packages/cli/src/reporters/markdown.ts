/**
 * `--format markdown`: what a GitHub job summary or a PR comment shows. A headline with the
 * counts, the problems per file and code, and the objectives with score, grade and status.
 * It stays under GitHub's 1 MiB limit for a step summary on any workspace: when the tables
 * would not fit, each keeps the rows that do and says how many it left out.
 */
import { formatScore, type Grade } from 'okr-language';
import { markdownText } from '../render/markdown-text.js';
import type { CheckReport, CliDiagnostic, Reporter } from './check-report.js';
import { relativePath } from './fingerprints.js';

/** GitHub refuses a step summary over 1 MiB (1,048,576 bytes); this leaves room for a note or two. */
export const SUMMARY_MAX_BYTES = 1_000_000;
const MAX_LINES_LISTED = 8;

export interface MarkdownOptions {
    cwd: string;
    maxBytes?: number;
}

const RANK: Record<CliDiagnostic['severity'], number> = { error: 0, warning: 1, info: 2, hint: 3 };
const GRADE: Record<Grade, string> = { green: '🟢 green', yellow: '🟡 yellow', red: '🔴 red' };

export const markdown: Reporter = (report, { cwd }) => markdownSummary(report, { cwd });

export function markdownSummary(report: CheckReport, { cwd, maxBytes = SUMMARY_MAX_BYTES }: MarkdownOptions): string {
    const head = headline(report);
    const problems = problemRows(report, cwd);
    const objectives = report.objectives && objectiveRows(report);
    const room = maxBytes - bytes(head) - 2 * 400;
    const [problemRoom, objectiveRoom] = share(room, total(problems?.rows), total(objectives?.rows));
    let out = head;
    if (problems) out += table('Problems per file and code', problems.header, problems.rows, problemRoom);
    if (objectives) out += objectives.rows.length ? table('Objectives', objectives.header, objectives.rows, objectiveRoom) : '\n### Objectives\n\nNo objectives.\n';
    return out;
}

function headline(report: CheckReport): string {
    const { errors, warnings, infos, hints } = report.summary;
    const files = report.files.length;
    const withProblems = report.files.filter(file => file.diagnostics.length > 0).length;
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    let line: string;
    if (errors + warnings + infos + hints === 0) {
        line = `✅ No problems in ${plural(files, 'file')}.`;
    } else {
        const counts = [plural(errors, 'error'), plural(warnings, 'warning'), `${infos} info`, ...(hints ? [plural(hints, 'hint')] : [])];
        line = `${errors ? '❌' : warnings ? '⚠️' : 'ℹ️'} **${counts.join(', ')}** in ${withProblems} of ${plural(files, 'file')}.`;
    }
    let out = `## okr check\n\n${line}\n`;
    for (const use of report.baselines ?? []) {
        out += `\nThe baseline ${markdownText(use.path)} ${use.updated ? 'was updated and ' : ''}hid ${plural(use.suppressed, 'recorded problem')}.\n`;
    }
    // Notes are okr's own sentences (counts, never user text), so they may use Markdown.
    for (const note of report.notes ?? []) out += `\n> ${note}\n`;
    return out;
}

interface Rows { header: string; rows: string[] }

function problemRows(report: CheckReport, cwd: string): Rows | undefined {
    const rows: string[] = [];
    for (const file of report.files) {
        const groups = new Map<string, CliDiagnostic[]>();
        for (const d of file.diagnostics) {
            const key = `${d.severity}\0${d.code}`;
            groups.set(key, [...(groups.get(key) ?? []), d]);
        }
        const ordered = [...groups.values()].sort((a, b) => RANK[a[0].severity] - RANK[b[0].severity] || a[0].code.localeCompare(b[0].code));
        for (const group of ordered) {
            const lines = [...new Set(group.map(d => d.line))];
            const listed = lines.slice(0, MAX_LINES_LISTED).join(', ') + (lines.length > MAX_LINES_LISTED ? ', …' : '');
            rows.push(`| ${markdownText(relativePath(cwd, file.absolute))} | ${markdownText(group[0].code)} | ${group[0].severity} | ${group.length} | ${listed} |\n`);
        }
    }
    return rows.length ? { header: '| File | Code | Severity | Count | Lines |\n|---|---|---|---:|---|\n', rows } : undefined;
}

function objectiveRows(report: CheckReport): Rows {
    const rows = (report.objectives ?? []).map(row => {
        const kind = row.committed ? ' (committed)' : '';
        return `| ${markdownText(row.cycle)} | ${markdownText(row.unit)} | ${markdownText(`${row.id}: ${row.title}`)} | ${formatScore(row.score)} | ${row.grade ? GRADE[row.grade] : '–'} | ${row.status}${kind} |\n`;
    });
    return { header: '| Cycle | Unit | Objective | Score | Grade | Status |\n|---|---|---|---:|---|---|\n', rows };
}

function table(title: string, header: string, rows: string[], room: number): string {
    let out = `\n### ${title}\n\n${header}`;
    let used = bytes(out);
    let shown = 0;
    for (const row of rows) {
        const size = bytes(row);
        if (used + size > room) break;
        out += row;
        used += size;
        shown++;
    }
    if (shown < rows.length) {
        out += `\n_${rows.length - shown} more rows are not shown: a GitHub job summary holds at most 1 MiB. \`okr check --format json\` lists every problem, \`okr score\` every objective._\n`;
    }
    return out;
}

/** Each table gets what it needs when both fit; otherwise the smaller one all it needs, up to half. */
function share(room: number, a: number, b: number): [number, number] {
    if (a + b <= room) return [a + 200, b + 200];
    if (a <= room / 2) return [a + 200, room - a];
    if (b <= room / 2) return [room - b, b + 200];
    return [room / 2, room / 2];
}

function total(rows: string[] | undefined): number {
    return (rows ?? []).reduce((sum, row) => sum + bytes(row), 0);
}

function bytes(text: string): number {
    return Buffer.byteLength(text, 'utf8');
}
