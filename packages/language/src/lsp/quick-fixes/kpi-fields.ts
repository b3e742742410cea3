/**
 * Skeletons for a KPI's missing `expected` range, `owner` and `cadence`, and an objective's
 * missing owner. Values come from what the file already says where possible (the readings,
 * the unit's lead); the canonical order owner, definition, expected, cadence, readings is kept.
 */
import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import { isKpi, isObjective, type Kpi, type Objective } from '../../grammar/generated/ast.js';
import { orderedReadings } from '../../model/scoring.js';
import { parseDay } from '../../model/dates.js';
import { quantityValue } from '../../model/quantities.js';
import { quickFix, type FixContext, type QuickFix } from './fix-context.js';
import { quote } from './text-edits.js';

/** A new line in a `{ … }` body, after the last of the given properties (or after `{`). */
function insertInBody(context: FixContext, node: AstNode, after: string[], line: string) {
    const cst = node.$cstNode!;
    const anchors = after.flatMap(property => GrammarUtils.findNodesForProperty(cst, property));
    const anchor = anchors.sort((a, b) => b.end - a.end)[0] ?? GrammarUtils.findNodeForKeyword(cst, '{');
    if (!anchor) return undefined;
    return context.text.insertLineAfter(anchor.end, context.text.indentAt(cst.offset), line);
}

/** The range the readings span so far, as a starting point; `0..100` without readings. */
function rangeFromReadings(kpi: Kpi): string {
    const readings = kpi.readings.filter(reading => quantityValue(reading.value));
    if (readings.length < 2) return '0..100';
    const byValue = [...readings].sort((a, b) => quantityValue(a.value)!.value - quantityValue(b.value)!.value);
    const [low, high] = [byValue[0].value, byValue.at(-1)!.value];
    if (quantityValue(low)!.value === quantityValue(high)!.value) return '0..100';
    return `${low.number}..${high.number}${high.unit ? ` ${high.unit}` : ''}`;
}

/** The review rhythm the readings already follow; weekly when they do not tell. */
function cadenceFromReadings(kpi: Kpi): string {
    const days = orderedReadings(kpi).map(reading => parseDay(reading.date)!);
    const gaps = days.slice(1).map((day, index) => day - days[index]).sort((a, b) => a - b);
    if (gaps.length === 0) return 'weekly';
    const median = gaps[Math.floor(gaps.length / 2)];
    return median <= 2 ? 'daily' : median <= 10 ? 'weekly' : median <= 45 ? 'monthly' : 'quarterly';
}

export const addExpectedRange: QuickFix = context => {
    const kpi = AstUtils.getContainerOfType(context.node, isKpi);
    if (!kpi || kpi.expected) return [];
    const line = `expected ${rangeFromReadings(kpi)}`;
    const edit = insertInBody(context, kpi, ['owner', 'definition'], line);
    return edit ? [quickFix(context, `Add an expected range: \`${line}\``, [edit])] : [];
};

export const addKpiCadence: QuickFix = context => {
    const kpi = AstUtils.getContainerOfType(context.node, isKpi);
    if (!kpi || kpi.cadence) return [];
    const line = `cadence ${cadenceFromReadings(kpi)}`;
    const edit = insertInBody(context, kpi, ['owner', 'definition', 'expected'], line);
    return edit ? [quickFix(context, `Add \`${line}\``, [edit])] : [];
};

/** The lead of the unit as owner, since they are accountable for it anyway; a placeholder otherwise. */
export const addOwner: QuickFix = context => {
    const owned: Kpi | Objective | undefined = AstUtils.getContainerOfType(context.node, isKpi) ?? AstUtils.getContainerOfType(context.node, isObjective);
    if (!owned || owned.owner) return [];
    const lead = owned.$container.unit?.ref?.lead;
    const line = `owner ${quote(lead ?? 'TBD')}`;
    const edit = insertInBody(context, owned, [], line);
    const title = lead ? `Make ${lead} (the unit's lead) the owner` : 'Add an owner';
    return edit ? [quickFix(context, title, [edit])] : [];
};
