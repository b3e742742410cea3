// Re-splits the development set after rows are added: `node test/text-rules/split.mjs`.
// Each label's rows are ordered by a hash of the title and the first 30% go to the holdout
// split, so the split is random but reproducible, and a row keeps its side as others come and go.
import fs from 'node:fs';

const HEADER = 'label\ttitle\tsource';
const dir = new URL('.', import.meta.url);

function hash(text) {
    let h = 2166136261;
    for (const c of text) { h ^= c.codePointAt(0); h = Math.imul(h, 16777619) >>> 0; }
    return h;
}

for (const dataset of ['key-results', 'objectives']) {
    const rows = [];
    const seen = new Set();
    for (const split of ['dev', 'holdout']) {
        const [header, ...lines] = fs.readFileSync(new URL(`${dataset}.${split}.tsv`, dir), 'utf8').trim().split('\n');
        if (header !== HEADER) throw new Error(`${dataset}.${split}.tsv: expected the header "${HEADER}"`);
        for (const line of lines) {
            const [label, title, source] = line.split('\t');
            const key = title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
            if (!seen.has(key)) rows.push({ label, title, source });
            seen.add(key);
        }
    }
    const out = { dev: [], holdout: [] };
    for (const label of [...new Set(rows.map(r => r.label))].sort()) {
        const mine = rows.filter(r => r.label === label).sort((a, b) => hash(a.title) - hash(b.title));
        const held = Math.round(mine.length * 0.3);
        out.holdout.push(...mine.slice(0, held));
        out.dev.push(...mine.slice(held));
    }
    for (const [split, list] of Object.entries(out)) {
        fs.writeFileSync(new URL(`${dataset}.${split}.tsv`, dir), [HEADER, ...list.map(r => `${r.label}\t${r.title}\t${r.source}`)].join('\n') + '\n');
    }
    console.log(`${dataset}: ${out.dev.length} dev, ${out.holdout.length} holdout`);
}
