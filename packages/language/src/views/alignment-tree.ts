/**
 * The alignment tree of a workspace for one cycle — strategies → company → department →
 * team objectives, following `aligns` — with scores, grades, status and KPI health.
 * Plain data (JSON-safe): the preview webview, `okr tree` and `okr score` all render it.
 */
import { AstUtils, type LangiumDocument } from 'langium';
import type { KeyResult, Kpi, Model, Objective, Strategy } from '../grammar/generated/ast.js';
import { isObjective, isOkrBlock, isStrategy } from '../grammar/generated/ast.js';
import { cycleName, resolveCycle, contains, type Cycle } from '../model/cycles.js';
import { formatDay } from '../model/dates.js';
import { formatQuantity } from '../model/quantities.js';
import { kpiHealth, scoreObjective, type Grade, type Health, type Status } from '../model/scoring.js';
import { AlignmentLoops } from '../workspace/alignment-loops.js';

export interface SourceLocation { uri: string; line: number; character: number }

export interface KpiChip { id: string; name: string; role: 'guardrail' | 'moved'; health: Health; source: SourceLocation }

export interface KeyResultNode {
    id?: string;
    title: string;
    progress: number;
    current?: string;
    target?: string;
    source: SourceLocation;
}

export interface ObjectiveNode {
    id: string;
    title: string;
    unit: string;
    unitName: string;
    unitKind: string;
    cycle: string;
    owner?: string;
    committed: boolean;
    score?: number;
    grade?: Grade;
    status: Status;
    keyResults: KeyResultNode[];
    kpis: KpiChip[];
    children: ObjectiveNode[];
    source: SourceLocation;
}

export interface StrategyNode { id: string; statement: string; children: ObjectiveNode[]; source: SourceLocation }

export interface AlignmentTree {
    cycle?: string;
    /** Every cycle with objectives, oldest first. */
    cycles: string[];
    today: string;
    strategies: StrategyNode[];
    /** Objectives that align to nothing in this cycle's tree (company objectives without a strategy included). */
    unaligned: ObjectiveNode[];
}

export interface TreeOptions { cycle?: string; today: number; fiscalYearStartMonth?: number }

export function sourceOf(node: Objective | Strategy | KeyResult | Kpi): SourceLocation {
    const start = node.$cstNode?.range.start ?? { line: 0, character: 0 };
    return { uri: AstUtils.getDocument(node).uri.toString(), line: start.line, character: start.character };
}

const UNIT_LEVEL: Record<string, number> = { company: 0, department: 1, team: 2 };

export function buildAlignmentTree(documents: Iterable<LangiumDocument>, options: TreeOptions): AlignmentTree {
    const objectives: Objective[] = [];
    const strategies: Strategy[] = [];
    const cycles = new Map<string, Cycle | undefined>();
    for (const document of documents) {
        const model = document.parseResult.value as Model;
        for (const element of model.elements ?? []) {
            if (isStrategy(element)) strategies.push(element);
            if (isOkrBlock(element)) {
                const name = cycleName(element.cycle);
                if (name) cycles.set(name, resolveCycle(element.cycle, options.fiscalYearStartMonth));
                objectives.push(...element.objectives);
            }
        }
    }
    const cycleNames = [...cycles.keys()].sort((a, b) => (cycles.get(a)?.start ?? 0) - (cycles.get(b)?.start ?? 0) || a.localeCompare(b));
    // Default: of the cycles running today, the one with the most objectives (the team's main cadence).
    const objectiveCount = (name: string) => objectives.filter(o => isOkrBlock(o.$container) && cycleName(o.$container.cycle) === name).length;
    const running = cycleNames.filter(n => { const c = cycles.get(n); return c && contains(c, options.today); });
    const chosen = options.cycle ?? running.sort((a, b) => objectiveCount(b) - objectiveCount(a))[0] ?? cycleNames.at(-1);
    const inCycle = objectives.filter(o => isOkrBlock(o.$container) && cycleName(o.$container.cycle) === chosen);

    const nodes = new Map<Objective, ObjectiveNode>();
    for (const objective of inCycle) nodes.set(objective, objectiveNode(objective, options));
    const strategyNodes = new Map<Strategy, StrategyNode>(strategies.map(s => [s, { id: s.name, statement: s.statement, children: [], source: sourceOf(s) }]));
    const unaligned: ObjectiveNode[] = [];
    // Objectives on one loop are not drawn inside each other (a tree cannot hold a loop).
    const loops = new AlignmentLoops();
    const sorted = [...nodes.keys()].sort((a, b) => level(a) - level(b));
    for (const objective of sorted) {
        const node = nodes.get(objective)!;
        // An objective that aligns to several parents is drawn under the first one in this tree.
        const parent = objective.aligns.map(ref => ref.ref).find(target =>
            (isStrategy(target) && strategyNodes.has(target)) || (isObjective(target) && nodes.has(target) && !loops.loopOf(objective)?.members.has(target)));
        if (isStrategy(parent)) strategyNodes.get(parent)!.children.push(node);
        else if (isObjective(parent)) nodes.get(parent)!.children.push(node);
        else unaligned.push(node);
    }
    return {
        cycle: chosen,
        cycles: cycleNames,
        today: formatDay(options.today),
        strategies: [...strategyNodes.values()],
        unaligned,
    };
}

function level(objective: Objective): number {
    const unit = isOkrBlock(objective.$container) ? objective.$container.unit?.ref : undefined;
    return unit ? UNIT_LEVEL[unit.kind] ?? 3 : 3;
}

function objectiveNode(objective: Objective, options: TreeOptions): ObjectiveNode {
    const block = objective.$container;
    const unit = isOkrBlock(block) ? block.unit?.ref : undefined;
    const score = scoreObjective(objective, options);
    const chips: KpiChip[] = [];
    const addChip = (kpi: Kpi | undefined, role: KpiChip['role']) => {
        if (kpi && !chips.some(c => c.id === kpi.name && c.role === role)) {
            chips.push({ id: kpi.name, name: kpi.title, role, health: kpiHealth(kpi).health, source: sourceOf(kpi) });
        }
    };
    objective.guardrails.forEach(ref => addChip(ref.ref, 'guardrail'));
    objective.keyResults.forEach(kr => addChip(kr.moves?.ref, 'moved'));
    return {
        id: objective.name,
        title: objective.title,
        unit: isOkrBlock(block) ? block.unit?.$refText ?? '' : '',
        unitName: unit?.title ?? (isOkrBlock(block) ? block.unit?.$refText ?? '' : ''),
        unitKind: unit?.kind ?? 'unknown',
        cycle: isOkrBlock(block) ? cycleName(block.cycle) : '',
        owner: objective.owner,
        committed: score.committed,
        score: score.score,
        grade: score.grade,
        status: score.status,
        keyResults: objective.keyResults.map((kr, index) => {
            const krScore = score.keyResults[index];
            return {
                id: kr.name,
                title: kr.title,
                progress: krScore.progress,
                current: krScore.done ? 'done' : krScore.current ? formatQuantity(krScore.current) : undefined,
                target: krScore.to ? formatQuantity(krScore.to) : undefined,
                source: sourceOf(kr),
            };
        }),
        kpis: chips,
        children: [],
        source: sourceOf(objective),
    };
}
