/** Summaries of timing samples: median, 95th percentile (nearest rank), spread. */
export function summarize(samples) {
    const sorted = [...samples].sort((a, b) => a - b);
    const n = sorted.length;
    if (n === 0) return undefined;
    const rank = p => sorted[Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1))];
    const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    return { n, median, p95: rank(0.95), min: sorted[0], max: sorted[n - 1], mean: sorted.reduce((a, b) => a + b, 0) / n };
}

export const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/** Runs `measure` `runs` times, one after the other, and collects the numbers it returns. */
export async function repeat(runs, measure) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await measure(i));
    return samples;
}
