/**
 * Facts that span the whole workspace — IDs per kind, objectives per unit and cycle, KPIs per
 * unit, each unit's cycles, KPIs moved in a current cycle — computed once per build and reused
 * by every check instead of once per node.
 */
import { AstUtils, type AstNode, type LangiumDocuments, type LangiumSharedCoreServices } from 'langium';
import type { Kpi, KpiBlock, Model, Objective, OkrBlock } from './generated/ast.js';
import { isKpiBlock, isOkrBlock } from './generated/ast.js';
import { contains, cycleName, resolveCycle, type Cycle } from './cycles.js';
import type { OkrSettings } from './okr-settings.js';

export interface WorkspaceFacts {
    /** Named elements by AST type, then by ID. */
    idsByKind: Map<string, Map<string, AstNode[]>>;
    /** `okrs` blocks by unit and cycle name (see `unitCycleKey`). */
    okrBlocksByUnitCycle: Map<string, OkrBlock[]>;
    kpiBlocksByUnit: Map<string, KpiBlock[]>;
    /** Every cycle each unit has objectives in. */
    cyclesByUnit: Map<string, Cycle[]>;
    /** KPIs that a key result of a cycle containing today moves. */
    movedInCurrentCycle: Set<Kpi>;
}

export const unitCycleKey = (unit: string, cycle: string) => `${unit}\u0000${cycle}`;

export function objectivesOf(blocks: OkrBlock[] | undefined): Objective[] {
    return (blocks ?? []).flatMap(block => block.objectives);
}

export class WorkspaceFactsProvider {
    protected readonly documents: LangiumDocuments;
    private facts?: WorkspaceFacts;

    constructor(shared: LangiumSharedCoreServices, protected readonly settings?: OkrSettings) {
        this.documents = shared.workspace.LangiumDocuments;
        // Any change invalidates the facts; they are recomputed lazily, at most once per build.
        shared.workspace.DocumentBuilder.onUpdate(() => this.invalidate());
        shared.workspace.DocumentBuilder.onBuildPhase(3 /* ComputedScopes */, () => this.invalidate());
    }

    invalidate(): void {
        this.facts = undefined;
    }

    get(): WorkspaceFacts {
        this.facts ??= this.compute();
        return this.facts;
    }

    protected compute(): WorkspaceFacts {
        const facts: WorkspaceFacts = {
            idsByKind: new Map(), okrBlocksByUnitCycle: new Map(), kpiBlocksByUnit: new Map(),
            cyclesByUnit: new Map(), movedInCurrentCycle: new Set(),
        };
        const today = this.settings?.today();
        for (const document of this.documents.all) {
            const model = document.parseResult.value as Model;
            const fiscalStart = this.settings?.forDocument(document.uri).config.fiscalYearStartMonth ?? 1;
            for (const node of AstUtils.streamAllContents(model)) {
                const name = (node as { name?: unknown }).name;
                if (typeof name === 'string' && name) push(getOrCreate(facts.idsByKind, node.$type), name, node);
            }
            for (const element of model.elements ?? []) {
                if (isKpiBlock(element)) push(facts.kpiBlocksByUnit, element.unit?.$refText ?? '', element);
                if (!isOkrBlock(element)) continue;
                const unit = element.unit?.$refText ?? '';
                push(facts.okrBlocksByUnitCycle, unitCycleKey(unit, cycleName(element.cycle)), element);
                const cycle = resolveCycle(element.cycle, fiscalStart);
                if (!cycle) continue;
                const unitCycles = getOrCreate(facts.cyclesByUnit, unit, () => [] as Cycle[]);
                if (!unitCycles.some(c => c.id === cycle.id)) unitCycles.push(cycle);
                if (today !== undefined && contains(cycle, today)) {
                    for (const objective of element.objectives) {
                        for (const kr of objective.keyResults) {
                            const kpi = kr.moves?.ref;
                            if (kpi) facts.movedInCurrentCycle.add(kpi);
                        }
                    }
                }
            }
        }
        return facts;
    }
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V = () => new Map() as V): V {
    let value = map.get(key);
    if (value === undefined) {
        value = create();
        map.set(key, value);
    }
    return value;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    getOrCreate(map, key, () => [] as V[]).push(value);
}
