/**
 * The formatter loses nothing: on every example and test fixture, formatting (in the file's own
 * workspace, as the editor does) gives text that parses to the same AST, gets the same
 * diagnostics, keeps every comment, and does not change when formatted again. A file that does
 * not parse is left exactly as it is. Mutated documents get the same checks in test/fuzz/.
 */
import { describe, expect, it } from 'vitest';
import { TextDocument, type LangiumDocument } from 'langium';
import type { OkrServices } from 'okr-language';
import { astOf, commentsOf, diagnosticsOf, parsesCleanly } from '../fuzz/checks.js';
import { FuzzWorkspaces, loadCorpus } from '../fuzz/workspace.js';

const corpus = loadCorpus(process.cwd());
const workspaces = new FuzzWorkspaces(process.cwd(), corpus);

async function format(Okr: OkrServices, document: LangiumDocument): Promise<string> {
    // Editor settings must not matter: the layout is canonical.
    const edits = await Okr.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { insertSpaces: false, tabSize: 4 } });
    return TextDocument.applyEdits(document.textDocument, edits);
}

describe('formatting every example and fixture', () => {
    it('finds the examples and fixtures', () => {
        expect(corpus.map(file => file.path)).toEqual(expect.arrayContaining(['examples/startup/goals.okr', 'test/fixtures/spec/example.okr']));
    });

    it.each(corpus.map(file => [file.path, file] as const))('%s', async (_path, file) => {
        const services = await workspaces.servicesFor(file.workspace);
        const { Okr } = services;
        const uri = workspaces.uriOf(file.path);
        // The original and the formatted text are each checked in place of the file, the same way.
        const original = await workspaces.replace(services, uri, file.text);
        const before = { document: original.document, ast: astOf(Okr, original.document), diagnostics: diagnosticsOf(original.document) };
        await original.restore();
        const formatted = await format(Okr, before.document);
        if (!parsesCleanly(before.document)) {
            expect(formatted, 'a file with syntax errors is left alone').toBe(file.text);
            return;
        }
        const { document, restore } = await workspaces.replace(services, uri, formatted);
        try {
            expect(parsesCleanly(document)).toBe(true);
            expect(astOf(Okr, document)).toBe(before.ast);
            expect(diagnosticsOf(document)).toBe(before.diagnostics);
            expect(commentsOf(document)).toEqual(commentsOf(before.document));
            expect(await format(Okr, document), 'formatting twice changes nothing').toBe(formatted);
        } finally {
            await restore();
        }
    });
});
