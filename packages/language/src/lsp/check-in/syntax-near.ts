/**
 * Whether the text around a key result parses: a syntax error in its `okrs` block, or between
 * that block and its neighbours (where error recovery may have swallowed the block's end), means
 * the parser's idea of the key result may not be the user's, so no edit is made there.
 * Errors elsewhere in the file do not matter: they are outside what the edit touches.
 */
import type { LangiumDocument } from 'langium';
import type { KeyResult, Model } from '../../grammar/generated/ast.js';
import { syntaxMessage } from '../../validation/syntax-messages.js';

/** `line 14, column 5: Expected …` for the first error near the key result, else undefined. */
export function syntaxErrorNear(document: LangiumDocument, kr: KeyResult): string | undefined {
    const { lexerErrors, parserErrors } = document.parseResult;
    if (lexerErrors.length === 0 && parserErrors.length === 0) return undefined;
    const text = document.textDocument.getText();
    const root = document.parseResult.value as Model;
    const block = kr.$container.$container;
    const index = root.elements.indexOf(block as Model['elements'][number]);
    const from = root.elements[index - 1]?.$cstNode?.end ?? 0;
    const to = root.elements[index + 1]?.$cstNode?.offset ?? text.length;
    const errors = [
        ...lexerErrors.map(error => ({ offset: error.offset, message: error.message })),
        // A parser error at the end of the text has no offset.
        ...parserErrors.map(error => ({ offset: Number.isFinite(error.token.startOffset) ? error.token.startOffset : text.length, message: error.message })),
    ].filter(error => error.offset >= from && error.offset <= to).sort((a, b) => a.offset - b.offset);
    const first = errors[0];
    if (!first) return undefined;
    const position = document.textDocument.positionAt(first.offset);
    return `line ${position.line + 1}, column ${position.character + 1}: ${syntaxMessage(first.message).replace(/\s*\n\s*/g, ' ')}`;
}
