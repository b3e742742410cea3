/**
 * Facts that span the whole workspace — IDs per kind, objectives per unit and cycle, KPIs per
 * unit, each block's cycle, the previous cycle's titles, KPIs moved in a current cycle, the
 * alignment graph's loops — made once per build and shared by every check, instead of being
 * recomputed per node. The tallies come from the incremental WorkspaceIndex; what depends on
 * references, the configuration or today is worked out lazily and remembered for the build.
 */
import { AstUtils, type AstNode, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { Kpi, Objective, OkrBlock } from '../grammar/generated/ast.js';
import { isOkrBlock } from '../grammar/generated/ast.js';
import { contains, resolveCycle, type Cycle } from '../model/cycles.js';
import type { OkrSettings } from '../config/settings.js';
import { AlignmentLoops, type AlignmentLoop } from './alignment-loops.js';
import { tallyKey, unitOfBlock, WorkspaceIndex, type FileEntries, type Named } from './declarations-index.js';

export { unitOfBlock };

export class WorkspaceFacts {
    private readonly cycles = new Map<OkrBlock, Cycle | undefined>();
    private readonly fiscalStarts = new Map<LangiumDocument, number>();
    private readonly loops = new AlignmentLoops();
    private moved?: Set<Kpi>;
    private readonly titlesByPreviousCycle = new Map<string, Map<string, Objective> | undefined>();

    constructor(private readonly index: WorkspaceIndex, private readonly settings: OkrSettings, private readonly today: number) {}

    /** Every element of the same kind with the same ID, in any file, the node itself included. */
    namedLike(node: Named): readonly Named[] {
        return this.index.ids.get(tallyKey(node.$type, node.name)) ?? [node];
    }

    /** Objectives of a unit in a cycle (by the names written in `okrs UNIT CYCLE`), all files together. */
    objectiveCount(unit: string, cycle: string): number {
        return this.index.objectiveCounts.get(tallyKey(unit, cycle)) ?? 0;
    }

    /** KPIs of a unit, all `kpis` blocks together. */
    kpiCount(unit: string): number {
        return this.index.kpiCounts.get(unit) ?? 0;
    }

    /** The cycle of an `okrs` block under its file's fiscal year; undefined when it names none. */
    cycleOf(block: OkrBlock): Cycle | undefined {
        if (!this.cycles.has(block)) this.cycles.set(block, resolveCycle(block.cycle, this.fiscalStartOf(block)));
        return this.cycles.get(block);
    }

    /** Whether a key result of a cycle containing today moves the KPI. */
    isMovedInCurrentCycle(kpi: Kpi): boolean {
        this.moved ??= new Set([...this.index.movers]
            .filter(kr => {
                const block = kr.$container.$container;
                const cycle = isOkrBlock(block) ? this.cycleOf(block) : undefined;
                return cycle !== undefined && contains(cycle, this.today);
            })
            .map(kr => kr.moves?.ref).filter((moved): moved is Kpi => moved !== undefined));
        return this.moved.has(kpi);
    }

    /** The loop that following `aligns` leads back to the objective by, if any. */
    alignmentLoop(objective: Objective): AlignmentLoop | undefined {
        return this.loops.loopOf(objective);
    }

    /**
     * An objective of the same unit with the same title (ignoring case, spacing and punctuation)
     * in the unit's previous cycle: the one with the latest start before this objective's cycle.
     */
    previousCycleTwin(objective: Objective): { twin: Objective; cycle: Cycle } | undefined {
        const block = objective.$container;
        const cycle = isOkrBlock(block) ? this.cycleOf(block) : undefined;
        if (!isOkrBlock(block) || !cycle) return undefined;
        const twin = this.previousCycleTitles(unitOfBlock(block), cycle.start)?.get(normalizeTitle(objective.title));
        return twin && { twin, cycle: this.cycleOf(twin.$container as OkrBlock)! };
    }

    /** The titles of a unit's objectives in its latest cycle starting before `start`; worked out once per unit and start. */
    private previousCycleTitles(unit: string, start: number): Map<string, Objective> | undefined {
        const memoKey = tallyKey(unit, String(start));
        if (!this.titlesByPreviousCycle.has(memoKey)) {
            let latest = -Infinity;
            let blocks: OkrBlock[] = [];
            for (const other of this.index.okrBlocksByUnit.get(unit) ?? []) {
                const otherStart = this.cycleOf(other)?.start;
                if (otherStart === undefined || otherStart >= start || otherStart < latest) continue;
                if (otherStart > latest) blocks = [];
                latest = otherStart;
                blocks.push(other);
            }
            this.titlesByPreviousCycle.set(memoKey, blocks.length === 0 ? undefined
                : new Map(blocks.flatMap(other => other.objectives).map(o => [normalizeTitle(o.title), o])));
        }
        return this.titlesByPreviousCycle.get(memoKey);
    }

    private fiscalStartOf(node: AstNode): number {
        const document = AstUtils.getDocument(node);
        let month = this.fiscalStarts.get(document);
        if (month === undefined) {
            month = this.settings.forDocument(document.uri).config.fiscalYearStartMonth;
            this.fiscalStarts.set(document, month);
        }
        return month;
    }
}

/** "Delight  new accounts!" and "delight new accounts" are the same title. */
export function normalizeTitle(title: string | undefined): string {
    return (title ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Makes the facts at most once per build, and forgets them when documents change. */
export class WorkspaceFactsProvider {
    private facts?: WorkspaceFacts;
    private readonly index = new WorkspaceIndex();

    constructor(private readonly shared: LangiumSharedCoreServices, private readonly settings: OkrSettings) {
        shared.workspace.DocumentBuilder.onUpdate(() => this.invalidate());
        // After parsing, before the checks: new roots, new references.
        shared.workspace.DocumentBuilder.onBuildPhase(3 /* ComputedScopes */, () => this.invalidate());
    }

    invalidate(): void {
        this.facts = undefined;
    }

    get(): WorkspaceFacts {
        if (!this.facts) {
            this.index.sync(this.shared.workspace.LangiumDocuments.all);
            this.facts = new WorkspaceFacts(this.index, this.settings, this.settings.today());
        }
        return this.facts;
    }

    /** What a file declares (named elements, blocks, key results moving a KPI), cached per parse. */
    entriesOf(document: LangiumDocument): FileEntries {
        return this.index.entriesOf(document);
    }
}
