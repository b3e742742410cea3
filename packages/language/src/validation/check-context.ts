/**
 * What every check receives: a way to report a catalog diagnostic, the document's
 * configuration and "today", and the workspace-wide facts computed once per build.
 */
import { AstUtils, type AstNode, type DiagnosticInfo, type ValidationAcceptor } from 'langium';
import { RULES, type DiagnosticCode } from '../diagnostic-codes.js';
import { ruleOption, type OkrConfig } from '../config.js';
import type { OkrServices } from '../okr-module.js';
import type { WorkspaceFacts } from '../workspace-facts.js';

export interface CheckContext {
    report<N extends AstNode>(code: DiagnosticCode, message: string, info: Omit<DiagnosticInfo<N>, 'code' | 'data'>): void;
    option(code: DiagnosticCode, name: string): number;
    config: OkrConfig;
    today: number;
    facts: WorkspaceFacts;
}

export type Check<N extends AstNode> = (node: N, context: CheckContext) => void;

export function createCheckContext(services: OkrServices, node: AstNode, accept: ValidationAcceptor): CheckContext {
    const { config, today } = services.okr.Settings.forDocument(AstUtils.getDocument(node).uri);
    return {
        report: (code, message, info) => accept(RULES[code].severity, message, { ...info, code, data: { code } } as DiagnosticInfo<AstNode>),
        option: (code, name) => ruleOption(config, code, name),
        config,
        today,
        facts: services.okr.WorkspaceFacts.get(),
    };
}
