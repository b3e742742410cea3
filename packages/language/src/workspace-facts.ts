/**
 * Facts that span the whole workspace — IDs per kind, objectives per unit and cycle, KPIs per
 * unit, each block's cycle, the previous cycle's titles, KPIs moved in a current cycle, the
 * alignment graph's loops — computed once per build and shared by every check.
 * What a file contributes from its text alone is cached per parse, so the build after an
 * edit re-reads only the edited file; the rest is cheap bookkeeping over blocks.
 */
import type { AstNode, LangiumDocument, LangiumSharedCoreServices } from 'langium';
import type { Kpi, KpiBlock, Model, Objective, OkrBlock } from './generated/ast.js';
import { isKpiBlock, isObjective, isOkrBlock } from './generated/ast.js';
import { contains, cycleName, resolveCycle, type Cycle } from './cycles.js';
import type { OkrSettings } from './okr-settings.js';
import { alignmentLoops } from './validation/alignment-loops.js';

type Named = AstNode & { name: string };

/** What one file declares, read from its text alone. */
interface FileEntries {
    named: Named[];
    okrBlocks: OkrBlock[];
    kpiBlocks: KpiBlock[];
}

const key = (...parts: string[]) => parts.join('\u0000');

export const unitOfBlock = (block: OkrBlock | KpiBlock) => block.unit?.$refText ?? '';

export class WorkspaceFacts {
    private readonly ids = new Map<string, Named[]>();
    private readonly objectiveCounts = new Map<string, number>();
    private readonly kpiCounts = new Map<string, number>();
    private readonly blockCycles = new Map<OkrBlock, Cycle | undefined>();
    private readonly blocksByUnit = new Map<string, OkrBlock[]>();
    private readonly moved = new Set<Kpi>();
    private readonly loops: Map<Objective, Objective[]>;
    private readonly titlesMemo = new Map<string, Map<string, Objective>>();

    constructor(files: Array<{ entries: FileEntries; fiscalYearStartMonth: number }>, today: number) {
        const objectives: Objective[] = [];
        for (const { entries, fiscalYearStartMonth } of files) {
            for (const node of entries.named) push(this.ids, key(node.$type, node.name), node);
            for (const block of entries.kpiBlocks) add(this.kpiCounts, unitOfBlock(block), block.kpis.length);
            for (const block of entries.okrBlocks) {
                const cycle = resolveCycle(block.cycle, fiscalYearStartMonth);
                this.blockCycles.set(block, cycle);
                add(this.objectiveCounts, key(unitOfBlock(block), cycleName(block.cycle)), block.objectives.length);
                push(this.blocksByUnit, unitOfBlock(block), block);
                objectives.push(...block.objectives);
                if (cycle && contains(cycle, today)) {
                    for (const kr of block.objectives.flatMap(objective => objective.keyResults)) {
                        const kpi = kr.moves?.ref;
                        if (kpi) this.moved.add(kpi);
                    }
                }
            }
        }
        this.loops = alignmentLoops(objectives);
    }

    /** The other elements of the same kind with the same ID. */
    othersNamedLike(node: Named): Named[] {
        return (this.ids.get(key(node.$type, node.name)) ?? []).filter(other => other !== node);
    }

    /** Objectives of a unit in a cycle (by the names written in `okrs UNIT CYCLE`), all files together. */
    objectiveCount(unit: string, cycle: string): number {
        return this.objectiveCounts.get(key(unit, cycle)) ?? 0;
    }

    /** KPIs of a unit, all `kpis` blocks together. */
    kpiCount(unit: string): number {
        return this.kpiCounts.get(unit) ?? 0;
    }

    /** The cycle of an `okrs` block under its file's fiscal year; undefined when it names none. */
    cycleOf(block: OkrBlock, fiscalYearStartMonth: number): Cycle | undefined {
        return this.blockCycles.has(block) ? this.blockCycles.get(block) : resolveCycle(block.cycle, fiscalYearStartMonth);
    }

    /** Whether a key result of a cycle containing today moves the KPI. */
    isMovedInCurrentCycle(kpi: Kpi): boolean {
        return this.moved.has(kpi);
    }

