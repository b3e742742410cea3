/**
 * A CST leaf that computes its LSP range from its offset when asked instead of storing it.
 * Langium 4.1 keeps a range for every token — three objects and four boxed numbers, about a
 * third of the heap of a 1,000-file workspace — although few are ever read (diagnostics,
 * hovers, symbols). The range is the same as Langium's: the end lies just after the token's
 * last character, on that character's line. Lines are indexed once per parse.
 */
import { LeafCstNodeImpl, type RootCstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';

const lineStartsOfRoot = new WeakMap<RootCstNode, number[]>();

/** Offsets where lines start; `\r\n`, `\r` and `\n` end a line, as in the lexer. */
function lineStarts(root: RootCstNode): number[] {
    let starts = lineStartsOfRoot.get(root);
    if (!starts) {
        const text = root.fullText;
        starts = [0];
        for (let i = 0; i < text.length; i++) {
            const code = text.charCodeAt(i);
            if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
            if (code === 13 || code === 10) starts.push(i + 1);
        }
        lineStartsOfRoot.set(root, starts);
    }
    return starts;
}

function lineAt(starts: number[], offset: number): number {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= offset) low = middle;
        else high = middle - 1;
    }
    return low;
}

/** Passed to the base constructor, never read: `range` is computed. */
const COMPUTED = undefined as unknown as Range;

export class OffsetRangeLeafCstNode extends LeafCstNodeImpl {
    constructor(offset: number, length: number, tokenType: LeafCstNodeImpl['tokenType'], hidden: boolean) {
        super(offset, length, COMPUTED, tokenType, hidden);
    }

    override get range(): Range {
        const starts = lineStarts(this.root);
        const last = this.offset + Math.max(this.length, 1) - 1;
        const startLine = lineAt(starts, this.offset);
        const endLine = lineAt(starts, last);
        return {
            start: { character: this.offset - starts[startLine], line: startLine },
            end: { character: last - starts[endLine] + 1, line: endLine },
        };
    }
}
