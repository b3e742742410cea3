/**
 * Language-server figures, measured from a separate client process over stdio, the way an
 * editor sees them: didOpen → first diagnostics of that file; didChange → the next
 * diagnostics of the edited file; peak resident memory of the server process from the OS.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { okrClient } from '../okr-server.mjs';
import { summarize } from '../stats.mjs';

const median = samples => summarize(samples)?.median ?? NaN;

/**
 * Opening one large file, as in an editor: the server starts with the file's folder as its
 * workspace (so it has parsed and linked the file, as VS Code's server does), goes idle, then
 * the file is opened. Also measured: `unseen`, a server busy with another workspace
 * (`otherDir`) opening the file from elsewhere, so it parses, links and checks it from scratch;
 * and `cold`, a server without workspace, the file being the first it sees. A fresh server per run.
 */
export async function measureOpen({ serverPath, file, today, runs, nodeArgs, otherDir }) {
    const text = fs.readFileSync(file, 'utf8');
    const result = { samples: [], unseen: [], cold: [], startup: [] };
    const modes = otherDir ? ['workspace', 'unseen', 'cold'] : ['workspace', 'cold'];
    const folderOf = { workspace: path.dirname(file), unseen: otherDir, cold: undefined };
    for (let run = 0; run < runs; run++) {
        for (const mode of modes) {
            const client = okrClient(serverPath, { today, nodeArgs, root: folderOf[mode] });
            try {
                const spawned = performance.now();
                await client.initialize();
                if (mode === 'workspace') result.startup.push(await client.cpuIdle() - spawned);
                else await client.cpuIdle();
                const sent = performance.now();
                const uri = await client.open(file, text);
                (mode === 'workspace' ? result.samples : result[mode]).push(await client.publishedAfter(uri, sent) - sent);
                result.diagnostics = client.diagnostics.get(uri)?.length;
                client.assertHealthy();
            } finally {
                await client.stop();
            }
        }
    }
    return result;
}

/**
 * A server indexing a whole workspace, then edits in one of its files. Each edit waits until
 * the server has gone quiet after the previous one (a user typing, then pausing), so each
 * sample is one edit's latency, not a backlog.
 */
export async function measureWorkspace({ serverPath, dir, editFile, today, sessions, edits, nodeArgs, onProgress = () => {} }) {
    const files = listOkrFiles(dir).length;
    const result = { criticalUs: [], cpuPerEditMs: [], readyMs: [], startSettledMs: [], peakAfterStartMB: [], editMs: [], settleMs: [], republished: [], peakMB: [], currentMB: [], files };
    for (let session = 0; session < sessions; session++) {
        const client = okrClient(serverPath, { today, nodeArgs, root: dir });
        try {
            // An editor starting in the workspace with the file already open: the server indexes
            // every file (Langium links but does not validate unopened files), then checks the open one.
            const spawned = performance.now();
            await client.initialize();
            let text = fs.readFileSync(editFile, 'utf8');
            const uri = await client.open(editFile, text);
            result.readyMs.push(await client.publishedAfter(uri, spawned) - spawned);
            await client.idle(300);
            result.startSettledMs.push(client.lastPublish - spawned);
            result.peakAfterStartMB.push(client.memory().peakMB);
            const plan = planEdits(text, edits + 2);
            let cpuBefore = 0;
            for (let i = 0; i < plan.length; i++) {
                // Monotonic clock, the one CPU profiles use: lets profile.mjs keep only the edits.
                if (i === 2) {
                    result.editWindowUs = [Number(process.hrtime.bigint() / 1000n)];
                    cpuBefore = client.cpuMs();
                }
                await client.idle(250);
                const edit = plan[i](text);
                const before = new Map([...client.published].map(([u, publishes]) => [u, publishes.length]));
                const sent = performance.now();
                const sentUs = Number(process.hrtime.bigint() / 1000n);
                client.edit(uri, edit.range, edit.text);
                text = edit.result;
                const arrived = await client.publishedAfter(uri, sent);
                if (i >= 2) result.criticalUs.push([sentUs, sentUs + Math.round((arrived - sent) * 1000)]);
                await client.idle(250);
                // The first two edits warm up code paths the open did not use.
                if (i < 2) continue;
                result.editMs.push(arrived - sent);
                result.settleMs.push(client.lastPublish - sent);
                result.republished.push([...client.published].filter(([u, publishes]) => u !== uri && publishes.length > (before.get(u) ?? 0)).length);
            }
            result.editWindowUs?.push(Number(process.hrtime.bigint() / 1000n));
            // Server CPU per edit, re-checks of other files included: independent of the machine's load.
            result.cpuPerEditMs.push((client.cpuMs() - cpuBefore) / edits);
            client.assertHealthy();
            const memory = client.memory();
            result.peakMB.push(memory.peakMB);
            result.currentMB.push(memory.currentMB);
            onProgress(`session ${session + 1}/${sessions}: ${files} files, first diagnostics after ${Math.round(result.readyMs.at(-1))} ms, edit median so far ${Math.round(median(result.editMs))} ms, peak ${Math.round(memory.peakMB)} MB`);
        } finally {
            await client.stop();
        }
    }
    return result;
}

