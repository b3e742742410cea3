/** `okr check` as a user runs it: a whole `node okr.js check DIR` process, start to exit. */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';

export function cliAvailable(cliPath) {
    return fs.existsSync(cliPath) && fs.existsSync(cliPath.replace(/bin\/okr\.js$/, 'out/okr.cjs'))
        ? undefined : `${cliPath} or its bundle out/okr.cjs is missing (npm run build)`;
}

/** One run: wall time of the process and what it said, so a failed run is not mistaken for a fast one. */
export function runCheck(cliPath, dir, today) {
    return new Promise((resolve, reject) => {
        const started = performance.now();
        const child = spawn(process.execPath, [cliPath, 'check', dir, '--today', today, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', chunk => { stdout += chunk; });
        child.stderr.on('data', chunk => { stderr += chunk; });
        child.on('error', reject);
        child.on('exit', code => {
            const ms = performance.now() - started;
            if (code !== 0 && code !== 1) return reject(new Error(`okr check exited with ${code}: ${stderr.trim().split('\n')[0]}`));
            let summary;
            try {
                const report = JSON.parse(stdout);
                summary = { ...report.summary, files: report.files.length };
            } catch {
                return reject(new Error('okr check --format json did not print JSON'));
            }
            resolve({ ms, summary });
        });
    });
}

export async function measureCheck(cliPath, dir, today, runs) {
    const samples = [];
    let summary;
    for (let run = 0; run < runs; run++) {
        const result = await runCheck(cliPath, dir, today);
        samples.push(result.ms);
        summary = result.summary;
    }
    return { samples, summary };
}
