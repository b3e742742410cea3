/**
 * The weekly review's status report (`okr report`), per unit in cascade order: the objectives of
 * the cycles under review with score, grade and status, their score on the `since` day (the
 * check-ins dated up to then, replayed by the scoring functions) and the check-ins dated after
 * it; the unit's breached KPIs; and its stale key results, as the `stale-checkin` check judges
 * them (its threshold and severity from the file's configuration, its suppression comments).
 * Plain JSON-safe data: the CLI writes it as Markdown, the preview package as HTML.
 */
import { GrammarUtils, type LangiumDocument } from 'langium';
import type { KeyResult, Model, Objective } from '../grammar/generated/ast.js';
import { isOkrBlock } from '../grammar/generated/ast.js';
import { DiagnosticCode } from '../config/catalog.js';
import { ruleOption } from '../config/config.js';
import { cycleName } from '../model/cycles.js';
import { formatDay } from '../model/dates.js';
import { progressHistory, scoreObjective, type Health, type Status } from '../model/scoring.js';
import { checkinStaleness } from '../model/staleness.js';
import { findSuppressions, suppresses, type Suppression } from '../validation/suppressions.js';
import type { WorkspaceModel } from '../workspace/workspace-model.js';
import { kpiNodes, type KpiNode } from './kpi-nodes.js';
import { checkinValue, objectiveNode, sourceOf, type ObjectiveNode, type SourceLocation } from './objective-node.js';
import { reportScope, unitAndBelow, type UnitInfo } from './report-scope.js';

export interface ReportOptions {
    /** Only this unit and the units below it. */
    unit?: string;
    /** Only this cycle (default: the scope's default cycles). */
    cycle?: string;
    /** A day number: what moved is what is dated after it. */
    since: number;
}

export interface NewCheckin {
    keyResultId?: string;
    keyResultTitle: string;
    date: string;
    /** As written for people: `41%`, `$1.2M`, `done`. */
    value: string;
    confidence?: string;
    note?: string;
    /** The key result's progress right after this check-in. */
    progress: number;
    source: SourceLocation;
}

export interface ReportObjective extends ObjectiveNode {
    /** The score on the `since` day, from the check-ins dated up to then; undefined without key results. */
    scoreThen?: number;
    statusThen: Status;
    /** Check-ins dated after the `since` day, oldest first. */
    newCheckins: NewCheckin[];
}

export interface StaleKeyResult {
    id?: string;
    title: string;
    objectiveId: string;
    objectiveTitle: string;
    cycle: string;
    /** The latest check-in's date; undefined when there is none. */
    lastCheckin?: string;
    /** Days since the latest check-in, or since the cycle started when there is none. */
    days: number;
    /** The `stale-checkin` threshold that applies to the file. */
    threshold: number;
    source: SourceLocation;
}

export interface UnitReport {
    id: string;
    name: string;
    kind: string;
    objectives: ReportObjective[];
    /** Breached KPIs, with the OKRs of the reported cycles that move or guard them. */
    breachedKpis: KpiNode[];
    /** How many of the unit's KPIs are healthy, breached, or unknown (no range or no reading). */
    kpiHealth: Record<Health, number>;
    staleKeyResults: StaleKeyResult[];
}

export interface StatusReport {
    today: string;
    since: string;
    /** The cycles reported on. */
    cycles: string[];
    units: UnitReport[];
}

