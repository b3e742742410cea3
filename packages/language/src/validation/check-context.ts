/**
 * What every check receives: a way to report a catalog diagnostic, the document's
 * configuration and "today", and the workspace-wide facts computed once per build.
 * One context per validated document, made before its first check runs.
 */
import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import { RULES, type DiagnosticCode } from '../diagnostic-codes.js';
import { ruleOption, type OkrConfig } from '../config.js';
import type { OkrServices } from '../okr-module.js';
import type { WorkspaceFacts } from '../workspace-facts.js';
import type { Cycle } from '../cycles.js';
import { isOkrBlock, type Objective } from '../generated/ast.js';

export interface CheckContext {
    report<N extends AstNode>(code: DiagnosticCode, message: string, info: Omit<DiagnosticInfo<N>, 'code' | 'data'>): void;
    option(code: DiagnosticCode, name: string): number;
    config: OkrConfig;
    today: number;
    facts: WorkspaceFacts;
}

export type Check<N extends AstNode> = (node: N, context: CheckContext) => void;

export function createCheckContext(services: OkrServices, root: AstNode, accept: ValidationAcceptor): CheckContext {
    const { config, today } = services.okr.Settings.forDocument(AstUtils.getDocument(root).uri);
    return {
        report: (code, message, info) => accept(RULES[code].severity, message, { ...info, code, data: { code } } as DiagnosticInfo<AstNode>),
        option: (code, name) => ruleOption(config, code, name),
        config,
        today,
        facts: services.okr.WorkspaceFacts.get(),
    };
}

/** The cycle an objective belongs to (through its `okrs` block), from the facts. */
export function cycleOfObjective(objective: Objective, { facts }: CheckContext): Cycle | undefined {
    const block = objective.$container;
    return isOkrBlock(block) ? facts.cycleOf(block) : undefined;
}
