/**
 * `okr report --format markdown`: the status report as GitHub-flavoured Markdown (a PR comment,
 * a wiki page, a chat message), with the wording of the HTML page (okr-preview's report-text).
 * Every user string goes through markdownText: it reads as text, on one line, inside a table
 * cell. Sparklines are Unicode blocks: a key result's progress at each check-in (0 to 100%),
 * a KPI's readings (lowest to highest).
 */
import type { KpiNode, ReportObjective, StatusReport, UnitReport } from 'okr-language';
import {
    blockSparkline, checkinText, formatScore, kpiLinks, latestReading, reportHeading, sinceText, staleText, statusLabel, unitKindText, unitSummary,
} from 'okr-preview';
import { markdownText as md } from './markdown-text.js';

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: string[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

export function reportMarkdown(report: StatusReport): string {
    const parts = ['# OKR status report', reportHeading(report, md)];
    if (!report.units.length) parts.push(`Nothing to report: no objectives or KPIs in ${md(report.cycles.join(', ') || 'these files')}.`);
    for (const unit of report.units) parts.push(...unitSection(unit, report));
    return parts.join('\n\n') + '\n';
}

function unitSection(unit: UnitReport, report: StatusReport): string[] {
    const parts = [`## ${md(unit.name)} (${unitKindText(unit, md)})`, unitSummary(unit)];
    if (unit.objectives.length) {
        parts.push(table(['Objective', 'Score', 'Grade', 'Status', `Since ${report.since}`], unit.objectives.map(objective => [
            `${md(objective.title)} (${md(objective.id)})${objective.committed ? ' · committed' : ''}`,
            formatScore(objective.score),
            objective.grade ?? '—',
            statusLabel(objective.status),
            sinceText(objective),
        ])));
        const krs = unit.objectives.flatMap(objective => objective.keyResults.map(kr => [
            md(objective.id),
            md(kr.title),
            `${Math.round(kr.progress * 100)}%`,
            kr.checkins.length ? blockSparkline(kr.checkins.map(c => c.progress), 0, 1) : 'no check-in',
            kr.current === undefined ? '—' : `${md(kr.current)}${kr.target ? ` → ${md(kr.target)}` : ''}`,
        ]));
        if (krs.length) parts.push(table(['Objective', 'Key result', 'Progress', 'Check-ins', 'Now → target'], krs));
        const moved = unit.objectives.flatMap(movedLines);
        parts.push(`### What moved since ${report.since}`, moved.length ? moved.join('\n') : 'No check-ins.');
    } else {
        parts.push(`No objectives in ${md(report.cycles.join(', '))}.`);
    }
    if (unit.breachedKpis.length) parts.push('### Breached KPIs', table(['KPI', 'Latest', 'Expected', 'Readings', 'OKRs'], unit.breachedKpis.map(kpiRow)));
    if (unit.staleKeyResults.length) {
        parts.push('### Stale key results', table(['Key result', 'Objective', 'Check-ins'], unit.staleKeyResults.map(kr => [
            `${md(kr.title)}${kr.id ? ` (${md(kr.id)})` : ''}`,
            `${md(kr.objectiveTitle)} (${md(kr.objectiveId)})`,
            `${staleText(kr, md)} (more than ${kr.threshold} days)`,
        ])));
    }
    return parts;
}

function movedLines(objective: ReportObjective): string[] {
    return objective.newCheckins.map(checkin =>
        `- ${checkin.date} · ${md(checkin.keyResultTitle)} (${md(objective.id)}): ${checkinText(checkin, md)}${checkin.note !== undefined ? ` — ${md(checkin.note)}` : ''}`);
}

function kpiRow(kpi: KpiNode): string[] {
    const links = kpiLinks(kpi).map(link => `${link.role} ${md(link.name)} (${md(link.cycle)})`);
    return [
        `${md(kpi.name)} (${md(kpi.id)})`,
        latestReading(kpi, md),
        md(kpi.expected?.text ?? 'no range'),
        kpi.readings.length ? blockSparkline(kpi.readings.map(r => r.value)) : '—',
        links.length ? links.join(', ') : 'no OKR moves or guards it',
    ];
}
