/** Parsers for option values shared by the commands; a bad value is a usage error (exit 2). */
import { InvalidArgumentError } from 'commander';
import { parseDay } from 'okr-language/dates';

/** A date option (`--since`): a real calendar date, YYYY-MM-DD. */
export function parseDate(value: string): string {
    if (parseDay(value) === undefined) {
        throw new InvalidArgumentError(`Expected a date like 2026-11-10, not "${value}".`);
    }
    return value;
}

/** `--today YYYY-MM-DD`: a real calendar date. */
export const parseToday = parseDate;

/** `--max-warnings N`: a whole number of 0 or more (-1, as in ESLint, means no limit). */
export function parseMaxWarnings(value: string): number {
    const n = Number(value);
    if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < -1) {
        throw new InvalidArgumentError(`Expected a whole number of 0 or more, not "${value}".`);
    }
    return n;
}
