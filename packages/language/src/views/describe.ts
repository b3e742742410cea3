/** Short human wording for measures, ranges and statuses, shared by hovers, code lenses and the outline. */
import { isAtLeastRange, isBetweenRange, isFromToMeasure, isMilestoneMeasure, isTargetMeasure, type Measure, type Range } from '../grammar/generated/ast.js';
import { quantityText } from '../model/quantities.js';
import type { Status } from '../model/scoring.js';
import { visible } from '../io/visible-text.js';

const STATUS_LABEL: Record<Status, string> = {
    'not-started': 'not started',
    'on-track': 'on track',
    'at-risk': 'at risk',
    'off-track': 'off track',
    'ended': 'ended',
};

export function statusLabel(status: Status): string {
    return STATUS_LABEL[status];
}

export function describeMeasure(measure: Measure | undefined): string {
    if (isFromToMeasure(measure)) return `from ${quantityText(measure.from)} to ${quantityText(measure.to)}`;
    if (isTargetMeasure(measure)) return `to ${quantityText(measure.to)} (no baseline)`;
    if (isMilestoneMeasure(measure)) return 'milestone';
    return 'no measure';
}

export function describeRange(range: Range | undefined): string {
    if (isBetweenRange(range)) return `${range.low}..${quantityText(range.high)}`;
    if (isAtLeastRange(range)) return `>= ${quantityText(range.bound)}`;
    if (range) return `<= ${quantityText(range.bound)}`;
    return 'no range';
}

/** User text shown as Markdown: on one line, and characters with a meaning in Markdown or HTML escaped. */
export function escapeMarkdown(text: string | undefined): string {
    return visible(text ?? '')
        .replace(/[\\`*_[\]<>|~]/g, char => `\\${char}`)
        .replace(/^(\s*)([#>+-])/, '$1\\$2')
        .replace(/^(\s*\d+)\./, '$1\\.');
}
