/** Where a diagnostic about a key result goes, and how messages name it. */
import type { KeyResult } from '../grammar/generated/ast.js';

/** Its ID when it has one, else its `kr` keyword: never the whole block. */
export function keyResultTarget(kr: KeyResult): { node: KeyResult; property: 'name' } | { node: KeyResult; keyword: 'kr' } {
    return kr.name ? { node: kr, property: 'name' } : { node: kr, keyword: 'kr' };
}

/** `Key result "ttfv"`, or `Key result "Launch the deck"` when it has no ID. */
export function keyResultLabel(kr: KeyResult): string {
    return `Key result ${keyResultName(kr)}`;
}

/** `"ttfv"` or `"Launch the deck"`, for the middle of a sentence. */
export function keyResultName(kr: KeyResult): string {
    return `"${kr.name ?? shortTitle(kr.title)}"`;
}

/** A title quoted in a message: its start is enough to find it, and a 1 MB title must not make a 1 MB message. */
export function shortTitle(title: string | undefined, length = 80): string {
    const text = title ?? '';
    return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
