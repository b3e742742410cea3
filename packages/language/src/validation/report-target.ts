/** Where a diagnostic about an element goes: its ID when it has one, else its keyword. */
import type { KeyResult } from '../generated/ast.js';

export function keyResultTarget(kr: KeyResult): { node: KeyResult; property: 'name' } | { node: KeyResult; keyword: 'kr' } {
    return kr.name ? { node: kr, property: 'name' } : { node: kr, keyword: 'kr' };
}

/** `kr ttfv` or `kr "Launch the deck"`, for messages. */
export function keyResultLabel(kr: KeyResult): string {
    return kr.name ? `Key result "${kr.name}"` : `Key result "${kr.title}"`;
}
