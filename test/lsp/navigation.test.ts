import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument, type LangiumDocument } from 'langium';
import { clearDocuments, expectFindReferences, expectGoToDefinition, parseHelper } from 'langium/test';
import type { Location, WorkspaceEdit } from 'vscode-languageserver';
import type { Model } from 'okr-language';
import { createServices, offsetOf } from './helpers.js';

const { Okr, shared } = createServices();
const parse = parseHelper<Model>(Okr);

/** Two files of one workspace: the structure, and the goals that refer to it. */
const ORG = `company acme "Acme" { lead "Dana" }
department product "Product" in acme
team onboarding "Onboarding" in product
strategy customer_love "Win enterprise accounts"
cycle launch "Launch push" from 2026-11-01 to 2026-11-30
kpis onboarding {
  kpi time_to_value "Time to value" { owner "Kim" }
}
okrs acme 2026-Q4 {
  objective growth "Grow" { aligns customer_love }
}
`;
const GOALS = `okrs onboarding launch {
  objective fast "Fast onboarding" {
    aligns growth, customer_love
    guardrails time_to_value
    kr ttfv "Cut time to value" { moves time_to_value }
  }
}
okrs product 2026-Q4 {
  objective p "P" { aligns growth }
}
okrs acme launch {}
`;

/** Each ID kind: its declaration in ORG, and how many references GOALS holds. */
const kinds: Array<[string, string, number]> = [
    ['company', 'acme', 1],
    ['department', 'product', 1],
    ['team', 'onboarding', 1],
    ['strategy', 'customer_love', 1],
    ['cycle', 'launch', 2],
    ['kpi', 'time_to_value', 2],
    ['objective', 'growth', 2],
];

async function workspace(): Promise<{ org: LangiumDocument<Model>; goals: LangiumDocument<Model> }> {
    const org = await parse(ORG, { documentUri: 'file:///ws/org.okr' });
    const goals = await parse(GOALS, { documentUri: 'file:///ws/goals.okr' });
    // Build both together, so references from either file resolve into the other.
    await shared.workspace.DocumentBuilder.build([org, goals], { validation: true });
    return { org, goals };
}

/** Where `name` is declared in ORG: after its keyword. */
function declarationOffset(kind: string, name: string): number {
    return offsetOf(ORG, `${kind} ${name}`, kind.length + 1);
}

/** Offsets of `name` as a whole word in `text` outside of its declaration. */
function referenceOffsets(text: string, name: string, declaration?: number): number[] {
    return [...text.matchAll(new RegExp(`\\b${name}\\b(?!")`, 'g'))].map(match => match.index!).filter(offset => offset !== declaration);
}

function apply(edit: WorkspaceEdit, document: LangiumDocument): string {
    return TextDocument.applyEdits(document.textDocument, edit.changes?.[document.uri.toString()] ?? []);
}

describe('navigation within a file (langium/test helpers)', () => {
    afterEach(() => clearDocuments(Okr));

    it('goes to the definition of an aligned objective', async () => {
        await expectGoToDefinition(Okr)({
            text: 'team t "T"\nokrs t 2026-Q4 {\n  objective <|parent|> "P" {}\n  objective child "C" { aligns par<|>ent }\n}\n',
            index: 0, rangeIndex: 0, disposeAfterCheck: true,
        });
    });

    it('finds all references to a KPI, with its declaration', async () => {
        await expectFindReferences(Okr)({
            text: 'team t "T"\nkpis t { kpi <|c<|>sat|> "CSAT" {} }\nokrs t 2026-Q4 {\n  objective o "O" {\n    guardrails <|csat|>\n    kr "k" { moves <|csat|> }\n  }\n}\n',
            includeDeclaration: true, disposeAfterCheck: true,
        });
    });
});

