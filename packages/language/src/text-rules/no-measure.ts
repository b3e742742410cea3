/**
 * The last word on a key result that no other rule placed: an outcome names what changes —
 * a measure (rate, time, %, revenue, customers), an amount of money, a change (`from X to Y`,
 * "by 20%", "below 2%") or a raise/lower/reach verb. A title with none of these ("Dogfood the
 * failover in staging", "Ranked ladder playable on mobile") describes work or a finished state.
 */
import type { TextVerdict } from './index.js';
import { FEWER_WORDS, LOWER_VERBS, RAISE_VERBS, REACH_VERBS } from './lexicon.js';
import { isMeasure } from './phrases.js';
import type { Word } from './words.js';

/** Amounts, durations, shares and changes written with symbols or small words. */
const MEASURED = /\d\s*%|%|\bfrom\b.+\bto\b|\bby\s+\d|[$€£¥]|\bper\b|\brate\b|\bratio\b|[<>≤≥]|\d+x\b|\d\s*(?:ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?)\b/i;

/** Financial results the measure lists leave to the verbs ("Be profitable in Q4", "Break even by December"). */
const FINANCIAL_RESULT = /\b(?:profit(?:s|able|ability)?|break[- ]?even|ebitda|earnings|income|cash[- ]?flow)\b/i;

export function judgeUnmeasured(list: Word[], lead: Word, title: string): TextVerdict | undefined {
    if (MEASURED.test(title) || FINANCIAL_RESULT.test(title)) return undefined;
    const changes = (word: Word) => isMeasure(word) || FEWER_WORDS.has(word.lower)
        || word.bases.some(base => RAISE_VERBS.has(base) || LOWER_VERBS.has(base) || REACH_VERBS.has(base));
    if (list.some(changes)) return undefined;
    return { triggers: [lead.text], explanation: 'it names no measure that would change (no rate, time, %, amount or customers), so it reads as work to do or a state to reach' };
}
