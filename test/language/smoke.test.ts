import { describe, expect, it } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import * as fs from 'node:fs';
import { createOkrServices, type Model } from 'okr-language';

describe('spec example', () => {
    it('parses without syntax errors', async () => {
        const { Okr } = createOkrServices(EmptyFileSystem);
        Okr.okr.Settings.setToday('2026-11-10');
        const parse = parseHelper<Model>(Okr);
        const text = fs.readFileSync('test/fixtures/spec/example.okr', 'utf8');
        const doc = await parse(text, { validation: true });
        expect(doc.parseResult.lexerErrors).toEqual([]);
        expect(doc.parseResult.parserErrors.map(e => e.message)).toEqual([]);
        console.log((doc.diagnostics ?? []).map(d => `${d.range.start.line + 1}: ${d.code} ${d.message}`).join('\n'));
    });
});
