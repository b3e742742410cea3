/**
 * One whole process, spawn to exit: wall time as the user waits for it, and from GNU time
 * (when /usr/bin/time exists) the child's CPU time (user + system, all threads) and peak
 * resident memory, figures that depend less on the machine's load than wall time does.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';

const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const TIME_MARK = 'OKR_BENCH_TIME';

/**
 * @param {string[]} command program and arguments
 * @returns {Promise<{ms: number, cpuMs?: number, peakMB?: number, code: number|null, stdout: string, stderr: string}>}
 *   stderr without GNU time's own lines
 */
export function timeProcess(command, { cwd } = {}) {
    return new Promise((resolve, reject) => {
        const started = performance.now();
        const child = TIME
            ? spawn(TIME, ['-f', `${TIME_MARK} %U %S %M`, ...command], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
            : spawn(command[0], command.slice(1), { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', chunk => { stdout += chunk; });
        child.stderr.on('data', chunk => { stderr += chunk; });
        child.on('error', reject);
        // The process's time ends when it exits; its output is complete once the pipes close.
        let ms;
        child.on('exit', () => { ms = performance.now() - started; });
        child.on('close', code => {
            ms ??= performance.now() - started;
            const timeLine = new RegExp(`${TIME_MARK} (\\S+) (\\S+) (\\d+)`).exec(stderr);
            stderr = stderr.replace(new RegExp(`.*${TIME_MARK}.*\\n?`), '').replace(/^Command exited with non-zero status \d+\n?/m, '');
            resolve({
                ms, code, stdout, stderr,
                cpuMs: timeLine ? (Number(timeLine[1]) + Number(timeLine[2])) * 1000 : undefined,
                peakMB: timeLine ? Number(timeLine[3]) / 1024 : undefined,
            });
        });
    });
}
