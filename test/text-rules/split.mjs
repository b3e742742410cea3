// Puts every row on its side of the split (see split-rule.mjs) after rows are added:
// `node test/text-rules/split.mjs [unseen/batch-N.key-results.tsv …]` adds the given batch files'
// rows (dropping titles already present) and rewrites the dev and holdout files.
import fs from 'node:fs';
import { normalizedTitle, readWhileWriting, sideOf } from './split-rule.mjs';

const HEADER = 'label\ttitle\tsource';
const dir = new URL('.', import.meta.url);
const read = readWhileWriting();
const batches = process.argv.slice(2);

function rowsOf(url, name) {
    const [header, ...lines] = fs.readFileSync(url, 'utf8').trim().split('\n');
    if (header !== HEADER) throw new Error(`${name}: expected the header "${HEADER}"`);
    return lines.map(line => { const [label, title, source] = line.split('\t'); return { label, title, source }; });
}

for (const dataset of ['key-results', 'objectives']) {
    const files = [`${dataset}.dev.tsv`, `${dataset}.holdout.tsv`].map(f => new URL(f, dir))
        .concat(batches.filter(b => b.endsWith(`.${dataset}.tsv`)).map(b => new URL(b, `file://${process.cwd()}/`)));
    const rows = [];
    const seen = new Set();
    for (const file of files) {
        for (const row of rowsOf(file, file.pathname)) {
            const key = normalizedTitle(row.title);
            if (!seen.has(key)) rows.push(row);
            seen.add(key);
        }
    }
    const out = { dev: [], holdout: [] };
    for (const row of rows) out[sideOf(row.title, read)].push(row);
    for (const [split, list] of Object.entries(out)) {
        list.sort((a, b) => a.label.localeCompare(b.label) || a.source.localeCompare(b.source) || a.title.localeCompare(b.title));
        fs.writeFileSync(new URL(`${dataset}.${split}.tsv`, dir), [HEADER, ...list.map(r => `${r.label}\t${r.title}\t${r.source}`)].join('\n') + '\n');
    }
    console.log(`${dataset}: ${out.dev.length} dev, ${out.holdout.length} holdout`);
}
