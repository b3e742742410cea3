/** Dates, quarters and metric values written the way the language reads them. */
const DAY_MS = 86_400_000;

export const dayOf = iso => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
export const isoOf = day => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** `count` consecutive calendar quarters from a literal like `2026-Q1`: literal, first and last day. */
export function quartersFrom(literal, count) {
    const match = /^(\d{4})-Q([1-4])$/.exec(literal);
    if (!match) throw new Error(`--from must be a quarter like 2026-Q1, not "${literal}"`);
    let year = +match[1];
    let quarter = +match[2];
    const result = [];
    for (let i = 0; i < count; i++) {
        const start = Date.UTC(year, (quarter - 1) * 3, 1) / DAY_MS;
        const end = Date.UTC(year, quarter * 3, 1) / DAY_MS - 1;
        result.push({ literal: `${year}-Q${quarter}`, tag: `${String(year).slice(2)}q${quarter}`, start, end });
        if (++quarter > 4) { quarter = 1; year++; }
    }
    return result;
}

export function round(value, decimals) {
    const factor = 10 ** decimals;
    return Math.round(value * factor) / factor;
}

/** A value of a metric: `41%`, `$2.4M`, `120k`, `1800`, or `12 days` when `withUnitWord`. */
export function formatValue(metric, value, withUnitWord = true) {
    const number = String(round(value, metric.decimals));
    switch (metric.kind) {
        case 'pct': return `${number}%`;
        case 'money': return `${metric.prefix ?? '$'}${number}${metric.scale ?? ''}`;
        case 'word': return withUnitWord ? `${number} ${metric.unit}` : number;
        default: return number;
    }
}

/** `from 35% to 60%`, `to 70%`, `from 21 to 10 days`, `milestone`. */
export function formatMeasure(metric, measure) {
    if (measure.type === 'milestone') return 'milestone';
    if (measure.type === 'to') return `to ${formatValue(metric, measure.to)}`;
    return `from ${formatValue(metric, measure.from, false)} to ${formatValue(metric, measure.to)}`;
}

/** `40..65%`, `>= 99.9%`, `<= 1.5%`, `5..12 days` — the low end takes the unit of the high one. */
export function formatRange(metric, range) {
    if (range.type === 'atLeast') return `>= ${formatValue(metric, range.lo)}`;
    if (range.type === 'atMost') return `<= ${formatValue(metric, range.hi)}`;
    const low = metric.kind === 'money' ? formatValue(metric, range.lo) : String(round(range.lo, metric.decimals));
    return `${low}..${formatValue(metric, range.hi)}`;
}

export const inRange = (range, value) =>
    (range.type === 'atMost' || value >= range.lo) && (range.type === 'atLeast' || value <= range.hi);

const ACRONYMS = new Set(['api', 'it', 'smb', 'emea', 'apac']);
/** `enterprise_sales` → `Enterprise sales`, `api` → `API`. */
export function humanize(id) {
    const text = id.split('_').map(word => ACRONYMS.has(word) ? word.toUpperCase() : word).join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
}
