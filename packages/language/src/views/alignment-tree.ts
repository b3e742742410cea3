/**
 * The alignment tree of a workspace for one cycle — strategies → company → department →
 * team objectives, following `aligns` — with scores, grades, status and KPI health, all read
 * from the workspace model. Plain data (JSON-safe): the preview webview and `okr tree` render it.
 */
import type { LangiumDocument } from 'langium';
import type { Model, Objective, Strategy } from '../grammar/generated/ast.js';
import { isObjective, isOkrBlock, isStrategy } from '../grammar/generated/ast.js';
import { contains, cycleName, type Cycle } from '../model/cycles.js';
import { formatDay } from '../model/dates.js';
import type { WorkspaceModel } from '../workspace/workspace-model.js';
import { kpiNodes, type KpiNode } from './kpi-nodes.js';
import { objectiveNode, sourceOf, type ObjectiveNode, type SourceLocation } from './objective-node.js';

export type { CheckinPoint, KeyResultNode, KpiChip, ObjectiveNode, SourceLocation } from './objective-node.js';
export type { KpiLink, KpiNode, KpiRange, KpiReading } from './kpi-nodes.js';
export { sourceOf };

export interface StrategyNode { id: string; statement: string; children: ObjectiveNode[]; source: SourceLocation }

export interface AlignmentTree {
    cycle?: string;
    /** Every cycle with objectives, oldest first. */
    cycles: string[];
    today: string;
    strategies: StrategyNode[];
    /** Objectives that align to nothing in this cycle's tree (company objectives without a strategy included). */
    unaligned: ObjectiveNode[];
    /** Every KPI of the files, whatever the cycle (KPIs persist): the KPI health view. */
    kpis: KpiNode[];
}

export interface TreeOptions {
    /** The cycle to draw; default: of the cycles running today, the one with the most objectives. */
    cycle?: string;
}

export function buildAlignmentTree(model: WorkspaceModel, files: Iterable<LangiumDocument>, options: TreeOptions = {}): AlignmentTree {
    const documents = [...files];
    const objectives: Objective[] = [];
    const strategies: Strategy[] = [];
    const cycles = new Map<string, Cycle | undefined>();
    const counts = new Map<string, number>();
    for (const document of documents) {
        const root = document.parseResult.value as Model;
        for (const element of root.elements ?? []) {
            if (isStrategy(element)) strategies.push(element);
            if (isOkrBlock(element)) {
                const name = cycleName(element.cycle);
                if (name && !cycles.has(name)) cycles.set(name, model.cycleOf(element));
                counts.set(name, (counts.get(name) ?? 0) + element.objectives.length);
                objectives.push(...element.objectives);
            }
        }
    }
    const cycleNames = [...cycles.keys()].sort((a, b) => (cycles.get(a)?.start ?? 0) - (cycles.get(b)?.start ?? 0) || a.localeCompare(b));
    // Default: of the cycles running today, the one with the most objectives (the team's main cadence).
    const running = cycleNames.filter(name => { const cycle = cycles.get(name); return cycle && contains(cycle, model.today); });
    const chosen = options.cycle ?? running.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0] ?? cycleNames.at(-1);
    const inCycle = objectives.filter(o => isOkrBlock(o.$container) && cycleName(o.$container.cycle) === chosen);

    const nodes = new Map<Objective, ObjectiveNode>(inCycle.map(objective => [objective, objectiveNode(objective, model)]));
    const strategyNodes = new Map<Strategy, StrategyNode>(strategies.map(s => [s, { id: s.name, statement: s.statement, children: [], source: sourceOf(s) }]));
    const unaligned: ObjectiveNode[] = [];
    const sorted = [...nodes.keys()].sort((a, b) => nodes.get(a)!.unitLevel - nodes.get(b)!.unitLevel);
    for (const objective of sorted) {
        const node = nodes.get(objective)!;
        // An objective that aligns to several parents is drawn under the first one in this tree;
        // objectives on one loop are not drawn inside each other (a tree cannot hold a loop).
        const parent = objective.aligns.map(ref => ref.ref).find(target =>
            (isStrategy(target) && strategyNodes.has(target)) || (isObjective(target) && nodes.has(target) && !model.alignmentLoop(objective)?.members.has(target)));
        if (isStrategy(parent)) strategyNodes.get(parent)!.children.push(node);
        else if (isObjective(parent)) nodes.get(parent)!.children.push(node);
        else unaligned.push(node);
    }
    return { cycle: chosen, cycles: cycleNames, today: formatDay(model.today), strategies: [...strategyNodes.values()], unaligned, kpis: kpiNodes(model, documents) };
}
