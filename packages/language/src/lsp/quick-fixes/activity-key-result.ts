/**
 * A KR that names a task becomes an `initiative` of a new outcome KR: the user's text is kept
 * verbatim as the initiative, and the KR keeps its ID, measure and check-ins under a
 * placeholder outcome title to fill in.
 */
import { AstUtils, GrammarUtils } from 'langium';
import { isKeyResult } from '../../grammar/generated/ast.js';
import { quickFix, type QuickFix } from './fix-context.js';
import { INDENT } from './text-edits.js';

export const OUTCOME_PLACEHOLDER = '"Increase <metric> from <baseline> to <target>"';

export const activityToInitiative: QuickFix = context => {
    const kr = AstUtils.getContainerOfType(context.node, isKeyResult);
    const cst = kr?.$cstNode;
    const title = cst && GrammarUtils.findNodeForProperty(cst, 'title');
    if (!kr || !cst || !title) return [];
    const { text } = context;
    const indent = text.indentAt(cst.offset);
    const initiative = `initiative ${title.text}`;
    const edits = [text.edit(title.offset, title.end, OUTCOME_PLACEHOLDER)];
    const close = GrammarUtils.findNodeForKeyword(cst, '}');
    if (close) {
        edits.push(text.insertLineBefore(close.offset, indent, initiative));
    } else {
        const block = `${text.eol}${indent}${INDENT}${initiative}${text.eol}${indent}}`;
        const lineEnd = text.lineEnd(cst.end);
        const trailingComment = text.endsLine(cst.end) && text.text.slice(cst.end, lineEnd).trim() !== '';
        // Open the block before a trailing comment, so the comment stays on the KR's line.
        edits.push(...(trailingComment
            ? [text.edit(cst.end, cst.end, ' {'), text.edit(lineEnd, lineEnd, block)]
            : [text.edit(cst.end, cst.end, ` {${block}`)]));
    }
    return [quickFix(context, 'Make this task an initiative of a new outcome key result', edits)];
};
