/**
 * okr-language-server beside yaml-language-server on equal content (the `.okr` file and its
 * YAML twin), measured by the same code in the same run: runs alternate between the two
 * (okr first, then the peer first, …) so that drifting load hits both alike.
 *
 * A "side" is {name, file, makeClient(root), syntax, diagnostics?}: `diagnostics`, when known,
 * is the count every open must publish (for the peer: the count of the verified schema run).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { summarize } from '../stats.mjs';
import { planEdits } from './server.mjs';

const ordered = (sides, run) => (run % 2 ? [...sides].reverse() : sides);

function checkCount(side, diagnostics) {
    if (side.diagnostics !== undefined && diagnostics.length !== side.diagnostics) {
        throw new Error(`${side.name} published ${diagnostics.length} diagnostics where the verified run had ${side.diagnostics}`);
    }
}

/**
 * didOpen → the file's first diagnostics, a fresh server per sample, in two protocols:
 * `first`: the server started without a workspace folder, so the text it gets at didOpen is
 * the first it sees (both parse and check from scratch); `folder`: the server started on the
 * file's folder and gone idle first (okr has then scanned, parsed and linked the file).
 * Also the server's CPU time between didOpen and the diagnostics.
 */
export async function measurePeerOpen(sides, runs) {
    const result = Object.fromEntries(sides.map(side => [side.name, { first: [], folder: [], firstCpu: [], folderCpu: [] }]));
    for (let run = 0; run < runs; run++) {
        for (const side of ordered(sides, run)) {
            const text = fs.readFileSync(side.file, 'utf8');
            for (const mode of ['first', 'folder']) {
                const client = side.makeClient(mode === 'folder' ? path.dirname(side.file) : undefined);
                try {
                    await client.initialize();
                    await client.cpuIdle();
                    const cpuBefore = client.cpuMs();
                    const sent = performance.now();
                    const uri = await client.open(side.file, text);
                    const arrived = await client.publishedAfter(uri, sent);
                    result[side.name][mode].push(arrived - sent);
                    result[side.name][`${mode}Cpu`].push(client.cpuMs() - cpuBefore);
                    checkCount(side, client.diagnostics.get(uri));
                    client.assertHealthy();
                    result[side.name].diagnostics = client.diagnostics.get(uri).length;
                } finally {
                    await client.stop();
                }
            }
        }
    }
    return result;
}

/**
 * A server started on the file's folder with the file open, then `edits` small edits (after
 * 2 warm-up edits) of the same goals on both sides: didChange → the file's next diagnostics.
 * Each edit waits until the server is quiet before and after (typing, then pausing). Peak
 * RSS (VmHWM) at the end of each session; server CPU per edit.
 */
export async function measurePeerEdits(sides, { sessions, edits, onProgress = () => {} }) {
    const result = Object.fromEntries(sides.map(side => [side.name, { editMs: [], cpuPerEditMs: [], peakMB: [], lines: 0 }]));
    for (let session = 0; session < sessions; session++) {
        for (const side of ordered(sides, session)) {
            const client = side.makeClient(path.dirname(side.file));
            const own = result[side.name];
            try {
                await client.initialize();
                let text = fs.readFileSync(side.file, 'utf8');
                own.lines = text.split('\n').length;
                const uri = await client.open(side.file, text);
                await client.publishedAfter(uri, 0);
                await client.idle(300);
                const plan = planEdits(text, edits + 2, side.syntax);
                let cpuBefore = 0;
                for (let i = 0; i < plan.length; i++) {
                    if (i === 2) cpuBefore = client.cpuMs();
                    await client.idle(250);
                    const edit = plan[i](text);
                    const sent = performance.now();
                    client.edit(uri, edit.range, edit.text);
                    text = edit.result;
                    const arrived = await client.publishedAfter(uri, sent);
                    await client.idle(250);
                    if (i >= 2) own.editMs.push(arrived - sent);
                }
                own.cpuPerEditMs.push((client.cpuMs() - cpuBefore) / edits);
                client.assertHealthy();
                own.peakMB.push(client.memory().peakMB);
                onProgress(`${side.name} session ${session + 1}/${sessions}: edit median so far ${Math.round(summarize(own.editMs).median)} ms, peak ${Math.round(own.peakMB.at(-1))} MB`);
            } finally {
                await client.stop();
            }
        }
    }
    return result;
}
