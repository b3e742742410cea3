/**
 * Sparklines, one module for the preview webview and the `okr report` page: a key result's
 * progress at each check-in against the expected-progress line (from 0 at the cycle's start to
 * 0.7 aspirational / 1.0 committed at its end, as language.md's status rule has it), and a KPI's
 * readings against its expected range. A drawing is a small tree of SVG nodes whose names and
 * numbers are our own; the only text is its accessible name (dates and values), which
 * `svgMarkup` escapes for a page and the webview sets as text, never as markup. The same series
 * also read as Unicode blocks, for Markdown.
 */
import type { KeyResultNode, KpiNode, ObjectiveNode } from 'okr-language/protocol';

export interface SvgNode {
    tag: 'svg' | 'title' | 'line' | 'polyline' | 'circle' | 'rect';
    attributes: Record<string, string | number>;
    text?: string;
    children?: SvgNode[];
}

const WIDTH = 120;
const HEIGHT = 28;
const PAD = 3;
/** More points than pixels draw nothing more: a longer series is sampled (its first and last point kept). */
const MAX_POINTS = 120;
const MAX_LISTED = 5;

const round = (x: number) => Math.round(x * 100) / 100;
const percent = (x: number) => `${Math.round(x * 100)}%`;
const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));
const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
/** Smallest and largest value (no spread into Math.min: a series may be longer than the call stack allows). */
const extent = (values: number[]): [number, number] | undefined =>
    values.length ? values.reduce<[number, number]>(([lo, hi], v) => [Math.min(lo, v), Math.max(hi, v)], [values[0], values[0]]) : undefined;

/** `YYYY-MM-DD` as a day number (days since 1970-01-01), as the language package counts days. */
export function dayNumber(date: string): number | undefined {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000 : undefined;
}

function sample<T>(items: T[]): T[] {
    if (items.length <= MAX_POINTS) return items;
    return Array.from({ length: MAX_POINTS }, (_, i) => items[Math.round((i * (items.length - 1)) / (MAX_POINTS - 1))]);
}

function frame(kind: string, label: string, points: number, children: SvgNode[]): SvgNode {
    return {
        tag: 'svg',
        attributes: {
            class: `sparkline ${kind}`, viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT,
            role: 'img', 'aria-label': label, 'data-points': points,
        },
        children: [{ tag: 'title', attributes: {}, text: label }, ...children],
    };
}

const line = (className: string, x1: number, y1: number, x2: number, y2: number): SvgNode =>
    ({ tag: 'line', attributes: { class: className, x1: round(x1), y1: round(y1), x2: round(x2), y2: round(y2) } });

function trace(points: Array<{ x: number; y: number; className: string }>): SvgNode[] {
    const nodes: SvgNode[] = [];
    if (points.length > 1) nodes.push({ tag: 'polyline', attributes: { class: 'spark-line', points: points.map(p => `${round(p.x)},${round(p.y)}`).join(' ') } });
    points.forEach((p, i) => nodes.push({
        tag: 'circle',
        attributes: { class: `spark-point ${p.className}${i === points.length - 1 ? ' spark-latest' : ''}`.trim(), cx: round(p.x), cy: round(p.y), r: 2 },
    }));
    return nodes;
}

/** A key result's progress at each check-in, on its objective's cycle, with the expected-progress line and today. */
export function progressSparkline(objective: ObjectiveNode, kr: KeyResultNode, today: string): SvgNode {
    const checkins = (Array.isArray(kr.checkins) ? kr.checkins : []).filter(c => finite(c.day) && finite(c.progress));
    const known = finite(objective.cycleStart) && finite(objective.cycleEnd);
    const span = extent(checkins.map(c => c.day));
    const x0 = known ? objective.cycleStart! : span ? span[0] : 0;
    const x1 = known ? objective.cycleEnd! + 1 : span ? span[1] + 1 : 1;
    const x = (day: number) => PAD + (clamp(day, x0, x1) - x0) / Math.max(1, x1 - x0) * (WIDTH - 2 * PAD);
    const y = (progress: number) => HEIGHT - PAD - clamp(progress, 0, 1) * (HEIGHT - 2 * PAD);
    const end = finite(objective.expectedAtEnd) ? objective.expectedAtEnd : 0.7;
    const todayDay = dayNumber(today);
    const children: SvgNode[] = [];
    if (known) children.push(line('spark-expected', x(x0), y(0), x(x1), y(end)));
    if (known && todayDay !== undefined && todayDay >= x0 && todayDay <= x1) children.push(line('spark-today', x(todayDay), PAD, x(todayDay), HEIGHT - PAD));
    const drawn = sample(checkins);
    children.push(...trace(drawn.map(c => ({ x: x(c.day), y: y(c.progress), className: '' }))));
    return frame('kr-sparkline', progressLabel(objective, checkins, end), drawn.length, children);
}

