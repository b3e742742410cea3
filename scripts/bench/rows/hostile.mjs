/**
 * The hostile-input families of test/hostile at about 1 MB each (scripts/bench/hostile-cases.mjs):
 * `okr check` time per MB of input for each, and a keystroke's edit → diagnostics in the
 * language server on the slowest family's file. Budgets (issue: nothing a goals repository
 * contains can hang okr): under 1 s per MB for the CLI, under 300 ms per keystroke for the server.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { alignmentLoop, duplicateIds, longTitles, nestedUnclosed } from '../hostile-cases.mjs';
import { okrClient } from '../okr-server.mjs';
import { runCheck } from './cli.mjs';

const MB = 1024 * 1024;

/** Each family sized to about 1 MB: elements × bytes per element. */
const FAMILIES = {
    'alignment loop': () => alignmentLoop(11_500),
    'duplicate IDs': () => duplicateIds(12_000),
    'nested unclosed blocks': () => nestedUnclosed(21_000),
    'long titles': () => longTitles(MB / 2),
};

export function writeHostileCases(dir) {
    return Object.entries(FAMILIES).map(([name, make]) => {
        const folder = path.join(dir, name.replace(/\s+/g, '-'));
        fs.mkdirSync(folder, { recursive: true });
        const file = path.join(folder, 'goals.okr');
        const text = make();
        fs.writeFileSync(file, text);
        return { name, folder, file, bytes: Buffer.byteLength(text) };
    });
}

/** Per family: wall and CPU time of `okr check`, and both per MB of input. */
export async function measureHostileCli(cliPath, cases, today, runs) {
    const results = [];
    for (const hostile of cases) {
        const samples = [];
        const cpu = [];
        for (let run = 0; run < runs; run++) {
            const result = await runCheck(cliPath, hostile.folder, today);
            samples.push(result.ms);
            if (result.cpuMs !== undefined) cpu.push(result.cpuMs);
        }
        const megabytes = hostile.bytes / MB;
        results.push({ ...hostile, samples, cpu, perMB: samples.map(ms => ms / megabytes) });
    }
    return results;
}

/** Keystrokes in the file: one character typed into a title, then the next, each waiting for its diagnostics. */
export async function measureHostileServer(serverPath, hostile, today, edits, nodeArgs) {
    const client = okrClient(serverPath, { today, nodeArgs, root: hostile.folder });
    const samples = [];
    // Monotonic µs from each keystroke to its diagnostics: lets profile.mjs keep only those samples.
    const windowUs = [];
    try {
        await client.initialize();
        const text = fs.readFileSync(hostile.file, 'utf8');
        const uri = await client.open(hostile.file, text);
        await client.publishedAfter(uri, 0, 300_000);
        await client.idle(300, 300_000);
        // Typing at the end of the third line (inside the first objective of every family).
        const lines = text.split('\n');
        const line = 2;
        const character = Math.min(lines[line].length, 40);
        for (let i = 0; i < edits + 2; i++) {
            const sent = performance.now();
            const sentUs = Number(process.hrtime.bigint() / 1000n);
            client.edit(uri, { start: { line, character: character + i }, end: { line, character: character + i } }, 'x');
            const arrived = await client.publishedAfter(uri, sent, 300_000);
            await client.idle(250, 300_000);
            if (i >= 2) {
                samples.push(arrived - sent);
                windowUs.push([sentUs, sentUs + Math.round((arrived - sent) * 1000)]);
            }
        }
        client.assertHealthy();
        return { samples, windowUs, peakMB: client.memory().peakMB };
    } finally {
        await client.stop();
    }
}
