/**
 * IDs are unique per kind across the whole workspace, and references resolve across files:
 * every named element (units, strategies, cycles, objectives, KRs, KPIs) is exported,
 * not only the top-level ones.
 */
import { Cancellation, DefaultScopeComputation, MultiMap, interruptAndCheck, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import { KeyResult, Kpi } from '../grammar/generated/ast.js';
import { nodesInOrder } from './ast-walk.js';

/** Nothing below a KR or a KPI has an ID (check-ins, measures, readings): their subtrees, most of a file, are skipped. */
const NOTHING_NAMED_BELOW = new Set<string>([KeyResult.$type, Kpi.$type]);

export class OkrScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        const nodes = nodesInOrder(document.parseResult.value, { includeRoot: false, skipBelow: node => NOTHING_NAMED_BELOW.has(node.$type) });
        // Without a cancellation token (the CLI) there is nothing to wait for between nodes.
        const cancellable = cancelToken !== Cancellation.CancellationToken.None;
        for (const node of nodes) {
            if (cancellable) await interruptAndCheck(cancelToken);
            this.addExportedSymbol(node, exports, document);
        }
        return exports;
    }

    /** Everything is global, so there are no local scopes to compute. */
    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}
