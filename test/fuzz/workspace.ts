/**
 * The files the fuzzer starts from (examples and test fixtures) and the workspaces they belong
 * to. A case replaces one file of its workspace with mutated text, so cross-file rules and
 * references run as in the editor; the other files are built once and stay untouched.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { buildAlignmentTree, createOkrServices, type OkrServices } from 'okr-language';

export const TODAY = '2026-11-10';

export interface CorpusFile {
    /** Relative to the repository root, with `/`. */
    path: string;
    text: string;
    /** The folder whose `.okr` files form its workspace (or the file's own path when it stands alone). */
    workspace: string;
}

const SKIPPED = new Set(['node_modules', 'fuzz', 'out']);

/** Every `.okr` file under examples/ and test/ (not the fuzzer's own regressions), in a stable order. */
export function loadCorpus(root: string, folders = ['examples', 'test']): CorpusFile[] {
    const files: string[] = [];
    const walk = (dir: string) => {
        for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
            const relative = `${dir}/${entry.name}`;
            if (entry.isDirectory() && !SKIPPED.has(entry.name) && !entry.name.startsWith('.')) walk(relative);
            else if (entry.isFile() && entry.name.endsWith('.okr')) files.push(relative);
        }
    };
    folders.filter(folder => fs.existsSync(path.join(root, folder))).forEach(walk);
    return files.map(file => ({ path: file, text: fs.readFileSync(path.join(root, file), 'utf8'), workspace: workspaceOf(root, file) }));
}

/** Annotated fixtures: each file directly in these folders is a workspace of its own (as in test/language/diagnostics.test.ts). */
const ONE_WORKSPACE_PER_FILE = new Set(['test/fixtures/diagnostics']);

/** The nearest folder with an okr.config.json, else the file's own folder (or the file alone). */
function workspaceOf(root: string, file: string): string {
    for (let dir = path.posix.dirname(file); dir !== '.' && dir !== ''; dir = path.posix.dirname(dir)) {
        if (fs.existsSync(path.join(root, dir, 'okr.config.json'))) return dir;
    }
    return ONE_WORKSPACE_PER_FILE.has(path.posix.dirname(file)) ? file : path.posix.dirname(file);
}

export type FuzzServices = ReturnType<typeof createOkrServices>;
type Services = FuzzServices;

/** One language-server instance per workspace folder, with all of that folder's files built. */
export class FuzzWorkspaces {
    private readonly byFolder = new Map<string, Services>();

    constructor(private readonly root: string, private readonly corpus: readonly CorpusFile[]) {}

    uriOf(file: string): URI {
        return URI.file(path.join(this.root, file));
    }

    async servicesFor(folder: string): Promise<Services> {
        let services = this.byFolder.get(folder);
        if (!services) {
            services = createOkrServices(EmptyFileSystem);
            services.Okr.okr.Settings.setToday(TODAY);
            const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
            const documents = this.corpus.filter(file => file.workspace === folder)
                .map(file => LangiumDocumentFactory.fromString(file.text, this.uriOf(file.path)));
            documents.forEach(document => LangiumDocuments.addDocument(document));
            await DocumentBuilder.build(documents, { validation: true });
            this.byFolder.set(folder, services);
        }
        return services;
    }

    /**
     * Puts `text` in place of the workspace's document at `uri` and builds it (with validation);
     * the other documents are not rebuilt. Returns a function that puts the original back.
     */
    async replace(services: Services, uri: URI, text: string): Promise<{ document: LangiumDocument; restore: () => Promise<void> }> {
        const { LangiumDocuments, IndexManager, LangiumDocumentFactory, DocumentBuilder } = services.shared.workspace;
        const original = LangiumDocuments.getDocument(uri);
        const originalState = original?.state;
        const remove = () => {
            LangiumDocuments.deleteDocument(uri);
            IndexManager.remove(uri);
        };
        remove();
        const document = LangiumDocumentFactory.fromString(text, uri);
        LangiumDocuments.addDocument(document);
        await DocumentBuilder.build([document], { validation: true });
        const restore = async () => {
            remove();
            if (!original) return;
            LangiumDocuments.addDocument(original);
            original.state = originalState!;
            await IndexManager.updateContent(original);
            await IndexManager.updateReferences(original);
        };
        return { document, restore };
    }
}

/** The preview model of the whole workspace, for the chosen cycle (undefined: the current one). */
export function previewModel(Okr: OkrServices, documents: Iterable<LangiumDocument>, cycle?: string) {
    return buildAlignmentTree(Okr.okr.WorkspaceModel.get(), documents, { cycle });
}
