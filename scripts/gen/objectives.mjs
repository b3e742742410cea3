/**
 * Objectives, key results and check-ins for every unit and quarter. Units come parents
 * first, so each objective can align to one of its parent's objectives of the same quarter
 * (the company's align to strategies). A few goals are deliberately weak, at rates that
 * resemble real OKR sets: activities written as KRs, objectives that only keep a level,
 * missing owners, unaligned objectives, stale check-ins.
 */
import { round } from './values.mjs';
import * as words from './vocabulary.mjs';

export function buildObjectives(context) {
    const { random, cycles, units, customCycle, shape } = context;
    const blocks = [];
    const previousTitles = new Map();
    const byUnitAndCycle = new Map();
    for (const cycle of cycles) {
        for (const unit of units) {
            if (shape && unit.kind !== 'team') continue;
            const parentObjectives = unit.parent ? byUnitAndCycle.get(`${unit.parent.id}/${cycle.literal}`) : undefined;
            const previous = previousTitles.get(unit.id) ?? [];
            const count = shape ? shape.objectives : random.chance(0.01) ? 6 : random.int(3, 5);
            const used = { titles: new Set(), kpis: new Set() };
            const objectives = [];
            for (let i = 0; i < count; i++) {
                objectives.push(buildObjective(context, unit, cycle, i, parentObjectives, previous, used));
            }
            previousTitles.set(unit.id, objectives.map(objective => objective.title));
            byUnitAndCycle.set(`${unit.id}/${cycle.literal}`, objectives);
            blocks.push({ unit, cycle, objectives });
        }
    }
    if (customCycle) {
        const team = customCycle.team;
        const overlapping = cycles.find(cycle => cycle.start <= customCycle.start && customCycle.start <= cycle.end);
        const parentObjectives = byUnitAndCycle.get(`${team.parent.id}/${overlapping.literal}`);
        const cycle = { ...customCycle, custom: customCycle.id, tag: 'audit' };
        const used = { titles: new Set(), kpis: new Set() };
        const objectives = [0, 1].map(i => buildObjective(context, team, cycle, i, parentObjectives, [], used));
        blocks.push({ unit: team, cycle, objectives });
    }
    return blocks;
}

function buildObjective(context, unit, cycle, index, parentObjectives, previousTitles, used) {
    const { random, strategies, uniqueId, shape } = context;
    const id = uniqueId(`${unit.base}_${cycle.tag}_${index + 1}`);
    const roll = random.next();
    const maintenance = roll < 0.02;
    let title;
    if (cycle.custom) title = words.AUDIT_OBJECTIVES[index % words.AUDIT_OBJECTIVES.length];
    else if (maintenance) title = random.pick(words.MAINTENANCE_OBJECTIVES);
    else if (roll < 0.04 && previousTitles.length > 0) title = random.pick(previousTitles);
    else {
        const pool = (unit.theme ?? random.pick(words.THEMES)).objectives;
        const fresh = pool.filter(t => !previousTitles.includes(t) && !used.titles.has(t));
        title = random.pick(fresh.length > 0 ? fresh : pool);
    }
    used.titles.add(title);

    let aligns = [];
    // In a fixed shape only teams have goals: they serve the strategies directly.
    if (unit.kind === 'company' || (shape && !parentObjectives)) {
        aligns = random.sample(strategies, random.chance(0.25) ? 2 : 1).map(s => s.id);
    } else if (parentObjectives?.length && !random.chance(0.04)) {
        aligns = random.sample(parentObjectives, random.chance(0.15) ? 2 : 1).map(o => o.id);
    }
    const healthyKpis = unit.kpis.filter(kpi => !kpi.breached);
    const guardrails = healthyKpis.length > 0 && random.chance(0.3) ? [random.pick(healthyKpis).id] : [];
    const keyResultCount = shape ? shape.keyResults : maintenance ? random.int(0, 1) : random.chance(0.01) ? 6 : random.int(2, 4);
    const committed = random.chance(0.2);
    const objective = {
        id, title, aligns, guardrails,
        commitment: committed ? 'committed' : random.chance(0.05) ? 'aspirational' : undefined,
        owner: random.chance(0.03) ? undefined : random.chance(0.6) ? unit.lead : context.person(),
        keyResults: [],
        initiatives: random.chance(0.08) ? [random.pick(words.INITIATIVES)] : [],
    };
    const usedMetrics = new Set();
    for (let k = 0; k < keyResultCount; k++) {
        objective.keyResults.push(buildKeyResult(context, unit, cycle, objective, k, usedMetrics, used.kpis, committed));
    }
    return objective;
}

