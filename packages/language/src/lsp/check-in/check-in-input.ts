/**
 * What a user asks to check in — a value (or `done`), a confidence, a note and a date, as typed
 * on a command line or in an input box — read by the language's own rules: the value through
 * the .okr lexer, its unit against the measure's, the confidence by the `invalid-confidence`
 * rule, the note as a string literal that reads back exactly. Every refusal is one sentence.
 */
import type { KeyResult } from '../../grammar/generated/ast.js';
import { isFromToMeasure, isMilestoneMeasure } from '../../grammar/generated/ast.js';
import { confidenceSuggestion, formatFraction, readConfidence } from '../../model/confidence.js';
import { formatDay, parseDay } from '../../model/dates.js';
import { parseNumber, unitsConflict } from '../../model/quantities.js';
import { visible } from '../../io/visible-text.js';
import type { OkrServices } from '../../okr-module.js';
import { measureUnit } from '../../validation/key-results.js';
import { isExponent } from '../../validation/numbers.js';
import { keyResultName } from '../../validation/report-target.js';

export interface CheckInInput {
    /** A value as a check-in writes it (`14`, `41%`, `$1.2M`, `10 days`), or `done`. */
    value: string;
    /** 0.0–1.0, or a percentage (`60%` is 0.6). */
    confidence?: string;
    note?: string;
    /** `YYYY-MM-DD`; default: today. */
    date?: string;
}

/** The check-in to write, each part as the canonical line has it. */
export interface CheckInLine {
    date: string;
    /** The number and unit word (`14 days`), or undefined for `done`. */
    value?: { number: string; unit?: string };
    confidence?: string;
    /** The note as the file will read it back (its string value, not the literal). */
    note?: string;
    /** `checkin 2026-11-20 = 14 days confidence 0.6 "Pilot is live"`: the line as `okr fmt` writes it. */
    text: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

const refuse = (problem: string): { ok: false; problem: string } => ({ ok: false, problem });

/** Reads the whole input; `value` may be left out to check the other fields alone (as-you-type validation). */
export function readCheckInInput(services: OkrServices, kr: KeyResult, input: Partial<CheckInInput>, today: number): Checked<CheckInLine> {
    const value = input.value === undefined ? { ok: true as const, value: undefined } : readValue(services, kr, input.value);
    if (!value.ok) return value;
    const confidence = readConfidenceText(input.confidence);
    if (!confidence.ok) return confidence;
    const note = readNote(input.note);
    if (!note.ok) return note;
    const date = input.date?.trim() || formatDay(today);
    if (parseDay(date) === undefined) return refuse(`"${visible(date)}" is not a date: write it as YYYY-MM-DD, e.g. ${formatDay(today)}.`);
    const parts = [`checkin ${date} =`, value.value ? [value.value.number, value.value.unit].filter(Boolean).join(' ') : 'done'];
    if (confidence.value !== undefined) parts.push(`confidence ${confidence.value}`);
    if (note.value !== undefined) parts.push(stringLiteral(note.value));
    return { ok: true, value: { date, value: value.value, confidence: confidence.value, note: note.value, text: parts.join(' ') } };
}

/** `14`, `41%`, `10 days`, `done`: exactly one NUMBER and at most one unit word, in the measure's unit. */
function readValue(services: OkrServices, kr: KeyResult, text: string): Checked<{ number: string; unit?: string } | undefined> {
    const written = text.trim();
    const milestone = isMilestoneMeasure(kr.measure);
    if (written.toLowerCase() === 'done') {
        // As the unit-mismatch check has it: done would score a measured change 100% and hide its value.
        if (isFromToMeasure(kr.measure)) return refuse(`key result ${visible(keyResultName(kr))} is measured from ${kr.measure.from.number} to ${kr.measure.to.number}: check in the value it reached, not done.`);
        return { ok: true, value: undefined };
    }
    if (milestone) {
        return refuse(`key result ${visible(keyResultName(kr))} is a milestone: it is either reached or not, so check it in as done once it is reached.`);
    }
    const example = 'write a number with an optional unit, e.g. 14, 41%, $1.2M or 10 days, or done';
    if (!written) return refuse(`no value: ${example}.`);
    const { tokens, errors, hidden } = services.parser.Lexer.tokenize(written);
    const [number, unit, ...rest] = tokens;
    const shaped = errors.length === 0 && hidden.length === 0 && rest.length === 0
        && number?.tokenType.name === 'NUMBER' && (unit === undefined || unit.tokenType.name === 'ID');
    if (!shaped) return refuse(`"${shorten(written)}" is not a value: ${example}.`);
    if (!parseNumber(number.image)) return refuse(`${shorten(number.image)} is too large to compute with: write a realistic value, or use a k, M or B suffix.`);
    if (isExponent(unit?.image)) return refuse(`${number.image}${unit!.image} is in scientific notation, which .okr does not read: write the number out, or use a k, M or B suffix (15k, 1.2M).`);
    const expected = measureUnit(kr);
    const actual = [parseNumber(number.image)!.symbol, unit?.image.toLowerCase()].filter(Boolean).join(' ');
    if (expected !== undefined && unitsConflict(expected, actual)) {
        return refuse(`${shorten(written)} is in "${visible(actual)}", but key result ${visible(keyResultName(kr))} is measured in "${visible(expected)}": write it in "${visible(expected)}", or as a bare number.`);
    }
    return { ok: true, value: { number: number.image, unit: unit?.image } };
}

/** As the `invalid-confidence` check reads it; a percentage is written as the fraction it means. */
function readConfidenceText(text: string | undefined): Checked<string | undefined> {
    const written = text?.trim();
    if (!written) return { ok: true, value: undefined };
    const parsed = parseNumber(written);
    const reading = readConfidence(written);
    if (!parsed) return refuse(`confidence "${shorten(written)}" is not a number: write a number from 0.0 (no chance) to 1.0 (certain), e.g. 0.6 or 60%.`);
    if (!reading.ok) return refuse(`confidence ${shorten(written)} is out of range: it is a number from 0.0 (no chance) to 1.0 (certain).${confidenceSuggestion(reading.value)}`);
    return { ok: true, value: parsed.symbol === '%' ? formatFraction(reading.fraction) : written };
}

// What a string literal can hold as an escape (Langium's value converter reads them back).
const ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\0': '\\0' };
// Control characters without an escape, which would sit raw in the file (see io/visible-text.ts).
const UNWRITABLE = /[\u0001-\u0007\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function readNote(note: string | undefined): Checked<string | undefined> {
    if (note === undefined || note.trim() === '') return { ok: true, value: undefined };
    const unwritable = UNWRITABLE.exec(note);
    if (unwritable) return refuse(`the note contains the control character ${visible(unwritable[0])}, which a check-in note cannot hold: remove it.`);
    return { ok: true, value: note };
}

/** A .okr string literal whose value is exactly `text`. */
export function stringLiteral(text: string): string {
    return `"${text.replace(/[\\"\n\r\t\b\f\v\0]/g, char => ESCAPES[char])}"`;
}

/** User text quoted in a refusal: visible, and short enough for one line. */
function shorten(text: string): string {
    const shown = visible(text);
    return shown.length <= 40 ? shown : `${shown.slice(0, 39)}…`;
}
