/**
 * A check-in's confidence: a probability from 0.0 (no chance) to 1.0 (certain), written as a
 * fraction (`0.6`) or a percentage (`60%`, read as 0.6). One rule for the `invalid-confidence`
 * check and for the check-in commands, which refuse what the check would flag.
 */
import { parseNumber } from './quantities.js';

export type ConfidenceReading =
    | { ok: true; fraction: number }
    /** `value`: a bare number as read (60 for `confidence 60`), for a suggestion. */
    | { ok: false; value?: number };

export function readConfidence(text: string | undefined): ConfidenceReading {
    const parsed = parseNumber(text);
    if (!parsed) return { ok: false };
    const value = parsed.symbol === '%' ? parsed.value / 100 : parsed.value;
    // Only a bare number can be a percentage that lacks its `%` (`confidence 60`).
    if (value < 0 || value > 1 || (parsed.symbol !== '' && parsed.symbol !== '%')) return { ok: false, value: parsed.symbol === '' ? value : undefined };
    return { ok: true, fraction: value };
}

/**
 * `Write confidence 0.6 for 60%.` when a value looks like a percentage written without `%`
 * (10 to 100: `confidence 1.5` is no 1.5% anybody meant).
 */
export function confidenceSuggestion(value: number | undefined): string {
    return value !== undefined && value >= 10 && value <= 100 ? ` Write \`confidence ${Number((value / 100).toFixed(2))}\` for ${value}%.` : '';
}

/** A fraction as a `.okr` number without floating-point noise: 57% → `0.57`, 1/3 → `0.333333`. */
export function formatFraction(fraction: number): string {
    return String(Number(fraction.toFixed(6)));
}
