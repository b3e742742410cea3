/**
 * A small seeded random source (mulberry32). Every fuzz case gets its own stream derived from
 * the run's seed and the case's index, so one case can be replayed without running the others.
 */
export interface Random {
    /** An integer in [0, n). */
    int(n: number): number;
    /** An integer in [min, max]. */
    between(min: number, max: number): number;
    chance(probability: number): boolean;
    pick<T>(items: readonly T[]): T;
}

export function createRandom(seed: number): Random {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const int = (n: number) => Math.floor(next() * Math.max(1, n));
    return {
        int,
        between: (min, max) => min + int(max - min + 1),
        chance: probability => next() < probability,
        pick: items => items[int(items.length)],
    };
}

/** The seed of case `index` in a run seeded with `seed` (a 32-bit mix of both). */
export function caseSeed(seed: number, index: number): number {
    let h = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
    h ^= h >>> 16;
    h = Math.imul(h, 0x7feb352d);
    h ^= h >>> 15;
    return h >>> 0;
}
