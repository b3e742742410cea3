import { afterEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import { clearDocuments, expectFoldings, expectSemanticToken, expectSymbols, highlightHelper, parseHelper } from 'langium/test';
import { SymbolKind, type DocumentSymbol, type SemanticTokenTypes } from 'vscode-languageserver';
import type { Model } from 'okr-language';
import { createServices } from './helpers.js';

const { Okr } = createServices();
const parse = parseHelper<Model>(Okr);
const EXAMPLE = fs.readFileSync('test/fixtures/spec/example.okr', 'utf8');

const KIND_NAMES = Object.fromEntries(Object.entries(SymbolKind).map(([name, kind]) => [kind, name]));

const outline = (symbols: DocumentSymbol[], depth = 0): string[] =>
    symbols.flatMap(symbol => [`${'  '.repeat(depth)}${KIND_NAMES[symbol.kind]} ${symbol.name}${symbol.detail ? ` — ${symbol.detail}` : ''}`, ...outline(symbol.children ?? [], depth + 1)]);

describe('outline, code lens and folding', () => {
    afterEach(() => clearDocuments(Okr));

    it('outlines the spec example with kinds, IDs and titles', async () => {
        await expectSymbols(Okr)({
            text: EXAMPLE, disposeAfterCheck: true,
            assert: symbols => expect(outline(symbols)).toEqual([
                'Namespace acme — Acme Inc',
                'Namespace product — Product',
                'Namespace onboarding — Onboarding squad',
                'Interface customer_love — Win enterprise accounts on time-to-value',
                'Package kpis onboarding',
                '  Variable time_to_value — Median time-to-first-value',
                '  Variable csat — Support CSAT',
                '  Variable tickets — Tickets closed per week',
                'Package okrs acme 2026-Q4',
                '  Class growth — Become the fastest enterprise onboarding in our category',
                '    Field Cut median time-to-first-value from 21 days to 10',
                'Package okrs onboarding 2026-Q4',
                '  Class fast_onboarding — Make the first week of every new account effortless',
                '    Field ttfv — Cut median time-to-first-value',
                '    Field activation — Raise week-one activation',
                '    Field Launch the onboarding training deck',
                '  Class nps — Maintain our NPS above 40',
            ]),
        });
    });

    it('gives every objective a code lens with its score, grade and status', async () => {
        const document = await parse(EXAMPLE);
        const lenses = await Okr.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
        const byLine = lenses?.filter(lens => lens.command?.command !== 'okr.checkIn').map(lens => [lens.range.start.line + 1, lens.command?.title]);
        expect(byLine).toEqual([
            [EXAMPLE.split('\n').findIndex(line => line.includes('objective growth')) + 1, 'Score 0.0 · red · off track'],
            [EXAMPLE.split('\n').findIndex(line => line.includes('objective fast_onboarding')) + 1, 'Score 0.3 · red · at risk'],
            [EXAMPLE.split('\n').findIndex(line => line.includes('objective nps')) + 1, 'No key results'],
        ]);
    });

    it('gives every key result a "Check in" lens carrying its document, the place of its ID (or kr keyword) and its ID', async () => {
        const document = await parse(EXAMPLE);
        const uri = document.uri.toString();
        const lenses = await Okr.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri } });
        const lines = EXAMPLE.split('\n');
        const lineOf = (text: string) => lines.findIndex(line => line.includes(text));
        expect(lenses?.filter(lens => lens.command?.command === 'okr.checkIn').map(lens => [lens.range.start.line, lens.command?.title, lens.command?.arguments])).toEqual([
            [lineOf('kr "Cut median'), 'Check in', [{ uri, position: { line: lineOf('kr "Cut median'), character: 4 } }]],
            [lineOf('kr ttfv'), 'Check in', [{ uri, position: { line: lineOf('kr ttfv'), character: 7 }, id: 'ttfv' }]],
            [lineOf('kr activation'), 'Check in', [{ uri, position: { line: lineOf('kr activation'), character: 7 }, id: 'activation' }]],
            [lineOf('kr "Launch'), 'Check in', [{ uri, position: { line: lineOf('kr "Launch'), character: 4 } }]],
        ]);
    });

    it('code lens follows "today": after the cycle the grade is final', async () => {
        Okr.okr.Settings.setToday('2027-01-05');
        try {
            const document = await parse(EXAMPLE);
            const lenses = await Okr.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
            expect(lenses?.filter(lens => lens.command?.command === '')[1].command?.title).toBe('Score 0.3 · red · ended');
        } finally {
            Okr.okr.Settings.setToday('2026-11-10');
        }
    });

    it('folds blocks', async () => {
        await expectFoldings(Okr)({
            // Folded regions end before the closing brace, which stays visible.
            text: 'team t "T"\n<|kpis t {\n  <|kpi k "K" {\n    owner "a"|>\n  }|>\n}\n',
            disposeAfterCheck: true,
        });
    });
});

describe('semantic highlighting', () => {
    afterEach(() => clearDocuments(Okr));

    it('colours each ID by what it names', async () => {
        const tokens = await highlightHelper(Okr)(`company <|acme|> "A"
team <|t|> "T" in <|acme|>
strategy <|s|> "S"
cycle <|push|> "P" from 2026-01-01 to 2026-02-01
kpis <|t|> { kpi <|csat|> "C" {} }
okrs <|t|> <|push|> {
  objective <|o|> "O" {
    aligns <|s|>, <|p|>
    guardrails <|csat|>
    kr <|k|> "K" { moves <|csat|> }
  }
  objective <|p|> "P" {}
}
`);
        const expected: SemanticTokenTypes[] = [
            'namespace', 'namespace', 'namespace', 'interface', 'enumMember', 'namespace', 'variable', 'namespace', 'enumMember',
            'class', 'interface', 'class', 'variable', 'property', 'variable', 'class',
        ] as SemanticTokenTypes[];
        expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType }));
        await clearDocuments(Okr);
    });
});
