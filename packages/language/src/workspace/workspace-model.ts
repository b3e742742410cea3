/**
 * The workspace model: every fact derived from the whole workspace, worked out once per build
 * and read by everyone — checks, scoring, hover, code lens, the preview tree, `okr score` and
 * `okr tree`. IDs per kind, objectives per unit and cycle, KPIs per unit (tallied by the
 * incremental DeclarationsIndex from the text alone); the cycle and dates of each `okrs` block
 * under the fiscal year of its file's configuration; each objective's score; the alignment
 * graph's loops; the previous cycle's titles; the KPIs moved in a current cycle. What depends
 * on references, the configuration or today is worked out lazily and remembered for the build.
 */
import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Kpi, Objective, OkrBlock } from '../grammar/generated/ast.js';
import { isOkrBlock } from '../grammar/generated/ast.js';
import { builtinCycle, contains, quarterContaining, resolveCycle, type Cycle } from '../model/cycles.js';
import { scoreObjective, type ObjectiveScore } from '../model/scoring.js';
import type { OkrConfig } from '../config/config.js';
import type { OkrSettings } from '../config/settings.js';
import { AlignmentLoops, type AlignmentLoop } from './alignment-loops.js';
import { tallyKey, unitOfBlock, type DeclarationsIndex, type Named } from './declarations-index.js';

export { unitOfBlock };

export class WorkspaceModel {
    private readonly cycles = new Map<OkrBlock, Cycle | undefined>();
    private readonly scores = new Map<Objective, ObjectiveScore>();
    private readonly configs = new Map<LangiumDocument, OkrConfig>();
    private readonly loops = new AlignmentLoops();
    private moved?: Set<Kpi>;
    private readonly titlesByPreviousCycle = new Map<string, Map<string, Objective> | undefined>();

    constructor(private readonly index: DeclarationsIndex, private readonly settings: OkrSettings, readonly today: number) {}

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
        if (!this.cycles.has(block)) this.cycles.set(block, resolveCycle(block.cycle, this.fiscalYearStartOf(block)));
        return this.cycles.get(block);
    }

    /** The cycle an objective belongs to, through its `okrs` block. */
    cycleOfObjective(objective: Objective): Cycle | undefined {
        const block = objective.$container;
        return isOkrBlock(block) ? this.cycleOf(block) : undefined;
    }

    /** A built-in cycle literal (`2026-Q1`) as a file reads it, under that file's fiscal year. */
    builtinCycleIn(literal: string, where: AstNode | LangiumDocument): Cycle | undefined {
        return builtinCycle(literal, this.fiscalYearStartOf(where));
    }

    /** The quarter that contains `day` (default: today) in a file's fiscal year. */
    quarterOf(where: AstNode | LangiumDocument, day = this.today): Cycle {
        return quarterContaining(day, this.fiscalYearStartOf(where));
    }

    /** Score, grade and status by today, of an objective in its cycle. */
    scoreOf(objective: Objective): ObjectiveScore {
        let score = this.scores.get(objective);
        if (!score) {
            score = scoreObjective(objective, { today: this.today, cycle: this.cycleOfObjective(objective) });
            this.scores.set(objective, score);
        }
        return score;
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

    /** The fiscal year of the okr.config.json that applies to the file: the one place it is chosen. */
    fiscalYearStartOf(where: AstNode | LangiumDocument): number {
        return this.configOf(where).fiscalYearStartMonth;
    }

    /** The configuration that applies to the file (okr.config.json or --config, editor settings over it). */
    configOf(where: AstNode | LangiumDocument): OkrConfig {
        const document = 'parseResult' in where ? where : AstUtils.getDocument(where);
        let config = this.configs.get(document);
        if (!config) {
            config = this.settings.forDocument(document.uri).config;
            this.configs.set(document, config);
        }
        return config;
    }
}

/** "Delight  new accounts!" and "delight new accounts" are the same title. */
export function normalizeTitle(title: string | undefined): string {
    return (title ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
