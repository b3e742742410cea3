/**
 * Which key result a check-in is for: by ID across the workspace (IDs are unique per kind, so
 * an ID that names two is refused), or by a position in a document (the editor's cursor, a
 * code lens). A key result without an ID cannot be named by ID, and the refusal says so.
 */
import { AstUtils, GrammarUtils, type LangiumDocument } from 'langium';
import type { Position } from 'vscode-languageserver-types';
import { isKeyResult, type KeyResult } from '../../grammar/generated/ast.js';
import { visible } from '../../io/visible-text.js';
import { shortTitle } from '../../validation/report-target.js';
import type { Checked } from './check-in-input.js';

/** `goals.okr:12`: where a key result is, for messages. */
export type PlaceName = (kr: KeyResult) => string;

export function findKeyResultById(documents: Iterable<LangiumDocument>, id: string, placeOf: PlaceName): Checked<KeyResult> {
    const all = [...documents].flatMap(document => AstUtils.streamAst(document.parseResult.value).filter(isKeyResult).toArray());
    const wanted = id.trim();
    const named = all.filter(kr => kr.name === wanted);
    if (named.length === 1) return { ok: true, value: named[0] };
    if (named.length > 1) {
        const places = named.slice(0, 3).map(placeOf).join(', ') + (named.length > 3 ? ` and ${named.length - 3} more` : '');
        return { ok: false, problem: `the ID "${visible(wanted)}" names ${named.length} key results (${places}): give each its own ID (duplicate-id), then check in.` };
    }
    const untitled = all.filter(kr => !kr.name);
    const byTitle = untitled.find(kr => kr.title.trim().toLowerCase() === wanted.toLowerCase());
    if (byTitle) {
        return { ok: false, problem: `key result "${visible(shortTitle(byTitle.title))}" (${placeOf(byTitle)}) has no ID, so it cannot be checked in by ID: give it one (kr my_id "…"), or check it in from the editor.` };
    }
    const close = closestId(wanted, all.map(kr => kr.name).filter((name): name is string => !!name));
    const hint = close ? ` Did you mean "${visible(close)}"?` : '';
    const withoutId = untitled.length ? ` ${untitled.length} key result${untitled.length > 1 ? 's have' : ' has'} no ID and cannot be checked in by ID.` : '';
    return { ok: false, problem: `no key result has the ID "${visible(shortTitle(wanted, 60))}" in this workspace.${hint}${withoutId}` };
}

/** The key result whose text holds the position (the innermost, though key results do not nest). */
export function keyResultAt(document: LangiumDocument, position: Position): KeyResult | undefined {
    const offset = document.textDocument.offsetAt(position);
    return AstUtils.streamAst(document.parseResult.value)
        .filter(isKeyResult)
        .find(kr => !!kr.$cstNode && kr.$cstNode.offset <= offset && offset <= kr.$cstNode.end);
}

/** Where a key result's ID starts, or its `kr` keyword when it has none: where its lens and diagnostics point. */
export function keyResultPosition(kr: KeyResult): Position {
    const node = GrammarUtils.findNodeForProperty(kr.$cstNode, 'name') ?? GrammarUtils.findNodeForKeyword(kr.$cstNode, 'kr') ?? kr.$cstNode!;
    return node.range.start;
}

/** The ID a typo most likely meant: the nearest by edit distance, at most a third of its length away (one edit for short IDs). */
function closestId(typed: string, ids: string[]): string | undefined {
    // Nobody types an ID of hundreds of characters: no suggestion (and no quadratic work) for that.
    if (typed.length > 200) return undefined;
    let best: string | undefined;
    let bestDistance = Math.max(1, Math.floor(typed.length / 3)) + 1;
    for (const id of ids) {
        if (Math.abs(id.length - typed.length) >= bestDistance) continue;
        const distance = editDistance(typed.toLowerCase(), id.toLowerCase());
        if (distance < bestDistance) {
            best = id;
            bestDistance = distance;
        }
    }
    return best;
}

/** Edits (insert, delete, replace, swap two neighbours) from one text to the other. */
function editDistance(a: string, b: string): number {
    const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) rows[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
        }
    }
    return rows[a.length][b.length];
}
