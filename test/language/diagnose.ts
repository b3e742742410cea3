/** Runs the real checks on in-memory files as one workspace, the way the CLI and server do. */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createOkrServices } from 'okr-language';

export interface WorkspaceFile { name: string; text: string }

type Services = ReturnType<typeof createOkrServices>;

/** Builds the files as one workspace with "today" pinned; returns each file's document. */
export async function buildWorkspace(files: WorkspaceFile[], today: string, configure?: (services: Services) => void): Promise<Map<string, LangiumDocument>> {
    const services = createOkrServices(EmptyFileSystem);
    const { shared, Okr } = services;
    Okr.okr.Settings.setToday(today);
    configure?.(services);
    const documents = files.map(file => shared.workspace.LangiumDocumentFactory.fromString(file.text, URI.parse(`memory:///workspace/${file.name}`)));
    documents.forEach(document => shared.workspace.LangiumDocuments.addDocument(document));
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return new Map(documents.map((document, index) => [files[index].name, document]));
}

export async function diagnose(files: WorkspaceFile[], today: string, configure?: (services: Services) => void): Promise<Map<string, Diagnostic[]>> {
    const documents = await buildWorkspace(files, today, configure);
    return new Map([...documents].map(([name, document]) => [name, document.diagnostics ?? []]));
}
