/** `okr check` as a user runs it: a whole `node okr.js check DIR` process, start to exit. */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';

export function cliAvailable(cliPath) {
    return fs.existsSync(cliPath) && fs.existsSync(cliPath.replace(/bin\/okr\.js$/, 'out/okr.cjs'))
        ? undefined : `${cliPath} or its bundle out/okr.cjs is missing (npm run build)`;
}

/** GNU time reports the child's CPU time and peak memory: figures that do not depend on the machine's load. */
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const TIME_MARK = 'OKR_BENCH_TIME';

/** One run: wall time of the process and what it said, so a failed run is not mistaken for a fast one. */
export function runCheck(cliPath, dir, today) {
    return new Promise((resolve, reject) => {
        const command = [process.execPath, cliPath, 'check', dir, '--today', today, '--format', 'json'];
        const started = performance.now();
        const child = TIME
            ? spawn(TIME, ['-f', `${TIME_MARK} %U %S %M`, ...command], { stdio: ['ignore', 'pipe', 'pipe'] })
            : spawn(command[0], command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', chunk => { stdout += chunk; });
        child.stderr.on('data', chunk => { stderr += chunk; });
        child.on('error', reject);
        child.on('exit', code => {
            const ms = performance.now() - started;
            const timeLine = new RegExp(`${TIME_MARK} (\\S+) (\\S+) (\\d+)`).exec(stderr);
            stderr = stderr.replace(/.*OKR_BENCH_TIME.*\n?/, '').replace(/^Command exited with non-zero status \d+\n?/m, '');
            const cpuMs = timeLine ? (Number(timeLine[1]) + Number(timeLine[2])) * 1000 : undefined;
            const peakMB = timeLine ? Number(timeLine[3]) / 1024 : undefined;
            if (code !== 0 && code !== 1) return reject(new Error(`okr check exited with ${code}: ${stderr.trim().split('\n')[0]}`));
            // A check that crashed inside validation is not a measurement of a working check.
            if (/error/i.test(stderr)) return reject(new Error(`okr check printed errors: ${stderr.trim().split('\n')[0].slice(0, 200)}`));
            let summary;
            try {
                const report = JSON.parse(stdout);
                summary = { ...report.summary, files: report.files.length };
            } catch {
                return reject(new Error('okr check --format json did not print JSON'));
            }
            resolve({ ms, cpuMs, peakMB, summary });
        });
    });
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
