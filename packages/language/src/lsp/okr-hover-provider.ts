/**
 * Hovers that answer "how are we doing?": scores, grades and status for objectives,
 * progress and the last check-in for KRs, health for KPIs. A reference shows the hover of
 * what it names. Scores and cycles come from the workspace model, as everywhere else.
 */
import { CstUtils, GrammarAST, GrammarUtils, type AstNode, type LangiumDocument, type References } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import {
    isCycleDecl, isCycleRef, isKeyResult, isKpi, isObjective, isStrategy, isUnit,
    type KeyResult, type Kpi, type Objective, type Strategy, type Unit,
} from '../grammar/generated/ast.js';
import { customCycle, type Cycle } from '../model/cycles.js';
import { formatDay } from '../model/dates.js';
import type { OkrServices } from '../okr-module.js';
import { formatNumber, formatQuantity, type QuantityValue } from '../model/quantities.js';
import {
    elapsedFraction, formatScore, kpiHealth, rangeBounds, scoreKeyResult,
    type Grade, type Health, type KeyResultScore, type ObjectiveScore,
} from '../model/scoring.js';
import { describeMeasure, describeRange, escapeMarkdown as md, statusLabel } from '../views/describe.js';
import type { WorkspaceModel } from '../workspace/workspace-model.js';
import type { WorkspaceModelProvider } from '../workspace/workspace-model-provider.js';

const GRADE_DOT: Record<Grade, string> = { green: '🟢', yellow: '🟡', red: '🔴' };
const HEALTH_LABEL: Record<Health, string> = { healthy: '✅ healthy', breached: '⚠️ breached', unknown: 'health unknown' };

export class OkrHoverProvider implements HoverProvider {
    private readonly references: References;
    private readonly nameRegexp: RegExp;
    private readonly workspace: WorkspaceModelProvider;

    constructor(services: OkrServices) {
        this.references = services.references.References;
        this.nameRegexp = services.parser.GrammarConfig.nameRegexp;
        this.workspace = services.okr.WorkspaceModel;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.nameRegexp);
        if (!leaf || leaf.hidden || offset > leaf.end) return undefined;
        // A reference shows what it names; any other token shows the element it belongs to.
        const target = this.references.findDeclarations(leaf)[0];
        if (!target && GrammarAST.isCrossReference(GrammarUtils.findAssignment(leaf)?.terminal)) return undefined;
        const value = this.describe(target ?? leaf.astNode, document);
        return value ? { contents: { kind: 'markdown', value }, range: leaf.range } : undefined;
    }

    /** Markdown for the nearest element that has something to say. */
    protected describe(node: AstNode, from: LangiumDocument): string | undefined {
        for (let current: AstNode | undefined = node; current; current = current.$container) {
            if (isObjective(current)) return this.objective(current);
            if (isKeyResult(current)) return this.keyResult(current);
            if (isKpi(current)) return kpiMarkdown(current);
            if (isUnit(current)) return unitMarkdown(current);
            if (isStrategy(current)) return strategyMarkdown(current);
            if (isCycleDecl(current)) return this.cycle(customCycle(current), current.title);
            if (isCycleRef(current) && current.builtin) return this.cycle(this.model().builtinCycleIn(current.builtin, from), undefined);
        }
        return undefined;
    }

    private model(): WorkspaceModel {
        return this.workspace.get();
    }

    private objective(objective: Objective): string {
        const model = this.model();
        const result = model.scoreOf(objective);
        const kind = result.committed ? 'committed' : 'aspirational';
        const lines = [`**Objective** \`${objective.name}\` · ${kind}`, '', md(objective.title), '', scoreLine(result, model.today)];
        const context = [unitAndCycle(objective, result.cycle), objective.owner && `owner ${md(objective.owner)}`].filter(Boolean);
        if (context.length > 0) lines.push('', context.join(' · '));
        if (objective.keyResults.length > 0) {
            lines.push('');
            objective.keyResults.forEach((kr, index) => lines.push(`- ${krLine(kr, result.keyResults[index])}`));
        }
        return lines.join('\n');
    }

    private keyResult(kr: KeyResult): string {
        const score = scoreKeyResult(kr);
        const lines = [`**Key result**${kr.name ? ` \`${kr.name}\`` : ''}`, '', md(kr.title), ''];
        const current = score.done ? ' · current: done' : score.current ? ` · current ${formatQuantity(inMeasureUnit(score.current, score))}` : '';
        lines.push(`${describeMeasure(kr.measure)}${current} · **progress ${formatScore(score.progress)}**${score.trend ? ` · ${score.trend}` : ''}`);
        const latest = score.latest;
        if (latest) {
            const value = latest.done ? 'done' : formatQuantity(inMeasureUnit(score.current, score));
            const confidence = latest.confidence !== undefined ? ` · confidence ${latest.confidence}` : '';
            const note = latest.note ? ` — “${md(latest.note)}”` : '';
            lines.push('', `Last check-in ${latest.date}: ${value}${confidence}${note}`);
        } else {
            lines.push('', 'No check-in yet.');
        }
        const extra = [
            kr.moves && `moves KPI \`${kr.moves.$refText}\``,
            kr.owner && `owner ${md(kr.owner)}`,
            kr.weight !== undefined && `weight ${kr.weight}`,
            kr.initiatives.length > 0 && `${kr.initiatives.filter(i => i.done).length}/${kr.initiatives.length} initiatives done`,
        ].filter(Boolean);
        if (extra.length > 0) lines.push('', extra.join(' · '));
        const objective = kr.$container;
        const result = this.model().scoreOf(objective);
        lines.push('', `In objective \`${objective.name}\`: ${scoreSummary(result)}`);
        return lines.join('\n');
    }

    private cycle(cycle: Cycle | undefined, title: string | undefined): string | undefined {
        if (!cycle) return undefined;
        const { today } = this.model();
        const heading = `**Cycle** \`${cycle.id}\`${title ? ` — ${md(title)}` : ''}`;
        const when = today < cycle.start ? 'not started' : today > cycle.end ? 'ended' : `${Math.round(elapsedFraction(cycle, today) * 100)}% elapsed`;
        return `${heading}\n\n${formatDay(cycle.start)} to ${formatDay(cycle.end)} · ${when}`;
    }
}

