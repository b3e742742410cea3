/**
 * The KPI health view: every KPI of the workspace, grouped by unit in cascade order, with its
 * expected range, its readings as a sparkline against the range band, its health and trend, and
 * the OKRs that move it (a KR's `moves`) or guard it (an objective's `guardrails`). Each card and
 * each OKR link is focusable and reveals its source, as the tree's cards do. User strings go
 * through textContent only.
 */
import type { AlignmentTree, KpiNode } from 'okr-language/protocol';
import { readingSparkline } from '../sparkline.js';
import { el, revealable } from './render.js';
import { svgElement } from './svg-dom.js';

const HEALTH_LABEL: Record<string, string> = { healthy: 'healthy', breached: 'breached', unknown: 'no reading or range' };
const TREND_LABEL: Record<string, string> = { improving: '↗ improving', worsening: '↘ worsening', flat: '→ flat' };

export const kpiKey = (kpi: KpiNode) => `kpi/${kpi.unit}/${kpi.id}`;

export function kpisOf(tree: AlignmentTree): KpiNode[] {
    return Array.isArray(tree.kpis) ? tree.kpis : [];
}

export function renderKpis(tree: AlignmentTree): HTMLElement {
    const content = el('div', 'content kpi-view');
    const kpis = kpisOf(tree);
    if (!kpis.length) {
        content.append(el('p', 'empty', 'No KPIs yet: add a kpis block to a .okr file.'));
        return content;
    }
    const byUnit = new Map<string, KpiNode[]>();
    for (const kpi of kpis) byUnit.set(kpi.unit, [...(byUnit.get(kpi.unit) ?? []), kpi]);
    for (const group of byUnit.values()) {
        const section = el('section', 'kpi-unit');
        section.append(el('h2', 'unit-title', `${group[0].unitName} · ${group[0].unitKind}`));
        const list = el('ul', 'kpi-list');
        list.setAttribute('aria-label', `KPIs of ${group[0].unitName}`);
        for (const kpi of group) list.append(kpiItem(kpi));
        section.append(list);
        content.append(section);
    }
    return content;
}

function kpiItem(kpi: KpiNode): HTMLElement {
    const item = el('li', 'kpi-item');
    const card = el('div', `card kpi-card health-${kpi.health}`);
    card.tabIndex = 0;
    card.dataset.key = kpiKey(kpi);
    revealable(card, kpi.source);

    const head = el('div', 'head');
    head.append(el('span', 'title', kpi.name), el('span', `health-word health-${kpi.health}`, HEALTH_LABEL[kpi.health] ?? kpi.health));
    if (kpi.trend) head.append(el('span', `trend trend-${kpi.trend}`, TREND_LABEL[kpi.trend] ?? kpi.trend));
    card.append(head);

    const meta = el('div', 'meta');
    meta.append(el('span', 'id', kpi.id));
    if (kpi.owner) meta.append(el('span', 'owner', kpi.owner));
    if (kpi.cadence) meta.append(el('span', 'cadence', kpi.cadence));
    card.append(meta);

    const readings = el('div', 'readings');
    readings.append(svgElement(readingSparkline(kpi)));
    const latest = Array.isArray(kpi.readings) ? kpi.readings.at(-1) : undefined;
    readings.append(el('span', 'range', `expected ${kpi.expected?.text ?? 'range not set'}`));
    readings.append(el('span', 'latest', latest ? `latest ${latest.text} on ${latest.date}` : 'no reading yet'));
    card.append(readings);

    const links = el('div', 'kpi-links');
    const okrs = Array.isArray(kpi.links) ? kpi.links : [];
    if (!okrs.length) links.append(el('span', 'empty', kpi.health === 'breached' ? 'No OKR moves it: the signal to write one.' : 'No OKR moves or guards it.'));
    okrs.forEach((link, index) => {
        const what = link.role === 'moves' ? `moved by KR ${link.keyResultTitle ?? link.keyResultId ?? ''}` : `guarded by ${link.objectiveTitle}`;
        const chip = el('span', `kpi-link role-${link.role}`, `${what} · ${link.cycle}`);
        chip.tabIndex = 0;
        chip.dataset.key = `${kpiKey(kpi)}/link/${index}`;
        chip.title = link.role === 'moves' ? `Key result of objective ${link.objectiveId} (${link.unit}, ${link.cycle})` : `Objective ${link.objectiveId} (${link.unit}, ${link.cycle})`;
        revealable(chip, link.source);
        links.append(chip);
    });
    card.append(links);
    item.append(card);
    return item;
}
