#!/usr/bin/env node
/**
 * npm run gen -- --teams 200 --quarters 4 [--out DIR] [--seed S]   a workspace of .okr files
 * npm run gen -- --lines 10000 [--out FILE] [--seed S]             one file of about N lines
 * npm run gen -- --peers [--teams 100] [--out DIR]                 the peers' content and its YAML/JSON twins and schema
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { generatePeerContent, generateSingleFile, generateWorkspace, writeFiles } from './generate.mjs';

const USAGE = `usage: npm run gen -- --teams N --quarters Q [--out DIR] [--seed S] [--from 2026-Q1] [--today YYYY-MM-DD] [--merge-lines L]
       npm run gen -- --lines N [--quarters Q] [--out FILE] [--seed S] [--prefix P]
       npm run gen -- --peers [--teams N] [--out DIR] [--seed S] [--from 2026-Q1] [--today YYYY-MM-DD] [--prefix P]

Writes a synthetic organization in the .okr language: a company, departments and teams,
KPIs, 3-5 objectives per unit and quarter with key results and check-ins, aligned to the
level above, with a realistic sprinkling of warnings. The same seed gives the same files.

  --teams N        number of teams (departments: about one per six teams)
  --quarters Q     consecutive calendar quarters, starting at --from (default 2026-Q1;
                   single-file mode: 2, or 1 under 1,500 lines)
  --today DATE     the date check-ins stop at (default: six weeks into the last quarter)
  --merge-lines L  also put whole team blocks into one file of about L lines (merged/…)
  --lines N        single-file mode: one file of about N lines
  --prefix P       prefix every ID (to drop a generated file into another workspace)
  --peers          the content measured against yaml-language-server and ajv-cli: one
                   quarter, --teams teams (default 100) with 4 objectives of 4 KRs and
                   4 KPIs each, as goals.okr, and its twins goals.yaml and goals.json with
                   goals.schema.json, the JSON Schema of the rules a schema can express
  --out PATH       default: tmp/okr-org (folder) or tmp/okr-org.okr (file), both gitignored`;

function fail(message) {
    process.stderr.write(`gen: ${message}\n`);
    process.exit(2);
}

let values;
try {
    ({ values } = parseArgs({
        options: {
            teams: { type: 'string' }, quarters: { type: 'string' }, lines: { type: 'string' },
            out: { type: 'string' }, seed: { type: 'string' }, from: { type: 'string', default: '2026-Q1' },
            today: { type: 'string' }, prefix: { type: 'string', default: '' }, 'merge-lines': { type: 'string' },
            peers: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
        },
    }));
} catch (error) {
    fail(`${error.message}\n${USAGE}`);
}
if (values.help) {
    console.log(USAGE);
    process.exit(0);
}

const positive = (name, fallback) => {
    const raw = values[name] ?? fallback;
    const number = Number(raw);
    if (raw === undefined || !Number.isInteger(number) || number < 1) fail(`--${name} must be a positive whole number${raw === undefined ? '' : `, not "${raw}"`}\n${USAGE}`);
    return number;
};
if (values.prefix && !/^[_a-zA-Z]\w*$/.test(values.prefix)) fail(`--prefix must start an ID (letters, digits, _), not "${values.prefix}"`);

try {
    const common = { seed: values.seed ?? '1', from: values.from, today: values.today, prefix: values.prefix };
    if (values.peers) {
        if (values.lines !== undefined || values.quarters !== undefined || values['merge-lines'] !== undefined) fail(`--peers takes --teams, not --lines, --quarters or --merge-lines\n${USAGE}`);
        const result = generatePeerContent({ ...common, teams: values.teams === undefined ? undefined : positive('teams'), seed: values.seed });
        const out = values.out ?? 'tmp/okr-peers';
        writeFiles(out, result.files);
        report(out, result);
        console.log(`with its twins ${result.files.slice(1).map(file => file.path).join(', ')}`);
    } else if (values.lines !== undefined) {
        const result = generateSingleFile({ ...common, lines: positive('lines'), quarters: values.quarters === undefined ? undefined : positive('quarters') });
        const out = values.out ?? 'tmp/okr-org.okr';
        fs.mkdirSync(path.dirname(out), { recursive: true });
        fs.writeFileSync(out, result.files[0].text);
        report(out, result);
    } else {
        const mergeLines = values['merge-lines'] === undefined ? undefined : positive('merge-lines');
        const result = generateWorkspace({ ...common, teams: positive('teams'), quarters: positive('quarters'), mergeLines });
        const out = values.out ?? 'tmp/okr-org';
        writeFiles(out, result.files);
        report(out, result);
    }
} catch (error) {
    fail(error.message);
}

function report(out, { stats, today }) {
    const n = value => value.toLocaleString('en-US');
    console.log(`wrote ${n(stats.files)} file${stats.files === 1 ? '' : 's'}, ${n(stats.lines)} lines to ${out}: ${n(stats.units)} units, `
        + `${n(stats.objectives)} objectives, ${n(stats.keyResults)} key results, ${n(stats.kpis)} KPIs; check with --today ${today}`);
}
