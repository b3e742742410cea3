/**
 * Judging the English text of titles, explainably: each verdict names the words that gave it
 * away. A key result is an *activity* when it names work or output (launch, publish,
 * 12 blog posts) instead of a change in a result for customers or the business (rate, time,
 * %, revenue, churn, from X to Y): see `key-result-rule.ts`. An objective is *maintenance*
 * when it is about holding a level (maintain, keep, stay above) — a KPI with an objective
 * label: see `objective-rule.ts`. Both are pure, never throw, and read only the first MAX_CHARS
 * characters of a title (`boundedTitle`).
 */

export interface TextVerdict {
    /** The words in the title that gave it away, as written. */
    triggers: string[];
    /** Why those words mean this, in a short clause for the message. */
    explanation: string;
    /** The stretch of the title that reads this way, as written, when it is more than the triggers ("within 3 business days"). */
    part?: string;
}

export { judgeKeyResultTitle } from './key-result-rule.js';
export { judgeObjectiveTitle } from './objective-rule.js';
export { MAX_CHARS } from './words.js';
