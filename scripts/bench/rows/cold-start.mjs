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
import { okrClient } from '../okr-server.mjs';
import { formatValue as fmt, measuredRow } from '../report.mjs';
import { summarize } from '../stats.mjs';
import { limitEntry } from '../targets.mjs';

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
            const client = okrClient(serverPath, { today, root: dir });
            const own = result[name];
            try {
                const spawned = performance.now();
                await client.initialize();
                const sent = performance.now();
                const uri = await client.open(file, text);
                const first = await client.publishedAfter(uri, sent);
                await client.cpuIdle();
                await client.idle(300);
                const history = client.published.get(uri);
                const final = signature(history.at(-1).diagnostics);
                own.first.push(first - spawned);
                own.firstFromOpen.push(first - sent);
                own.settled.push(history.find(publish => signature(publish.diagnostics) === final).time - spawned);
                own.indexed.push(Math.max(client.builds.at(-1) ?? 0, history.at(-1).time) - spawned);
                own.publishes.push(history.length);
                own.diagnostics.push(history.at(-1).diagnostics.length);
                client.assertHealthy();
            } finally {
                await client.stop();
            }
        }
    }
    return result;
}

/**
 * The bench's rows (spawn → first diagnostics, with the rest in the note) and issue 13's
 * entries (first diagnostics < 800 ms from spawn; the final diagnostics and the indexed
 * workspace beside them) for each file of `measureColdStart`.
 */
export function coldStartFigures(spec, files, result, { workspace, loadAverage }) {
    const median = values => summarize(values).median;
    const rows = files.map(({ name, label }, index) => {
        const r = result[name];
        return measuredRow({
            ...spec, id: `${spec.id}-${name}`, figure: index === 0 ? `${spec.figure}: ${label}` : `  … ${label}`, samples: r.first,
            details: Object.fromEntries(Object.entries(r).map(([key, values]) => [key, summarize(values)])),
            note: `didOpen → first diagnostics ${fmt(median(r.firstFromOpen), 'ms')}; final diagnostics ${fmt(median(r.settled), 'ms')} after spawn `
                + `(${median(r.publishes)} publish${median(r.publishes) === 1 ? '' : 'es'}); workspace indexed ${fmt(median(r.indexed), 'ms')} after spawn`,
        });
    });
    const entries = files.flatMap(({ name, label }) => [
        limitEntry({ id: `cold-${name}-first`, figure: `cold start, ${workspace}, ${label}: spawn → first diagnostics`, unit: 'ms', samples: result[name].first, target: 800, loadAverage }),
        limitEntry({ id: `cold-${name}-settled`, figure: '  … spawn → its final (cross-file) diagnostics', unit: 'ms', samples: result[name].settled, loadAverage }),
        limitEntry({ id: `cold-${name}-indexed`, figure: '  … spawn → the whole workspace indexed (server idle)', unit: 'ms', samples: result[name].indexed, loadAverage }),
    ]);
    return { rows, entries };
}
