/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (and 50 per
 * job); the rest are dropped without a word. So the action picks which to send: the most
 * severe first, in file and line order, within those caps, and says how many it left out.
 */
import type { CheckReport, CliDiagnostic, FileReport } from '../reporters/check-report.js';
import { annotation, annotationKind } from '../reporters/github.js';

export const ANNOTATIONS_PER_KIND = 10;

export interface AnnotationPick {
    /** Workflow command lines, errors first. */
    lines: string[];
    shown: number;
    total: number;
}

const ORDER = ['error', 'warning', 'notice'];

/** `reserved`: annotations of each kind the action needs for its own messages. */
export function pickAnnotations(report: CheckReport, cwd: string, reserved: Partial<Record<string, number>> = {}): AnnotationPick {
    const byKind = new Map<string, Array<{ file: FileReport; d: CliDiagnostic }>>(ORDER.map(kind => [kind, []]));
    for (const file of report.files) {
        for (const d of file.diagnostics) byKind.get(annotationKind(d.severity))!.push({ file, d });
    }
    const lines: string[] = [];
    let total = 0;
    for (const kind of ORDER) {
        const all = byKind.get(kind)!;
        total += all.length;
        const room = Math.max(0, ANNOTATIONS_PER_KIND - (reserved[kind] ?? 0));
        for (const { file, d } of all.slice(0, room)) lines.push(annotation(file, d, cwd));
    }
    return { lines, shown: lines.length, total };
}

export function hiddenNote(pick: AnnotationPick): string | undefined {
    if (pick.shown === pick.total) return undefined;
    return `${pick.total - pick.shown} of ${pick.total} problems are not shown as annotations: GitHub shows at most `
        + `${ANNOTATIONS_PER_KIND} errors, ${ANNOTATIONS_PER_KIND} warnings and ${ANNOTATIONS_PER_KIND} notices per step, so the most severe came first. `
        + 'The tables below count every problem, and the step log lists them all.';
}
