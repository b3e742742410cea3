/**
 * Text edits for quick fixes that insert, move or remove whole lines while keeping the
 * user's layout, comments and line endings: every fix touches only what it is about.
 */
import type { TextDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver';

/** One level of the canonical indentation (see okr-formatter.ts). */
export const INDENT = '  ';

export class DocumentText {
    readonly text: string;
    readonly eol: string;

    /** `eol`: the line ending of new lines (default: CRLF when the text has any). */
    constructor(readonly document: TextDocument, eol?: string) {
        this.text = document.getText();
        this.eol = eol ?? (this.text.includes('\r\n') ? '\r\n' : '\n');
    }

    range(start: number, end = start): Range {
        return { start: this.document.positionAt(start), end: this.document.positionAt(end) };
    }

    edit(start: number, end: number, newText: string): TextEdit {
        return { range: this.range(start, end), newText };
    }

    lineStart(offset: number): number {
        return this.text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** Offset of the line break ending the line of `offset` (or the end of the text). */
    lineEnd(offset: number): number {
        const newline = this.text.indexOf('\n', offset);
        if (newline < 0) return this.text.length;
        return this.text[newline - 1] === '\r' ? newline - 1 : newline;
    }

    /** Offset just after the line break ending the line of `offset`. */
    nextLineStart(offset: number): number {
        const newline = this.text.indexOf('\n', offset);
        return newline < 0 ? this.text.length : newline + 1;
    }

    /** The leading whitespace of the line that contains `offset`. */
    indentAt(offset: number): string {
        return /^[ \t]*/.exec(this.text.slice(this.lineStart(offset)))![0];
    }

    /** Whether only whitespace precedes `offset` on its line. */
    startsLine(offset: number): boolean {
        return this.text.slice(this.lineStart(offset), offset).trim() === '';
    }

    /** Whether only whitespace or a comment follows `offset` on its line. */
    endsLine(offset: number): boolean {
        const rest = this.text.slice(offset, this.lineEnd(offset)).trim();
        return rest === '' || rest.startsWith('//') || /^\/\*.*?\*\/$/.test(rest);
    }

    /**
     * A new body line after the token ending at `anchorEnd`, inside an element whose own line
     * is indented by `baseIndent`. A trailing comment stays on the anchor's line.
     */
    insertLineAfter(anchorEnd: number, baseIndent: string, line: string): TextEdit {
        const indent = baseIndent + INDENT;
        if (this.endsLine(anchorEnd)) {
            const end = this.lineEnd(anchorEnd);
            return this.edit(end, end, this.eol + this.indentLines(line, indent));
        }
        // More tokens follow on this line: they move to the next line (a `}` at the element's indentation).
        const spaces = /^[ \t]*/.exec(this.text.slice(anchorEnd))![0].length;
        const next = this.text[anchorEnd + spaces] === '}' ? baseIndent : indent;
        return this.edit(anchorEnd, anchorEnd + spaces, this.eol + this.indentLines(line, indent) + this.eol + next);
    }

    /**
     * Gives the element ending at `anchorEnd` (a one-line `kr "X" to 5`) a `{ … }` body holding
     * `line`. A trailing comment stays on the element's line, after the `{`.
     */
    openBlockAfter(anchorEnd: number, baseIndent: string, line: string): TextEdit[] {
        const body = this.eol + this.indentLines(line, baseIndent + INDENT) + this.eol + baseIndent + '}';
        const end = this.lineEnd(anchorEnd);
        const rest = this.text.slice(anchorEnd, end);
        if (rest.trim() === '') return [this.edit(anchorEnd, end, ' {' + body)];
        if (this.endsLine(anchorEnd)) return [this.edit(anchorEnd, anchorEnd, ' {'), this.edit(end, end, body)];
        // More tokens follow on this line: they move to the next line (a `}` closes the enclosing element).
        const spaces = /^[ \t]*/.exec(rest)![0].length;
        const next = this.text[anchorEnd + spaces] === '}' ? baseIndent.slice(INDENT.length) : baseIndent;
        return [this.edit(anchorEnd, anchorEnd + spaces, ' {' + body + this.eol + next)];
    }

    /** A new body line just before the closing `}` at `closeOffset`. */
    insertLineBefore(closeOffset: number, baseIndent: string, line: string): TextEdit {
        const indent = baseIndent + INDENT;
        if (this.startsLine(closeOffset)) {
            const start = this.lineStart(closeOffset);
            return this.edit(start, start, this.indentLines(line, indent) + this.eol);
        }
        const spaces = /[ \t]*$/.exec(this.text.slice(0, closeOffset))![0].length;
        return this.edit(closeOffset - spaces, closeOffset, this.eol + this.indentLines(line, indent) + this.eol + baseIndent);
    }

    /** Indents every line of `text` (written with `\n` and its own relative indentation). */
    indentLines(text: string, indent: string): string {
        return text.split('\n').map(line => (line ? indent + line : line)).join(this.eol);
    }

    /**
     * Where an element's text lies: widened to whole lines when it sits on lines of its own (so a
     * trailing comment travels with it), with the edit that removes it and its line's indentation.
     */
    span(start: number, end: number): { from: number; to: number; indent: string; removal: TextEdit } {
        const indent = this.indentAt(start);
        if (this.startsLine(start) && this.endsLine(end)) {
            return { from: this.lineStart(start), to: this.lineEnd(end), indent, removal: this.edit(this.lineStart(start), this.nextLineStart(end), '') };
        }
        return { from: start, to: end, indent, removal: this.edit(start, end, '') };
    }

    /** Text with `indent` taken off each line, as `\n`-separated lines for `indentLines`. */
    dedent(source: string, indent: string): string {
        return source.split(/\r?\n/).map(line => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart())).join('\n');
    }
}

/** "time_to_value" → "Time to value": a readable placeholder title for a new element. */
export function titleFromId(id: string): string {
    const words = id.replace(/[_-]+/g, ' ').trim();
    return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A string literal for user text. */
export function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
