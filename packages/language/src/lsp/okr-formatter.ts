/**
 * The canonical layout of `.okr` files, as in the language reference: 2-space indentation,
 * one element per line, single spaces between tokens (`10..14 days`, `aligns a, b`),
 * at most one blank line kept between elements, comments kept where they are.
 * Only whitespace changes, so the AST never does; a file with syntax errors gets no edits.
 * Used by the editor and by `okr fmt` (see `formatText`).
 */
import { CstUtils, GrammarAST, GrammarUtils, isCompositeCstNode, isLeafCstNode, TextDocument, URI, type AstNode, type CompositeCstNode, type CstNode, type LangiumDocument } from 'langium';
import { AbstractFormatter, Formatting, type FormattingAction, type FormattingContext } from 'langium/lsp';
import type { DocumentFormattingParams, FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import { isModel, isUnit } from '../grammar/generated/ast.js';
import type { OkrServices } from '../okr-module.js';
import { findSuppressions } from '../validation/suppressions.js';

/** The layout is canonical (like gofmt): editor indentation settings do not change it. */
export const CANONICAL_OPTIONS: FormattingOptions = { insertSpaces: true, tabSize: 2 };

/** Keywords that start a line inside a `{ … }` body. */
const BODY_KEYWORDS = new Set(['owner', 'aligns', 'guardrails', 'moves', 'weight', 'definition', 'expected', 'cadence']);

/** A new line (keeping one blank line if the user had one or more), optionally indented. */
const line = (tabs: number, maxLines = 2): FormattingAction => ({
    options: {},
    moves: Array.from({ length: maxLines }, (_, i) => ({ tabs, lines: i + 1 })),
});

const isBodyKeyword = (node: CstNode) => GrammarAST.isKeyword(node.grammarSource) && BODY_KEYWORDS.has(node.text);

/**
 * The composite CST node holding a node's own tokens: an unassigned rule call
 * (`Element: Unit | …`, `Measure: FromToMeasure | …`) wraps it in a single-child composite.
 */
function ownTokens(cst: CstNode | undefined): CompositeCstNode | undefined {
    while (isCompositeCstNode(cst)) {
        const tokens = cst.content.filter(child => !child.hidden);
        if (tokens.length !== 1 || !isCompositeCstNode(tokens[0]) || tokens[0].astNode !== cst.astNode) return cst;
        cst = tokens[0];
    }
    return undefined;
}

export class OkrFormatter extends AbstractFormatter {
    protected format(node: AstNode): void {
        const cst = ownTokens(node.$cstNode);
        if (!cst) return;
        const formatter = this.getNodeFormatter(node);
        if (isModel(node)) {
            // Elements of the file start at column 0, separated by at most one blank line.
            cst.content.forEach((child, index) => formatter.cst([child]).prepend(index === 0 ? Formatting.noSpace() : line(0)));
            return;
        }
        const open = GrammarUtils.findNodeForKeyword(cst, '{');
        const close = GrammarUtils.findNodeForKeyword(cst, '}');
        // A unit's `{ lead "…" }` stays on its line, as in the language reference.
        const isBlock = !!open && !!close && !isUnit(node);
        const firstToken = cst.content.find(child => !child.hidden);
        let inBody = false;
        let bodyLines = 0;
        for (const child of cst.content) {
            const region = formatter.cst([child]);
            if (isBlock && child === close) {
                // An empty body stays `{}`.
                region.prepend(bodyLines === 0 ? Formatting.noSpace() : Formatting.newLine());
            } else if (inBody && (child.hidden || this.startsBodyLine(node, child))) {
                // No blank line right after `{`.
                region.prepend(bodyLines++ === 0 ? line(1, 1) : line(1));
            } else if (!child.hidden && child !== firstToken) {
                region.prepend(this.spaceBefore(child));
            }
            if (isBlock && child === open) inBody = true;
        }
    }

    private startsBodyLine(owner: AstNode, child: CstNode): boolean {
        if (isLeafCstNode(child)) return isBodyKeyword(child);
        // Nested elements (KRs, check-ins, initiatives, a KR's measure in its braces) start lines,
        // but not the value after a body keyword (`expected 10..14 days`, `cadence weekly`).
        const previous = CstUtils.getPreviousNode(child, true);
        return child.astNode !== owner && !(previous && isBodyKeyword(previous));
    }

    private spaceBefore(child: CstNode): FormattingAction {
        if (isLeafCstNode(child) && (child.text === ',' || child.text === '..')) return Formatting.noSpace();
        const previous = CstUtils.getPreviousNode(child, true);
        if (previous && isLeafCstNode(previous) && previous.text === '..') return Formatting.noSpace();
        return Formatting.oneSpace();
    }

    override formatDocument(document: LangiumDocument, params: DocumentFormattingParams): TextEdit[] {
        const { lexerErrors, parserErrors } = document.parseResult;
        if (lexerErrors.length > 0 || parserErrors.length > 0) return [];
        return [...this.doDocumentFormat(document, params.options), ...this.inFileLineEndings(document, this.finalNewline(document))];
    }

    /** Whole-document and range formatting alike: canonical options, suppressed lines kept, the file's line endings. */
    protected override doDocumentFormat(document: LangiumDocument, _options: FormattingOptions, range?: Range): TextEdit[] {
        const suppressed = suppressionLines(document);
        const edits = super.doDocumentFormat(document, CANONICAL_OPTIONS, range).filter(edit => !movesTokensOf(edit, suppressed));
        return this.inFileLineEndings(document, edits);
    }

    private inFileLineEndings(document: LangiumDocument, edits: TextEdit[]): TextEdit[] {
        const eol = dominantLineEnding(document.textDocument.getText());
        return eol === '\n' ? edits : edits.map(edit => ({ ...edit, newText: edit.newText.replace(/\n/g, eol) }));
    }

    /** Exactly one newline after the last token or comment. */
    private finalNewline(document: LangiumDocument): TextEdit[] {
        const root = document.parseResult.value.$cstNode;
        const end = root ? CstUtils.streamCst(root).reduce((max, node) => Math.max(max, node.end), 0) : 0;
        const { textDocument } = document;
        const rest = textDocument.getText().slice(end);
        if (end === 0 || rest === '\n' || rest === '\r\n') return [];
        return [{ range: { start: textDocument.positionAt(end), end: textDocument.positionAt(end + rest.length) }, newText: '\n' }];
    }

    /**
     * Comments on their own line are indented like the element after them, with at most one
     * blank line before them; trailing comments stay where they are. Inner lines of block
     * comments are the user's own text and are left alone.
     */
    protected override createHiddenTextEdits(previous: CstNode | undefined, hidden: CstNode, formatting: FormattingAction | undefined, context: FormattingContext): TextEdit[] {
        const edits = this.trimCommentEnd(hidden);
        if (previous && previous.range.end.line === hidden.range.start.line) return edits;
        if (!formatting) {
            // Langium's default shifts by the difference in columns but removes characters, which
            // goes wrong with tab indentation (a second pass moved the comment again): set the indentation.
            const lineStart = { line: hidden.range.start.line, character: 0 };
            const indent = ' '.repeat(this.getIndentationCharacterCount(context));
            const existing = context.document.getText({ start: lineStart, end: hidden.range.start });
            return existing === indent ? edits : [{ range: { start: lineStart, end: hidden.range.start }, newText: indent }, ...edits];
        }
        const start = previous?.range.end ?? { line: 0, character: 0 };
        const existingLines = hidden.range.start.line - start.line;
        const move = this.findFittingMove({ start, end: hidden.range.start }, formatting.moves, context);
        const maxLines = Math.max(...formatting.moves.map(m => m.lines ?? 0));
        const lines = previous ? Math.min(Math.max(existingLines, 1), Math.max(maxLines, 1)) : 0;
        const indent = ' '.repeat(this.getIndentationCharacterCount(context, move));
        return [{ range: { start, end: hidden.range.start }, newText: '\n'.repeat(lines) + indent }, ...edits];
    }

    /** Line comments lose trailing whitespace. */
    private trimCommentEnd(hidden: CstNode): TextEdit[] {
        const trailing = /[ \t]+$/.exec(hidden.text);
        if (!trailing || !hidden.text.startsWith('//')) return [];
        const end = hidden.range.end;
        return [{ range: { start: { line: end.line, character: end.character - trailing[0].length }, end }, newText: '' }];
    }
}

/**
 * Lines whose tokens a suppression comment refers to by line number (`okr-disable-next-line`
 * targets, lines with `okr-disable-line`, the lines where `okr-disable` regions start and end):
 * their tokens must stay on them, or formatting would change which diagnostics are silenced.
 */
function suppressionLines(document: LangiumDocument): Set<number> {
    const lines = new Set<number>();
    const lastLine = document.textDocument.lineCount - 1;
    for (const suppression of findSuppressions(document.parseResult.value)) {
        lines.add(suppression.range.start.line);
        // A multi-line block comment: a line break added after it would shift its next line.
        lines.add(suppression.range.end.line);
        if (suppression.kind === 'next-line') lines.add(suppression.fromLine);
        if (suppression.kind === 'region' && suppression.toLine < lastLine) lines.add(suppression.toLine);
    }
    return lines;
}

/** Whether an edit splits one of the lines or joins another line onto it. */
function movesTokensOf(edit: TextEdit, lines: Set<number>): boolean {
    const { start, end } = edit.range;
    const breaks = edit.newText.split('\n').length - 1;
    if (start.line === end.line) return breaks > 0 && lines.has(start.line);
    return breaks === 0 && (lines.has(start.line) || lines.has(end.line));
}

/** The line ending most lines of a text end with (LF when tied or none). */
export function dominantLineEnding(text: string): '\n' | '\r\n' {
    const crlf = text.split('\r\n').length - 1;
    const lf = text.split('\n').length - 1 - crlf;
    return crlf > lf ? '\r\n' : '\n';
}

/** Formats `.okr` text; undefined when it does not parse (nothing can be formatted safely). */
export async function formatText(services: OkrServices, text: string, uri = 'memory:///format.okr'): Promise<string | undefined> {
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(uri));
    return formatDocumentText(services, document);
}

/**
 * A parsed document's text as `okr fmt` writes it: the formatter's edits, and every line break
 * outside a block comment in the file's dominant line ending. Comment text is never touched.
 */
export async function formatDocumentText(services: OkrServices, document: LangiumDocument): Promise<string | undefined> {
    const { lexerErrors, parserErrors } = document.parseResult;
    if (lexerErrors.length > 0 || parserErrors.length > 0) return undefined;
    const uri = document.uri.toString();
    const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri }, options: CANONICAL_OPTIONS });
    const formatted = TextDocument.applyEdits(document.textDocument, edits);
    const eol = dominantLineEnding(document.textDocument.getText());
    const comments = services.parser.Lexer.tokenize(formatted).hidden
        .filter(token => token.tokenType.name === 'ML_COMMENT')
        .map(token => [token.startOffset, token.startOffset + token.image.length] as const);
    let next = 0;
    return formatted.replace(/\r\n|\r|\n/g, (found, offset: number) => {
        while (next < comments.length && comments[next][1] <= offset) next++;
        const inComment = next < comments.length && comments[next][0] <= offset;
        return inComment ? found : eol;
    });
}
