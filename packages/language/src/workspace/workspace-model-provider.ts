/**
 * Makes the workspace model at most once per build and forgets it when documents change or
 * the settings it reads (configuration, today) do.
 */
import { DocumentState, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { OkrSettings } from '../config/settings.js';
import { DeclarationsIndex, type FileEntries } from './declarations-index.js';
import { WorkspaceModel } from './workspace-model.js';

export class WorkspaceModelProvider {
    private model?: WorkspaceModel;
    private madeAt = -1;
    private readonly index = new DeclarationsIndex();

    constructor(private readonly shared: LangiumSharedCoreServices, private readonly settings: OkrSettings) {
        shared.workspace.DocumentBuilder.onUpdate(() => this.invalidate());
        // After parsing, before the checks: new roots, new references.
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.ComputedScopes, () => this.invalidate());
    }

    invalidate(): void {
        this.model = undefined;
    }

    get(): WorkspaceModel {
        if (!this.model || this.madeAt !== this.settings.generation) {
            this.index.sync(this.shared.workspace.LangiumDocuments.all);
            this.model = new WorkspaceModel(this.index, this.settings, this.settings.today());
            this.madeAt = this.settings.generation;
        }
        return this.model;
    }

    /** What a file declares (named elements, blocks, key results moving a KPI), cached per parse. */
    entriesOf(document: LangiumDocument): FileEntries {
        return this.index.entriesOf(document);
    }
}
