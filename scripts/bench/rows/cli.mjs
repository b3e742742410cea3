/** `okr check` as a user runs it: a whole `node okr.js check DIR` process, start to exit. */
import * as fs from 'node:fs';
import { timeProcess } from '../timed-process.mjs';

export function cliAvailable(cliPath) {
    const bundles = ['out/okr.cjs', 'out/okr-engine.cjs'].map(bundle => cliPath.replace(/bin\/okr\.js$/, bundle));
    return [cliPath, ...bundles].every(file => fs.existsSync(file))
        ? undefined : `${cliPath} or its bundles out/okr.cjs, out/okr-engine.cjs are missing (npm run build)`;
}

/** One run: wall time of the process and what it said, so a failed run is not mistaken for a fast one. */
export async function runCheck(cliPath, dir, today) {
    const { ms, cpuMs, peakMB, code, stdout, stderr } = await timeProcess([process.execPath, cliPath, 'check', dir, '--today', today, '--format', 'json']);
    if (code !== 0 && code !== 1) throw new Error(`okr check exited with ${code}: ${stderr.trim().split('\n')[0]}`);
    // A check that crashed inside validation is not a measurement of a working check.
    if (/error/i.test(stderr)) throw new Error(`okr check printed errors: ${stderr.trim().split('\n')[0].slice(0, 200)}`);
    let summary;
    try {
        const report = JSON.parse(stdout);
        summary = { ...report.summary, files: report.files.length };
    } catch {
        throw new Error('okr check --format json did not print JSON');
    }
    return { ms, cpuMs, peakMB, summary };
}

export async function measureCheck(cliPath, dir, today, runs) {
    const samples = [];
    const cpu = [];
    const peak = [];
    let summary;
    for (let run = 0; run < runs; run++) {
        const result = await runCheck(cliPath, dir, today);
        samples.push(result.ms);
        if (result.cpuMs !== undefined) cpu.push(result.cpuMs);
        if (result.peakMB !== undefined) peak.push(result.peakMB);
        summary = result.summary;
    }
    return { samples, cpu, peak, summary };
}
