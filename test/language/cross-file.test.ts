/** In the editor, an edit in one file re-checks the other files whose diagnostics it changes. */
import { EmptyFileSystem, TextDocument, URI } from 'langium';
import { expect, it } from 'vitest';
import { createOkrServices } from 'okr-language';

const objectives = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => `  objective ${prefix}${i} "Goal ${prefix}${i}" { owner "Kim" aligns top kr "Raise ${i}" from 1 to 2 }`).join('\n');

it('re-checks a file when another file adds objectives to the same unit and cycle', async () => {
    const { shared, Okr } = createOkrServices(EmptyFileSystem);
    Okr.okr.Settings.setToday('2026-11-10');
    const org = 'company acme "Acme"\nteam core "Core" in acme\nokrs acme 2026-Q4 { objective top "Top" { owner "Dana" kr "Raise revenue" from 1 to 2 } }\n';
    const files: Record<string, string> = {
        'org.okr': org,
        'a.okr': `okrs core 2026-Q4 {\n${objectives('a', 3)}\n}\n`,
        'b.okr': `okrs core 2026-Q4 {\n${objectives('b', 2)}\n}\n`,
    };
    const textDocuments = shared.workspace.TextDocuments as unknown as { set(d: TextDocument): void };
    const uri = (name: string) => URI.parse(`memory:///ws/${name}`);
    const documents = Object.entries(files).map(([name, text]) => {
        textDocuments.set(TextDocument.create(uri(name).toString(), 'okr', 1, text));
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri(name));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const codesOf = (name: string) => (shared.workspace.LangiumDocuments.getDocument(uri(name))?.diagnostics ?? []).map(d => d.code);
    expect(codesOf('a.okr')).not.toContain('too-many-objectives');

    // b.okr grows from 2 to 3 objectives: core now has 6 in 2026-Q4, so a.okr must be re-checked too.
    textDocuments.set(TextDocument.create(uri('b.okr').toString(), 'okr', 2, `okrs core 2026-Q4 {\n${objectives('b', 3)}\n}\n`));
    await shared.workspace.DocumentBuilder.update([uri('b.okr')], []);
    expect(codesOf('b.okr')).toContain('too-many-objectives');
    expect(codesOf('a.okr')).toContain('too-many-objectives');
});
