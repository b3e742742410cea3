/**
 * Writes an organization (see organization.mjs) in the .okr language, either as a
 * workspace — org.okr, kpis/<department>.okr, <quarter>/<unit>.okr — or as one file.
 */
import { formatMeasure, formatRange, formatValue, isoOf } from './values.mjs';

/**
 * @param {ReturnType<import('./organization.mjs').buildOrganization>} org
 * @param {{layout?: 'files'|'single', mergeLines?: number}} options
 * @returns {{path: string, text: string}[]}
 */
export function renderOrganization(org, { layout = 'files', mergeLines } = {}) {
    const kpiFiles = [org.company, ...org.departments].map(unit => ({
        path: `kpis/${unit.base}.okr`,
        units: [unit, ...unit.children.filter(child => child.kind === 'team')],
    }));
    const okrFiles = org.okrBlocks.map(block => ({
        path: block.cycle.custom ? `audit/${block.unit.base}.okr` : `${block.cycle.literal}/${block.unit.base}.okr`,
        block,
        text: renderOkrBlock(block),
    }));
    if (layout === 'single') {
        const parts = [renderStructure(org), ...kpiFiles.map(file => renderKpiBlocks(file.units)), ...okrFiles.map(file => file.text)];
        return [{ path: `${org.company.base}.okr`, text: parts.join('\n') }];
    }
    const files = [
        { path: 'org.okr', text: renderStructure(org) },
        ...kpiFiles.map(file => ({ path: file.path, text: `// KPIs of ${file.units[0].title} and its teams: no cycle, they persist.\n\n${renderKpiBlocks(file.units)}` })),
    ];
    const merged = mergeLines ? mergeTeamFiles(okrFiles, mergeLines) : undefined;
    for (const file of okrFiles) {
        if (!merged?.sources.has(file)) files.push({ path: file.path, text: `// ${file.block.unit.title}, ${file.block.cycle.literal ?? file.block.cycle.title}.\n\n${file.text}` });
    }
    if (merged) files.push(merged.file);
    return files;
}

/** One large file made of whole team blocks, for the "edit in a big file" benchmark. */
function mergeTeamFiles(okrFiles, lines) {
    const sources = new Set();
    const parts = [];
    let count = 0;
    for (const file of okrFiles.filter(f => f.block.unit.kind === 'team' && !f.block.cycle.custom)) {
        if (count >= lines) break;
        sources.add(file);
        parts.push(file.text);
        count += lineCount(file.text) + 1;
    }
    const first = [...sources][0].block.unit;
    return { sources, file: { path: `merged/${first.parent.base}-teams.okr`, text: `// Every team's OKRs in one file.\n\n${parts.join('\n')}`, merged: true } };
}

export const lineCount = text => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

const quote = text => `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

function renderStructure(org) {
    const out = [`// The structure of ${org.company.title}: it rarely changes.`, ''];
    const unitLine = unit => `${unit.kind} ${unit.id} ${quote(unit.title)}${unit.parent ? ` in ${unit.parent.id}` : ''} { lead ${quote(unit.lead)} }`;
    out.push(unitLine(org.company), '');
    for (const department of org.departments) {
        out.push(unitLine(department));
        for (const team of department.children) out.push(unitLine(team));
        out.push('');
    }
    for (const team of org.company.children.filter(child => child.kind === 'team')) out.push(unitLine(team));
    out.push('');
    for (const strategy of org.strategies) out.push(`strategy ${strategy.id} ${quote(strategy.statement)}`);
    if (org.customCycle) {
        const cycle = org.customCycle;
        out.push('', '// The audit does not follow the calendar quarters.', `cycle ${cycle.id} ${quote(cycle.title)} from ${isoOf(cycle.start)} to ${isoOf(cycle.end)}`);
    }
    return `${out.join('\n')}\n`;
}

function renderKpiBlocks(units) {
    const out = [];
    for (const unit of units) {
        out.push(`kpis ${unit.id} {`);
        for (const kpi of unit.kpis) {
            out.push(`  kpi ${kpi.id} ${quote(kpi.metric.name)} {`);
            if (kpi.owner) out.push(`    owner ${quote(kpi.owner)}`);
            if (kpi.definition) out.push(`    definition ${quote(kpi.definition)}`);
            if (kpi.hasRange) out.push(`    expected ${formatRange(kpi.metric, kpi.expected)}`);
            if (kpi.cadence) out.push(`    cadence ${kpi.cadence}`);
            for (const reading of kpi.readings) out.push(`    reading ${isoOf(reading.day)} = ${formatValue(kpi.metric, reading.value, false)}`);
            out.push('  }');
        }
        out.push('}', '');
    }
    return out.join('\n');
}

function renderOkrBlock({ unit, cycle, objectives }) {
    const out = [`okrs ${unit.id} ${cycle.custom ?? cycle.literal} {`];
    objectives.forEach((objective, index) => {
        if (index > 0) out.push('');
        out.push(`  ${objective.commitment ? `${objective.commitment} ` : ''}objective ${objective.id} ${quote(objective.title)} {`);
        if (objective.owner) out.push(`    owner ${quote(objective.owner)}`);
        if (objective.aligns.length) out.push(`    aligns ${objective.aligns.join(', ')}`);
        if (objective.guardrails.length) out.push(`    guardrails ${objective.guardrails.join(', ')}`);
        for (const kr of objective.keyResults) out.push(...renderKeyResult(kr));
        for (const initiative of objective.initiatives) out.push(`    initiative ${quote(initiative)}`);
        out.push('  }');
    });
    out.push('}', '');
    return out.join('\n');
}

function renderKeyResult(kr) {
    const head = `kr ${kr.id ? `${kr.id} ` : ''}${quote(kr.title)}`;
    const lines = kr.suppressed ? [`    // okr-disable-next-line ${kr.suppressed}`] : [];
    if (kr.form === 'line') return [...lines, `    ${head}${kr.measure ? ` ${formatMeasure(kr.metric, kr.measure)}` : ''}`];
    lines.push(`    ${head} {`);
    if (kr.measure) lines.push(`      ${formatMeasure(kr.metric, kr.measure)}`);
    if (kr.owner) lines.push(`      owner ${quote(kr.owner)}`);
    if (kr.moves) lines.push(`      moves ${kr.moves}`);
    if (kr.weight) lines.push(`      weight ${kr.weight}`);
    for (const checkin of kr.checkins) {
        const value = checkin.done ? 'done' : formatValue(kr.metric, checkin.value, false);
        const confidence = checkin.confidence !== undefined ? ` confidence ${checkin.confidence}` : '';
        lines.push(`      checkin ${isoOf(checkin.day)} = ${value}${confidence}${checkin.note ? ` ${quote(checkin.note)}` : ''}`);
    }
    for (const initiative of kr.initiatives) lines.push(`      initiative ${quote(initiative.title)}${initiative.done ? ' done' : ''}`);
    lines.push('    }');
    return lines;
}
