/**
 * Quick fixes, by diagnostic code (see diagnostic-codes.ts and language.md). Each fix lives in
 * quick-fixes/ and only edits the text it is about; a fix whose intent is unclear is not offered.
 */
import { CstUtils, type LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command, Diagnostic } from 'vscode-languageserver';
import { DiagnosticCode } from '../config/catalog.js';
import { diagnosticCode } from '../validation/okr-document-validator.js';
import type { OkrServices } from '../okr-module.js';
import { activityToInitiative } from './quick-fixes/activity-key-result.js';
import { createDefinition } from './quick-fixes/create-definition.js';
import type { FixContext, QuickFix } from './quick-fixes/fix-context.js';
import { addExpectedRange, addKpiCadence, addOwner } from './quick-fixes/kpi-fields.js';
import { objectiveToKpi } from './quick-fixes/maintenance-objective.js';
import { DocumentText } from './quick-fixes/text-edits.js';
import { removeUnusedSuppression } from './quick-fixes/unused-suppression.js';
import { treatAsOutcomeWord } from './quick-fixes/vocabulary-word.js';

/** Several fixes for one code, offered in this order. */
const all = (...fixes: QuickFix[]): QuickFix => context => fixes.flatMap(fix => fix(context));

const QUICK_FIXES: Partial<Record<DiagnosticCode, QuickFix>> = {
    [DiagnosticCode.KpiMissingRange]: addExpectedRange,
    [DiagnosticCode.KpiMissingOwner]: addOwner,
    [DiagnosticCode.KpiMissingCadence]: addKpiCadence,
    [DiagnosticCode.MissingOwner]: addOwner,
    [DiagnosticCode.ActivityKeyResult]: all(activityToInitiative, treatAsOutcomeWord),
    [DiagnosticCode.MaintenanceObjective]: objectiveToKpi,
    [DiagnosticCode.UnresolvedReference]: createDefinition,
    [DiagnosticCode.UnusedSuppression]: removeUnusedSuppression,
};

export class OkrCodeActionProvider implements CodeActionProvider {
    constructor(private readonly services: OkrServices) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> {
        const text = new DocumentText(document.textDocument);
        return params.context.diagnostics.flatMap(diagnostic => {
            const fix = QUICK_FIXES[diagnosticCode(diagnostic) as DiagnosticCode];
            const context = fix && this.contextFor(document, text, diagnostic);
            if (!context) return [];
            try {
                return fix(context);
            } catch (error) {
                // A fix that cannot be computed for this text is simply not offered.
                console.error(`okr: quick fix for ${diagnosticCode(diagnostic)} failed:`, error);
                return [];
            }
        });
    }

    private contextFor(document: LangiumDocument, text: DocumentText, diagnostic: Diagnostic): FixContext | undefined {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
        if (!leaf) return undefined;
        return { document, text, diagnostic, leaf, node: leaf.astNode, services: this.services };
    }
}
