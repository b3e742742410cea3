/**
 * The text rules measured on the labelled development set of real key results and objectives
 * from public OKR guides (`*.dev.tsv` used while writing the rules, `*.holdout.tsv` only
 * measured). Precision and recall must stay at the targets on both splits; `npm run
 * eval:text-rules` lists every misclassified title.
 */
import { describe, expect, it } from 'vitest';
import { loadSplit, measure, summary, type LabelledTitle, type Split } from './dataset.js';
import { RULES } from './rules.js';
// @ts-expect-error: a plain ES module shared with split.mjs
import { readWhileWriting, sideOf } from './split-rule.mjs';

const SPLITS: Split[] = ['dev', 'holdout'];
const cases = RULES.flatMap(rule => SPLITS.map(split => [rule.name, split, rule] as const));

/**
 * Floors that catch a regression, at or below what both splits measure. Issue 11's goals are activity
 * P ≥ 0.92, R ≥ 0.85 and maintenance P ≥ 0.85, R ≥ 0.75; the maintenance holdout (40 maintenance rows
 * since batches 9–11 joined) measured recall 0.82, so its recall floor sits at 0.80. These are not
 * estimates of quality: README.md reports the figures measured on unseen batches.
 */
const FLOORS: Record<string, { precision: number; recall: number }> = {
    'activity-key-result': { precision: 0.92, recall: 0.85 },
    'maintenance-objective': { precision: 0.85, recall: 0.8 },
};

describe.each(cases)('%s on the %s split', (_name, split, rule) => {
    const rows = loadSplit(rule.dataset, split);

    it(`stays at precision ≥ ${FLOORS[rule.name].precision} and recall ≥ ${FLOORS[rule.name].recall}`, () => {
        const m = measure(rule, rows);
        // Holdout titles stay unprinted, so that no one tunes a rule to them.
        const misses = split === 'dev' ? [...m.falsePositives.map(r => `  false positive: ${r.title}`), ...m.falseNegatives.map(r => `  missed: ${r.title}`)] : [];
        console.log([summary(rule, split, m), ...misses].join('\n'));
        expect(m.precision).toBeGreaterThanOrEqual(FLOORS[rule.name].precision);
        expect(m.recall).toBeGreaterThanOrEqual(FLOORS[rule.name].recall);
    });

    it('names only words that are in the title, as written', () => {
        for (const row of rows) {
            for (const trigger of rule.judge(row.title)?.triggers ?? []) {
                expect(wordsOf(row.title), row.title).toContain(trigger);
            }
        }
    });
});

describe('the development set', () => {
    const all = (dataset: 'key-results' | 'objectives') => SPLITS.flatMap(split => loadSplit(dataset, split));

    it.each([
        ['key-results', ['activity', 'outcome'], 300],
        ['objectives', ['maintenance', 'other'], 120],
    ] as const)('%s: enough rows, known labels, a source each, no title twice', (dataset, labels, minimum) => {
        const rows = all(dataset);
        expect(rows.length).toBeGreaterThanOrEqual(minimum);
        for (const row of rows) {
            expect(labels, row.title).toContain(row.label);
            expect(row.source, row.title).toMatch(/^(https?:\/\/\S+|[\w.-]+\/[\w.-]+:\S+)$/);
        }
        const titles = rows.map(r => normalized(r));
        expect(new Set(titles).size).toBe(titles.length);
    });

    it('puts each row on the side its text gives (hash of the normalized title, or dev when read while writing a rule)', () => {
        const read = readWhileWriting();
        for (const dataset of ['key-results', 'objectives'] as const) {
            for (const split of SPLITS) {
                for (const row of loadSplit(dataset, split)) expect(sideOf(row.title, read), `${dataset}: ${row.title}`).toBe(split);
            }
        }
    });

    it('keeps between 20% and 40% of each dataset for the holdout split', () => {
        for (const dataset of ['key-results', 'objectives'] as const) {
            const [dev, holdout] = SPLITS.map(split => loadSplit(dataset, split).length);
            expect(holdout / (dev + holdout), dataset).toBeGreaterThan(0.2);
            expect(holdout / (dev + holdout), dataset).toBeLessThan(0.4);
        }
    });
});

function wordsOf(title: string): string[] {
    return title.split(/[^\p{L}\p{N}'’.,%+$€£-]+/u).map(w => w.replace(/[.,'’+-]+$/, ''));
}

function normalized(row: LabelledTitle): string {
    return row.title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

