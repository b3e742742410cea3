/**
 * Effort in a key result: time, money or capacity put into work ("spend 10 hours a week on code
 * review", "allocate $50k to paid ads") and how often work is done ("practise the cello 4 times per
 * week"). Neither says what changed for customers or the business.
 */
import { DETERMINERS, FEWER_WORDS } from './lexicon.js';
import type { TextVerdict } from './index.js';
import { isNoun, verbKind } from './phrases.js';
import { isNumber, type Word } from './words.js';

/**
 * "Spend 10 hours per week on code review", "allocate $50k to paid ads": time, money or capacity
 * put into work is effort. A cap on it ("spend less than $5k on tooling") is a result.
 */
export function judgeEffort(list: Word[], at: number): TextVerdict | undefined {
    const next = list[at + 1];
    if (!next || FEWER_WORDS.has(next.lower) || /^(no|at)$/.test(next.lower) && /^(more|most)$/.test(list[at + 2]?.lower ?? '')) return undefined;
    return { triggers: [list[at].text], explanation: 'it names time, money or capacity to put into work, which is effort, not a result' };
}

/** "4 sessions per week", "10 minutes every day", "8 hours/night", "two walks a day", "daily": how often or how long the work is done. */
const FREQUENCY = /\b(?:times|minutes|hours|days)\b.*(?:\b(?:per|a|each|every)\s+|\/\s*)(?:day|night|week|month)\b|\b(?:every|each|per|a)\s+(?:day|morning|evening|night|week)\b|\b(?:daily|nightly|weekly)\b/i;

/** Time or repetitions put in per period: `40 minutes every day`, `3 days/week`, `5 times a week`. */
export const TIME_PER_PERIOD = /\b(?:times|minutes|hours|days)\b.*(?:\b(?:per|a|each|every)\s+|\/\s*)(?:day|night|week|month)\b/i;

/** A count of repetitions per period: `3 times per week`, `twice a day`, `once each month`. */
const REPEATED = /\b(?:\d+\s+times|once|twice|thrice)\s+(?:per|a|each|every)\s+(?:day|night|week|month)\b/i;

/**
 * "Practise the cello at least 4 times per week", "Eat two cups of vegetables every day": a verb outside
 * the word lists, used as an imperative (a determiner or number follows), with how often it is done,
 * is a habit: effort, not a result.
 */
export function judgeHabit(list: Word[], at: number, title: string): TextVerdict | undefined {
    const lead = list[at];
    const next = list[at + 1];
    if (at > 0 || verbKind(lead) || isNoun(lead) || !next) return undefined;
    // The verb's object usually starts with a determiner or a number; a stated count of repetitions
    // ("… to the gym twice a week") marks a habit whatever follows the verb.
    if (!(DETERMINERS.has(next.lower) || isNumber(next)) && !REPEATED.test(title)) return undefined;
    const often = FREQUENCY.exec(title);
    return often ? { triggers: [lead.text, ...often[0].split(/[\s/]+/).slice(-2)], explanation: 'it counts how often work is done, which is effort, not a result' } : undefined;
}

