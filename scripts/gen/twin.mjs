/**
 * The YAML (and JSON) twin of an organization: the same goals as the `.okr` file renders,
 * as plain data, for the tools a team would use instead (yaml-language-server with a JSON
 * Schema, ajv-cli). Built from the same organization model as render.mjs, so both hold the
 * same units, strategies, KPIs, readings, objectives, key results, check-ins and initiatives.
 * Values are numbers; the unit a `.okr` file writes on each value (`41%`, `$2.4M`, `12 days`)
 * is one `unit` field of the KPI or key result.
 */
import { Document, isCollection, visit } from 'yaml';
import { isoOf, round } from './values.mjs';

/** The unit the `.okr` text writes with a metric's values, or undefined for a bare count. */
export function unitOf(metric) {
    switch (metric.kind) {
        case 'pct': return '%';
        case 'money': return `${metric.prefix ?? '$'}${metric.scale ?? ''}`;
        case 'word': return metric.unit;
        default: return undefined;
    }
}

/** Drops undefined fields and empty lists, as a person writing the YAML would leave them out. */
const compact = object => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)));

const value = (metric, number) => round(number, metric.decimals);

function expectedOf(kpi) {
    if (!kpi.hasRange) return undefined;
    const { type, lo, hi } = kpi.expected;
    if (type === 'atLeast') return { atLeast: value(kpi.metric, lo) };
    if (type === 'atMost') return { atMost: value(kpi.metric, hi) };
    return { min: value(kpi.metric, lo), max: value(kpi.metric, hi) };
}

function measureOf(kr) {
    if (!kr.measure) return undefined;
    if (kr.measure.type === 'milestone') return { milestone: true };
    if (kr.measure.type === 'to') return { to: value(kr.metric, kr.measure.to) };
    return { from: value(kr.metric, kr.measure.from), to: value(kr.metric, kr.measure.to) };
}

function keyResultOf(kr) {
    return compact({
        id: kr.id, title: kr.title, measure: measureOf(kr),
        unit: kr.measure && kr.measure.type !== 'milestone' ? unitOf(kr.metric) : undefined,
        owner: kr.owner, moves: kr.moves, weight: kr.weight,
        checkins: kr.checkins.map(checkin => compact({
            date: isoOf(checkin.day), value: checkin.done ? 'done' : value(kr.metric, checkin.value),
            confidence: checkin.confidence, note: checkin.note,
        })),
        initiatives: kr.initiatives.map(initiative => compact({ title: initiative.title, done: initiative.done || undefined })),
    });
}

/** @param {ReturnType<import('./organization.mjs').buildOrganization>} org */
export function twinOf(org) {
    const unit = u => compact({ id: u.id, name: u.title, in: u.parent?.id, lead: u.lead });
    return compact({
        company: unit(org.company),
        departments: org.departments.map(unit),
        teams: org.teams.map(unit),
        strategies: org.strategies.map(strategy => ({ id: strategy.id, statement: strategy.statement })),
        cycles: org.customCycle ? [{ id: org.customCycle.id, name: org.customCycle.title, from: isoOf(org.customCycle.start), to: isoOf(org.customCycle.end) }] : undefined,
        // In the order render.mjs writes them: each of the company and departments, then its teams.
        kpis: [org.company, ...org.departments].flatMap(u => [u, ...u.children.filter(child => child.kind === 'team')]).filter(u => u.kpis.length > 0).map(u => ({
            unit: u.id,
            kpis: u.kpis.map(kpi => compact({
                id: kpi.id, name: kpi.metric.name, owner: kpi.owner, definition: kpi.definition,
                unit: unitOf(kpi.metric), expected: expectedOf(kpi), cadence: kpi.cadence,
                readings: kpi.readings.map(reading => ({ date: isoOf(reading.day), value: value(kpi.metric, reading.value) })),
            })),
        })),
        okrs: org.okrBlocks.map(block => ({
            unit: block.unit.id,
            cycle: block.cycle.custom ?? block.cycle.literal,
            objectives: block.objectives.map(objective => compact({
                id: objective.id, title: objective.title, commitment: objective.commitment, owner: objective.owner,
                aligns: objective.aligns, guardrails: objective.guardrails,
                keyResults: objective.keyResults.map(keyResultOf),
                initiatives: objective.initiatives,
            })),
        })),
    });
}

/**
 * YAML as a person writes it: block style, with the small records (a unit, a check-in, a
 * reading, a measure, a range, a list of IDs) on one line each in flow style; every string double-quoted
 * (so no date, `on` or `no` turns into another type under YAML 1.1 readers such as
 * ajv-cli's); no line folding.
 */
export function renderTwinYaml(twin, header) {
    const document = new Document(twin);
    visit(document, {
        Map(_, node) {
            if (node.items.every(pair => !isCollection(pair.value))) node.flow = true;
        },
        Seq(_, node) {
            if (node.items.every(item => !isCollection(item))) node.flow = true;
        },
    });
    if (header) document.commentBefore = ` ${header}`;
    return document.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
}

export const renderTwinJson = twin => `${JSON.stringify(twin, null, 2)}\n`;
