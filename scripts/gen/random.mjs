/**
 * A small seeded random source, so a seed always gives the same organization
 * (Math.random cannot be seeded). mulberry32: fast, 32-bit state, good enough for test data.
 */
export function createRandom(seed) {
    let state = hashSeed(String(seed)) >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const random = {
        next,
        /** An integer in [min, max], both included. */
        int: (min, max) => min + Math.floor(next() * (max - min + 1)),
        /** A number in [min, max). */
        real: (min, max) => min + next() * (max - min),
        chance: probability => next() < probability,
        pick: items => items[Math.floor(next() * items.length)],
        /** `count` different items, in random order. */
        sample: (items, count) => random.shuffle([...items]).slice(0, count),
        shuffle: items => {
            for (let i = items.length - 1; i > 0; i--) {
                const j = Math.floor(next() * (i + 1));
                [items[i], items[j]] = [items[j], items[i]];
            }
            return items;
        },
    };
    return random;
}

/** FNV-1a over the seed text: "42", "acme" and 42 are all fine seeds. */
function hashSeed(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193);
    }
    return hash;
}
