/**
 * The objectives of the named files with their scores, as `okr score` prints them.
 * Scores come from okr-language's scoring.ts, the same as hovers and the preview.
 */
import { URI } from 'langium';
import { cycleName, formatQuantity, isOkrBlock, scoreObjective, terminalSafeJson, type Grade, type Objective, type Status } from 'okr-language';
import type { LoadedWorkspace } from './load-workspace.js';
import { UsageError } from './usage-error.js';

export interface KeyResultScoreRow {
    id: string | null;
    title: string;
    progress: number;
    /** The latest check-in: its number, `true` for `= done`, null without check-ins. */
    current: number | boolean | null;
}

/** For the table only: the values as the user wrote them (`41%`, `$1.2M`). */
interface Display { currentText?: string; targetText?: string }

export interface ObjectiveScoreRow {
    id: string;
    title: string;
    unit: string;
    cycle: string;
    score: number | null;
    grade: Grade | null;
    status: Status;
    keyResults: Array<KeyResultScoreRow & Display>;
    committed: boolean;
    /** Sort keys: cycles oldest first, then company, department and team objectives. */
    cycleStart: number;
    unitLevel: number;
}

const UNIT_LEVEL: Record<string, number> = { company: 0, department: 1, team: 2 };

/** Scores keep four decimals: enough for any display, without floating-point noise. */
const round = (x: number) => Math.round(x * 10_000) / 10_000;

export function scoreRows(workspace: LoadedWorkspace, cycle: string | undefined): ObjectiveScoreRow[] {
    const settings = workspace.services.okr.Settings;
    const rows: ObjectiveScoreRow[] = [];
    const cycles = new Set<string>();
    for (const file of workspace.files) {
        const { config, today } = settings.forDocument(URI.file(file.absolute));
        for (const block of file.document?.parseResult.value.elements.filter(isOkrBlock) ?? []) {
            const blockCycle = cycleName(block.cycle);
            cycles.add(blockCycle);
            if (cycle !== undefined && blockCycle !== cycle) continue;
            for (const objective of block.objectives) {
                const row = objectiveRow(objective, block.unit.$refText, blockCycle, today, config.fiscalYearStartMonth);
                rows.push({ ...row, unitLevel: UNIT_LEVEL[block.unit.ref?.kind ?? ''] ?? 3 });
            }
        }
    }
    if (cycle !== undefined && !cycles.has(cycle)) {
        throw new UsageError(`no objectives in cycle "${cycle}"${cycles.size ? ` (cycles: ${[...cycles].sort().join(', ')})` : ''}.`);
    }
    // A stable sort keeps file order within a cycle and level.
    return rows.sort((a, b) => a.cycleStart - b.cycleStart || a.unitLevel - b.unitLevel);
}

function objectiveRow(objective: Objective, unit: string, cycle: string, today: number, fiscalYearStartMonth: number): ObjectiveScoreRow {
    const score = scoreObjective(objective, { today, fiscalYearStartMonth });
    return {
        id: objective.name,
        title: objective.title,
        unit,
        cycle,
        score: score.score === undefined ? null : round(score.score),
        grade: score.grade ?? null,
        status: score.status,
        committed: score.committed,
        cycleStart: score.cycle?.start ?? Number.MAX_SAFE_INTEGER,
        unitLevel: 3,
        keyResults: objective.keyResults.map((kr, index) => {
            const krScore = score.keyResults[index];
            return {
                id: kr.name ?? null,
                title: kr.title,
                progress: round(krScore.progress),
                current: krScore.done ? true : krScore.current?.value ?? null,
                currentText: krScore.done ? 'done' : krScore.current && formatQuantity(krScore.current),
                targetText: krScore.to && formatQuantity(krScore.to),
            };
        }),
    };
}

/** `okr score --format json`: exactly the documented fields. */
export function scoreJson(rows: ObjectiveScoreRow[]): string {
    const objectives = rows.map(({ id, title, unit, cycle, score, grade, status, keyResults }) => ({
        id, title, unit, cycle, score, grade, status,
        keyResults: keyResults.map(({ id, title, progress, current }) => ({ id, title, progress, current })),
    }));
    return terminalSafeJson({ objectives }, 2) + '\n';
}
