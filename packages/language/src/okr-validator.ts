/**
 * The checks, by AST type. Each check is a plain function in validation/<topic>.ts that
 * reports catalog codes through its CheckContext.
 */
import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { OkrAstType } from './generated/ast.js';
import type { OkrServices } from './okr-module.js';
import { createCheckContext, type Check } from './validation/check-context.js';
import { kpiHasCadence, kpiHasDefinition, kpiHasOwner, kpiHasRange } from './validation/kpis.js';

type CheckMap = { [K in keyof OkrAstType]?: Array<Check<OkrAstType[K]>> };

export const checks: CheckMap = {
    Kpi: [kpiHasRange, kpiHasOwner, kpiHasCadence, kpiHasDefinition],
};

export function registerValidationChecks(services: OkrServices): void {
    const langiumChecks: Record<string, (node: AstNode, accept: ValidationAcceptor) => void> = {};
    for (const [type, typeChecks] of Object.entries(checks) as Array<[string, Array<Check<AstNode>>]>) {
        langiumChecks[type] = (node, accept) => {
            const context = createCheckContext(services, node, accept);
            for (const check of typeChecks) check(node, context);
        };
    }
    services.validation.ValidationRegistry.register(langiumChecks as ValidationChecks<OkrAstType>);
}
