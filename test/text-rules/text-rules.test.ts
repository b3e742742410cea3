/**
 * The text rules on a labelled development set of real key results and objectives from public
 * OKR guides (key-results.tsv, objectives.tsv: label, title, source). Precision and recall
 * must stay at the targets; every trigger must be words of the title.
 */
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judgeKeyResultTitle, judgeObjectiveTitle, type TextVerdict } from 'okr-language';

interface Row { label: string; title: string; source: string }

function load(file: string): Row[] {
    return fs.readFileSync(new URL(file, import.meta.url), 'utf8').trim().split('\n').slice(1)
        .map(line => { const [label, title, source] = line.split('\t'); return { label, title, source }; });
}

export function evaluate(rows: Row[], positive: string, judge: (title: string) => TextVerdict | undefined) {
    let tp = 0, fp = 0, fn = 0;
    const mistakes: string[] = [];
    for (const row of rows) {
        const predicted = judge(row.title) !== undefined;
        const actual = row.label === positive;
        if (predicted && actual) tp++;
        else if (predicted) { fp++; mistakes.push(`false ${positive}: ${row.title}`); }
        else if (actual) { fn++; mistakes.push(`missed ${positive}: ${row.title}`); }
    }
    return { precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn), mistakes, size: rows.length };
}

describe.each([
    ['activity-key-result', 'key-results.tsv', 'activity', judgeKeyResultTitle],
    ['maintenance-objective', 'objectives.tsv', 'maintenance', judgeObjectiveTitle],
] as const)('%s on the development set', (_rule, file, positive, judge) => {
    const rows = load(file);

    it('reaches precision ≥ 0.90 and recall ≥ 0.85', () => {
        const result = evaluate(rows, positive, judge);
        console.log(`${_rule}: precision ${result.precision.toFixed(2)}, recall ${result.recall.toFixed(2)} on ${result.size} titles`, result.mistakes);
        expect(result.precision).toBeGreaterThanOrEqual(0.9);
        expect(result.recall).toBeGreaterThanOrEqual(0.85);
    });

    it('names only words that are in the title', () => {
        for (const row of rows) {
            for (const trigger of judge(row.title)?.triggers ?? []) expect(row.title).toContain(trigger);
        }
    });
});

describe('never throws, whatever the text', () => {
    it.each(['', ' ', '🚀🚀', 'a'.repeat(10_000), '"\\\u0000', 'Maintain', 'keep', '12', 'from to', 'Launch'])('%j', text => {
        expect(() => [judgeKeyResultTitle(text), judgeObjectiveTitle(text)]).not.toThrow();
    });
});

describe('reads tense and number', () => {
    it.each(['Launched the partner portal', 'Launching the partner portal', 'Publishes 4 case studies', 'Hired 3 engineers'])('"%s" is an activity', title => {
        expect(judgeKeyResultTitle(title)).toBeDefined();
    });
    it.each(['Increase trial-to-paid conversion from 8% to 12%', 'Cut p95 checkout latency to 300 ms', 'Grow ARR to $4M'])('"%s" is an outcome', title => {
        expect(judgeKeyResultTitle(title)).toBeUndefined();
    });
    it.each(['Keep shipping faster than our competitors', 'Continue to grow enterprise revenue', 'Delight every new customer'])('"%s" is not maintenance', title => {
        expect(judgeObjectiveTitle(title)).toBeUndefined();
    });
});
