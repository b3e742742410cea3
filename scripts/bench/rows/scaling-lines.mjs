/**
 * Scaling with the size of one file (peer-shaped content of ~1k, ~10k and ~50k lines, each
 * alone in its folder): time per line for the CLI and the server, and how much it grows
 * from the smallest size to the largest. Linear work keeps the time per line flat.
 *
 * CLI: `okr check` on the file minus `okr check` on an empty file in the same round, so the
 *      fixed start-up (which would make small files look expensive per line and hide any
 *      growth) is not counted; wall and CPU time.
 * Server: a server without workspace, warmed up on another file (opened, checked, closed) so
 *      that JIT warm-up is not charged to the small size; then didOpen → diagnostics of the
 *      file (parse, link and check from scratch), server CPU for it, edit → diagnostics
 *      median, and the memory the file adds (peak RSS at the end − RSS before the open).
 *
 * Fixed costs (JIT warm-up, lazily built tables) weigh most at the smallest size, so the
 * growth of the time per line can stay below 1 even where the work is not linear; the
 * marginal growth compares the cost of each added line instead: (t50k − t10k)/(n50k − n10k)
 * over (t10k − t1k)/(n10k − n1k).
 */
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { okrClient } from '../okr-server.mjs';
import { summarize } from '../stats.mjs';
import { growthEntry } from '../targets.mjs';
import { runCheck } from './cli.mjs';
import { planEdits } from './server.mjs';

const median = values => summarize(values)?.median;

async function measureCli({ cliPath, set, emptyDir, runs }) {
    const work = [];
    const cpuWork = [];
    const whole = [];
    for (let round = 0; round < runs; round++) {
        const pair = round % 2 ? ['empty', 'file'] : ['file', 'empty'];
        const runsOf = {};
        for (const which of pair) runsOf[which] = await runCheck(cliPath, which === 'file' ? set.dir : emptyDir, set.today);
        whole.push(runsOf.file.ms);
        work.push(runsOf.file.ms - runsOf.empty.ms);
        if (runsOf.file.cpuMs !== undefined) cpuWork.push(runsOf.file.cpuMs - runsOf.empty.cpuMs);
    }
    return { wholeMs: median(whole), workMs: median(work), cpuWorkMs: median(cpuWork) };
}

async function measureServer({ serverPath, set, warmFile, sessions, edits }) {
    const open = [];
    const openCpu = [];
    const edit = [];
    const added = [];
    const text = fs.readFileSync(set.file, 'utf8');
    for (let session = 0; session < sessions; session++) {
        const client = okrClient(serverPath, { today: set.today });
        try {
            await client.initialize();
            const warm = await client.open(warmFile, fs.readFileSync(warmFile, 'utf8'));
            await client.publishedAfter(warm, 0);
            client.close(warm);
            await client.cpuIdle();
            const before = client.memory().currentMB;
            const cpuBefore = client.cpuMs();
            const sent = performance.now();
            const uri = await client.open(set.file, text);
            open.push(await client.publishedAfter(uri, sent) - sent);
            openCpu.push(client.cpuMs() - cpuBefore);
            let current = text;
            const plan = planEdits(current, edits + 1);
            for (let i = 0; i < plan.length; i++) {
                await client.idle(250);
                const step = plan[i](current);
                const at = performance.now();
                client.edit(uri, step.range, step.text);
                current = step.result;
                const arrived = await client.publishedAfter(uri, at);
                if (i > 0) edit.push(arrived - at);
            }
            await client.idle(250);
            client.assertHealthy();
            added.push(client.memory().peakMB - before);
        } finally {
            await client.stop();
        }
    }
    return { openMs: median(open), openCpuMs: median(openCpu), editMs: median(edit), addedMB: median(added) };
}

/**
 * @param {{cliPath: string, serverPath: string, sets: {name: string, dir: string, file: string, lines: number, today: string}[],
 *   emptyDir: string, warmFile: string, runs: number, sessions: number, edits: number, onProgress?: (m: string) => void}} options
 */
export async function measureLineScaling({ cliPath, serverPath, sets, emptyDir, warmFile, runs, sessions, edits, onProgress = () => {} }) {
    const points = [];
    for (const set of sets) {
        onProgress(`scaling: ${set.lines.toLocaleString('en-US')} lines`);
        const point = { name: set.name, lines: set.lines };
        try {
            point.cli = await measureCli({ cliPath, set, emptyDir, runs });
        } catch (error) {
            point.cliError = `failed: ${error.message.split('\n')[0]}`;
        }
        try {
            point.server = await measureServer({ serverPath, set, warmFile, sessions, edits });
        } catch (error) {
            point.serverError = `failed: ${error.message.split('\n')[0]}`;
        }
        points.push(point);
    }
    return { points, growth: growthOf(points) };
}

/** The figures compared per line, with the number they are divided by. */
export const PER_LINE = [
    ['cli', 'workMs', 'okr check above start-up (wall)'],
    ['cli', 'cpuWorkMs', 'okr check above start-up (CPU)'],
    ['server', 'openMs', 'server: didOpen → diagnostics (wall)'],
    ['server', 'openCpuMs', 'server: didOpen → diagnostics (CPU)'],
    ['server', 'editMs', 'server: edit → diagnostics (median)'],
    ['server', 'addedMB', 'server: memory the file adds'],
];

/** A growth factor only from positive figures: a difference to the empty file at or below 0 is noise, not a cost. */
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && a > 0 && b > 0 ? a / b : undefined);

/**
 * For each figure: per line at the largest size over per line at the smallest (`part.key`),
 * and the marginal growth (`part.key.marginal`): cost per added line between the two largest
 * sizes over that between the two smallest.
 */
export function growthOf(points) {
    if (points.length < 2) return {};
    const [small, middle, large] = [points[0], points.at(-2), points.at(-1)];
    const value = (point, part, key) => point[part]?.[key];
    return Object.fromEntries(PER_LINE.flatMap(([part, key]) => [
        [`${part}.${key}`, ratio(value(large, part, key) / large.lines, value(small, part, key) / small.lines)],
        [`${part}.${key}.marginal`, points.length < 3 ? undefined : ratio(
            (value(large, part, key) - value(middle, part, key)) / (large.lines - middle.lines),
            (value(middle, part, key) - value(small, part, key)) / (middle.lines - small.lines))],
    ]));
}

/** Issue 13's entries: the growth of the time per line, ≤ 1.5× from 1k to 50k lines, CLI and server. */
export function lineScalingEntries({ growth }, loadAverage) {
    return [
        growthEntry({ id: 'scaling-cli', figure: 'scaling 1k → 50k lines: okr check time per line (above start-up), growth', value: growth['cli.workMs'], target: 1.5, loadAverage }),
        growthEntry({ id: 'scaling-cli-cpu', figure: '  … the same in CPU time', value: growth['cli.cpuWorkMs'], loadAverage }),
        growthEntry({ id: 'scaling-server', figure: '  … server didOpen → diagnostics per line, growth', value: growth['server.openMs'], target: 1.5, loadAverage }),
        growthEntry({ id: 'scaling-cli-marginal', figure: '  … okr check, cost per added line, 10k→50k over 1k→10k', value: growth['cli.workMs.marginal'], loadAverage }),
        growthEntry({ id: 'scaling-server-marginal', figure: '  … server didOpen, cost per added line, 10k→50k over 1k→10k', value: growth['server.openMs.marginal'], loadAverage }),
    ];
}