    /** The loop `objective → … → objective` that following `aligns` runs into, if any. */
    alignmentLoop(objective: Objective): Objective[] | undefined {
        return this.loops.get(objective);
    }

    /**
     * An objective of the same unit with the same title (ignoring case, spacing and punctuation)
     * in the unit's previous cycle: the one with the latest start before this objective's cycle.
     */
    previousCycleTwin(objective: Objective): { twin: Objective; cycle: Cycle } | undefined {
        const block = objective.$container;
        const cycle = isOkrBlock(block) ? this.blockCycles.get(block) : undefined;
        if (!isOkrBlock(block) || !cycle) return undefined;
        const unit = unitOfBlock(block);
        const earlier = (this.blocksByUnit.get(unit) ?? []).filter(other => (this.blockCycles.get(other)?.start ?? Infinity) < cycle.start);
        const latestStart = Math.max(...earlier.map(other => this.blockCycles.get(other)!.start));
        const previousBlocks = earlier.filter(other => this.blockCycles.get(other)!.start === latestStart);
        if (previousBlocks.length === 0) return undefined;
        const memoKey = key(unit, String(latestStart));
        let titles = this.titlesMemo.get(memoKey);
        if (!titles) {
            titles = new Map(previousBlocks.flatMap(b => b.objectives).map(o => [normalizeTitle(o.title), o]));
            this.titlesMemo.set(memoKey, titles);
        }
        const twin = titles.get(normalizeTitle(objective.title));
        return twin && { twin, cycle: this.blockCycles.get(twin.$container as OkrBlock)! };
    }
}

/** "Delight  new accounts!" and "delight new accounts" are the same title. */
export function normalizeTitle(title: string | undefined): string {
    return (title ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Computes the facts lazily, at most once per build, and forgets them when documents change. */
export class WorkspaceFactsProvider {
    private facts?: WorkspaceFacts;
    private readonly entries = new WeakMap<Model, FileEntries>();

    constructor(private readonly shared: LangiumSharedCoreServices, private readonly settings: OkrSettings) {
        shared.workspace.DocumentBuilder.onUpdate(() => this.invalidate());
        // After parsing, before the checks: new roots, new references.
        shared.workspace.DocumentBuilder.onBuildPhase(3 /* ComputedScopes */, () => this.invalidate());
    }

    invalidate(): void {
        this.facts = undefined;
    }

    get(): WorkspaceFacts {
        this.facts ??= new WorkspaceFacts(this.shared.workspace.LangiumDocuments.all.map(document => ({
            entries: this.entriesOf(document),
            fiscalYearStartMonth: this.settings.forDocument(document.uri).config.fiscalYearStartMonth,
        })).toArray(), this.settings.today());
        return this.facts;
    }

    /** The facts of the last build, if they are still current; never computes them. */
    peek(): WorkspaceFacts | undefined {
        return this.facts;
    }

    private entriesOf(document: LangiumDocument): FileEntries {
        const model = document.parseResult.value as Model;
        let entries = this.entries.get(model);
        if (!entries) {
            entries = readEntries(model);
            this.entries.set(model, entries);
        }
        return entries;
    }
}

function readEntries(model: Model): FileEntries {
    const entries: FileEntries = { named: [], okrBlocks: [], kpiBlocks: [] };
    const addNamed = (node: AstNode & { name?: string }) => {
        if (node.name) entries.named.push(node as Named);
    };
    for (const element of model.elements ?? []) {
        if (isOkrBlock(element)) {
            entries.okrBlocks.push(element);
            for (const objective of element.objectives.filter(isObjective)) {
                addNamed(objective);
                objective.keyResults.forEach(addNamed);
            }
        } else if (isKpiBlock(element)) {
            entries.kpiBlocks.push(element);
            element.kpis.forEach(addNamed);
        } else {
            addNamed(element);
        }
    }
    return entries;
}

function push<V>(map: Map<string, V[]>, name: string, value: V): void {
    const list = map.get(name);
    if (list) list.push(value);
    else map.set(name, [value]);
}

function add(map: Map<string, number>, name: string, amount: number): void {
    map.set(name, (map.get(name) ?? 0) + amount);
}
