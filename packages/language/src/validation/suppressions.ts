/**
 * ESLint-style suppression comments:
 *   // okr-disable-next-line CODE[, CODE]   the next line
 *   // okr-disable-line CODE                this line
 *   // okr-disable CODE                     from here to `// okr-enable CODE` or the end of the file
 * No code means every code; text after ` -- ` is a reason and is ignored.
 */
import type { Range } from 'vscode-languageserver-types';
import { AstUtils, CstUtils, type AstNode, type CstNode } from 'langium';
import { isDiagnosticCode } from '../config/catalog.js';

export interface Suppression {
    kind: 'next-line' | 'line' | 'region';
    /** Empty: every code. */
    codes: string[];
    /** Lines it covers (0-based, inclusive). */
    fromLine: number;
    toLine: number;
    range: Range;
    /** Codes listed that are not diagnostic codes. */
    unknownCodes: string[];
}

const DIRECTIVE = /^(?:\/\/|\/\*)\s*okr-(disable-next-line|disable-line|disable|enable)\b([^*]*)/;

function codesOf(text: string): string[] {
    const withoutReason = text.split(/\s--\s|\s--$/)[0];
    return withoutReason.split(/[\s,]+/).map(c => c.trim()).filter(Boolean);
}

export function findSuppressions(root: AstNode): Suppression[] {
    const cst = root.$cstNode;
    const text = AstUtils.getDocument(root).textDocument;
    // Most files have none: skip walking every token of a large file.
    if (!cst || !text.getText().includes('okr-')) return [];
    const suppressions: Suppression[] = [];
    const openRegions: Suppression[] = [];
    const lastLine = text.lineCount - 1;
    for (const node of directiveComments(cst, text.getText())) {
        const match = DIRECTIVE.exec(node.text);
        if (!match) continue;
        const codes = codesOf(match[2].replace(/\*\/$/, ''));
        const line = node.range.start.line;
        if (match[1] === 'enable') {
            for (const region of openRegions.splice(0)) {
                const closes = codes.length === 0 || region.codes.some(c => codes.includes(c));
                if (closes) region.toLine = line;
                else openRegions.push(region);
            }
            continue;
        }
        const kind = match[1] === 'disable-next-line' ? 'next-line' : match[1] === 'disable-line' ? 'line' : 'region';
        const fromLine = kind === 'next-line' ? node.range.end.line + 1 : line;
        const suppression: Suppression = {
            kind, codes, fromLine, toLine: kind === 'region' ? lastLine : fromLine, range: node.range,
            unknownCodes: codes.filter(c => !isDiagnosticCode(c)),
        };
        suppressions.push(suppression);
        if (kind === 'region') openRegions.push(suppression);
    }
    return suppressions;
}

/**
 * The comments that may hold a directive, in order: found from the places the text says
 * `okr-disable`/`okr-enable` (a lookup each), not by walking every token of the file.
 */
function directiveComments(cst: CstNode, text: string): CstNode[] {
    const comments: CstNode[] = [];
    for (const match of text.matchAll(/okr-(?:disable|enable)/g)) {
        const leaf = CstUtils.findLeafNodeAtOffset(cst, match.index!);
        if (leaf?.hidden && /COMMENT/.test((leaf as { tokenType?: { name: string } }).tokenType?.name ?? '') && comments.at(-1) !== leaf) comments.push(leaf);
    }
    return comments;
}

export function suppresses(suppression: Suppression, code: string, line: number): boolean {
    return line >= suppression.fromLine && line <= suppression.toLine
        && (suppression.codes.length === 0 || suppression.codes.includes(code));
}
