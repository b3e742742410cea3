/** What every quick fix receives, and how it makes a code action. */
import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { OkrServices } from '../../okr-module.js';
import type { DocumentText } from './text-edits.js';

export interface FixContext {
    document: LangiumDocument;
    text: DocumentText;
    diagnostic: Diagnostic;
    /** The token where the diagnostic starts, and the AST node that owns it. */
    leaf: CstNode;
    node: AstNode;
    services: OkrServices;
}

/** Returns the code actions that fix the diagnostic (none when its intent is unclear). */
export type QuickFix = (context: FixContext) => CodeAction[];

export function quickFix(context: FixContext, title: string, edits: TextEdit[], isPreferred = true): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [context.diagnostic],
        isPreferred,
        edit: { changes: { [context.document.textDocument.uri]: edits } },
    };
}
