/**
 * `npm run eval:text-rules`: precision and recall of each text rule on the dev and holdout
 * splits, and every misclassified dev title with what the rule said about it. Holdout titles are
 * never printed: a row read while writing a rule belongs in dev (see split-rule.mjs).
 */
import { loadSplit, measure, summary, type LabelledTitle, type Split } from './dataset.js';
import { RULES } from './rules.js';

const SPLITS: Split[] = ['dev', 'holdout'];

for (const rule of RULES) {
    for (const split of SPLITS) {
        const m = measure(rule, loadSplit(rule.dataset, split));
        console.log(summary(rule, split, m));
        const show = (kind: string, rows: LabelledTitle[]) => rows.forEach(row => {
            const verdict = rule.judge(row.title);
            const why = verdict ? `  ← ${verdict.triggers.map(t => `"${t}"`).join(', ')}: ${verdict.explanation}` : '';
            console.log(`  ${kind} ${row.title}${why}`);
        });
        if (split !== 'dev') continue;
        show('false positive:', m.falsePositives);
        show('missed:        ', m.falseNegatives);
    }
}
