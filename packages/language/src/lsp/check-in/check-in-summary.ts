/**
 * What a check-in did, in words shared by `okr checkin` and the editor's message:
 * "progress 56% (was 44%), 14 → 10 days" and "score 0.3 (33%) · red · at risk".
 * Every user string is made visible (control characters as escapes).
 */
import { visible } from '../../io/visible-text.js';
import { formatQuantity } from '../../model/quantities.js';
import { roundScore, type KeyResultScore, type ObjectiveScore } from '../../model/scoring.js';
import { statusLabel } from '../../views/describe.js';
import type { CheckInEdit } from './check-in.js';

export interface CheckInSummary {
    /** `q4_onboarding_ttfv`, or the title of a key result without an ID. */
    keyResult: string;
    objective: string;
    /** `progress 56% (was 44%), 14 → 10 days` */
    progress: string;
    /** `score 0.4 (38%, was 29%) · yellow (was red) · on track`: what changed says what it was. */
    score: string;
}

export function summarizeCheckIn(edit: CheckInEdit, keyResultLabel: string): CheckInSummary {
    const { before, after } = edit;
    const values = valuesOf(after.keyResult);
    return {
        keyResult: visible(keyResultLabel),
        objective: visible(edit.objective.name),
        progress: `progress ${changed(percent(after.keyResult.progress), percent(before.keyResult.progress))}${values ? `, ${values}` : ''}`,
        score: standing(after.objective, before.objective),
    };
}

const percent = (progress: number) => `${Math.round(progress * 100)}%`;
const changed = (now: string, was: string | undefined) => (was === undefined || was === now ? now : `${now} (was ${was})`);

/** `14 → 10 days`, `done`, as `okr score` shows a key result's values. */
function valuesOf(kr: KeyResultScore): string {
    if (kr.done) return 'done';
    if (!kr.current && !kr.to) return '';
    return `${kr.current ? formatQuantity(kr.current) : '—'} → ${kr.to ? formatQuantity(kr.to) : 'done'}`;
}

/** `score 0.4 (38%, was 29%) · yellow (was red) · on track (was at risk)`. */
function standing(now: ObjectiveScore, was: ObjectiveScore): string {
    if (now.score === undefined) return 'no key results';
    const score = `${roundScore(now.score).toFixed(1)} (${Math.round(now.score * 100)}%`;
    const previous = was.score === undefined ? undefined : `${roundScore(was.score).toFixed(1)} (${Math.round(was.score * 100)}%`;
    const scoreText = previous === undefined || previous === score ? `${score})` : `${score}, was ${Math.round(was.score! * 100)}%)`;
    return `score ${scoreText} · ${changed(now.grade!, was.grade)} · ${changed(statusLabel(now.status), statusLabel(was.status))}`;
}
