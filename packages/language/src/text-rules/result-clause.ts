/**
 * Whether a key result led by a task verb also states a result: the work creates a counted business
 * result, sets a measure to a level, or names the measured change it should cause.
 */
import { LEADING_FILLERS, LOWER_VERBS, METRIC_NOUNS, RAISE_VERBS, REACH_VERBS, RESULT_CONNECTORS, RESULT_NOUNS } from './lexicon.js';
import type { TextVerdict } from './index.js';
import { countedOutput, isMeasure, isOutput, objectHeads } from './phrases.js';
import { isDateNumber, isIn, isNumber, nounIn, words, type Word } from './words.js';

/**
 * "Build a pipeline of 15 opportunities", "generate $2M in pipeline": work that creates a counted
 * business result is that result. Unquantified ("deploy the new CI pipeline") it is just the work.
 */
export function createsResult(list: Word[], at: number, heads: Word[]): boolean {
    // A deadline ("by sprint 9", "in 2027") dates the work; it does not count a result.
    return heads.some(h => isIn(h, RESULT_NOUNS)) && list.some((w, i) => i > at && isNumber(w) && !w.aside && !isDateNumber(list, i));
}

/**
 * "Provide a 12-hour response time", "move 50% of scores up": a task verb that sets a measure to a
 * level (a percentage or a quantity with a unit) states a result. "Contact 50 leads" and "post 20
 * times" still count work.
 */
export function setsLevel(list: Word[], verb: Word, heads: Word[]): boolean {
    const level = list.find(w => w.index > verb.index && isNumber(w) && /%|\d-|\d(ms|s|h|x)$/i.test(w.text));
    return level !== undefined && heads.some(h => h.index > level.index && h.lower !== 'times' && nounIn(h, METRIC_NOUNS) && !isOutput(list, h));
}

export function counts(verb: Word, output: Word): TextVerdict {
    return { triggers: [verb.text, output.text], explanation: `it counts ${output.lower}, which is output or effort, not a change for customers or the business` };
}

/**
 * Whether the title also states the measured change the work should cause: "… to raise
 * replies to offers by 25%", "… as shown by a mean rating of 4.2+", and for a task verb
 * "… from 48 to 66 percent". A purpose that only counts more output ("… to deliver 4 events")
 * or names no number ("… to improve follow-up") is not a result.
 */
export function statesResult(list: Word[], at: number, title: string, fromTo: boolean): boolean {
    const rest = title.slice(list[at].index + list[at].text.length);
    if (fromTo && /\bfrom\s+[$€£]?\d[\d.,]*\s*\S*\s+to\s+(?:under\s+|below\s+|over\s+)?[<>≤≥]?\s*[$€£]?\d/i.test(rest)) return true;
    const connector = RESULT_CONNECTORS.exec(rest);
    if (!connector) return false;
    const clause = words(rest.slice(connector.index + connector[0].length));
    // A deadline ("… to meet the new standards by 2026", "… in Q3") dates the work and an ordinal ("… the 3rd
    // edition") ranks a thing; neither states a level.
    if (!clause.some((w, i) => isNumber(w) && !isDateNumber(clause, i) && !/^\d+(?:st|nd|rd|th)$/i.test(w.text))) return false;
    // "… as shown by a mean rating of 4.2+": the measure that shows the result, with its level.
    if (/^as\s/i.test(connector[0])) return clause.some(isMeasure) && clause.some(isNumber);
    const verbAt = clause.findIndex(w => !LEADING_FILLERS.has(w.lower));
    const verb = clause[verbAt];
    if (!verb || verb.lower.endsWith('ing') && connector[0].toLowerCase() === 'to') return false;
    if (isIn(verb, LOWER_VERBS)) return true;
    return (isIn(verb, RAISE_VERBS) || isIn(verb, REACH_VERBS)) && !countedOutput(clause, objectHeads(clause, verbAt + 1));
}

