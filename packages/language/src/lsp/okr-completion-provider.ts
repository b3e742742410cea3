/**
 * Completion: keywords and IDs of the right kind come from Langium; this adds what a user
 * types most: today's date after `checkin`/`reading` (with ` = `), this and the next quarter
 * after `okrs UNIT`, a description for cadence words, and no self-alignment.
 */
import { AstUtils, EMPTY_STREAM, GrammarAST, type AstNodeDescription, type MaybePromise, type ReferenceInfo, type Stream } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type NextFeature } from 'langium/lsp';
import { CompletionItemKind } from 'vscode-languageserver';
import { isObjective } from '../grammar/generated/ast.js';
import { formatDay } from '../model/dates.js';
import type { OkrServices } from '../okr-module.js';
import type { OkrSettings } from '../config/settings.js';
import type { WorkspaceModelProvider } from '../workspace/workspace-model-provider.js';

const CADENCE_DETAIL: Record<string, string> = {
    daily: 'reviewed every day',
    weekly: 'reviewed every week',
    monthly: 'reviewed every month',
    quarterly: 'reviewed every quarter',
};

export class OkrCompletionProvider extends DefaultCompletionProvider {
    private readonly settings: OkrSettings;
    private readonly workspace: WorkspaceModelProvider;

    constructor(services: OkrServices) {
        super(services);
        this.settings = services.okr.Settings;
        this.workspace = services.okr.WorkspaceModel;
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const terminal = GrammarAST.isRuleCall(next.feature) ? next.feature.rule.ref?.name : undefined;
        if (terminal === 'DATE') return this.completeDate(context, next, acceptor);
        if (terminal === 'CYCLE_LITERAL') return this.completeCycle(context, acceptor);
        if (GrammarAST.isKeyword(next.feature) && CADENCE_DETAIL[next.feature.value]) {
            acceptor(context, { label: next.feature.value, kind: CompletionItemKind.EnumMember, detail: CADENCE_DETAIL[next.feature.value], sortText: '0' });
            return;
        }
        return super.completionFor(context, next, acceptor);
    }

    private today(context: CompletionContext): { day: number; text: string } {
        const day = this.settings.forDocument(context.document.uri).today;
        return { day, text: formatDay(day) };
    }

    /** Check-ins and readings are usually recorded today. */
    private completeDate(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): void {
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule)?.name;
        const { text } = this.today(context);
        const withValue = rule === 'Checkin' || rule === 'Reading';
        acceptor(context, {
            label: withValue ? `${text} =` : text,
            insertText: withValue ? `${text} = ` : text,
            filterText: text,
            kind: CompletionItemKind.Value,
            detail: 'today',
            sortText: '0',
        });
    }

    /** The current quarter first, then the next one and the current half. */
    private completeCycle(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const model = this.workspace.get();
        const { day, text } = this.today(context);
        const year = Number(text.slice(0, 4));
        const candidates = [year - 1, year, year + 1].flatMap(y => [1, 2, 3, 4].map(q => `${y}-Q${q}`));
        const current = candidates.indexOf(model.quarterOf(context.document, day).id);
        if (current < 0) return;
        const half = `${candidates[current].slice(0, 5)}H${Number(candidates[current].slice(-1)) <= 2 ? 1 : 2}`;
        [[candidates[current], 'this quarter'], [candidates[current + 1], 'next quarter'], [half, 'this half-year']].forEach(([label, detail], index) => {
            acceptor(context, { label, kind: CompletionItemKind.Value, detail, sortText: `0${index}` });
        });
    }

    /** An objective cannot align to itself. */
    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        let candidates: Stream<AstNodeDescription>;
        try {
            candidates = super.getReferenceCandidates(refInfo, context);
        } catch {
            // After parser recovery the node at the cursor may not own the reference being completed.
            return EMPTY_STREAM;
        }
        const self = refInfo.property === 'aligns' && isObjective(refInfo.container) ? refInfo.container.name : undefined;
        return self ? candidates.filter(candidate => candidate.name !== self) : candidates;
    }
}
