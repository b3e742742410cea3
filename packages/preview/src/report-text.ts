/**
 * The wording of `okr report`, shared by its Markdown (packages/cli) and HTML (report-html.ts)
 * forms so that both say the same: scores, changes since the `since` day, stale key results,
 * new check-ins. Plain text: the HTML page escapes it whole; Markdown passes its escape as
 * `user`, applied to the pieces that come from the goal files.
 */
import { formatScore, statusLabel, type Status } from 'okr-language';
import type { KpiNode, NewCheckin, ReportObjective, StaleKeyResult, StatusReport, UnitReport } from 'okr-language/protocol';

export { formatScore, statusLabel };

const plain = (text: string) => text;
export type { Status };

/** `+9 pts`, `−3 pts`, `no change` (percentage points of the score), or `—` without key results. */
export function scoreChange(objective: ReportObjective): string {
    if (objective.score === undefined || objective.scoreThen === undefined) return '—';
    const points = Math.round(objective.score * 100) - Math.round(objective.scoreThen * 100);
    return points === 0 ? 'no change' : `${points > 0 ? '+' : '−'}${Math.abs(points)} pts`;
}

/** `+40 pts (was 14%)`, `no change`, or `—` without key results. */
export function sinceText(objective: ReportObjective): string {
    const change = scoreChange(objective);
    return objective.scoreThen === undefined || change === 'no change' ? change : `${change} (was ${Math.round(objective.scoreThen * 100)}%)`;
}

export function changeDirection(objective: ReportObjective): 'up' | 'down' | 'flat' {
    const change = scoreChange(objective);
    return change.startsWith('+') ? 'up' : change.startsWith('−') ? 'down' : 'flat';
}

/** `Today 2026-11-20 · changes since 2026-11-13 · cycles 2026-Q4, soc2_audit` */
export function reportHeading(report: StatusReport, user = plain): string {
    const cycles = report.cycles.length ? `${report.cycles.length === 1 ? 'cycle' : 'cycles'} ${report.cycles.map(cycle => user(cycle)).join(', ')}` : 'no cycle';
    return `Today ${report.today} · changes since ${report.since} · ${cycles}`;
}

/** `team onboarding`, or `unit ghost, not declared` for a unit that no file declares. */
export function unitKindText(unit: UnitReport, user = plain): string {
    return unit.kind === 'unknown' ? `unit ${user(unit.id)}, not declared` : `${user(unit.kind)} ${user(unit.id)}`;
}

/** `3 objectives · KPIs: 4 healthy, 1 breached · 2 stale key results` */
export function unitSummary(unit: UnitReport): string {
    const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    const { healthy, breached, unknown } = unit.kpiHealth;
    const kpis = healthy + breached + unknown === 0 ? 'no KPIs'
        : `KPIs: ${[healthy && `${healthy} healthy`, breached && `${breached} breached`, unknown && `${unknown} without reading or range`].filter(Boolean).join(', ')}`;
    return [count(unit.objectives.length, 'objective'), kpis, count(unit.staleKeyResults.length, 'stale key result')].join(' · ');
}

/** `last check-in 2026-10-14, 37 days ago` or `no check-in, 20 days into 2026-Q4` */
export function staleText(kr: StaleKeyResult, user = plain): string {
    return kr.lastCheckin ? `last check-in ${kr.lastCheckin}, ${kr.days} days ago` : `no check-in, ${kr.days} days into ${user(kr.cycle)}`;
}

/** `15 days, confidence 0.6` (the note is shown apart: it is free text). */
export function checkinText(checkin: NewCheckin, user = plain): string {
    return [user(checkin.value), checkin.confidence !== undefined ? `confidence ${user(checkin.confidence)}` : ''].filter(Boolean).join(', ');
}

/** `15 days on 2026-11-16` */
export function latestReading(kpi: KpiNode, user = plain): string {
    const latest = kpi.readings.at(-1);
    return latest ? `${user(latest.text)} on ${latest.date}` : 'no reading';
}

/** `moved by q4_onboarding_ttfv (2026-Q4), guarded by q4_effortless_setup (2026-Q4)`: IDs, or titles where a KR has none. */
export function kpiLinks(kpi: KpiNode): Array<{ role: string; name: string; cycle: string }> {
    return kpi.links.map(link => ({
        role: link.role === 'moves' ? 'moved by' : 'guarded by',
        name: link.role === 'moves' ? link.keyResultId ?? link.keyResultTitle ?? link.objectiveId : link.objectiveId,
        cycle: link.cycle,
    }));
}
