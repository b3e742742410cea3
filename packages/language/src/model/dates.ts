/** Calendar dates as whole UTC day numbers, so that no time zone ever shifts a check-in. */
import { remembered } from './memo.js';

const MS_PER_DAY = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a `YYYY-MM-DD` date, or undefined when it is not a real calendar date. */
export function parseDay(text: string | undefined): number | undefined {
    return text ? parseDate(text) : undefined;
}

// Thousands of check-ins share a few hundred dates, and several checks read each one.
const parseDate = remembered((text: string): number | undefined => {
    const match = DATE_PATTERN.exec(text);
    if (!match) return undefined;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    const check = new Date(ms);
    if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
    return ms / MS_PER_DAY;
}, { entries: 10_000 });

export function dayOf(year: number, monthIndex: number, day: number): number {
    return Date.UTC(year, monthIndex, day) / MS_PER_DAY;
}

/** Days written as text, remembered: a check writes the same few dates into thousands of messages. */
const formattedDays = new Map<number, string>();
const FORMATTED_DAYS_KEPT = 10_000;

export function formatDay(day: number): string {
    let text = formattedDays.get(day);
    if (text === undefined) {
        text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
        if (formattedDays.size >= FORMATTED_DAYS_KEPT) formattedDays.clear();
        formattedDays.set(day, text);
    }
    return text;
}

/** Today in the local calendar, as a day number. */
export function localToday(now = new Date()): number {
    return dayOf(now.getFullYear(), now.getMonth(), now.getDate());
}
