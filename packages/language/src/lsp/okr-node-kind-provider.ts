/** Icons for OKR elements in the outline, workspace symbols and completion lists. */
import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';
import { CycleDecl, KeyResult, Kpi, KpiBlock, Objective, OkrBlock, Strategy, Unit } from '../grammar/generated/ast.js';

const SYMBOL_KINDS: Record<string, SymbolKind> = {
    [Unit.$type]: SymbolKind.Namespace,
    [Strategy.$type]: SymbolKind.Interface,
    [CycleDecl.$type]: SymbolKind.Event,
    [OkrBlock.$type]: SymbolKind.Package,
    [KpiBlock.$type]: SymbolKind.Package,
    [Objective.$type]: SymbolKind.Class,
    [KeyResult.$type]: SymbolKind.Field,
    [Kpi.$type]: SymbolKind.Variable,
};

const COMPLETION_KINDS: Record<string, CompletionItemKind> = {
    [Unit.$type]: CompletionItemKind.Module,
    [Strategy.$type]: CompletionItemKind.Interface,
    [CycleDecl.$type]: CompletionItemKind.Event,
    [Objective.$type]: CompletionItemKind.Class,
    [KeyResult.$type]: CompletionItemKind.Field,
    [Kpi.$type]: CompletionItemKind.Variable,
};

const typeOf = (node: AstNode | AstNodeDescription) => ('$type' in node ? node.$type : node.type);

export class OkrNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return SYMBOL_KINDS[typeOf(node)] ?? super.getSymbolKind(node);
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return COMPLETION_KINDS[typeOf(node)] ?? super.getCompletionItemKind(node);
    }
}
