/**
 * IDs are unique per kind across the whole workspace, and references resolve across files:
 * every named element (units, strategies, cycles, objectives, KRs, KPIs) is exported,
 * not only the top-level ones.
 */
import { AstUtils, DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

export class OkrScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument, cancelToken?: CancellationToken): Promise<AstNodeDescription[]> {
        const allContents = (root: AstNode) => AstUtils.streamAllContents(root);
        return this.collectExportedSymbolsForNode(document.parseResult.value, document, allContents, cancelToken);
    }

    /** Everything is global, so there are no local scopes to compute. */
    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
