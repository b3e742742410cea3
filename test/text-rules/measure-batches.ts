/**
 * `npx vite-node test/text-rules/measure-batches.ts [batch-N]`: precision and recall of each text rule on
 * a batch in `batches/` (the rows of batch N as collected, before or after they joined the dataset). Prints only the figures, so that
 * measuring a batch does not show its rows.
 */
import * as fs from 'node:fs';
import { measure, summary, type LabelledTitle } from './dataset.js';
import { RULES } from './rules.js';

const dir = new URL('batches/', import.meta.url);
const only = process.argv[2];
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter(f => f.endsWith('.tsv') && (!only || f.startsWith(`${only}.`))).sort() : [];
for (const file of files) {
    const [batch, dataset] = file.replace(/\.tsv$/, '').split('.');
    const [, ...lines] = fs.readFileSync(new URL(file, dir), 'utf8').trim().split('\n');
    const rows: LabelledTitle[] = lines.map(line => { const [label, title, source] = line.split('\t'); return { label, title, source }; });
    for (const rule of RULES.filter(r => r.dataset === dataset)) console.log(`${batch}: ${summary(rule, 'holdout', measure(rule, rows)).replace(' holdout:', ':')}`);
}
