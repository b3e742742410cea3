/**
 * Semantic highlighting: IDs coloured by what they name, so `aligns growth` (an objective) and
 * `guardrails csat` (a KPI) read differently; declarations carry the `declaration` modifier.
 * Keywords, strings, numbers and dates stay with the TextMate grammar.
 */
import { GrammarUtils, type AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { isCycleDecl, isCycleRef, isKeyResult, isKpi, isKpiBlock, isObjective, isOkrBlock, isStrategy, isUnit } from '../grammar/generated/ast.js';

const TYPE_OF: Record<string, string> = {
    Unit: SemanticTokenTypes.namespace,
    Strategy: SemanticTokenTypes.interface,
    CycleDecl: SemanticTokenTypes.enumMember,
    Objective: SemanticTokenTypes.class,
    KeyResult: SemanticTokenTypes.property,
    Kpi: SemanticTokenTypes.variable,
};

const declaration = SemanticTokenModifiers.declaration;

export class OkrSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if ((isUnit(node) || isStrategy(node) || isCycleDecl(node) || isObjective(node) || isKpi(node) || isKeyResult(node)) && node.name) {
            acceptor({ node, property: 'name', type: TYPE_OF[node.$type], modifier: declaration });
        }
        if (isUnit(node) && node.parent) acceptor({ node, property: 'parent', type: TYPE_OF.Unit });
        if ((isOkrBlock(node) || isKpiBlock(node)) && node.unit) acceptor({ node, property: 'unit', type: TYPE_OF.Unit });
        if (isCycleRef(node) && node.custom) acceptor({ node, property: 'custom', type: TYPE_OF.CycleDecl });
        if (isObjective(node)) {
            // `aligns` names an objective or a strategy: colour each by what it resolves to.
            // The tokens are looked up once: a lookup per reference is quadratic in a long list.
            GrammarUtils.findNodesForProperty(node.$cstNode, 'aligns')
                .forEach((cst, index) => acceptor({ cst, type: TYPE_OF[node.aligns[index]?.ref?.$type ?? 'Objective'] }));
            acceptor({ node, property: 'guardrails', type: TYPE_OF.Kpi });
        }
        if (isKeyResult(node) && node.moves) acceptor({ node, property: 'moves', type: TYPE_OF.Kpi });
    }
}
