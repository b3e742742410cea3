/**
 * Strings from a goals file in human-readable output. A `.okr` string may hold raw control
 * bytes, and its `\n`, `\r`, `\b` and `\0` escapes become real control characters. Printed as
 * they are, they clear a terminal, set its window title, rewrite a line with `\r`, or start a
 * new line in a CI log that the runner reads as a workflow command (`::error::`,
 * `::add-mask::`). Written as escapes instead, they stay visible and harmless.
 */

// C0 controls and DEL, C1 controls, the Unicode line and paragraph separators, and the bidi
// embeddings, overrides and isolates that can make text display in another order than it reads.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\0': '\\0' };

/** The text with every control character written as an escape (`\n`, `\x1b`, `\u202e`). */
export function visible(text: string): string {
    return text.replace(CONTROL, escape);
}

function escape(ch: string): string {
    const named = NAMED[ch];
    if (named) return named;
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** What JSON.stringify leaves raw inside strings (it escapes C0 itself; its own line breaks are layout). */
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON for a terminal or a log: also C1 controls, separators and bidi controls as `\u` escapes. */
export function terminalSafeJson(value: unknown, indent?: number): string {
    return JSON.stringify(value, null, indent).replace(RAW_IN_JSON, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
