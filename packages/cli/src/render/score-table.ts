/**
 * `okr score` as a table: one row per objective (score as practitioners write it, grade,
 * status by date) and one indented row per key result (progress, current → target).
 */
import { formatScore, visible } from 'okr-language';
import type { Colors } from '../output.js';
import type { ObjectiveNode } from 'okr-language';

const TITLE_WIDTH = 56;

export function scoreTable(rows: ObjectiveNode[], colors: Colors): string {
    if (rows.length === 0) return 'No objectives.\n';
    const lines: string[][] = [];
    const paints: Array<Array<(text: string) => string>> = [];
    const grade = (g: string | undefined) => (g === 'green' ? colors.green : g === 'yellow' ? colors.yellow : g === 'red' ? colors.red : colors.dim);
    const plain = (text: string) => text;
    lines.push(['CYCLE', 'UNIT', 'OBJECTIVE / KEY RESULT', 'SCORE', 'GRADE', 'STATUS']);
    paints.push(Array(6).fill(colors.bold));
    for (const row of rows) {
        const kind = row.committed ? ' (committed)' : '';
        lines.push([row.cycle, row.unit, truncate(`${row.id}: ${visible(row.title)}`, TITLE_WIDTH), formatScore(row.score), row.grade ?? '-', row.status + kind]);
        paints.push([colors.dim, plain, colors.bold, grade(row.grade), grade(row.grade), plain]);
        for (const kr of row.keyResults) {
            const values = kr.current === 'done' ? 'done' : kr.current || kr.target ? `${kr.current ?? '—'} → ${kr.target ?? 'done'}` : '';
            lines.push(['', '', truncate(`  • ${visible(kr.title)}`, TITLE_WIDTH), `${Math.round(kr.progress * 100)}%`, '', values]);
            paints.push([plain, plain, plain, plain, plain, colors.dim]);
        }
    }
    const widths = lines[0].map((_, column) => Math.max(...lines.map(line => characterCount(line[column]))));
    return lines.map((line, i) => line
        .map((cell, column) => paints[i][column](column === line.length - 1 ? cell : cell + ' '.repeat(widths[column] - characterCount(cell))))
        .join('  ').trimEnd()).join('\n') + '\n';
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

function characterCount(text: string): number {
    return /^[\x20-\x7e]*$/.test(text) ? text.length : Array.from(graphemes.segment(text)).length;
}

/** At most `width` characters as a reader counts them: an emoji or an accented letter is never cut in two. */
function truncate(text: string, width: number): string {
    if (text.length <= width) return text;
    const characters = Array.from(graphemes.segment(text), segment => segment.segment);
    return characters.length <= width ? text : `${characters.slice(0, width - 1).join('')}…`;
}
