/**
 * `okr score`: the objectives of the named files as the language package's score rows (the
 * same objective nodes the preview draws), and their documented JSON form.
 */
import { scoreRows, terminalSafeJson, type ObjectiveNode } from 'okr-language';
import type { LoadedWorkspace } from './load-workspace.js';
import { UsageError } from './usage-error.js';

export function objectiveRows(workspace: LoadedWorkspace, cycle: string | undefined): ObjectiveNode[] {
    const documents = workspace.files.flatMap(file => (file.document ? [file.document] : []));
    const { rows, cycles } = scoreRows(workspace.services.okr.WorkspaceModel.get(), documents, cycle);
    if (cycle !== undefined && !cycles.includes(cycle)) {
        throw new UsageError(`no objectives in cycle "${cycle}"${cycles.length ? ` (cycles: ${cycles.join(', ')})` : ''}.`);
    }
    return rows;
}

/** Scores keep four decimals: enough for any display, without floating-point noise. */
const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** `okr score --format json`: exactly the documented fields. */
export function scoreJson(rows: ObjectiveNode[]): string {
    const objectives = rows.map(row => ({
        id: row.id, title: row.title, unit: row.unit, cycle: row.cycle,
        score: row.score === undefined ? null : round(row.score), grade: row.grade ?? null, status: row.status,
        keyResults: row.keyResults.map(kr => ({ id: kr.id ?? null, title: kr.title, progress: round(kr.progress), current: kr.currentValue })),
    }));
    return terminalSafeJson({ objectives }, 2) + '\n';
}
