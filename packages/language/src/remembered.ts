/**
 * A pure function of a string, remembered: a workspace repeats the same dates and titles many
 * times over, and every keystroke re-checks a whole file. Bounded, so that random text
 * (fuzzing, pasted data) cannot grow it without end.
 */
export function remembered<T>(compute: (text: string) => T, limit = 50_000): (text: string) => T {
    const results = new Map<string, T>();
    return text => {
        if (results.has(text)) return results.get(text)!;
        if (results.size >= limit) results.clear();
        const result = compute(text);
        results.set(text, result);
        return result;
    };
}
