/**
 * Where a new check-in goes and the text edits that put it there: on its own line after the
 * key result's last check-in; without one, after the key result's measure, owner, `moves` and
 * `weight` (before its initiatives); a one-line key result gets a `{ … }` body. New lines are
 * indented as `okr fmt` indents them and end as the file's lines do; nothing else changes.
 */
import { GrammarUtils, type CstNode, type LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import type { KeyResult } from '../../grammar/generated/ast.js';
import { dominantLineEnding } from '../okr-formatter.js';
import { DocumentText, INDENT } from '../quick-fixes/text-edits.js';

/** A key result sits in an objective in an `okrs` block: two levels deep. */
const KEY_RESULT_INDENT = INDENT.repeat(2);

export function checkInEdits(document: LangiumDocument, kr: KeyResult, line: string): TextEdit[] {
    const cst = kr.$cstNode!;
    const text = new DocumentText(document.textDocument, dominantLineEnding(document.textDocument.getText()));
    const open = GrammarUtils.findNodeForKeyword(cst, '{');
    if (!open) return text.openBlockAfter(cst.end, KEY_RESULT_INDENT, line);
    const lastCheckin = kr.checkins.at(-1)?.$cstNode;
    const anchor = lastCheckin ?? lastPropertyBeforeInitiatives(kr, open) ?? open;
    return [text.insertLineAfter(anchor.end, KEY_RESULT_INDENT, line)];
}

/** The last of the body's measure, owner, moves and weight that comes before its first initiative. */
function lastPropertyBeforeInitiatives(kr: KeyResult, open: CstNode): CstNode | undefined {
    const firstInitiative = kr.initiatives[0]?.$cstNode?.offset ?? Infinity;
    const properties = [
        kr.measure?.$cstNode,
        ...['owner', 'moves', 'weight'].flatMap(property => GrammarUtils.findNodesForProperty(kr.$cstNode, property)),
    ];
    return properties
        .filter((node): node is CstNode => !!node && node.offset > open.offset && node.end <= firstInitiative)
        .reduce<CstNode | undefined>((last, node) => (!last || node.end > last.end ? node : last), undefined);
}
