/**
 * A pure function of a string, remembered: a workspace repeats the same dates and titles many
 * times over, and every keystroke re-checks a whole file. Bounded both in entries and in the
 * characters it keeps, so that random text (fuzzing, pasted data, a 100 KB title edited a
 * thousand times) cannot grow it without end.
 */
export interface MemoLimits {
    /** Entries kept before starting over. */
    entries?: number;
    /** Characters of keys kept before starting over. */
    characters?: number;
    /** Longer keys are computed every time, not kept. */
    longestKey?: number;
}

export function remembered<T>(compute: (text: string) => T, { entries = 50_000, characters = 2_000_000, longestKey = 4_096 }: MemoLimits = {}): (text: string) => T {
    const results = new Map<string, T>();
    let kept = 0;
    return text => {
        const known = results.get(text);
        if (known !== undefined || results.has(text)) return known as T;
        const result = compute(text);
        if (text.length > longestKey) return result;
        if (results.size >= entries || kept + text.length > characters) {
            results.clear();
            kept = 0;
        }
        results.set(text, result);
        kept += text.length;
        return result;
    };
}
