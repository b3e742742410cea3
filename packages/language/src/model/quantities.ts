/**
 * Numbers as users write them: `12`, `-1%`, `0.6`, `41%`, `$1.2M`, `15k`, plus an
 * optional unit word (`10 days`). Scale suffixes (k, M, B) multiply; `%`, a currency
 * and the unit word make up the value's unit.
 */
import type { Quantity } from '../grammar/generated/ast.js';

export interface ParsedNumber {
    value: number;
    /** '%', a currency symbol, or '' for a bare number. */
    symbol: string;
}

const NUMBER_PATTERN = /^(-?)([$€£¥]?)(\d+(?:\.\d+)?)(%|[kKMB])?$/;
const SCALE: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, B: 1e9 };

export function parseNumber(text: string | undefined): ParsedNumber | undefined {
    const match = text ? NUMBER_PATTERN.exec(text) : null;
    if (!match) return undefined;
    const [, sign, currency, digits, suffix] = match;
    const scale = suffix && suffix !== '%' ? SCALE[suffix] : 1;
    const value = (sign ? -1 : 1) * Number(digits) * scale;
    // Beyond double range (hundreds of digits) there is no number to compute with: the
    // invalid-number check says so, and scores treat the value as missing.
    if (!Number.isFinite(value)) return undefined;
    return { value, symbol: currency || (suffix === '%' ? '%' : '') };
}

/** Whether a number as written has the language's shape but is too large to compute with. */
export function isOutOfRange(text: string | undefined): boolean {
    return text !== undefined && NUMBER_PATTERN.test(text) && parseNumber(text) === undefined;
}

export interface QuantityValue {
    value: number;
    /** Normalized unit: symbol and unit word, e.g. '%', '$', 'days', '' when bare. */
    unit: string;
}

/** A quantity as written: `21 days`, `$1.2M`; `?` where there is none. */
export function quantityText(quantity: Quantity | undefined): string {
    return quantity ? [quantity.number, quantity.unit].filter(Boolean).join(' ') : '?';
}

export function quantityValue(quantity: Quantity | undefined): QuantityValue | undefined {
    const parsed = parseNumber(quantity?.number);
    if (!parsed || !quantity) return undefined;
    return { value: parsed.value, unit: joinUnit(parsed.symbol, quantity.unit) };
}

function joinUnit(symbol: string, word: string | undefined): string {
    return [symbol, word?.toLowerCase()].filter(Boolean).join(' ');
}

/** Whether two units disagree; a bare number takes the unit of its measure or range. */
export function unitsConflict(expected: string, actual: string): boolean {
    return actual !== '' && expected !== '' && normalizeUnitWord(expected) !== normalizeUnitWord(actual);
}

/** 'day' and 'days' are the same unit. */
function normalizeUnitWord(unit: string): string {
    return unit.replace(/(?<=[a-z]{2})s$/, '');
}

/** Formats a number for display: up to two decimals, no trailing zeros. */
export function formatNumber(value: number): string {
    return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** 40100000 → "40.1M", 15000 → "15k": large values read as users write them. */
function formatScaled(value: number): string {
    const magnitude = Math.abs(value);
    if (magnitude >= 1e9) return `${formatNumber(value / 1e9)}B`;
    if (magnitude >= 1e6) return `${formatNumber(value / 1e6)}M`;
    if (magnitude >= 1e4) return `${formatNumber(value / 1e3)}k`;
    return formatNumber(value);
}

export function formatQuantity(q: QuantityValue | undefined): string {
    if (!q) return '—';
    const n = formatScaled(q.value);
    if (q.unit === '%') return `${n}%`;
    if (/^[$€£¥]/.test(q.unit)) return q.unit[0] + n + q.unit.slice(1);
    return q.unit ? `${n} ${q.unit}` : n;
}
