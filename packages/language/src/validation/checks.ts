/**
 * The checks, by AST type. Each check is a plain function in validation/<topic>.ts that
 * reports catalog codes through its CheckContext.
 */
import { AstUtils, type AstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { OkrAstType } from '../grammar/generated/ast.js';
import type { OkrServices } from '../okr-module.js';
import { alignmentGoesUp, alignmentHasNoCycle, objectiveIsAligned } from './alignment.js';
import { createCheckContext, type Check, type CheckContext } from './check-context.js';
import { checkinConfidenceIsAFraction, checkinInsideCycle, checkinIsRecent, checkinUsesMeasureUnit, readingUsesRangeUnit } from './checkins.js';
import { builtinCycleExists, cycleDatesAreReal, cycleRunsForward, dateIsReal } from './cycles-and-dates.js';
import { idIsUnique } from './identity.js';
import { keyResultChanges, keyResultIsMeasurable, keyResultMovesKpi, keyResultWeightIsPositive } from './key-results.js';
import { breachedKpiHasOkr, kpiHasCadence, kpiHasDefinition, kpiHasOwner, kpiHasRange, rangeIsOrdered, unitKpiCount } from './kpis.js';
import {
    objectiveHasKeyResults, objectiveHasOwner, objectiveIsNotRepeated, objectiveIsNotSandbagged, objectiveKeyResultCount, unitObjectiveCount,
} from './objectives.js';
import { keyResultIsOutcome, objectiveIsNotMaintenance } from './text-rules.js';
import { confidenceIsANumber, measureUnitsAgree, quantityIsANumber, rangeLowIsANumber, rangeUnitsAgree, weightIsANumber } from './numbers.js';
import { unitSitsInItsLevel } from './units.js';

type CheckMap = { [K in keyof OkrAstType]?: Array<Check<OkrAstType[K]>> };

export const checks: CheckMap = {
    Unit: [idIsUnique, unitSitsInItsLevel],
    Strategy: [idIsUnique],
    CycleDecl: [idIsUnique, cycleDatesAreReal, cycleRunsForward],
    OkrBlock: [builtinCycleExists, unitObjectiveCount],
    Objective: [
        idIsUnique, objectiveHasKeyResults, objectiveKeyResultCount, objectiveHasOwner, objectiveIsNotMaintenance,
        objectiveIsAligned, alignmentGoesUp, alignmentHasNoCycle, objectiveIsNotRepeated, objectiveIsNotSandbagged,
    ],
    KeyResult: [idIsUnique, keyResultIsMeasurable, keyResultIsOutcome, keyResultChanges, keyResultMovesKpi, weightIsANumber, keyResultWeightIsPositive, checkinIsRecent],
    FromToMeasure: [measureUnitsAgree],
    Quantity: [quantityIsANumber],
    Checkin: [dateIsReal, checkinInsideCycle, checkinUsesMeasureUnit, confidenceIsANumber, checkinConfidenceIsAFraction],
    KpiBlock: [unitKpiCount],
    Kpi: [idIsUnique, kpiHasRange, kpiHasOwner, kpiHasCadence, kpiHasDefinition, breachedKpiHasOkr],
    BetweenRange: [rangeLowIsANumber, rangeIsOrdered, rangeUnitsAgree],
    Reading: [dateIsReal, readingUsesRangeUnit],
};

export function registerValidationChecks(services: OkrServices): void {
    // One context per document (settings, the workspace model), looked up by the root of each checked node.
    const contexts = new WeakMap<AstNode, CheckContext>();
    const registry = services.validation.ValidationRegistry;
    registry.registerBeforeDocument((root, accept) => {
        contexts.set(root, createCheckContext(services, root, accept));
    });
    registry.registerAfterDocument(root => {
        contexts.delete(root);
    });
    const langiumChecks: Record<string, (node: AstNode, accept: ValidationAcceptor) => void> = {};
    for (const [type, typeChecks] of Object.entries(checks) as Array<[string, Array<Check<AstNode>>]>) {
        langiumChecks[type] = (node, accept) => {
            const root = AstUtils.findRootNode(node);
            const context = contexts.get(root) ?? createCheckContext(services, root, accept);
            for (const check of typeChecks) check(node, context);
        };
    }
    registry.register(langiumChecks as ValidationChecks<OkrAstType>);
}
