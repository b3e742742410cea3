/**
 * The generated data the benchmarks run on, written under bench-results/data (git-ignored).
 * Same seeds every run, so figures are comparable across commits.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generatePeerContent, generatePeerContentOfLines, generateSingleFile, generateWorkspace, writeFiles } from '../gen/generate.mjs';

const SEED = 'bench';

/**
 * The team count whose generated figure (files, objectives) is closest to `target`: the
 * figure grows with teams, with some noise, so a bisection finds a close one quickly.
 */
function closest(make, figure, target, maxTeams) {
    let low = 1;
    let high = maxTeams;
    let best;
    while (low <= high) {
        const mid = Math.floor((low + high) / 2);
        const result = make(mid);
        if (!best || Math.abs(figure(result) - target) < Math.abs(figure(best) - target)) best = result;
        if (figure(result) < target) low = mid + 1; else high = mid - 1;
    }
    return best;
}

const workspaceOfFiles = (files, quarters, extra = {}) =>
    closest(teams => generateWorkspace({ teams, quarters, seed: SEED, ...extra }), r => r.stats.files, files, Math.ceil(files / quarters) + 2);

/**
 * @param {string} root
 * @param {{lineScaling?: boolean, coldStart?: boolean}} [options] also the sets of one file of
 *   ~1k/10k/50k lines (lineScaling), and the 1,000-file workspace with the peers' file in it (coldStart)
 */
export function prepareDatasets(root, { lineScaling = true, coldStart = true } = {}) {
    fs.mkdirSync(root, { recursive: true });
    const write = (name, generated) => {
        const dir = path.join(root, name);
        writeFiles(dir, generated.files);
        return { dir, ...generated.stats, today: generated.today, files: generated.files.length, paths: generated.files.map(f => f.path), merged: generated.files.find(f => f.merged)?.path };
    };
    const sets = {};
    // okr check and the server on ~1,000 files / ~100k lines, one of them a ~2,000-line file.
    const ws1000 = workspaceOfFiles(1000, 4, { mergeLines: 2000 });
    sets.ws1000 = write('ws1000', ws1000);
    sets.ws100 = write('ws100', workspaceOfFiles(100, 4));
    sets.ws10 = write('ws10', workspaceOfFiles(10, 2));
    // One 10k-line file on its own.
    sets.single10k = write('single10k', generateSingleFile({ lines: 10000, seed: SEED }));
    // One quarter with ~300 objectives for the preview.
    sets.preview300 = write('preview300', closest(teams => generateWorkspace({ teams, quarters: 1, seed: SEED }), r => r.stats.objectives, 300, 100));

    // The peers' content (issue 13): 100 teams × 4 objectives × 4 KRs, 400 KPIs. The .okr file
    // alone in its folder; its YAML and JSON twins and their schema in another.
    const peers = generatePeerContent();
    const okrFile = peers.files.find(f => f.path.endsWith('.okr'));
    const okr = write('peers/okr', { ...peers, files: [okrFile] });
    const twin = write('peers/twin', { ...peers, files: peers.files.filter(f => f !== okrFile) });
    const twinFile = ext => path.join(twin.dir, peers.files.find(f => f.path.endsWith(ext)).path);
    sets.peers = {
        ...okr, file: path.join(okr.dir, okrFile.path),
        twinDir: twin.dir, yamlFile: twinFile('.yaml'), jsonFile: twinFile('.json'), schemaFile: twinFile('.schema.json'),
        yamlLines: peers.files.find(f => f.path.endsWith('.yaml')).text.split('\n').length,
    };
    sets.empty = write('empty', { files: [{ path: 'empty.okr', text: '' }], stats: { lines: 0 }, today: peers.today });

    if (coldStart) {
        // The same goals (IDs prefixed, so nothing clashes) in a folder that also holds the 1,000-file workspace.
        const prefixed = generatePeerContent({ prefix: 'p_' }).files.find(f => f.path.endsWith('.okr'));
        const stats = { ...ws1000.stats, lines: ws1000.stats.lines + peers.stats.lines };
        sets.coldws = write('coldws', { ...ws1000, stats, files: [...ws1000.files, { path: `peers/${prefixed.path}`, text: prefixed.text }] });
        sets.coldws.peerFile = path.join(sets.coldws.dir, 'peers', prefixed.path);
    }
    if (lineScaling) {
        for (const lines of [1000, 10000, 50000]) {
            const generated = generatePeerContentOfLines({ lines, name: `lines${lines / 1000}k` });
            const file = generated.files.find(f => f.path.endsWith('.okr'));
            const set = write(`lines${lines / 1000}k`, { ...generated, files: [file] });
            sets[`lines${lines / 1000}k`] = { ...set, file: path.join(set.dir, file.path) };
        }
        // The file a server warms up on before the measured open; its IDs clash with none.
        const warm = generatePeerContentOfLines({ lines: 1000, prefix: 'w_', name: 'warm' }).files.find(f => f.path.endsWith('.okr'));
        sets.warm = { ...write('warm', { files: [warm], stats: {}, today: peers.today }), file: path.join(root, 'warm', warm.path) };
    }
    return sets;
}
