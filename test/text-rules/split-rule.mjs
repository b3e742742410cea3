// Which side of the split a row is on, from its text alone, so that a row never changes side as
// rows are added or removed: hash of the normalized title mod 100 < 30 → holdout. A row that was
// read while writing a rule is listed in `read-while-writing.txt` and stays in dev.
import fs from 'node:fs';

/** Lower case, every run of other characters one space: "Launch the App!" and "launch the app" are one row. */
export const normalizedTitle = title => title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** FNV-1a over the normalized title's code points. */
export function titleHash(title) {
    let h = 2166136261;
    for (const c of normalizedTitle(title)) { h ^= c.codePointAt(0); h = Math.imul(h, 16777619) >>> 0; }
    return h;
}

export const HOLDOUT_PERCENT = 30;

/** Normalized titles of rows read while writing a rule (one a line, `#` starts a comment). */
export function readWhileWriting() {
    const text = fs.readFileSync(new URL('read-while-writing.txt', import.meta.url), 'utf8');
    return new Set(text.split('\n').map(line => line.replace(/#.*/, '').trim()).filter(Boolean).map(normalizedTitle));
}

export function sideOf(title, read = readWhileWriting()) {
    if (read.has(normalizedTitle(title))) return 'dev';
    return titleHash(title) % 100 < HOLDOUT_PERCENT ? 'holdout' : 'dev';
}
