/**
 * User strings (titles, messages, paths, unit names) inside Markdown that GitHub renders: a
 * job summary, a PR comment. They must read as the text they are: no HTML (`<img onerror>`),
 * no emphasis or links from `**` or `[x](y)`, no table cell ended by `|`, no @-mention that
 * notifies someone, and no line break. Control characters are shown as escapes (`\n`, `\x1b`).
 */
import { visible } from 'okr-language';

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** CommonMark lets any ASCII punctuation be escaped with a backslash; GFM tables also honour `\|`. */
const PUNCTUATION = /[!"#$%'()*+,\-./:;=?[\\\]^_`{|}~]/g;

/** `text` as literal Markdown inline text, at most `maxChars` characters of it (then "…"). */
export function markdownText(text: string, maxChars = 200): string {
    return visible(truncate(text, maxChars))
        .replace(PUNCTUATION, char => `\\${char}`)
        .replace(/[&<>]/g, char => ENTITY[char])
        // A word joiner after @ keeps "@team" from notifying anyone.
        .replace(/@/g, '@&#8288;');
}

/** Cut at a character boundary, never inside a surrogate pair. */
function truncate(text: string, maxChars: number): string {
    if (text.length <= maxChars) return text;
    let end = maxChars - 1;
    if (/[\ud800-\udbff]/.test(text[end - 1] ?? '')) end--;
    return `${text.slice(0, end)}…`;
}
