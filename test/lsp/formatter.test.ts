import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'langium';
import { clearDocuments, expectFormatting, parseHelper } from 'langium/test';
import { formatText, type Model } from 'okr-language';
import { createServices, hasSyntaxErrors, okrFiles } from './helpers.js';

const { Okr } = createServices();
const parse = parseHelper<Model>(Okr);
const formatting = expectFormatting(Okr);
const expectFormatted = (input: Parameters<typeof formatting>[0]) => formatting({ ...input, disposeAfterCheck: true });

/**
 * Before/after cases as fixture files (test/fixtures/format/<case>/before.okr, after.okr): what
 * the formatter makes of `before` (the file's line endings included), and `after` stays as it is.
 */
const CASES = path.resolve('test/fixtures/format');
const cases = fs.readdirSync(CASES).sort().map(name => {
    const read = (file: string) => fs.readFileSync(path.join(CASES, name, file), 'utf8');
    return [name.replace(/-/g, ' '), { before: read('before.okr'), after: read('after.okr') }] as const;
});
const MESSY = cases.find(([name]) => name === 'messy to canonical')![1].before;
const CANONICAL = cases.find(([name]) => name === 'messy to canonical')![1].after;

/** The AST as JSON, without positions: formatting must never change it. */
async function astOf(text: string): Promise<string> {
    const document = await parse(text);
    const json = Okr.serializer.JsonSerializer.serialize(document.parseResult.value, { refText: true, textRegions: false, comments: false });
    await clearDocuments(Okr, [document]);
    return json.replace(/"\$ref":"[^"#]*#/g, '"$ref":"#');
}

async function diagnosticsOf(text: string): Promise<string[]> {
    // One URI for both versions: messages may name the file.
    const document = await parse(text, { validation: true, documentUri: 'file:///ws/checked.okr' });
    await clearDocuments(Okr, [document]);
    return (document.diagnostics ?? []).map(d => `${d.code} ${d.message}`).sort();
}

const commentsOf = (text: string) => (text.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g) ?? []).map(comment => comment.trimEnd());

describe('formatter', () => {
    it.each(cases)('%s', async (_name, { before, after }) => {
        expect(await formatText(Okr, before)).toBe(after);
        expect(await formatText(Okr, after)).toBe(after);
    });

    it('gives the editor the same edits as okr fmt (the LSP request)', async () => {
        await expectFormatted({ before: MESSY, after: CANONICAL });
        await expectFormatted({ before: CANONICAL, after: CANONICAL });
    });

    it('keeps every comment, in order, and trailing comments on their line', async () => {
        const formatted = await formatText(Okr, MESSY);
        expect(commentsOf(formatted!)).toEqual(commentsOf(MESSY));
        expect(formatted).toContain('kr "x" from 21 to 10 days // trailing\n');
    });

    it('changes only whitespace: same AST and comments for messy input', async () => {
        const formatted = await formatText(Okr, MESSY);
        expect(await astOf(formatted!)).toBe(await astOf(MESSY));
        expect(formatted!.replace(/\s+/g, '')).toBe(MESSY.replace(/\s+/g, ''));
    });

    it('never changes the diagnostics of a line that a suppression comment names', async () => {
        const { before, after } = cases.find(([name]) => name === 'suppressed lines keep their tokens')![1];
        expect(await diagnosticsOf(after)).toEqual(await diagnosticsOf(before));
    });

    it('uses 2-space indentation whatever the editor asks for', async () => {
        await expectFormatted({ before: CANONICAL, after: CANONICAL, options: { insertSpaces: false, tabSize: 8 } });
    });

    it('leaves a document with syntax errors alone', async () => {
        const broken = 'kpis t {   kpi k "K" {  owner  }\n   strategy   s "S"';
        const document = await parse(broken);
        expect(hasSyntaxErrors(document)).toBe(true);
        expect(await Okr.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { insertSpaces: true, tabSize: 2 } })).toEqual([]);
        expect(await formatText(Okr, broken)).toBeUndefined();
    });

    it('formats only the requested range', async () => {
        const text = 'strategy   a "A"\nstrategy   b "B"\n';
        const document = await parse(text);
        const edits = await Okr.lsp.Formatter!.formatDocumentRange(document, {
            textDocument: { uri: document.uri.toString() }, options: { insertSpaces: true, tabSize: 2 },
            range: { start: { line: 1, character: 0 }, end: { line: 1, character: 16 } },
        });
        expect(TextDocument.applyEdits(document.textDocument, edits)).toBe('strategy   a "A"\nstrategy b "B"\n');
    });

    const files = okrFiles('test/fixtures', 'examples');
    it.each(files)('%s: idempotent, same AST, same diagnostics (or untouched when it does not parse)', async file => {
        const original = fs.readFileSync(file, 'utf8');
        const document = await parse(original);
        const parses = !hasSyntaxErrors(document);
        await clearDocuments(Okr, [document]);
        const formatted = await formatText(Okr, original);
        if (!parses) {
            expect(formatted).toBeUndefined();
            return;
        }
        expect(await formatText(Okr, formatted!)).toBe(formatted);
        expect(await astOf(formatted!)).toBe(await astOf(original));
        expect(await diagnosticsOf(formatted!)).toEqual(await diagnosticsOf(original));
        expect(commentsOf(formatted!)).toEqual(commentsOf(original));
    });

    it('finds the spec example among the files', () => {
        expect(files).toContain('test/fixtures/spec/example.okr');
    });
});
