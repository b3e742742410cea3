/** Runs the real checks on in-memory files as one workspace, the way the CLI and server do. */
import { EmptyFileSystem, URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createOkrServices } from 'okr-language';

export interface WorkspaceFile { name: string; text: string }

export async function diagnose(files: WorkspaceFile[], today: string, configure?: (services: ReturnType<typeof createOkrServices>) => void): Promise<Map<string, Diagnostic[]>> {
    const services = createOkrServices(EmptyFileSystem);
    const { shared, Okr } = services;
    Okr.okr.Settings.setToday(today);
    configure?.(services);
    const documents = files.map(file => shared.workspace.LangiumDocumentFactory.fromString(file.text, URI.parse(`memory:///workspace/${file.name}`)));
    documents.forEach(document => shared.workspace.LangiumDocuments.addDocument(document));
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return new Map(documents.map((document, index) => [files[index].name, document.diagnostics ?? []]));
}
