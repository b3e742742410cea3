/**
 * What every check receives: a way to report a catalog diagnostic, the document's
 * configuration and "today", and the workspace model, computed once per build.
 * One context per validated document, made before its first check runs.
 */
import type { AstNode, DiagnosticInfo, LangiumDocument, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import { RULES, type DiagnosticCode } from '../config/catalog.js';
import { ruleOption, type OkrConfig } from '../config/config.js';
import type { OkrServices } from '../okr-module.js';
import type { WorkspaceModel } from '../workspace/workspace-model.js';
import type { Cycle } from '../model/cycles.js';
import type { Objective } from '../grammar/generated/ast.js';

export interface CheckContext {
    report<N extends AstNode>(code: DiagnosticCode, message: string, info: Omit<DiagnosticInfo<N>, 'code' | 'data'>): void;
    option(code: DiagnosticCode, name: string): number;
    config: OkrConfig;
    today: number;
    model: WorkspaceModel;
}

export type Check<N extends AstNode> = (node: N, context: CheckContext) => void;

/**
 * Diagnostics of one code a document gets in full; past this only their number is kept (the
 * file shows 1,000 and a count, see OkrDocumentValidator): making the rest cost as much as
 * the whole check of a file with tens of thousands of copies of one mistake.
 */
const MADE_PER_CODE = 2000;

/** Per document, how many diagnostics of each code were counted but not made. */
export const uncountedDiagnostics = new WeakMap<LangiumDocument, Map<string, number>>();

export function createCheckContext(services: OkrServices, root: AstNode, accept: ValidationAcceptor): CheckContext {
    const document = AstUtils.getDocument(root);
    const { config, today } = services.okr.Settings.forDocument(document.uri);
    const made = new Map<string, number>();
    const skipped = new Map<string, number>();
    uncountedDiagnostics.set(document, skipped);
    // A suppression comment must see every diagnostic it might silence.
    const mayCount = !document.textDocument.getText().includes('okr-disable');
    return {
        report: (code, message, info) => {
            const count = (made.get(code) ?? 0) + 1;
            made.set(code, count);
            if (mayCount && count > MADE_PER_CODE) skipped.set(code, (skipped.get(code) ?? 0) + 1);
            else accept(RULES[code].severity, message, { ...info, code, data: { code } } as DiagnosticInfo<AstNode>);
        },
        option: (code, name) => ruleOption(config, code, name),
        config,
        today,
        model: services.okr.WorkspaceModel.get(),
    };
}

/** The cycle an objective belongs to (through its `okrs` block), from the workspace model. */
export function cycleOfObjective(objective: Objective, { model }: CheckContext): Cycle | undefined {
    return model.cycleOfObjective(objective);
}
