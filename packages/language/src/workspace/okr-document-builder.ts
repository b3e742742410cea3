/**
 * Re-checks the files an edit can affect beyond references. Langium re-links the files that
 * refer to an edited one; the workspace-wide rules (too-many-objectives, too-many-kpis,
 * duplicate-id, repeated-objective, breached KPIs, alignment loops and directions) also tie
 * files together through shared unit names, IDs, moved KPIs and loops. Files that share such a
 * key with an edited file, before or after the edit, are re-validated — not re-parsed or
 * re-linked — so an edit stays cheap in a large workspace.
 */
import { DefaultDocumentBuilder, DocumentState, type LangiumDocument, type LangiumSharedCoreServices, type URI } from 'langium';
import { Cancellation } from 'langium';
import { isUnit, type KpiBlock, type Model, type OkrBlock } from '../grammar/generated/ast.js';
import type { OkrServices } from '../okr-module.js';

export class OkrDocumentBuilder extends DefaultDocumentBuilder {
    private readonly textKeys = new WeakMap<Model, { both: string[]; out: string[] }>();
    private readonly validatedNow = new Set<string>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.onDocumentPhase(DocumentState.Validated, document => {
            this.validatedNow.add(document.uri.toString());
        });
    }

    override async update(changed: URI[], deleted: URI[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        // Opening a file sends the text the workspace scan has already parsed and linked: it only
        // needs its checks (or, when already checked, its diagnostics published again).
        const reopened = deleted.length === 0 ? changed.map(uri => this.linkedWithSameText(uri)) : [];
        if (reopened.length > 0 && reopened.every(document => document !== undefined)) {
            const documents = reopened as LangiumDocument[];
            const checked = documents.filter(document => document.state === DocumentState.Validated);
            for (const document of checked) await this.notifyDocumentPhase(document, DocumentState.Validated, cancelToken);
            const unchecked = documents.filter(document => document.state !== DocumentState.Validated);
            if (unchecked.length > 0) await this.build(unchecked, this.updateBuildOptions, cancelToken);
            return;
        }
        const edited = new Set([...changed, ...deleted].map(uri => uri.toString()));
        // Before: whatever the edited files declared or counted in reaches these files.
        for (const document of this.reachedBy([...changed, ...deleted], edited)) {
            this.resetForValidation(document);
        }
        this.validatedNow.clear();
        await super.update(changed, deleted, cancelToken);
        // After: a new ID, unit, moved KPI or loop reaches files that were not checked yet.
        const late = this.reachedBy(changed, new Set([...edited, ...this.validatedNow]));
        if (late.length > 0) {
            late.forEach(document => this.resetForValidation(document));
            await this.buildDocuments(late, this.updateBuildOptions, cancelToken);
        }
    }

    private linkedWithSameText(uri: URI): LangiumDocument | undefined {
        const document = this.langiumDocuments.getDocument(uri);
        const open = this.textDocuments?.get(uri.toString());
        const linked = document && document.state >= DocumentState.IndexedReferences && this.buildState.get(uri.toString())?.completed;
        return linked && open && open.getText() === document.parseResult.value.$cstNode?.root.fullText ? document : undefined;
    }

    private resetForValidation(document: LangiumDocument): void {
        this.resetToState(document, DocumentState.IndexedReferences);
        this.buildState.delete(document.uri.toString());
    }

    /** Validated documents, other than `skip`, whose checks depend on what the edited files hold. */
    private reachedBy(editedUris: URI[], skip: Set<string>): LangiumDocument[] {
        const outgoing = new Set(editedUris.flatMap(uri => {
            const document = this.langiumDocuments.getDocument(uri);
            return document ? this.keysOf(document, 'out') : [];
        }));
        if (outgoing.size === 0) return [];
        const declaresUnits = [...outgoing].some(key => key.startsWith('above:'));
        return this.langiumDocuments.all
            .filter(document => document.state === DocumentState.Validated && !skip.has(document.uri.toString()))
            .filter(document => this.keysOf(document, declaresUnits ? 'in' : 'both').some(key => outgoing.has(key)))
            .toArray();
    }

    /**
     * What ties a file's checks to other files beyond references. Both ways: IDs it declares or
     * moves (`id:Kind:name`) and units it counts objectives and KPIs of (`unit:name`). One way,
     * from an edited file ("out"): the units it declares (`above:name`) and the objectives of an
     * alignment loop through it (`id:Objective:name`); into a file ("in"): the units above its own.
     */
    private keysOf(document: LangiumDocument, direction: 'in' | 'out' | 'both'): string[] {
        const model = document.parseResult.value as Model;
        // Not looked up by the document's URI: an untitled buffer that was just closed has no language any more.
        const okr = (this.serviceRegistry.all.find(services => 'okr' in services) as OkrServices | undefined)?.okr;
        if (!okr || !Array.isArray(model.elements)) return [];
        const entries = okr.WorkspaceModel.entriesOf(document);
        let keys = this.textKeys.get(model);
        if (!keys) {
            keys = {
                both: [
                    ...entries.named.map(node => `id:${node.$type}:${node.name}`),
                    ...[...entries.okrBlocks, ...entries.kpiBlocks].map(block => `unit:${block.unit?.$refText}`),
                    ...entries.movers.map(kr => `id:Kpi:${kr.moves!.$refText}`),
                ],
                out: entries.named.filter(isUnit).map(unit => `above:${unit.name}`),
            };
            this.textKeys.set(model, keys);
        }
        if (direction === 'both') return keys.both;
        if (direction === 'in') return [...keys.both, ...unitsAbove([...entries.okrBlocks, ...entries.kpiBlocks])];
        // Each loop once, however many of its members this file holds.
        const workspace = okr.WorkspaceModel.get();
        const loops = new Set(entries.okrBlocks.flatMap(block => block.objectives).map(objective => workspace.alignmentLoop(objective)?.members));
        const members = [...loops].flatMap(loop => (loop ? [...loop] : [])).map(member => `id:Objective:${member.name}`);
        return [...keys.both, ...keys.out, ...members];
    }
}

/** `above:name` for every unit above the units of these blocks. */
function unitsAbove(blocks: Array<OkrBlock | KpiBlock>): string[] {
    const names = new Set<string>();
    for (const block of blocks) {
        for (let unit = block.unit?.ref?.parent?.ref; unit && !names.has(`above:${unit.name}`); unit = unit.parent?.ref) {
            names.add(`above:${unit.name}`);
        }
    }
    return [...names];
}
