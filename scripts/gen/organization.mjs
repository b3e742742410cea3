/**
 * Builds a synthetic organization as plain data: company → departments → teams, their
 * KPIs, and for every unit and quarter 3–5 objectives aligned to the level above, with
 * key results, check-ins and a realistic sprinkling of weak goals. `render.mjs` writes it
 * out in the language. Everything is drawn from one seeded random source, so a seed
 * always gives the same organization.
 */
import { createRandom } from './random.mjs';
import { humanize, inRange, quartersFrom, round } from './values.mjs';
import * as words from './vocabulary.mjs';
import { buildObjectives } from './objectives.mjs';

/**
 * `shape` fixes the counts instead of drawing them (the content measured against the peers):
 * only teams carry goals and KPIs, `objectives` per team and cycle, `keyResults` per objective,
 * `kpis` per team, objectives aligned to the strategies, no custom cycle.
 * @param {{teams: number, quarters: number, seed?: string|number, from?: string, today?: number, prefix?: string,
 *   shape?: {objectives: number, keyResults: number, kpis: number}}} options
 */
export function buildOrganization({ teams, quarters, seed = 1, from = '2026-Q1', today, prefix = '', shape }) {
    const random = createRandom(seed);
    const cycles = quartersFrom(from, quarters);
    const last = cycles[cycles.length - 1];
    // Default "today": six weeks into the last quarter, so earlier quarters have ended.
    const day = today ?? last.start + 41;
    const person = () => `${random.pick(words.FIRST_NAMES)} ${random.pick(words.LAST_NAMES)}`;
    const ids = new Set();
    const unprefixed = id => id.slice(prefix.length);
    const uniqueId = base => {
        let id = `${prefix}${base}`;
        for (let n = 2; ids.has(id); n++) id = `${prefix}${base}_${n}`;
        ids.add(id);
        return id;
    };

    const [companyId, companyName] = random.pick(words.COMPANIES);
    const company = { kind: 'company', id: uniqueId(companyId), base: companyId, title: companyName, lead: person(), theme: undefined, children: [] };
    const themes = random.shuffle([...words.THEMES]);
    const departmentCount = Math.max(1, Math.round(teams / 6));
    const departments = [];
    for (let i = 0; i < departmentCount; i++) {
        const theme = themes[i % themes.length];
        const [segment, segmentTitle] = words.SEGMENTS[Math.floor(i / themes.length) % words.SEGMENTS.length];
        const id = uniqueId(segment ? `${segment}_${theme.id}` : theme.id);
        const title = segment ? `${segmentTitle} ${theme.title}` : theme.title;
        const department = { kind: 'department', id, base: unprefixed(id), title, lead: person(), theme, parent: company, children: [] };
        company.children.push(department);
        departments.push(department);
    }
    const teamUnits = [];
    // Each department draws team names without repeating until its theme's list runs out.
    const namesLeft = new Map();
    const nextName = (parent, theme) => {
        let left = namesLeft.get(parent);
        if (!left?.length) namesLeft.set(parent, left = random.shuffle([...theme.teams]));
        return left.pop();
    };
    for (let i = 0; i < teams; i++) {
        // About one team in twenty reports straight to the company.
        const direct = teams > 3 && random.chance(0.05);
        const parent = direct ? company : departments[i % departments.length];
        const theme = parent.theme ?? random.pick(words.THEMES);
        const name = nextName(parent, theme);
        const id = uniqueId(name);
        const suffix = id.slice(prefix.length + name.length).replace('_', ' ');
        const team = { kind: 'team', id, base: unprefixed(id), title: `${humanize(name)} team${suffix}`, lead: person(), theme, parent, children: [] };
        parent.children.push(team);
        teamUnits.push(team);
    }
    const units = [company, ...departments, ...teamUnits];
    const strategies = random.sample(words.STRATEGIES, random.int(3, 4)).map(([id, statement]) => ({ id: uniqueId(id), statement }));

    for (const unit of units) {
        unit.kpis = !shape ? buildKpis(unit, random, person, uniqueId, day) : unit.kind === 'team' ? buildKpis(unit, random, person, uniqueId, day, shape.kpis) : [];
    }

    // A custom cycle for an audit that does not follow the quarters, used by one team.
    const auditTeam = teamUnits.find(team => team.theme.id === 'operations') ?? teamUnits[0];
    const customCycle = !shape && teams >= 8 && auditTeam
        ? { id: uniqueId('audit_window'), title: 'Security audit window', start: cycles[0].start + 45, end: Math.min(cycles[0].end + 75, last.end), team: auditTeam }
        : undefined;

    const okrBlocks = buildObjectives({ random, cycles, units, strategies, customCycle, today: day, person, uniqueId, shape });
    return { company, departments, teams: teamUnits, units, strategies, customCycle, cycles, today: day, okrBlocks };
}

function buildKpis(unit, random, person, uniqueId, today, count) {
    const metrics = unit.theme ? unit.theme.metrics : words.THEMES.map(theme => theme.metrics[0]);
    const owner = unit.lead;
    return random.sample(metrics, count ?? random.int(2, unit.kind === 'company' ? 5 : 4)).map(metric => {
        const [lo, hi] = metric.healthy;
        const expected = metric.up && metric.kind === 'pct' && hi >= 100 ? { type: 'atLeast', lo, hi }
            : !metric.up && lo === 0 ? { type: 'atMost', lo, hi }
            : random.chance(0.25) ? (metric.up ? { type: 'atLeast', lo, hi } : { type: 'atMost', lo, hi })
            : { type: 'between', lo, hi };
        const cadence = random.pick(['weekly', 'monthly', 'monthly', 'quarterly']);
        // About one KPI in six has breached its range: the signal to write an OKR.
        const breached = random.chance(0.17);
        const span = hi - lo;
        const step = cadence === 'weekly' ? 7 : cadence === 'monthly' ? 30 : 91;
        const readings = [];
        const count = random.int(2, 4);
        for (let i = count - 1; i >= 0; i--) {
            const inside = lo + span * random.real(0.15, 0.85);
            const margin = span || Math.max(1, Math.abs(hi) * 0.2);
            const outside = metric.up ? lo - margin * random.real(0.1, 0.5) : hi + margin * random.real(0.1, 0.5);
            let value = round(breached && i === 0 ? outside : inside, metric.decimals);
            if (metric.kind === 'pct') value = Math.min(value, 100);
            if (breached && i === 0 && inRange(expected, value)) value = round(metric.up ? lo - margin * 0.3 - 1 : hi + margin * 0.3 + 1, metric.decimals);
            readings.push({ day: today - 3 - i * step - random.int(0, 2), value: Math.max(0, value) });
        }
        return {
            id: uniqueId(`${unit.base}_${metric.id}`), unit, metric, expected, readings,
            breached: !inRange(expected, readings[readings.length - 1].value),
            owner: random.chance(0.02) ? undefined : (random.chance(0.7) ? owner : person()),
            definition: random.chance(0.06) ? undefined : metric.definition,
            cadence: random.chance(0.03) ? undefined : cadence,
            hasRange: !random.chance(0.02),
        };
    });
}