function progressLabel(objective: ObjectiveNode, checkins: KeyResultNode['checkins'], end: number): string {
    const one = (c: KeyResultNode['checkins'][number]) => `${c.date} ${c.value} (${percent(c.progress)})`;
    const history = checkins.length === 0 ? 'No check-in yet'
        : checkins.length <= MAX_LISTED ? `Progress at ${checkins.length} check-in${checkins.length === 1 ? '' : 's'}: ${checkins.map(one).join(', ')}`
        : `Progress at ${checkins.length} check-ins, from ${one(checkins[0])} to ${one(checkins[checkins.length - 1])}`;
    const expected = finite(objective.expected) ? `expected ${percent(objective.expected)} by today and ` : 'expected ';
    return `${history}; ${expected}${percent(end)} by the end of ${objective.cycle || 'the cycle'}`;
}

/** A KPI's readings against its expected range (a band; `>=` and `<=` ranges are open on one side). */
export function readingSparkline(kpi: KpiNode): SvgNode {
    const readings = (Array.isArray(kpi.readings) ? kpi.readings : []).filter(r => finite(r.day) && finite(r.value));
    const low = finite(kpi.expected?.low) ? kpi.expected!.low : undefined;
    const high = finite(kpi.expected?.high) ? kpi.expected!.high : undefined;
    let [min, max] = extent([...readings.map(r => r.value), ...[low, high].filter(finite)]) ?? [0, 1];
    if (min === max) { const spread = Math.abs(min) * 0.1 || 1; min -= spread; max += spread; }
    const margin = (max - min) * 0.15;
    [min, max] = [min - margin, max + margin];
    const y = (value: number) => HEIGHT - PAD - (clamp(value, min, max) - min) / (max - min) * (HEIGHT - 2 * PAD);
    const first = readings[0]?.day ?? 0;
    const last = readings.at(-1)?.day ?? 0;
    const x = (day: number) => last === first ? WIDTH / 2 : PAD + (day - first) / (last - first) * (WIDTH - 2 * PAD);
    const children: SvgNode[] = [];
    if (low !== undefined || high !== undefined) {
        const top = high !== undefined ? y(high) : PAD;
        const bottom = low !== undefined ? y(low) : HEIGHT - PAD;
        children.push({ tag: 'rect', attributes: { class: 'spark-band', x: PAD, y: round(top), width: WIDTH - 2 * PAD, height: round(Math.max(0, bottom - top)) } });
        for (const bound of [low, high].filter(finite)) children.push(line('spark-bound', PAD, y(bound), WIDTH - PAD, y(bound)));
    }
    const drawn = sample(readings);
    children.push(...trace(drawn.map(r => ({ x: x(r.day), y: y(r.value), className: r.inRange === false ? 'spark-out' : r.inRange ? 'spark-in' : '' }))));
    return frame('kpi-sparkline', readingLabel(kpi, readings), drawn.length, children);
}

function readingLabel(kpi: KpiNode, readings: KpiNode['readings']): string {
    const one = (r: KpiNode['readings'][number]) => `${r.text} on ${r.date}${r.inRange === false ? ' (outside the range)' : ''}`;
    const history = readings.length === 0 ? 'No reading yet'
        : readings.length <= MAX_LISTED ? `${readings.length} reading${readings.length === 1 ? '' : 's'}: ${readings.map(one).join(', ')}`
        : `${readings.length} readings, from ${one(readings[0])} to ${one(readings[readings.length - 1])}`;
    return `${history}; expected range ${kpi.expected?.text ?? 'not set'}`;
}

const NAME = /^[a-zA-Z][a-zA-Z0-9-]*$/;
const escapeXml = (text: string) => text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);

/** SVG as text for an HTML page: every attribute value and the text escaped. */
export function svgMarkup(node: SvgNode): string {
    if (!NAME.test(node.tag)) throw new Error(`not an SVG element name: ${node.tag}`);
    const attributes = Object.entries(node.attributes).map(([name, value]) => {
        if (!NAME.test(name)) throw new Error(`not an SVG attribute name: ${name}`);
        return ` ${name}="${escapeXml(String(value))}"`;
    }).join('');
    return `<${node.tag}${attributes}>${escapeXml(node.text ?? '')}${(node.children ?? []).map(svgMarkup).join('')}</${node.tag}>`;
}

const BLOCKS = '▁▂▃▄▅▆▇█';

/** Values as Unicode blocks, lowest ▁ to highest █ (between `min` and `max` when given). */
export function blockSparkline(series: number[], low?: number, high?: number): string {
    const values = series.filter(finite);
    const [min, max] = [low, high].every(finite) ? [low!, high!] : extent(values) ?? [0, 1];
    const shown = sample(values);
    return shown.map(v => BLOCKS[max > min ? Math.round(clamp((v - min) / (max - min), 0, 1) * (BLOCKS.length - 1)) : 0]).join('');
}
