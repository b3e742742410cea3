import { it } from 'vitest';
import * as fs from 'node:fs';
import { TextDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import { createServices, okrFiles } from './lsp/helpers.js';

let seed = Number(process.env.SEED ?? 12345);
const rand = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };

function mutate(text: string): string {
    const lines = text.split('\n');
    const tokens = text.split(/(\s+)/);
    switch (rand(6)) {
        case 0: { const i = rand(tokens.length); tokens.splice(i, 1); return tokens.join(''); }
        case 1: { const i = rand(tokens.length); tokens.splice(i, 0, tokens[rand(tokens.length)]); return tokens.join(''); }
        case 2: { const i = rand(lines.length), j = rand(lines.length); [lines[i], lines[j]] = [lines[j], lines[i]]; return lines.join('\n'); }
        case 3: { const i = rand(lines.length); lines.splice(i, 0, lines[rand(lines.length)]); return lines.join('\n'); }
        case 4: { const i = rand(text.length); return text.slice(0, i) + String.fromCharCode(rand(128)) + text.slice(i); }
        default: { const i = rand(lines.length); lines.splice(i, 1); return lines.join('\n'); }
    }
}

it('fuzz', async () => {
    let Okr = createServices().Okr;
    let parse = parseHelper(Okr);
    const files = okrFiles('examples', 'test/fixtures').map(f => fs.readFileSync(f, 'utf8'));
    let worst = 0; let failures = 0;
    for (let n = 0; n < Number(process.env.N ?? 300); n++) {
        let text = files[rand(files.length)];
        for (let k = rand(4); k >= 0; k--) text = mutate(text);
        Okr = createServices().Okr;
        parse = parseHelper(Okr);
        const started = Date.now();
        try {
            const doc = await parse(text, { validation: true });
            const uri = { uri: doc.uri.toString() };
            for (let h = 0; h < 15; h++) {
                const position = doc.textDocument.positionAt(rand(text.length + 1));
                await Okr.lsp.HoverProvider!.getHoverContent(doc, { textDocument: uri, position });
                if (h < 4) await Okr.lsp.CompletionProvider!.getCompletion(doc, { textDocument: uri, position });
            }
            const edits = await Okr.lsp.Formatter!.formatDocument(doc, { textDocument: uri, options: { tabSize: 2, insertSpaces: true } });
            if (edits.length) {
                const out = TextDocument.applyEdits(doc.textDocument, edits);
                const docAst = Okr.serializer.JsonSerializer.serialize(doc.parseResult.value, { refText: true, textRegions: false, comments: false }).replace(/"\$ref":"[^"#]*#/g, '"$ref":"#');
                const docDiags = (doc.diagnostics ?? []).map((x: any) => `${x.code} ${x.message}`).sort().join('\n');
                await clearDocuments(Okr, [doc]).catch(() => {});
                const again = await parse(out);
                if (again.parseResult.parserErrors.length || again.parseResult.lexerErrors.length) { console.log('FORMAT BROKE PARSE\n' + text + '\n=====\n' + out); failures++; }
                const edits2 = await Okr.lsp.Formatter!.formatDocument(again, { textDocument: { uri: again.uri.toString() }, options: { tabSize: 2, insertSpaces: true } });
                if (TextDocument.applyEdits(again.textDocument, edits2) !== out) { console.log('NOT IDEMPOTENT\n' + text); failures++; }
                const ser = (d: any) => Okr.serializer.JsonSerializer.serialize(d.parseResult.value, { refText: true, textRegions: false, comments: false }).replace(/"\$ref":"[^"#]*#/g, '"$ref":"#');
                if (ser(again) !== docAst) { console.log('AST CHANGED\n' + text); failures++; }
                await Okr.shared.workspace.DocumentBuilder.build([again], { validation: true });
                const dd = (d: any) => (d.diagnostics ?? []).map((x: any) => `${x.code} ${x.message}`).sort().join('\n');
                if (dd(again) !== docDiags) { console.log('DIAGNOSTICS CHANGED\n' + docDiags + '\n---\n' + dd(again) + '\n' + text + '\n=====\n' + out); failures++; }
                await clearDocuments(Okr, [again]).catch(() => {});
                await parse(text, { documentUri: doc.uri.toString(), validation: true });
            }
            await Okr.lsp.CodeLensProvider!.provideCodeLens(doc, { textDocument: uri });
            await Okr.lsp.DocumentSymbolProvider!.getSymbols(doc, { textDocument: uri });
            await Okr.lsp.SemanticTokenProvider!.semanticHighlight(doc, { textDocument: uri });
            await Okr.lsp.CodeActionProvider!.getCodeActions(doc, { textDocument: uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: doc.diagnostics ?? [] } });
        } catch (error) {
            failures++;
            console.log('EXCEPTION', error, '\n', text.slice(0, 3000));
        }
        worst = Math.max(worst, Date.now() - started);
    }
    console.log('worst ms', worst, 'failures', failures);
}, 600_000);
