/**
 * Cold start in a large workspace: an editor starts the server on a folder that holds a
 * 1,000-file workspace and restores an open file at once (didOpen right after `initialized`,
 * before any scan has finished). Per file, from the server's spawn (what the user waits for)
 * and from didOpen:
 *  - first:   the opened file's first diagnostics;
 *  - settled: the first publish for the file whose diagnostics are the ones it ends with (for
 *             a file with references into other files: when its cross-file diagnostics are right);
 *  - indexed: the server's last build notification (okr/workspaceChanged) before it goes idle:
 *             the whole workspace indexed and linked.
 * A fresh server per sample; the files alternate.
 */
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileUri, LspClient } from '../lsp-client.mjs';

const signature = diagnostics => JSON.stringify(diagnostics
    .map(d => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`).sort());

/**
 * @param {{serverPath: string, dir: string, files: {name: string, file: string}[], today: string, runs: number}} options
 */
export async function measureColdStart({ serverPath, dir, files, today, runs }) {
    const result = Object.fromEntries(files.map(({ name }) => [name, { first: [], firstFromOpen: [], settled: [], indexed: [], publishes: [], diagnostics: [] }]));
    for (let run = 0; run < runs; run++) {
        for (const { name, file } of run % 2 ? [...files].reverse() : files) {
            const text = fs.readFileSync(file, 'utf8');
            const client = new LspClient(serverPath, { today });
            const own = result[name];
            try {
                const spawned = performance.now();
                await client.initialize(dir);
                client.watch(fileUri(file));
                const sent = performance.now();
                const uri = client.open(file, text);
                const first = await client.diagnosticsFor(uri, sent);
                await client.cpuIdle();
                await client.idle(300);
                const history = client.watched.get(uri);
                const final = signature(history.at(-1).diagnostics);
                own.first.push(first - spawned);
                own.firstFromOpen.push(first - sent);
                own.settled.push(history.find(publish => signature(publish.diagnostics) === final).time - spawned);
                own.indexed.push(Math.max(client.builds.at(-1) ?? 0, history.at(-1).time) - spawned);
                own.publishes.push(history.length);
                own.diagnostics.push(history.at(-1).diagnostics.length);
                client.assertHealthy();
            } finally {
                await client.close();
            }
        }
    }
    return result;
}