describe('navigation across files', () => {
    afterEach(() => clearDocuments(Okr));

    it.each(kinds)('%s "%s": definition, references and rename work from the other file', async (kind, name, referencesInGoals) => {
        const { org, goals } = await workspace();
        const declaration = declarationOffset(kind, name);
        const uses = referenceOffsets(GOALS, name);
        expect(uses).toHaveLength(referencesInGoals);

        // Go to definition from every use in goals.okr lands on the declaration in org.okr.
        for (const use of uses) {
            const links = await Okr.lsp.DefinitionProvider!.getDefinition(goals, { textDocument: { uri: goals.uri.toString() }, position: goals.textDocument.positionAt(use + 1) });
            expect(links?.map(link => [link.targetUri, org.textDocument.offsetAt(link.targetSelectionRange.start)])).toEqual([[org.uri.toString(), declaration]]);
        }

        // Find references from the declaration lists the uses in both files.
        const references: Location[] = await Okr.lsp.ReferencesProvider!.findReferences(org, {
            textDocument: { uri: org.uri.toString() }, position: org.textDocument.positionAt(declaration), context: { includeDeclaration: false },
        }) ?? [];
        const inGoals = references.filter(ref => ref.uri === goals.uri.toString()).map(ref => goals.textDocument.offsetAt(ref.range.start));
        const inOrg = references.filter(ref => ref.uri === org.uri.toString()).map(ref => org.textDocument.offsetAt(ref.range.start));
        expect(inGoals.sort((a, b) => a - b)).toEqual(uses);
        expect(inOrg.sort((a, b) => a - b)).toEqual(referenceOffsets(ORG, name, declaration));

        // Rename from a use in goals.okr changes the declaration and every use, in both files.
        const edit = await Okr.lsp.RenameProvider!.rename(goals, { textDocument: { uri: goals.uri.toString() }, position: goals.textDocument.positionAt(uses[0]), newName: `${name}_2` });
        const newOrg = apply(edit!, org);
        const newGoals = apply(edit!, goals);
        const word = new RegExp(`\\b${name}\\b(?!")`, 'g');
        expect(newOrg).toBe(ORG.replace(word, `${name}_2`));
        expect(newGoals).toBe(GOALS.replace(word, `${name}_2`));

        // And the renamed workspace still links.
        await clearDocuments(Okr);
        const renamed = [await parse(newOrg, { documentUri: 'file:///ws/org.okr' }), await parse(newGoals, { documentUri: 'file:///ws/goals.okr' })];
        await shared.workspace.DocumentBuilder.build(renamed, { validation: true });
        const unresolved = renamed.flatMap(document => document.diagnostics ?? []).filter(d => d.code === 'unresolved-reference');
        expect(unresolved).toEqual([]);
    });

    it('renames a key result ID (nothing refers to it)', async () => {
        const { goals } = await workspace();
        const edit = await Okr.lsp.RenameProvider!.rename(goals, { textDocument: { uri: goals.uri.toString() }, position: goals.textDocument.positionAt(offsetOf(GOALS, 'ttfv')), newName: 'time_cut' });
        expect(apply(edit!, goals)).toBe(GOALS.replace('kr ttfv', 'kr time_cut'));
    });

    it.each([['a keyword', 'objective'], ['a name with a space', 'new name'], ['a name starting with a digit', '1st']])('refuses %s as the new name', async (_what, newName) => {
        const { goals } = await workspace();
        const rename = Okr.lsp.RenameProvider!.rename(goals, { textDocument: { uri: goals.uri.toString() }, position: goals.textDocument.positionAt(offsetOf(GOALS, 'growth')), newName });
        await expect(rename).rejects.toThrow(/not a valid ID|keyword/);
    });

    it('finds workspace symbols of every kind by name, with kinds', async () => {
        await workspace();
        const symbols = await shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: '' });
        const byName = Object.fromEntries(symbols.map(symbol => [symbol.name, [symbol.kind, symbol.location.uri]]));
        expect(byName).toMatchObject({
            acme: [3, 'file:///ws/org.okr'], customer_love: [11, 'file:///ws/org.okr'], launch: [24, 'file:///ws/org.okr'],
            time_to_value: [13, 'file:///ws/org.okr'], growth: [5, 'file:///ws/org.okr'], fast: [5, 'file:///ws/goals.okr'], ttfv: [8, 'file:///ws/goals.okr'],
        });
        const growthOnly = await shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'grow' });
        expect(growthOnly.map(symbol => symbol.name)).toEqual(['growth']);
    });
});
