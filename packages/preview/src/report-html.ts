/**
 * `okr report --format html`: one self-contained page under the preview's security rules — a
 * Content-Security-Policy that allows nothing but this page's own styles (by nonce): no script,
 * no remote resource. Every value goes into the page through the `html` template, which escapes
 * it (control characters shown as escapes, as in every output); only our own markup and the
 * sparklines' escaped SVG are inserted as they are.
 */
import { randomBytes } from 'node:crypto';
import { visible } from 'okr-language';
import type { KpiNode, ReportObjective, StatusReport, UnitReport } from 'okr-language/protocol';
import { escapeHtml } from './html-text.js';
import {
    changeDirection, checkinText, formatScore, kpiLinks, latestReading, reportHeading, sinceText, staleText, statusLabel, unitKindText, unitSummary,
} from './report-text.js';
import { progressSparkline, readingSparkline, svgMarkup } from './sparkline.js';
import reportStyles from './report.css?raw';
import sparklineStyles from './sparkline.css?raw';

/** Markup we made; anything else interpolated into `html` is text and gets escaped. */
class Markup {
    constructor(readonly text: string) {}
}

type Part = string | number | Markup | Part[] | undefined | false;

function render(part: Part): string {
    if (part === undefined || part === false) return '';
    if (part instanceof Markup) return part.text;
    if (Array.isArray(part)) return part.map(render).join('');
    return escapeHtml(visible(String(part)));
}

function html(strings: TemplateStringsArray, ...parts: Part[]): Markup {
    return new Markup(strings.reduce((out, text, i) => out + text + (i < parts.length ? render(parts[i]) : ''), ''));
}

export function renderReportHtml(report: StatusReport): string {
    const nonce = randomBytes(16).toString('base64');
    const csp = `default-src 'none'; style-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`;
    const page = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="referrer" content="no-referrer">
<title>OKR status report · ${report.today}</title>
<style nonce="${nonce}">${new Markup(reportStyles + sparklineStyles)}</style>
</head>
<body>
<header>
<h1>OKR status report</h1>
<p class="meta">${reportHeading(report)}</p>
${report.units.length > 1 && html`<nav aria-label="Units"><ul>${report.units.map((unit, i) => html`<li><a href="#unit-${i}">${unit.name}</a></li>`)}</ul></nav>`}
</header>
<main>
${report.units.length ? report.units.map((unit, i) => unitSection(unit, i, report)) : html`<p class="empty">Nothing to report: no objectives or KPIs in ${report.cycles.join(', ') || 'these files'}.</p>`}
</main>
</body>
</html>
`;
    return page.text;
}

function unitSection(unit: UnitReport, index: number, report: StatusReport): Markup {
    return html`<section class="unit" id="unit-${index}" aria-labelledby="unit-${index}-title">
<h2 id="unit-${index}-title">${unit.name} <span class="kind">${unitKindText(unit)}</span></h2>
<p class="summary">${unitSummary(unit)}</p>
${unit.objectives.length ? unit.objectives.map(objective => objectiveCard(objective, report)) : html`<p class="empty">No objectives in ${report.cycles.join(', ')}.</p>`}
${unit.breachedKpis.length > 0 && html`<h3>Breached KPIs</h3>
<table class="kpis"><thead><tr><th>KPI</th><th>Latest</th><th>Expected</th><th>Readings</th><th>OKRs</th></tr></thead>
<tbody>${unit.breachedKpis.map(kpiRow)}</tbody></table>`}
${unit.staleKeyResults.length > 0 && html`<h3>Stale key results</h3>
<table class="stale"><thead><tr><th>Key result</th><th>Objective</th><th>Check-ins</th></tr></thead>
<tbody>${unit.staleKeyResults.map(kr => html`<tr><td>${kr.title}${kr.id && html` <code>${kr.id}</code>`}</td><td>${kr.objectiveTitle} <code>${kr.objectiveId}</code></td><td>${staleText(kr)} (more than ${kr.threshold} days)</td></tr>`)}</tbody></table>`}
</section>
`;
}

function objectiveCard(objective: ReportObjective, report: StatusReport): Markup {
    return html`<article class="objective grade-${objective.grade ?? 'none'}">
<h4>${objective.title} <code>${objective.id}</code>${objective.committed && html` <span class="badge">committed</span>`}</h4>
<p class="score">Score <strong>${formatScore(objective.score)}</strong>${objective.grade && html` · <span class="grade-word grade-${objective.grade}">${objective.grade}</span>`} · <span class="status status-${objective.status}">${statusLabel(objective.status)}</span> · ${objective.cycle} · since ${report.since}: <span class="change ${changeDirection(objective)}">${sinceText(objective)}</span></p>
${objective.keyResults.length > 0 && html`<table class="krs"><thead><tr><th>Key result</th><th>Progress</th><th>Check-ins against expected progress</th><th>Now → target</th></tr></thead>
<tbody>${objective.keyResults.map(kr => html`<tr class="kr"><td>${kr.title}</td><td class="number">${Math.round(kr.progress * 100)}%</td><td>${new Markup(svgMarkup(progressSparkline(objective, kr, report.today)))}</td><td class="number">${kr.current ?? 'no check-in'}${kr.target && ` → ${kr.target}`}</td></tr>`)}</tbody></table>`}
${objective.newCheckins.length > 0 && html`<ul class="moved" aria-label="Check-ins since ${report.since}">${objective.newCheckins.map(checkin => html`<li>${checkin.date} · ${checkin.keyResultTitle}: ${checkinText(checkin)}${checkin.note !== undefined && html` — <span class="note">${checkin.note}</span>`}</li>`)}</ul>`}
</article>
`;
}

function kpiRow(kpi: KpiNode): Markup {
    const links = kpiLinks(kpi);
    return html`<tr class="kpi"><td>${kpi.name} <code>${kpi.id}</code></td><td class="number health-${kpi.health}">${latestReading(kpi)}</td><td class="number">${kpi.expected?.text ?? 'no range'}</td><td>${new Markup(svgMarkup(readingSparkline(kpi)))}</td><td>${links.length ? links.map((link, i) => html`${i > 0 && ', '}${link.role} <code>${link.name}</code> (${link.cycle})`) : html`<span class="empty">no OKR moves or guards it</span>`}</td></tr>`;
}
