/**
 * Every quick fix is safe to accept: on every example and fixture, each code action offered for
 * each diagnostic, once applied, leaves a document that still parses and still holds every word
 * of the user's text (IDs, values, titles, comments) outside the diagnostic it fixes.
 */
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import * as fs from 'node:fs';
import { CONFIG_FILE_NAME, DiagnosticCode, parseConfigText } from 'okr-language';
import { URI } from 'langium';
import { lostItems, parsesCleanly, userWords } from '../fuzz/checks.js';
import { FuzzWorkspaces, loadCorpus } from '../fuzz/workspace.js';

const corpus = loadCorpus(process.cwd());
const workspaces = new FuzzWorkspaces(process.cwd(), corpus);

/** Codes whose fixes were applied somewhere in the corpus (checked at the end: the test must not pass vacuously). */
const exercised = new Set<string>();

describe('quick fixes on every example and fixture', () => {
    it.each(corpus.map(file => [file.path, file] as const))('%s', async (_path, file) => {
        const { Okr, shared } = await workspaces.servicesFor(file.workspace);
        const document = shared.workspace.LangiumDocuments.getDocument(workspaces.uriOf(file.path))!;
        const uri = document.uri.toString();
        const text = document.textDocument.getText();
        for (const diagnostic of document.diagnostics ?? []) {
            const actions = await Okr.lsp.CodeActionProvider!.getCodeActions(document, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }) ?? [];
            for (const action of actions as CodeAction[]) {
                const where = `"${action.title}" for ${diagnostic.code} at line ${diagnostic.range.start.line + 1}`;
                const [target] = Object.keys(action.edit?.changes ?? {});
                if (target?.endsWith(`/${CONFIG_FILE_NAME}`)) {
                    checkVocabularyEdit(action, target, where);
                    continue;
                }
                expect(Object.keys(action.edit?.changes ?? {}), where).toEqual([uri]);
                const fixed = TextDocument.applyEdits(document.textDocument, action.edit!.changes![uri]);
                if (parsesCleanly(document)) {
                    expect(parsesCleanly({ parseResult: Okr.parser.LangiumParser.parse(fixed) }), `${where} leaves text that parses:\n${fixed}`).toBe(true);
                }
                const about = { start: document.textDocument.offsetAt(diagnostic.range.start), end: document.textDocument.offsetAt(diagnostic.range.end) };
                expect(lostItems(userWords(Okr, text, about), userWords(Okr, fixed)), `${where} keeps the user's text:\n${fixed}`).toEqual([]);
                exercised.add(String(diagnostic.code));
            }
        }
    });

    it('applied a fix for every code that has one', () => {
        expect([...exercised].sort()).toEqual(expect.arrayContaining([
            DiagnosticCode.ActivityKeyResult, DiagnosticCode.KpiMissingCadence, DiagnosticCode.KpiMissingOwner, DiagnosticCode.KpiMissingRange,
            DiagnosticCode.MaintenanceObjective, DiagnosticCode.MissingOwner, DiagnosticCode.UnresolvedReference, DiagnosticCode.UnusedSuppression,
        ]));
    });
});

/** The vocabulary fix edits the workspace's okr.config.json: the result is a valid configuration that keeps every setting and gains the word. */
function checkVocabularyEdit(action: CodeAction, target: string, where: string): void {
    const before = fs.readFileSync(URI.parse(target).fsPath, 'utf8');
    const after = TextDocument.applyEdits(TextDocument.create(target, 'json', 0, before), action.edit!.changes![target]);
    const [old, now] = [parseConfigText(before), parseConfigText(after)];
    expect(now.problems, where).toEqual(old.problems);
    expect(now.config.rules, where).toEqual(old.config.rules);
    expect(now.config.vocabulary.outcome, where).toContain(/'(.+)'/.exec(action.title)![1]);
}

