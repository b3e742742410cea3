/** Re-runs every check on every document, e.g. after "today" or a rule's severity changed. */
import { type LangiumSharedCoreServices } from 'langium';

export function revalidateAll(shared: LangiumSharedCoreServices): void {
    const { LangiumDocuments, DocumentBuilder, WorkspaceLock } = shared.workspace;
    WorkspaceLock.write(token => DocumentBuilder.build(LangiumDocuments.all.toArray(), { validation: true }, token))
        .catch(error => console.error('OKR: re-checking the workspace failed:', error));
}