export function buildStatusReport(model: WorkspaceModel, documents: LangiumDocument[], options: ReportOptions): StatusReport {
    const scope = reportScope(model, documents);
    const cycles = options.cycle !== undefined ? [options.cycle] : scope.defaultCycles;
    const wanted = options.unit !== undefined ? unitAndBelow(scope.units, options.unit) : undefined;
    const reports = new Map<string, UnitReport>(scope.units
        .filter(unit => !wanted || wanted.has(unit.id))
        .map(unit => [unit.id, emptyReport(unit)]));
    const stale = new StaleJudge(model);
    for (const document of documents) {
        for (const block of (document.parseResult.value as Model).elements?.filter(isOkrBlock) ?? []) {
            const report = reports.get(block.unit?.ref?.name ?? block.unit?.$refText ?? '');
            if (!report || !cycles.includes(cycleName(block.cycle))) continue;
            for (const objective of block.objectives) {
                report.objectives.push(reportObjective(objective, model, options.since));
                report.staleKeyResults.push(...objective.keyResults.flatMap(kr => stale.judge(kr, objective)));
            }
        }
    }
    for (const kpi of kpiNodes(model, documents)) {
        const report = reports.get(kpi.unit);
        if (!report) continue;
        report.kpiHealth[kpi.health]++;
        // Whether an OKR under review moves or guards it is the question; those of other cycles are history.
        if (kpi.health === 'breached') report.breachedKpis.push({ ...kpi, links: kpi.links.filter(link => cycles.includes(link.cycle)) });
    }
    const units = [...reports.values()].filter(unit => unit.id === options.unit || unit.objectives.length > 0 || Object.values(unit.kpiHealth).some(Boolean));
    return { today: formatDay(model.today), since: formatDay(options.since), cycles, units };
}

function emptyReport(unit: UnitInfo): UnitReport {
    return { id: unit.id, name: unit.name, kind: unit.kind, objectives: [], breachedKpis: [], kpiHealth: { healthy: 0, breached: 0, unknown: 0 }, staleKeyResults: [] };
}

function reportObjective(objective: Objective, model: WorkspaceModel, since: number): ReportObjective {
    const node = objectiveNode(objective, model);
    const then = scoreObjective(objective, { today: since, cycle: model.cycleOfObjective(objective), asOf: since });
    const newCheckins = objective.keyResults.flatMap(kr => progressHistory(kr)
        .filter(point => point.day > since)
        .map(({ checkin, day, progress }) => ({
            day,
            checkin: {
                keyResultId: kr.name, keyResultTitle: kr.title, date: formatDay(day), value: checkinValue(checkin), progress,
                confidence: checkin.confidence, note: checkin.note, source: sourceOf(kr),
            } satisfies NewCheckin,
        })))
        // Stable: key results in file order on one day.
        .sort((a, b) => a.day - b.day)
        .map(entry => entry.checkin);
    return { ...node, scoreThen: then.score, statusThen: then.status, newCheckins };
}

/** The `stale-checkin` check's verdict on a key result, with the file's configuration and suppressions. */
class StaleJudge {
    private readonly suppressions = new Map<LangiumDocument, Suppression[]>();

    constructor(private readonly model: WorkspaceModel) {}

    judge(kr: KeyResult, objective: Objective): StaleKeyResult[] {
        const config = this.model.configOf(kr);
        if (config.rules[DiagnosticCode.StaleCheckin].severity === 'off') return [];
        const threshold = ruleOption(config, DiagnosticCode.StaleCheckin, 'days');
        const cycle = this.model.cycleOfObjective(objective);
        const stale = checkinStaleness(kr, cycle, this.model.today, threshold);
        if (!stale || this.isSuppressed(kr)) return [];
        return [{
            id: kr.name, title: kr.title, objectiveId: objective.name, objectiveTitle: objective.title, cycle: cycle!.id,
            lastCheckin: stale.kind === 'old' ? formatDay(stale.latest) : undefined,
            days: stale.kind === 'old' ? stale.age : this.model.today - stale.cycleStart,
            threshold, source: sourceOf(kr),
        }];
    }

    /** Where the check reports (the KR's ID, else its `kr` keyword), a suppression comment may silence it. */
    private isSuppressed(kr: KeyResult): boolean {
        const document = kr.$cstNode?.root.astNode.$document;
        if (!document || !kr.$cstNode) return false;
        let list = this.suppressions.get(document);
        if (!list) {
            list = findSuppressions(document.parseResult.value);
            this.suppressions.set(document, list);
        }
        const target = kr.name ? GrammarUtils.findNodeForProperty(kr.$cstNode, 'name') : GrammarUtils.findNodeForKeyword(kr.$cstNode, 'kr');
        const line = (target ?? kr.$cstNode).range.start.line;
        return list.some(suppression => suppresses(suppression, DiagnosticCode.StaleCheckin, line));
    }
}
