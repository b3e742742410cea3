/**
 * The sparklines of the report page and the preview (okr-preview's sparkline.ts), without a
 * browser: one point per check-in or reading (long series sampled), the expected-progress line
 * and the range band where they belong, every drawn number finite whatever the data, and SVG
 * text in which nothing is left unescaped.
 */
import { describe, expect, it } from 'vitest';
import type { KeyResultNode, KpiNode, ObjectiveNode } from 'okr-language';
import { blockSparkline, progressSparkline, readingSparkline, svgMarkup, type SvgNode } from 'okr-preview';

const Q4 = { cycleStart: Date.UTC(2026, 9, 1) / 864e5, cycleEnd: Date.UTC(2026, 11, 31) / 864e5 };
const objective = (extra: Partial<ObjectiveNode> = {}) => ({ cycle: '2026-Q4', expectedAtEnd: 0.7, ...Q4, ...extra }) as ObjectiveNode;
const checkins = (n: number) => Array.from({ length: n }, (_, i) => ({ date: `day ${i}`, day: Q4.cycleStart + i, progress: i / Math.max(1, n - 1), value: String(i) }));
const kr = (list: KeyResultNode['checkins']) => ({ title: 'k', progress: 0, currentValue: null, checkins: list }) as unknown as KeyResultNode;
const kpi = (readings: Array<[number, number]>, expected?: Partial<NonNullable<KpiNode['expected']>>) => ({
    id: 'k', name: 'K', readings: readings.map(([day, value]) => ({ day, value, date: `d${day}`, text: String(value) })),
    expected: expected && { unit: '', text: 'range', ...expected }, links: [],
}) as unknown as KpiNode;

const all = (node: SvgNode): SvgNode[] => [node, ...(node.children ?? []).flatMap(all)];
const tags = (node: SvgNode, tag: string) => all(node).filter(n => n.tag === tag);
const numbers = (node: SvgNode) => all(node).flatMap(n => Object.entries(n.attributes).filter(([name]) => /^(x|y|x1|x2|y1|y2|cx|cy|width|height)$/.test(name)).map(([, v]) => Number(v)));

describe('key result sparkline', () => {
    it.each([
        ['no check-in', 0, 0],
        ['one check-in', 1, 1],
        ['a week of daily check-ins', 7, 7],
        ['more check-ins than pixels: sampled to 120', 500, 120],
    ])('%s: %i check-ins, %i points', (_name, count, points) => {
        const svg = progressSparkline(objective(), kr(checkins(count)), '2026-11-10');
        expect(tags(svg, 'circle')).toHaveLength(points);
        expect(svg.attributes['data-points']).toBe(points);
        expect(tags(svg, 'polyline')).toHaveLength(points > 1 ? 1 : 0);
        expect(tags(svg, 'line').map(l => l.attributes.class)).toEqual(['spark-expected', 'spark-today']);
    });

    it('draws the expected-progress line from 0 at the cycle\'s start to 0.7 (aspirational) or 1.0 (committed) at its end', () => {
        // As a share of the height between progress 0 (the line's start) and 1 (the frame's top, 3 px in).
        const height = (end: number) => {
            const line = tags(progressSparkline(objective({ expectedAtEnd: end }), kr([]), '2026-11-10'), 'line')[0].attributes;
            return (Number(line.y1) - Number(line.y2)) / (Number(line.y1) - 3);
        };
        expect(height(0.7)).toBeCloseTo(0.7, 2);
        expect(height(1)).toBeCloseTo(1, 2);
    });

    it.each([
        ['a cycle that is not known', objective({ cycleStart: undefined, cycleEnd: undefined }), checkins(3)],
        ['numbers that are not numbers', objective({ cycleStart: Number.NaN as number }), [{ date: 'x', day: Infinity, progress: 0.5, value: 'x' }, { date: 'y', day: 5, progress: Number.NaN, value: 'y' }]],
        ['no check-in list at all', objective(), undefined as unknown as KeyResultNode['checkins']],
    ])('draws only finite numbers: %s', (_name, node, list) => {
        const svg = progressSparkline(node, kr(list), 'not a date');
        expect(numbers(svg).every(Number.isFinite)).toBe(true);
        expect(svgMarkup(svg)).not.toMatch(/NaN|Infinity/);
    });
});

describe('KPI sparkline', () => {
    it.each([
        ['a range low..high', { low: 10, high: 14 }, 1, 2],
        ['an open range >= low', { low: 90 }, 1, 1],
        ['an open range <= high', { high: 2 }, 1, 1],
        ['no range', undefined, 0, 0],
    ])('%s: band %i, bound lines %i', (_name, expected, bands, bounds) => {
        const svg = readingSparkline(kpi([[1, 16], [30, 12], [60, 9]], expected));
        expect(tags(svg, 'rect')).toHaveLength(bands);
        expect(tags(svg, 'line')).toHaveLength(bounds);
        expect(tags(svg, 'circle')).toHaveLength(3);
        expect(numbers(svg).every(Number.isFinite)).toBe(true);
    });

    it('puts a single reading in the middle, and a flat series inside the frame', () => {
        const one = tags(readingSparkline(kpi([[5, 3]])), 'circle')[0].attributes;
        expect(one.cx).toBe(60);
        for (const circle of tags(readingSparkline(kpi([[1, 7], [2, 7], [3, 7]])), 'circle')) {
            expect(Number(circle.attributes.cy)).toBeGreaterThan(0);
            expect(Number(circle.attributes.cy)).toBeLessThan(28);
        }
    });
});

describe('SVG text', () => {
    it('escapes the accessible name and refuses names that are not ours', () => {
        const hostile: SvgNode = { tag: 'svg', attributes: { 'aria-label': '"><script>x</script>' }, children: [{ tag: 'title', attributes: {}, text: '</title><img src=x>' }] };
        expect(svgMarkup(hostile)).toBe('<svg aria-label="&#34;&#62;&#60;script&#62;x&#60;/script&#62;"><title>&#60;/title&#62;&#60;img src=x&#62;</title></svg>');
        expect(() => svgMarkup({ tag: 'svg', attributes: { 'onload="x" a': 1 } })).toThrow(/attribute name/);
        expect(() => svgMarkup({ tag: 'svg><script' as 'svg', attributes: {} })).toThrow(/element name/);
    });
});

describe('Unicode block sparkline (Markdown)', () => {
    it.each([
        ['progress from 0 to 1', [0, 0.5, 1], 0, 1, '▁▅█'],
        ['its own range when none is given', [16, 12, 9], undefined, undefined, '█▄▁'],
        ['a flat series', [3, 3], undefined, undefined, '▁▁'],
        ['values that are not numbers are left out', [Number.NaN, 1, Infinity], 0, 1, '█'],
    ])('%s', (_name, values, low, high, expected) => {
        expect(blockSparkline(values, low, high)).toBe(expected);
    });
});
