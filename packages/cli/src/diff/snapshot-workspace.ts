/**
 * One side of `okr diff` as a Langium workspace of its own: its own services, in-memory
 * documents whose URIs keep the files' paths (`okr-snapshot:/goals/team.okr`), the
 * configuration of that side (okr.config.json as of that revision: the fiscal year may differ
 * between the sides), and the same "today". Built and checked once, as `okr check` does.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createOkrServices, OkrBatchModule, type Model, type OkrServices } from 'okr-language';
import type { Snapshot, SnapshotFile } from './snapshot.js';

export const SNAPSHOT_SCHEME = 'okr-snapshot';

export interface SnapshotWorkspace {
    snapshot: Snapshot;
    services: OkrServices;
    /** Every goal file that was parsed, with its document, in path order. */
    documents: Array<{ file: SnapshotFile; document: LangiumDocument<Model> }>;
    /** Goal files that could not be parsed (too large, not text). */
    notParsed: SnapshotFile[];
}

export interface SnapshotOptions {
    today?: string;
    /** `--config`: one configuration file on disk for both sides, instead of each side's own. */
    config?: string;
}

export async function buildSnapshotWorkspace(snapshot: Snapshot, options: SnapshotOptions): Promise<SnapshotWorkspace> {
    const { Okr: services } = createOkrServices(EmptyFileSystem, OkrBatchModule);
    const settings = services.okr.Settings;
    settings.setToday(options.today);
    settings.useConfigSnapshot(snapshot.configs);
    if (options.config) settings.explicitConfigPath = options.config;

    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const documents: SnapshotWorkspace['documents'] = [];
    const notParsed: SnapshotFile[] = [];
    for (const file of snapshot.files) {
        if (file.notParsed) {
            notParsed.push(file);
            continue;
        }
        const document = langiumDocuments.createDocument(snapshotUri(file.path), file.text) as LangiumDocument<Model>;
        documents.push({ file, document });
    }
    await services.shared.workspace.DocumentBuilder.build(documents.map(entry => entry.document), { validation: true });
    return { snapshot, services, documents, notParsed };
}

export function snapshotUri(file: string): URI {
    return URI.from({ scheme: SNAPSHOT_SCHEME, path: `/${file}` });
}
