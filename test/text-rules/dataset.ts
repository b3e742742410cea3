/**
 * The labelled development set for the text rules: real key results and objectives from public
 * OKR guides, each with its source, split once into a dev part (70%, used while writing the rules)
 * and a holdout part (30%, only measured). `measure` scores a rule on a part.
 */
import * as fs from 'node:fs';
import type { TextVerdict } from '../../packages/language/src/text-rules/index.js';

export interface LabelledTitle { label: string; title: string; source: string }

export interface Rule {
    name: string;
    dataset: 'key-results' | 'objectives';
    /** The label the rule should flag; every other label should pass. */
    positive: string;
    judge: (title: string) => TextVerdict | undefined;
}

export interface Measurement {
    size: number;
    truePositives: number;
    falsePositives: LabelledTitle[];
    falseNegatives: LabelledTitle[];
    precision: number;
    recall: number;
}

export type Split = 'dev' | 'holdout';

export function loadSplit(dataset: Rule['dataset'], split: Split): LabelledTitle[] {
    const text = fs.readFileSync(new URL(`${dataset}.${split}.tsv`, import.meta.url), 'utf8');
    const [header, ...lines] = text.trim().split('\n');
    if (header !== 'label\ttitle\tsource') throw new Error(`${dataset}.${split}.tsv: unexpected header "${header}"`);
    return lines.map((line, i) => {
        const [label, title, source] = line.split('\t');
        if (!label || !title || !source) throw new Error(`${dataset}.${split}.tsv line ${i + 2}: expected label, title and source`);
        return { label, title, source };
    });
}

export function measure(rule: Rule, rows: LabelledTitle[]): Measurement {
    let truePositives = 0;
    const falsePositives: LabelledTitle[] = [];
    const falseNegatives: LabelledTitle[] = [];
    for (const row of rows) {
        const flagged = rule.judge(row.title) !== undefined;
        const positive = row.label === rule.positive;
        if (flagged && positive) truePositives++;
        else if (flagged) falsePositives.push(row);
        else if (positive) falseNegatives.push(row);
    }
    const flaggedCount = truePositives + falsePositives.length;
    const positives = truePositives + falseNegatives.length;
    return {
        size: rows.length,
        truePositives,
        falsePositives,
        falseNegatives,
        precision: flaggedCount === 0 ? 1 : truePositives / flaggedCount,
        recall: positives === 0 ? 1 : truePositives / positives,
    };
}

/** One line per rule and split, e.g. "activity-key-result dev: precision 0.95 recall 0.90 (tp 120, fp 6, fn 13, n 320)". */
export function summary(rule: Rule, split: Split, m: Measurement): string {
    return `${rule.name} ${split}: precision ${m.precision.toFixed(2)} recall ${m.recall.toFixed(2)} `
        + `(tp ${m.truePositives}, fp ${m.falsePositives.length}, fn ${m.falseNegatives.length}, n ${m.size})`;
}