/** `movedKpis`: a breached KPI is moved by at most one KR per unit and cycle. */
function buildKeyResult(context, unit, cycle, objective, index, usedMetrics, movedKpis, committed) {
    const { random, uniqueId, today } = context;
    const roll = random.next();
    if (roll < 0.03) {
        const title = random.pick(words.ACTIVITY_KEY_RESULTS);
        const count = /\b(\d+)\b/.exec(title)?.[1];
        const measure = count ? { type: 'to', to: Number(count) } : random.chance(0.6) ? { type: 'milestone' } : undefined;
        const done = cycle.end < today && random.chance(0.5);
        return {
            title, measure, metric: { kind: 'count', decimals: 0 }, form: 'block',
            id: uniqueId(`${objective.id}_kr${index + 1}`),
            checkins: done && measure?.type === 'milestone' ? [{ day: cycle.end - 5, done: true }] : [],
            initiatives: [], suppressed: random.chance(0.3) ? 'activity-key-result' : undefined,
        };
    }
    if (roll < 0.04) {
        return { title: `Improve how customers feel about ${random.pick(['onboarding', 'support', 'billing', 'the mobile app'])}`, form: 'line', checkins: [], initiatives: [] };
    }

    const movable = cycle.custom ? [] : unit.kpis.filter(kpi => kpi.breached && !movedKpis.has(kpi) && !usedMetrics.has(kpi.metric.id));
    const kpi = movable.length > 0 && random.chance(0.6) ? random.pick(movable) : undefined;
    if (kpi) movedKpis.add(kpi);
    const candidates = (unit.theme ?? random.pick(words.THEMES)).metrics.filter(metric => !usedMetrics.has(metric.id));
    const metric = kpi?.metric ?? random.pick(candidates.length > 0 ? candidates : unit.theme?.metrics ?? words.THEMES[0].metrics);
    usedMetrics.add(metric.id);
    const [low, high] = metric.healthy;
    const target = round(low + (high - low) * random.real(0.2, 0.8), metric.decimals);
    let from = kpi ? kpi.readings[kpi.readings.length - 1].value : round(random.real(...metric.baseline), metric.decimals);
    if (from === target) from = round(from + (metric.up ? -1 : 1) * 10 ** -metric.decimals, metric.decimals);
    const verb = random.pick(metric.up ? words.UP_VERBS : words.DOWN_VERBS);
    const qualifier = random.pick(words.QUALIFIERS);
    const formRoll = random.next();
    const targetOnly = !kpi && metric.up && metric.kind !== 'word' && formRoll < 0.1;
    const line = !kpi && !targetOnly && formRoll > 0.95;
    // A target-only KR has no written baseline, but its check-ins still start from somewhere.
    const measure = targetOnly ? { type: 'to', to: target, hiddenFrom: from } : { type: 'fromTo', from, to: target };
    return {
        id: line || random.chance(0.12) ? undefined : uniqueId(`${objective.id}_kr${index + 1}`),
        title: targetOnly ? `Get ${metric.phrase} to target${qualifier}` : `${verb} ${metric.phrase}${qualifier}`,
        measure, metric, form: line ? 'line' : 'block',
        moves: kpi?.id,
        owner: !line && random.chance(0.15) ? context.person() : undefined,
        weight: !line && random.chance(0.04) ? 2 : undefined,
        checkins: line ? [] : buildCheckins(random, cycle, today, measure, metric, committed),
        initiatives: line ? [] : Array.from({ length: random.chance(0.25) ? random.int(1, 2) : 0 },
            () => ({ title: random.pick(words.INITIATIVES), done: random.chance(0.4) })),
    };
}

/** Check-ins every two or three weeks up to the cycle's end or today; the last one may be stale. */
function buildCheckins(random, cycle, today, measure, metric, committed) {
    if (cycle.start > today) return [];
    const ended = cycle.end < today;
    let last = ended ? cycle.end - random.int(0, 6) : today - random.int(0, 9);
    if (!ended && random.chance(0.07)) last = today - random.int(16, 30);
    if (last < cycle.start + 3) return [];
    const days = [];
    const step = random.int(18, 28);
    for (let day = cycle.start + random.int(7, 14); day < last - 7; day += step) days.push(day);
    days.push(last);
    const elapsed = Math.min(1, (last - cycle.start) / (cycle.end - cycle.start));
    const finalProgress = ended
        ? (random.chance(0.08) ? 1 : random.real(committed ? 0.6 : 0.2, 0.95))
        : Math.min(1, elapsed * random.real(0.4, 1.4));
    const from = measure.type === 'fromTo' ? measure.from : measure.hiddenFrom ?? 0;
    return days.map((day, i) => {
        const progress = Math.max(0, finalProgress * (i + 1) / days.length + (i < days.length - 1 ? random.real(-0.05, 0.05) : 0));
        let value = round(from + (measure.to - from) * progress, metric.decimals);
        if (metric.kind === 'pct') value = Math.min(value, 100);
        const isLast = i === days.length - 1;
        return {
            day, value,
            confidence: isLast && random.chance(0.6) ? round(random.real(0.3, 0.9), 1) : undefined,
            note: isLast && random.chance(0.25) ? random.pick(words.NOTES) : undefined,
        };
    });
}
