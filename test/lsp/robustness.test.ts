/**
 * Editor features on broken text: seeded mutations of the examples (tokens and lines deleted,
 * duplicated and swapped, stray characters) through hover, completion, formatting, code lens,
 * outline, highlighting and quick fixes. Nothing may throw; formatting keeps the AST and is
 * idempotent wherever the text parses.
 */
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import { TextDocument, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { createServices, hasSyntaxErrors, okrFiles } from './helpers.js';

function random(seed: number): (n: number) => number {
    let state = seed;
    return n => {
        state = (state * 1103515245 + 12345) & 0x7fffffff;
        return state % n;
    };
}

function mutate(text: string, pick: (n: number) => number): string {
    const lines = text.split('\n');
    const tokens = text.split(/(\s+)/);
    const at = (n: number) => pick(Math.max(1, n));
    switch (pick(6)) {
        case 0: tokens.splice(at(tokens.length), 1); return tokens.join('');
        case 1: tokens.splice(at(tokens.length), 0, tokens[at(tokens.length)]); return tokens.join('');
        case 2: { const i = at(lines.length), j = at(lines.length); [lines[i], lines[j]] = [lines[j], lines[i]]; return lines.join('\n'); }
        case 3: lines.splice(at(lines.length), 0, lines[at(lines.length)]); return lines.join('\n');
        case 4: { const i = at(text.length); return text.slice(0, i) + String.fromCharCode(32 + pick(95)) + text.slice(i); }
        default: lines.splice(at(lines.length), 1); return lines.join('\n');
    }
}

const astOf = (services: ReturnType<typeof createServices>, document: LangiumDocument) =>
    services.Okr.serializer.JsonSerializer.serialize(document.parseResult.value, { refText: true, textRegions: false, comments: false }).replace(/"\$ref":"[^"#]*#/g, '"$ref":"#');

const sources = okrFiles('test/fixtures', 'examples').map(file => fs.readFileSync(file, 'utf8'));
const cases = Array.from({ length: 40 }, (_, seed) => seed + 1);

describe('editor features on mutated documents', () => {
    it.each(cases)('mutation #%i', async seed => {
        const pick = random(seed * 7919);
        let text = sources[pick(sources.length)];
        for (let count = pick(3); count >= 0; count--) text = mutate(text, pick);
        // A fresh workspace per case: nothing leaks from one case to the next.
        const services = createServices();
        const { Okr } = services;
        const parse = parseHelper(Okr);
        const started = Date.now();
        const document = await parse(text, { validation: true });
        const textDocument = { uri: document.uri.toString() };
        for (let probe = 0; probe < 10; probe++) {
            const position = document.textDocument.positionAt(pick(text.length + 1));
            await Okr.lsp.HoverProvider!.getHoverContent(document, { textDocument, position });
            if (probe % 3 === 0) await Okr.lsp.CompletionProvider!.getCompletion(document, { textDocument, position });
        }
        await Okr.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument });
        await Okr.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
        await Okr.lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument });
        await Okr.lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: document.diagnostics ?? [] } });
        const edits = await Okr.lsp.Formatter!.formatDocument(document, { textDocument, options: { insertSpaces: true, tabSize: 2 } });
        if (hasSyntaxErrors(document)) {
            expect(edits).toEqual([]);
        } else {
            const formatted = await parse(TextDocument.applyEdits(document.textDocument, edits));
            expect(astOf(services, formatted)).toBe(astOf(services, document));
            const again = await Okr.lsp.Formatter!.formatDocument(formatted, { textDocument: { uri: formatted.uri.toString() }, options: { insertSpaces: true, tabSize: 2 } });
            expect(again).toEqual([]);
        }
        expect(Date.now() - started).toBeLessThan(1000);
    });
});