export function listOkrFiles(dir) {
    return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter(entry => entry.isFile() && entry.name.endsWith('.okr'))
        .map(entry => path.join(entry.parentPath ?? entry.path, entry.name));
}

/** Where the edits go in each syntax: check-in lines, objective title lines, and a check-in's number. */
export const EDITS_IN = {
    okr: { checkin: /^\s*checkin \S+ = -?[$€£¥]?\d/, title: /^\s*(committed |aspirational )?objective \S+ "/, value: /= -?[$€£¥]?(\d+)/ },
    // The twin (scripts/gen/twin.mjs): a check-in `- { date: "…", value: 41 … }` (a KPI reading is less indented)
    // and an objective's `title: "…"` line (a key result's is more indented).
    yaml: { checkin: /^ {14}- \{ date: "[^"]*", value: -?\d/, title: /^ {8}title: "/, value: /value: -?(\d+)/ },
};

/**
 * Small edits a user makes while keeping goals current: bump a check-in value (most edits)
 * or reword an objective title, at places spread over the file. Each step maps the current
 * text to {range, text, result}. The twin gets the same edits of the same goals: its check-ins
 * and objectives come in the same order.
 */
export function planEdits(text, count, syntax = EDITS_IN.okr) {
    const lines = text.split('\n');
    const checkins = lines.flatMap((line, index) => syntax.checkin.test(line) ? [index] : []);
    const titles = lines.flatMap((line, index) => syntax.title.test(line) ? [index] : []);
    const steps = [];
    for (let i = 0; i < count; i++) {
        const titleEdit = i % 4 === 3 && titles.length > 0;
        const pool = titleEdit ? titles : checkins;
        const line = pool[Math.floor((i * 7919) % pool.length)];
        steps.push(current => titleEdit ? rewordTitle(current, line) : bumpValue(current, line, syntax.value));
    }
    return steps;
}

function replaceInLine(text, lineIndex, start, end, replacement) {
    const lines = text.split('\n');
    const line = lines[lineIndex];
    lines[lineIndex] = line.slice(0, start) + replacement + line.slice(end);
    return { range: { start: { line: lineIndex, character: start }, end: { line: lineIndex, character: end } }, text: replacement, result: lines.join('\n') };
}

function bumpValue(text, lineIndex, value) {
    const line = text.split('\n')[lineIndex];
    const match = value.exec(line);
    const start = match.index + match[0].length - match[1].length;
    return replaceInLine(text, lineIndex, start, start + match[1].length, String(Number(match[1]) + 1));
}

function rewordTitle(text, lineIndex) {
    const line = text.split('\n')[lineIndex];
    const close = line.indexOf('"', line.indexOf('"') + 1);
    return line.slice(0, close).endsWith(' now')
        ? replaceInLine(text, lineIndex, close - 4, close, '')
        : replaceInLine(text, lineIndex, close, close, ' now');
}
