/**
 * What a process costs, as the OS counts it (Linux /proc): CPU time and resident memory. The
 * bench measures the language server this way, from outside, so the figures include everything
 * the process does (GC and compiler threads too).
 */
import * as fs from 'node:fs';

/** CPU time (user + system, in ms) the process has used so far. */
export function cpuMs(pid) {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in clock ticks of 10 ms
}

/** Peak (VmHWM) and current (VmRSS) resident memory of the process, in MB. */
export function memoryMB(pid) {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = field => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { peakMB: kb('VmHWM') / 1024, currentMB: kb('VmRSS') / 1024 };
}