/** "Score 0.4 (43%) · 🟡 yellow · at risk (expected 45% by 2026-11-10)" */
function scoreLine(result: ObjectiveScore, today: number): string {
    if (result.score === undefined) return `**No score**: no key results`;
    // A percentage: the score's one decimal would hide a 29% vs 30% difference.
    const expected = result.expected !== undefined ? ` (expected ${Math.round(result.expected * 100)}% by ${formatDay(today)})` : '';
    return `**Score ${formatScore(result.score)}** · ${GRADE_DOT[result.grade!]} ${result.grade} · ${statusLabel(result.status)}${expected}`;
}

/** "0.4 (43%), yellow, at risk", or "no key results". */
export function scoreSummary(result: ObjectiveScore): string {
    if (result.score === undefined) return 'no key results';
    return `${formatScore(result.score)}, ${result.grade}, ${statusLabel(result.status)}`;
}

function krLine(kr: KeyResult, score: KeyResultScore): string {
    const label = kr.name ? `\`${kr.name}\` ` : '';
    const now = score.done ? 'done → ' : score.current ? `${formatNumber(score.current.value)} → ` : 'target ';
    const target = score.to ? ` · ${now}${formatQuantity(score.to)}` : '';
    return `${label}${md(kr.title)} — **${formatScore(score.progress)}**${target}`;
}

/** A bare check-in value takes the unit of its measure. */
function inMeasureUnit(value: QuantityValue | undefined, score: KeyResultScore): QuantityValue | undefined {
    const unit = score.to?.unit || score.from?.unit;
    return value && !value.unit && unit ? { ...value, unit } : value;
}

function unitAndCycle(objective: Objective, cycle: Cycle | undefined): string {
    const block = objective.$container;
    const cycleText = cycle ? `${cycle.id} (${formatDay(cycle.start)} to ${formatDay(cycle.end)})` : (block.cycle?.builtin ?? block.cycle?.custom?.$refText ?? '');
    return [block.unit?.$refText, cycleText].filter(Boolean).join(' · ');
}

export function kpiMarkdown(kpi: Kpi): string {
    const { health, latest, latestValue, trend } = kpiHealth(kpi);
    const lines = [`**KPI** \`${kpi.name}\``, '', md(kpi.title), ''];
    const rangeUnit = rangeBounds(kpi.expected)?.unit;
    const value = latestValue && !latestValue.unit && rangeUnit ? { ...latestValue, unit: rangeUnit } : latestValue;
    const reading = latest ? `latest ${formatQuantity(value)} (${latest.date})` : 'no reading yet';
    lines.push(`Expected ${describeRange(kpi.expected)} · ${reading} · **${HEALTH_LABEL[health]}**${trend ? ` · ${trend}` : ''}`);
    const unit = kpi.$container.unit?.$refText;
    const facts = [kpi.cadence ? `cadence ${kpi.cadence}` : 'no cadence', kpi.owner ? `owner ${md(kpi.owner)}` : 'no owner', unit && `unit ${unit}`].filter(Boolean);
    lines.push('', facts.join(' · '));
    if (kpi.definition) lines.push('', `> ${md(kpi.definition)}`);
    return lines.join('\n');
}

export function unitMarkdown(unit: Unit): string {
    const kind = unit.kind ? unit.kind.charAt(0).toUpperCase() + unit.kind.slice(1) : 'Unit';
    const facts = [unit.parent && `in \`${unit.parent.$refText}\``, unit.lead && `lead ${md(unit.lead)}`].filter(Boolean);
    return `**${kind}** \`${unit.name}\` — ${md(unit.title)}${facts.length > 0 ? `\n\n${facts.join(' · ')}` : ''}`;
}

export function strategyMarkdown(strategy: Strategy): string {
    return `**Strategy** \`${strategy.name}\`\n\n${md(strategy.statement)}`;
}
