/**
 * The examples quoted in the comments of the text rules are made up, not copied from the
 * labelled rows: a rule written around a row it quotes is tuned to that row. Any double-quoted
 * example of three or more words in a comment of `packages/language/src/text-rules/` that occurs,
 * word for word, inside a dataset title fails this test.
 */
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module shared with split.mjs
import { normalizedTitle } from './split-rule.mjs';

const RULES_DIR = new URL('../../packages/language/src/text-rules/', import.meta.url);
const DATA_DIR = new URL('./', import.meta.url);

function titles(): string[] {
    const files = [...fs.readdirSync(DATA_DIR).filter(f => f.endsWith('.tsv')).map(f => new URL(f, DATA_DIR)),
        ...fs.readdirSync(new URL('batches/', DATA_DIR)).filter(f => f.endsWith('.tsv')).map(f => new URL(`batches/${f}`, DATA_DIR))];
    return files.flatMap(file => fs.readFileSync(file, 'utf8').trim().split('\n').slice(1).map(line => ` ${normalizedTitle(line.split('\t')[1] ?? '')} `));
}

/** Double-quoted examples in the comments of a source file, with `…` and line breaks taken out. */
export function quotedExamples(source: string): string[] {
    const comments = source.match(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g) ?? [];
    return comments.flatMap(comment => [...comment.replace(/\n\s*\*\s?/g, ' ').matchAll(/"([^"]+)"/g)].map(m => m[1]));
}

const files = fs.readdirSync(RULES_DIR).filter(f => f.endsWith('.ts'));

describe.each(files)('%s', file => {
    it('quotes no dataset row in its comments', () => {
        const rows = titles();
        const copied = quotedExamples(fs.readFileSync(new URL(file, RULES_DIR), 'utf8'))
            .map(example => normalizedTitle(example.replace(/…/g, ' ')))
            .filter(example => example.split(' ').length >= 3)
            .filter(example => rows.some(row => row.includes(` ${example} `)));
        expect(copied).toEqual([]);
    });
});
