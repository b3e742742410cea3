/** The bench table as printed, and the row records written to bench-results/latest.json. */
import { summarize } from './stats.mjs';

export function formatValue(value, unit) {
    if (value === undefined || Number.isNaN(value)) return '—';
    if (unit === 'ms') return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
    if (unit === 'MB') return `${Math.round(value)} MB`;
    if (unit === 'bytes') return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(2)} MB` : `${Math.round(value / 1024)} KB`;
    return String(value);
}

/**
 * A measured row: the verdict compares the median (the budget's own statistic) with the budget.
 * @param {{id: string, figure: string, budget?: number, unit: string, samples: number[], details?: object, note?: string, showP95?: boolean}} row
 */
export function measuredRow({ id, figure, budget, unit, samples, details, note, showP95 }) {
    const summary = summarize(samples);
    const status = budget === undefined ? 'info' : summary.median < budget ? 'within' : 'over';
    return { id, figure, budget, unit, status, ...summary, samples: samples.map(s => Math.round(s * 10) / 10), showP95, details, note };
}

export function unavailableRow({ id, figure, budget, unit }, reason) {
    return { id, figure, budget, unit, status: 'not available yet', reason };
}

export function failedRow({ id, figure, budget, unit }, error) {
    return { id, figure, budget, unit, status: 'failed', reason: error.message.split('\n')[0] };
}

function verdict(row) {
    switch (row.status) {
        case 'within': return `✓ within budget (${Math.round(100 * row.median / row.budget)}% of it)`;
        case 'over': return `✗ over by ${formatValue(row.median - row.budget, row.unit)} (+${Math.round(100 * (row.median / row.budget - 1))}%)`;
        case 'info': return 'info (no budget)';
        default: return `${row.status}: ${row.reason}`;
    }
}

function spread(row) {
    if (row.n === undefined) return '';
    const range = row.n > 1 ? `${formatValue(row.min, row.unit)}–${formatValue(row.max, row.unit)}` : 'one run';
    return row.showP95 ? `p95 ${formatValue(row.p95, row.unit)}; ${range}` : range;
}

export function table(rows) {
    const header = ['figure', 'budget', 'median', 'spread (min–max)', 'n', 'result'];
    const cells = rows.map(row => [
        row.figure,
        row.budget === undefined ? '—' : `< ${formatValue(row.budget, row.unit)}`,
        row.n === undefined ? '—' : formatValue(row.median, row.unit),
        spread(row),
        row.n === undefined ? '' : String(row.n),
        verdict(row),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...cells.map(c => c[i].length)));
    const line = cols => cols.map((c, i) => (i === cols.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
    return [line(header), line(widths.map(w => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

export function scalingTable(points) {
    const header = ['files', 'lines', 'okr check (wall)', 'okr check (CPU)', 'server: start → first diagnostics', 'server: edit → diagnostics (median)', 'server peak RSS'];
    const cells = points.map(p => [
        p.files.toLocaleString('en-US'), p.lines.toLocaleString('en-US'),
        p.cli ? formatValue(p.cli.median, 'ms') : p.cliError ?? '—',
        p.cli ? formatValue(p.cli.cpuMs, 'ms') : '—',
        p.server ? formatValue(p.server.readyMs, 'ms') : p.serverError ?? '—',
        p.server ? formatValue(p.server.editMedianMs, 'ms') : '—',
        p.server ? formatValue(p.server.peakMB, 'MB') : '—',
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...cells.map(c => c[i].length)));
    const line = cols => cols.map((c, i) => c.padStart(widths[i])).join('  ');
    return [line(header), line(widths.map(w => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** The time per line at each file size (scaling-lines.mjs), and its growth from the smallest size to the largest. */
export function lineScalingTable({ points, growth }, perLine) {
    const perLineOf = (point, part, key) => {
        const value = point[part]?.[key];
        if (value === undefined || !point.lines) return point[`${part}Error`] ?? '—';
        return key.endsWith('MB') ? `${(value * 1000 / point.lines).toFixed(1)} MB/kline` : `${(value * 1000 / point.lines).toFixed(1)} µs/line`;
    };
    const times = factor => (factor === undefined ? '—' : `${factor.toFixed(2)}×`);
    const header = ['figure', ...points.map(p => `${p.lines.toLocaleString('en-US')} lines`), 'growth', 'marginal growth'];
    const cells = perLine.map(([part, key, label]) => [
        label, ...points.map(p => perLineOf(p, part, key)), times(growth[`${part}.${key}`]), times(growth[`${part}.${key}.marginal`]),
    ]);
    const total = (label, part, key, unit) => [label, ...points.map(p => (p[part] ? formatValue(p[part][key], unit) : '—')), '', ''];
    const totals = [
        total('okr check, whole process', 'cli', 'wholeMs', 'ms'),
        total('server: didOpen → diagnostics', 'server', 'openMs', 'ms'),
        total('server: edit → diagnostics (median)', 'server', 'editMs', 'ms'),
        total('server: memory the file adds', 'server', 'addedMB', 'MB'),
    ];
    const rows = [...cells, ...totals];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map(c => c[i].length)));
    const line = cols => cols.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    return [line(header), line(widths.map(w => '-'.repeat(w))), ...cells.map(line), line(widths.map(w => '-'.repeat(w))), ...totals.map(line)].join('\n');
}

/** One line per row that has more to say: where the time goes, what exactly was measured. */
export function notes(rows) {
    const lines = rows.filter(row => row.note).map(row => `  ${row.figure.trim().replace(/^… /, '')}: ${row.note}`);
    return lines.length ? `\nnotes:\n${lines.join('\n')}` : '';
}
