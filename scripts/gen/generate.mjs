/**
 * The generator's programmatic interface, used by `npm run gen`, the benchmarks and the
 * determinism test: a workspace of many files, or one file of about N lines.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildOrganization } from './organization.mjs';
import { lineCount, renderOrganization } from './render.mjs';
import { renderTwinJson, renderTwinYaml, twinOf } from './twin.mjs';
import { renderTwinSchema } from './twin-schema.mjs';
import { isoOf, quartersFrom } from './values.mjs';

/** Marks a folder the generator may empty before writing into it again. */
export const MARKER = '.okr-generated';

/**
 * A synthetic organization as files.
 * @param {{teams: number, quarters: number, seed?: string|number, from?: string, today?: string, prefix?: string, mergeLines?: number}} options
 */
export function generateWorkspace(options) {
    const org = buildOrganization(withDay(options));
    const files = renderOrganization(org, { layout: 'files', mergeLines: options.mergeLines });
    return { files, today: isoOf(org.today), stats: statsOf(org, files) };
}

/**
 * One self-contained file of about `lines` lines: as many teams as it takes.
 * @param {{lines: number, quarters?: number, seed?: string|number, from?: string, today?: string, prefix?: string}} options
 */
export function generateSingleFile({ lines, quarters = lines < 1500 ? 1 : 2, ...rest }) {
    const render = teams => {
        const org = buildOrganization(withDay({ ...rest, teams, quarters }));
        const [file] = renderOrganization(org, { layout: 'single' });
        return { files: [file], today: isoOf(org.today), stats: statsOf(org, [file]) };
    };
    // Lines grow about linearly with teams, with noise (each count draws a new organization):
    // refine the estimate a few times, then keep the closest of the neighbours.
    const miss = result => Math.abs(result.stats.lines - lines);
    let teams = 4;
    let best = render(teams);
    const tried = new Map([[teams, best]]);
    const attempt = count => {
        if (count < 1 || tried.has(count)) return;
        const result = render(count);
        tried.set(count, result);
        if (miss(result) < miss(best)) [teams, best] = [count, result];
    };
    for (let i = 0; i < 4; i++) attempt(Math.max(1, Math.round(teams * lines / best.stats.lines)));
    for (let delta = -3; delta <= 3; delta++) attempt(teams + delta);
    return best;
}

/** The shape of the content measured against the peers (issue 13): per team, 4 objectives of 4 KRs, and 4 KPIs. */
export const PEER_SHAPE = { objectives: 4, keyResults: 4, kpis: 4 };

/**
 * One quarter's goals of `teams` teams in the peers' shape, as one `.okr` file and its twins:
 * the same goals as YAML and JSON, and the JSON Schema of the rules a schema can express.
 * "Today" defaults to 13 days into the quarter: most key results have their first check-in,
 * and none is stale yet.
 * @param {{teams?: number, seed?: string|number, from?: string, today?: string, prefix?: string, name?: string}} options
 */
export function generatePeerContent({ teams = 100, name = 'goals', from = '2026-Q1', seed = 'peers', today, prefix } = {}) {
    today ??= isoOf(quartersFrom(from, 1)[0].start + 13);
    const org = buildOrganization(withDay({ seed, prefix, from, today, teams, quarters: 1, shape: PEER_SHAPE }));
    const [okr] = renderOrganization(org, { layout: 'single' });
    const twin = twinOf(org);
    const files = [
        { path: `${name}.okr`, text: okr.text },
        { path: `${name}.yaml`, text: renderTwinYaml(twin, `The goals of ${name}.okr as YAML, checked against ${name}.schema.json.`) },
        { path: `${name}.json`, text: renderTwinJson(twin) },
        { path: `${name}.schema.json`, text: renderTwinSchema() },
    ];
    return { files, today, stats: { ...statsOf(org, [okr]), teams: org.teams.length } };
}

/** Peer-shaped content of about `lines` lines in its `.okr` file: as many teams as it takes (about 133 lines each). */
export function generatePeerContentOfLines({ lines, ...rest }) {
    const make = teams => generatePeerContent({ ...rest, teams });
    let best = make(Math.max(1, Math.round(lines / 133)));
    for (let i = 0; i < 3; i++) {
        const next = make(Math.max(1, Math.round(best.stats.teams * lines / best.stats.lines)));
        if (Math.abs(next.stats.lines - lines) >= Math.abs(best.stats.lines - lines)) break;
        best = next;
    }
    return best;
}

/** Writes files under `dir`, first emptying it if an earlier run of the generator made it. */
export function writeFiles(dir, files) {
    if (fs.existsSync(dir)) {
        const entries = fs.readdirSync(dir);
        if (entries.length > 0 && !entries.includes(MARKER)) {
            throw new Error(`${dir} is not empty and was not made by the generator; choose another --out`);
        }
        fs.rmSync(dir, { recursive: true, force: true });
    }
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, MARKER), 'Made by `npm run gen`; rewritten on the next run.\n');
    for (const file of files) {
        const target = path.join(dir, file.path);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, file.text);
    }
}

function withDay(options) {
    const today = options.today;
    if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`--today must be a date as YYYY-MM-DD, not "${today}"`);
    return { ...options, today: today === undefined ? undefined : Date.parse(`${today}T00:00:00Z`) / 86_400_000 };
}

function statsOf(org, files) {
    const objectives = org.okrBlocks.flatMap(block => block.objectives);
    return {
        files: files.length,
        lines: files.reduce((sum, file) => sum + lineCount(file.text), 0),
        units: org.units.length,
        objectives: objectives.length,
        keyResults: objectives.reduce((sum, objective) => sum + objective.keyResults.length, 0),
        kpis: org.units.reduce((sum, unit) => sum + unit.kpis.length, 0),
    };
}
