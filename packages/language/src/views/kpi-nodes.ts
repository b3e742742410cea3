/**
 * Every KPI of a set of files as the KPI health view and `okr report` show it — expected range,
 * readings, health and trend, and the OKRs that move it (a KR's `moves`) or guard it (an
 * objective's `guardrails`) — as plain JSON-safe data, units in cascade order.
 */
import type { LangiumDocument } from 'langium';
import type { Kpi, Model } from '../grammar/generated/ast.js';
import { isKpiBlock, isOkrBlock } from '../grammar/generated/ast.js';
import { cycleName } from '../model/cycles.js';
import { formatDay, parseDay } from '../model/dates.js';
import { formatQuantity, quantityValue } from '../model/quantities.js';
import { inRange, kpiHealth, orderedReadings, rangeBounds, type Health, type Trend } from '../model/scoring.js';
import { unitLevel } from '../model/units.js';
import type { WorkspaceModel } from '../workspace/workspace-model.js';
import { describeRange } from './describe.js';
import { sourceOf, type SourceLocation } from './objective-node.js';

export interface KpiReading {
    date: string;
    /** The date as a day number (days since 1970-01-01). */
    day: number;
    value: number;
    /** As written for people: `15 days`, `$41.3M`. */
    text: string;
    /** Inside the expected range (undefined without a range). */
    inRange?: boolean;
}

/** The expected range: `low..high`, `>= low` or `<= high`, and how it reads. */
export interface KpiRange { low?: number; high?: number; unit: string; text: string }

/** An OKR that moves the KPI (a key result's `moves`) or guards it (an objective's `guardrails`). */
export interface KpiLink {
    role: 'moves' | 'guards';
    objectiveId: string;
    objectiveTitle: string;
    keyResultId?: string;
    keyResultTitle?: string;
    unit: string;
    cycle: string;
    source: SourceLocation;
}

export interface KpiNode {
    id: string;
    name: string;
    unit: string;
    unitName: string;
    unitKind: string;
    unitLevel: number;
    owner?: string;
    cadence?: string;
    expected?: KpiRange;
    /** Readings with a valid date and value, oldest first. */
    readings: KpiReading[];
    health: Health;
    trend?: Trend;
    links: KpiLink[];
    source: SourceLocation;
}

export function kpiNodes(model: WorkspaceModel, documents: Iterable<LangiumDocument>): KpiNode[] {
    const kpis: Kpi[] = [];
    const links = new Map<Kpi, Array<KpiLink & { start: number }>>();
    const link = (kpi: Kpi | undefined, entry: KpiLink & { start: number }) => {
        if (!kpi) return;
        const list = links.get(kpi) ?? [];
        links.set(kpi, list);
        list.push(entry);
    };
    for (const document of documents) {
        for (const element of (document.parseResult.value as Model).elements ?? []) {
            if (isKpiBlock(element)) kpis.push(...element.kpis);
            if (!isOkrBlock(element)) continue;
            const place = { unit: element.unit?.$refText ?? '', cycle: cycleName(element.cycle), start: model.cycleOf(element)?.start ?? -Infinity };
            for (const objective of element.objectives) {
                const about = { ...place, objectiveId: objective.name, objectiveTitle: objective.title };
                for (const kr of objective.keyResults) {
                    link(kr.moves?.ref, { role: 'moves', ...about, keyResultId: kr.name, keyResultTitle: kr.title, source: sourceOf(kr) });
                }
                for (const guarded of new Set(objective.guardrails.map(ref => ref.ref))) {
                    link(guarded, { role: 'guards', ...about, source: sourceOf(objective) });
                }
            }
        }
    }
    // The latest cycle's OKRs first (a stable sort keeps file order within a cycle).
    const nodes = kpis.map(kpi => kpiNode(kpi, (links.get(kpi) ?? []).sort((a, b) => b.start - a.start).map(({ start: _, ...rest }) => rest)));
    // A stable sort keeps file order within a level.
    return nodes.sort((a, b) => a.unitLevel - b.unitLevel);
}

function kpiNode(kpi: Kpi, links: KpiLink[]): KpiNode {
    const block = kpi.$container;
    const unit = block.unit?.ref;
    const bounds = rangeBounds(kpi.expected);
    const { health, trend } = kpiHealth(kpi);
    const readings: KpiReading[] = [];
    for (const reading of orderedReadings(kpi)) {
        const value = quantityValue(reading.value);
        if (!value) continue;
        readings.push({ date: formatDay(parseDay(reading.date)!), day: parseDay(reading.date)!, value: value.value, text: formatQuantity(value), inRange: bounds && inRange(bounds, value.value) });
    }
    return {
        id: kpi.name,
        name: kpi.title,
        unit: block.unit?.$refText ?? '',
        unitName: unit?.title ?? block.unit?.$refText ?? '',
        unitKind: unit?.kind ?? 'unknown',
        unitLevel: unitLevel(unit?.kind),
        owner: kpi.owner,
        cadence: kpi.cadence,
        expected: bounds && { ...bounds, text: describeRange(kpi.expected) },
        readings,
        health,
        trend,
        links,
        source: sourceOf(kpi),
    };
}
