/**
 * The outline: units, strategies, cycles, `okrs`/`kpis` blocks with their objectives, KRs and
 * KPIs, each named by its ID with its title as detail (a KR without ID is named by its title).
 */
import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { DocumentSymbolProvider, NodeKindProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import {
    isCycleDecl, isKeyResult, isKpi, isKpiBlock, isObjective, isOkrBlock, isStrategy, isUnit,
} from '../grammar/generated/ast.js';
import { cycleName } from '../model/cycles.js';
import type { OkrServices } from '../okr-module.js';

interface Label { name: string; detail?: string }

function labelOf(node: AstNode): Label | undefined {
    if (isUnit(node) || isKpi(node) || isCycleDecl(node)) return { name: node.name, detail: node.title };
    if (isObjective(node)) return { name: node.name, detail: node.title };
    if (isStrategy(node)) return { name: node.name, detail: node.statement };
    if (isKeyResult(node)) return node.name ? { name: node.name, detail: node.title } : { name: node.title || 'kr' };
    if (isOkrBlock(node)) return { name: `okrs ${node.unit?.$refText ?? ''} ${cycleName(node.cycle)}`.trim() };
    if (isKpiBlock(node)) return { name: `kpis ${node.unit?.$refText ?? ''}`.trim() };
    return undefined;
}

export class OkrDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly nodeKinds: NodeKindProvider;

    constructor(services: OkrServices) {
        this.nodeKinds = services.shared.lsp.NodeKindProvider;
    }

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        return this.symbolsIn(document.parseResult.value);
    }

    private symbolsIn(parent: AstNode): DocumentSymbol[] {
        return AstUtils.streamContents(parent).toArray().flatMap(node => {
            const label = labelOf(node);
            const cst = node.$cstNode;
            if (!label || !cst) return [];
            const nameNode = GrammarUtils.findNodeForProperty(cst, 'name') ?? cst;
            const children = this.symbolsIn(node);
            return [{
                name: label.name || '?',
                detail: label.detail,
                kind: this.nodeKinds.getSymbolKind(node),
                range: cst.range,
                selectionRange: nameNode.range,
                children: children.length > 0 ? children : undefined,
            }];
        });
    }
}
