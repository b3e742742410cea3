/**
 * The generated data the benchmarks run on, written under bench-results/data (git-ignored).
 * Same seeds every run, so figures are comparable across commits.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateSingleFile, generateWorkspace, writeFiles } from '../gen/generate.mjs';

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

export function prepareDatasets(root) {
    fs.mkdirSync(root, { recursive: true });
    const write = (name, generated) => {
        const dir = path.join(root, name);
        writeFiles(dir, generated.files);
        return { dir, ...generated.stats, today: generated.today, files: generated.files.length, paths: generated.files.map(f => f.path), merged: generated.files.find(f => f.merged)?.path };
    };
    const sets = {};
    // okr check and the server on ~1,000 files / ~100k lines, one of them a ~2,000-line file.
    sets.ws1000 = write('ws1000', workspaceOfFiles(1000, 4, { mergeLines: 2000 }));
    sets.ws100 = write('ws100', workspaceOfFiles(100, 4));
    sets.ws10 = write('ws10', workspaceOfFiles(10, 2));
    // One 10k-line file on its own.
    sets.single10k = write('single10k', generateSingleFile({ lines: 10000, seed: SEED }));
    // One quarter with ~300 objectives for the preview.
    sets.preview300 = write('preview300', closest(teams => generateWorkspace({ teams, quarters: 1, seed: SEED }), r => r.stats.objectives, 300, 100));
    return sets;
}
