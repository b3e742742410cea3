/**
 * The figures of issue 13 ("Ahead of the peers") beside their targets: okr beside a peer
 * measured in the same run (a ratio okr / peer, below 1 means okr is faster or smaller), okr
 * above a floor (a difference), plain figures against a limit, and growth factors. Each entry
 * keeps the load average it was taken under. A benchmark, not a test: "✗" is a finding.
 */
import { formatValue as fmt } from './report.mjs';
import { summarize } from './stats.mjs';

/** Whether a figure meets its target (at most the target); undefined without a target or a figure. */
const meets = (value, target) => (target === undefined || value === undefined ? undefined : value <= target);

/** okr beside a peer: ratio of the medians; `target` is the highest ratio the issue accepts. */
export function ratioEntry({ id, figure, unit, okr, peer, peerName, target, loadAverage, stat = 'median' }) {
    const a = summarize(okr);
    const b = summarize(peer);
    const value = a && b ? a[stat] / b[stat] : undefined;
    return { id, figure, unit, kind: 'ratio', stat, okr: a, peer: b, peerName, value, target, met: meets(value, target), loadAverage };
}

/** okr above a floor (e.g. Node's start-up): difference of the medians; `target` is the most it may be above. */
export function differenceEntry({ id, figure, unit, okr, floor, floorName, target, loadAverage }) {
    const a = summarize(okr);
    const b = summarize(floor);
    const value = a && b ? a.median - b.median : undefined;
    return { id, figure, unit, kind: 'difference', okr: a, peer: b, peerName: floorName, value, target, met: meets(value, target), loadAverage };
}

/** A figure of okr's own against a limit, on `stat` of its samples (median, p95). */
export function limitEntry({ id, figure, unit, samples, stat = 'median', target, loadAverage }) {
    const a = summarize(samples);
    const value = a?.[stat];
    return { id, figure, unit, kind: 'limit', stat, okr: a, value, target, met: meets(value, target), loadAverage };
}

/** How many times the time per line grew from the smallest size to the largest. */
export function growthEntry({ id, figure, value, target, loadAverage }) {
    return { id, figure, kind: 'growth', value, target, met: meets(value, target), loadAverage };
}

const spread = (s, unit) => (s ? `${fmt(s.median, unit)}${s.n > 1 ? ` (${fmt(s.min, unit)}–${fmt(s.max, unit)})` : ''}` : '—');

function cells(entry) {
    const target = entry.kind === 'failed' ? '' : entry.target === undefined ? 'info'
        : entry.kind === 'ratio' ? `≤ ${entry.target.toFixed(1)}×`
            : entry.kind === 'difference' ? `≤ +${fmt(entry.target, entry.unit)}`
                : entry.kind === 'growth' ? `≤ ${entry.target.toFixed(1)}×` : `≤ ${fmt(entry.target, entry.unit)}${entry.stat === 'p95' ? ' p95' : ''}`;
    const value = entry.kind === 'limit' ? '' : entry.value === undefined ? '—'
        : entry.kind === 'ratio' || entry.kind === 'growth' ? `${entry.value.toFixed(2)}×`
            : entry.kind === 'difference' ? `+${fmt(entry.value, entry.unit)}` : fmt(entry.value, entry.unit);
    const shown = s => (entry.stat === 'p95' ? `p95 ${fmt(s?.p95, entry.unit)}` : spread(s, entry.unit));
    const okr = entry.kind === 'growth' || entry.kind === 'failed' ? '' : shown(entry.okr);
    const peer = entry.peer ? `${entry.peerName} ${shown(entry.peer)}` : '';
    const result = entry.error ? `failed: ${entry.error}`
        : entry.met !== undefined ? (entry.met ? '✓ met' : '✗ not met')
            : entry.target !== undefined ? 'not measured (noise: see the curve above)' : '';
    return [entry.figure, okr, peer, value, target, result, entry.loadAverage === undefined ? '' : String(entry.loadAverage)];
}

export function targetsTable(entries) {
    const header = ['figure', 'okr-lang (median, min–max)', 'beside it', 'okr vs beside', 'target', 'result', 'load'];
    const rows = entries.map(cells);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)));
    const line = cols => cols.map((c, i) => (i === cols.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
    return [line(header), line(widths.map(w => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** An entry that could not be measured keeps its place in the table, with the reason. */
export const failedEntry = (id, figure, error) => ({ id, figure, kind: 'failed', error: error.message.split('\n')[0].slice(0, 160) });
