/**
 * One objective as every view shows it — unit, cycle, owner, score, grade and status, its key
 * results with progress and values, and its KPI chips — as plain JSON-safe data, read from the
 * workspace model. The preview and `okr tree` draw these nodes in a tree; `okr score` lists them.
 */
import { AstUtils } from 'langium';
import type { Checkin, KeyResult, Kpi, Objective, Strategy } from '../grammar/generated/ast.js';
import { isOkrBlock } from '../grammar/generated/ast.js';
import { cycleName } from '../model/cycles.js';
import { formatDay } from '../model/dates.js';
import { formatQuantity, quantityValue } from '../model/quantities.js';
import { expectedAtEnd, kpiHealth, progressHistory, type Grade, type Health, type Status } from '../model/scoring.js';
import { unitLevel } from '../model/units.js';
import type { WorkspaceModel } from '../workspace/workspace-model.js';

export interface SourceLocation { uri: string; line: number; character: number }

export interface KpiChip { id: string; name: string; role: 'guardrail' | 'moved'; health: Health; source: SourceLocation }

/** One check-in as a sparkline draws it: when, the progress it brought, and its value as written for people. */
export interface CheckinPoint {
    date: string;
    /** The date as a day number (days since 1970-01-01), to place it on the cycle. */
    day: number;
    progress: number;
    /** `41%`, `$1.2M`, `done`; `?` for a value that does not parse. */
    value: string;
}

export interface KeyResultNode {
    id?: string;
    title: string;
    progress: number;
    /** The latest check-in as written for people (`41%`, `$1.2M`, `done`). */
    current?: string;
    /** The latest check-in's number, `true` for `= done`, null before the first check-in. */
    currentValue: number | boolean | null;
    target?: string;
    /** Every check-in with a valid date, oldest first. */
    checkins: CheckinPoint[];
    source: SourceLocation;
}

export interface ObjectiveNode {
    id: string;
    title: string;
    unit: string;
    unitName: string;
    unitKind: string;
    /** 0 company, 1 department, 2 team, 3 unknown: the cascade's order. */
    unitLevel: number;
    cycle: string;
    /** First day of the cycle (a day number), for ordering; undefined when it names none. */
    cycleStart?: number;
    /** Last day of the cycle (a day number), inclusive. */
    cycleEnd?: number;
    owner?: string;
    committed: boolean;
    score?: number;
    grade?: Grade;
    status: Status;
    /** Progress expected by today (elapsed fraction of the cycle × expectedAtEnd), while the cycle runs. */
    expected?: number;
    /** Progress expected by the cycle's end: 0.7 aspirational, 1 committed (the expected-progress line). */
    expectedAtEnd: number;
    keyResults: KeyResultNode[];
    kpis: KpiChip[];
    children: ObjectiveNode[];
    source: SourceLocation;
}

export function sourceOf(node: Objective | Strategy | KeyResult | Kpi): SourceLocation {
    const start = node.$cstNode?.range.start ?? { line: 0, character: 0 };
    return { uri: AstUtils.getDocument(node).uri.toString(), line: start.line, character: start.character };
}

export function objectiveNode(objective: Objective, model: WorkspaceModel): ObjectiveNode {
    const block = objective.$container;
    const unit = isOkrBlock(block) ? block.unit?.ref : undefined;
    const score = model.scoreOf(objective);
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
        unitLevel: unitLevel(unit?.kind),
        cycle: isOkrBlock(block) ? cycleName(block.cycle) : '',
        cycleStart: score.cycle?.start,
        cycleEnd: score.cycle?.end,
        owner: objective.owner,
        committed: score.committed,
        score: score.score,
        grade: score.grade,
        status: score.status,
        expected: score.expected,
        expectedAtEnd: expectedAtEnd(score.committed),
        keyResults: objective.keyResults.map((kr, index) => {
            const krScore = score.keyResults[index];
            return {
                id: kr.name,
                title: kr.title,
                progress: krScore.progress,
                current: krScore.done ? 'done' : krScore.current ? formatQuantity(krScore.current) : undefined,
                currentValue: krScore.done ? true : krScore.current?.value ?? null,
                target: krScore.to ? formatQuantity(krScore.to) : undefined,
                checkins: checkinPoints(kr),
                source: sourceOf(kr),
            };
        }),
        kpis: chips,
        children: [],
        source: sourceOf(objective),
    };
}

export function checkinPoints(kr: KeyResult): CheckinPoint[] {
    return progressHistory(kr).map(({ checkin, day, progress }) => ({ date: formatDay(day), day, progress, value: checkinValue(checkin) }));
}

/** A check-in's value as written for people: `41%`, `$1.2M`, `done`; `?` when it does not parse. */
export function checkinValue(checkin: Checkin): string {
    const value = quantityValue(checkin.value);
    return checkin.done ? 'done' : value ? formatQuantity(value) : '?';
}
