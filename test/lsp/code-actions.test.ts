import { afterEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AstUtils, GrammarUtils, TextDocument, type AstNode, type LangiumDocument } from 'langium';
import { clearDocuments, parseHelper, testCodeAction } from 'langium/test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { isKeyResult, isObjective, type Model } from 'okr-language';
import { createServices, hasSyntaxErrors, okrFiles } from './helpers.js';

const { Okr } = createServices();
const fixes = testCodeAction(Okr);
const parse = parseHelper<Model>(Okr);

/**
 * Before/after cases as fixture files (test/fixtures/quick-fixes/): in `validated/`, checked end
 * to end (the validator reports the code, the fix applies, the diagnostic is gone); in
 * `direct/`, more layouts with the diagnostic placed by hand on the case's `anchor` (a fix
 * depends only on the diagnostic's code and position), so they do not depend on how the text
 * rules judge their titles. Each folder: case.json ({ name, code, anchor? }), before.okr, and
 * after.okr — or after-1.okr, after-2.okr… when several fixes are offered, in order.
 */
const FIXTURES = 'test/fixtures/quick-fixes';

interface FixCase { name: string; code: string; anchor?: string; before: string; afters: string[] }

function loadCases(kind: 'validated' | 'direct'): Array<[string, FixCase]> {
    const dir = path.join(FIXTURES, kind);
    return fs.readdirSync(dir).sort().map(folder => {
        const read = (file: string) => fs.readFileSync(path.join(dir, folder, file), 'utf8');
        const files = fs.readdirSync(path.join(dir, folder));
        const afters = files.filter(file => /^after(-\d+)?\.okr$/.test(file)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).map(read);
        const meta = JSON.parse(read('case.json')) as { name: string; code: string; anchor?: string };
        return [meta.name, { ...meta, before: read('before.okr'), afters }];
    });
}

const validated = loadCases('validated');
const direct = loadCases('direct');

async function actionsFor(text: string, code: string, anchor: string): Promise<{ document: TextDocument; actions: CodeAction[] }> {
    const document = await parse(text);
    const offset = text.indexOf(anchor);
    const diagnostic: Diagnostic = {
        range: { start: document.textDocument.positionAt(offset), end: document.textDocument.positionAt(offset + anchor.length) },
        message: 'test', data: { code },
    };
    const actions = await Okr.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
    }) as CodeAction[];
    await clearDocuments(Okr, [document]);
    return { document: document.textDocument, actions };
}

describe('quick fixes', () => {
    // Every case is its own workspace: names must not resolve into another case's text.
    afterEach(() => clearDocuments(Okr));

    it('has fixture cases to run', () => {
        expect(validated.length).toBeGreaterThan(10);
        expect(direct.length).toBeGreaterThan(5);
    });

    it.each(validated)('%s', async (_name, { code, before, afters }) => {
        expect(afters).toHaveLength(1);
        const result = await fixes(before, code, afters[0]);
        await result.dispose();
    });

    it.each(direct)('%s', async (_name, { code, anchor, before, afters }) => {
        const { document, actions } = await actionsFor(before, code, anchor!);
        const results = actions.map(action => TextDocument.applyEdits(document, action.edit!.changes![document.uri]));
        expect(results).toEqual(afters);
        expect(actions[0].isPreferred).toBe(true);
        for (const result of results) {
            const fixed = await parse(result);
            expect(hasSyntaxErrors(fixed)).toBe(false);
            await clearDocuments(Okr, [fixed]);
        }
    });

    it('does not turn a maintenance objective with key results into a KPI (they would be lost)', async () => {
        const text = 'team t "T"\nokrs t 2026-Q4 {\n  objective nps "Maintain NPS above 40" { kr "x" from 1 to 2 }\n}\n';
        expect((await actionsFor(text, 'maintenance-objective', 'nps')).actions).toEqual([]);
    });

    it('does not turn a maintenance objective that others align to into a KPI', async () => {
        const text = 'team t "T"\nokrs t 2026-Q4 {\n  objective keep "Keep uptime above 99.9%" {}\n  objective o "O" { aligns keep }\n}\n';
        expect((await actionsFor(text, 'maintenance-objective', 'keep')).actions).toEqual([]);
    });

    it('offers nothing for codes without a clear fix', async () => {
        const text = 'team t "T"\nokrs t 2026-Q4 {\n  objective o "O" {}\n}\n';
        expect((await actionsFor(text, 'missing-key-results', 'o "O"')).actions).toEqual([]);
    });
});

const syntaxErrors = (document: LangiumDocument) => document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length;

/** String literals and comments: the user's own text, which no fix may lose. */
function userText(text: string): string[] {
    return (text.match(/"(?:\\.|[^"\\\r\n])*"|\/\/[^\r\n]*|\/\*[\s\S]*?\*\//g) ?? []).map(token => token.trimEnd());
}

function missing(before: string[], after: string[]): string[] {
    const left = [...after];
    return before.filter(token => {
        const index = left.indexOf(token);
        if (index >= 0) left.splice(index, 1);
        return index < 0;
    });
}

describe('every quick fix on every fixture and example', () => {
    afterEach(() => clearDocuments(Okr));

    it.each(okrFiles('test/fixtures', 'examples'))('%s: fixes keep the syntax and the user\'s text', async file => {
        const text = fs.readFileSync(file, 'utf8');
        const document = await parse(text, { validation: true });
        const at = (node: AstNode, property: string) => GrammarUtils.findNodeForProperty(node.$cstNode, property)!.range;
        // Real diagnostics, plus the text rules' codes on every KR and objective: their fixes must be safe anywhere.
        const diagnostics: Diagnostic[] = [
            ...(document.diagnostics ?? []),
            ...AstUtils.streamAst(document.parseResult.value).filter(isKeyResult).map(kr => ({ range: at(kr, 'title'), message: '', data: { code: 'activity-key-result' } })),
            ...AstUtils.streamAst(document.parseResult.value).filter(isObjective).map(o => ({ range: at(o, 'name'), message: '', data: { code: 'maintenance-objective' } })),
        ];
        for (const diagnostic of diagnostics) {
            const actions = await Okr.lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
            }) as CodeAction[];
            for (const action of actions) {
                // The vocabulary fix edits the workspace's okr.config.json, not this document (tested in vocabulary.test.ts).
                const own = action.edit!.changes?.[document.uri.toString()];
                if (!own) {
                    expect(action.title, action.title).toMatch(/^Treat '.+' as an outcome word in this workspace$/);
                    continue;
                }
                const result = TextDocument.applyEdits(document.textDocument, own);
                const fixed = await parse(result);
                // A fix never breaks the syntax (a file that did not parse gets no new syntax error).
                expect(syntaxErrors(fixed), `${action.title}\n${result}`).toBeLessThanOrEqual(syntaxErrors(document));
                const lost = missing(userText(text), userText(result));
                // Removing an unused suppression comment is the point of that fix.
                const expectedLoss = (diagnostic.data as { code: string }).code === 'unused-suppression' ? lost.filter(token => !/okr-(disable|enable)/.test(token)) : lost;
                expect(expectedLoss, action.title).toEqual([]);
                await clearDocuments(Okr, [fixed]);
            }
        }
    });
});
