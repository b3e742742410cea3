/**
 * Judging the English text of titles, explainably: each verdict names the words that gave
 * it away. A key result is an *activity* when it names work or output (launch, publish,
 * 12 blog posts) instead of a change in a result for customers or the business (rate, time,
 * %, revenue, churn, from X to Y). An objective is *maintenance* when it is about holding a
 * level (maintain, keep, stay above) — a KPI with an objective label.
 */
import { ACTIVITY_VERBS, CHANGE_AFTER_HOLD, CHANGE_VERBS, HOLD_VERBS, METRIC_NOUNS, OUTPUT_NOUNS } from './lexicon.js';

export interface TextVerdict {
    /** The words in the title that gave it away, as written. */
    triggers: string[];
    /** Why those words mean this, in a short clause for the message. */
    explanation: string;
}

interface Word { text: string; index: number }

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const FILLER = new Set(['to', 'a', 'an', 'the', 'our', 'and', 'successfully', 'fully', 'finally', 'first', 'all', 'at', 'least']);
const DELIVERED = /\b(live|launched|shipped|released|published|completed|implemented|deployed|delivered|rolled out|in production|go[- ]live|done|finished|signed off|approved|in place)\b/i;
const FROM_TO = /\bfrom\s+\S+\s+to\s+\S+/i;
const RESULT_CLAUSE = /\b(?:to|so that|in order to|resulting in|leading to|driving|which)\b.*\b(?:increase|grow|reduce|decrease|improve|raise|cut|lower|boost|lift|reach|achieve|double|halve)\w*\b/i;

function words(title: string): Word[] {
    return [...String(title ?? '').slice(0, 500).matchAll(WORD)].map(m => ({ text: m[0], index: m.index ?? 0 }));
}

/** Whether a word is in a set of base forms, allowing plural, -ed and -ing forms. */
export function inLexicon(word: string, lexicon: Set<string>): boolean {
    const w = word.toLowerCase().replace(/[’']s$/, '');
    if (lexicon.has(w)) return true;
    const candidates = [
        w.replace(/ies$/, 'y'), w.replace(/ied$/, 'y'), w.replace(/es$/, ''), w.replace(/s$/, ''), w.replace(/ed$/, ''),
        w.replace(/d$/, ''), w.replace(/ing$/, ''), w.replace(/ing$/, 'e'), w.replace(/(\w)\1(ed|ing)$/, '$1'),
    ];
    // "renegotiate", "relaunch", "rebuild": doing a task again is still a task.
    if (w.startsWith('re') && w.length > 5 && lexicon === ACTIVITY_VERBS && inLexicon(w.slice(2), lexicon)) return true;
    return candidates.some(c => c !== w && c.length > 1 && lexicon.has(c));
}

const isNumber = (word: string) => /^\p{N}/u.test(word);

/** The first word that carries meaning: fillers like "successfully" are skipped. */
function leadingWord(list: Word[]): Word | undefined {
    return list.find(w => !FILLER.has(w.text.toLowerCase()));
}

/** A metric word that comes after position `after`, e.g. "webinar attendance rate". */
function metricAfter(list: Word[], after: number): Word | undefined {
    return list.find(w => w.index > after && inLexicon(w.text, METRIC_NOUNS) && !inLexicon(w.text, OUTPUT_NOUNS));
}

export function judgeKeyResultTitle(title: string): TextVerdict | undefined {
    const list = words(title);
    const lead = leadingWord(list);
    if (!lead) return undefined;
    const changeLead = inLexicon(lead.text, CHANGE_VERBS);
    const activityLead = inLexicon(lead.text, ACTIVITY_VERBS) && !changeLead;

    // Counting output ("12 blog posts", "increase webinars to 8") measures effort, not a result.
    const counted = (i: number) => list.slice(Math.max(0, i - 3), i).some(w => isNumber(w.text) || /^(number|count|amount)$/i.test(w.text));
    const output = list.find((w, i) => i > 0 && inLexicon(w.text, OUTPUT_NOUNS) && (counted(i) || changeLead));
    // Any metric word ("tickets per account", "days to kickoff call") makes it a measured result.
    const measured = output && (metricAfter(list, -1) || /\bper\b|%/i.test(title));
    if (output && !measured) {
        const triggers = activityLead || changeLead ? [lead.text, output.text] : [output.text];
        return { triggers, explanation: `it counts ${output.text.toLowerCase()}, which is output or effort, not a change for customers or the business` };
    }
    if (activityLead) {
        // "Move activation from 61 to 75 percent" and "Implement caching to cut latency" state the result.
        if ((RESULT_CLAUSE.test(title) || FROM_TO.test(title)) && metricAfter(list, lead.index)) return undefined;
        return { triggers: [lead.text], explanation: `"${lead.text}" names a task to do, not the result it should cause` };
    }
    if (changeLead || FROM_TO.test(title)) return undefined;
    if (/^new$/i.test(lead.text) && !/\d/.test(title)) {
        return { triggers: [lead.text], explanation: 'it names a new deliverable, not the result it should bring' };
    }
    const delivered = DELIVERED.exec(title);
    if (delivered && !/\d\s*%/.test(title)) {
        return { triggers: [delivered[1]], explanation: `it describes a deliverable being ${delivered[1].toLowerCase()}, not a result` };
    }
    return undefined;
}

export function judgeObjectiveTitle(title: string): TextVerdict | undefined {
    const list = words(title);
    for (let i = 0; i < list.length; i++) {
        const word = list[i];
        if (!inLexicon(word.text, HOLD_VERBS)) continue;
        const next = list.slice(i + 1, i + 4).map(w => w.text.toLowerCase());
        const lower = word.text.toLowerCase();
        // "keep improving", "continue to grow", "stay ahead by shipping faster" change a level.
        if (next.includes('than') || next.some(w => CHANGE_AFTER_HOLD.has(w) || inLexicon(w, CHANGE_VERBS) && !['keep', 'stay'].includes(w))) continue;
        // "retain" and "protect" only hold a level when they name one ("retain 95% of customers" is a result).
        if ((lower.startsWith('retain') || lower.startsWith('protect') || lower.startsWith('hold')) && !next.some(w => /^(at|above|below|under|steady|stable|flat|current)$/.test(w))) continue;
        if (lower.startsWith('continu') && next[0] !== 'to' && !next.some(w => w.endsWith('ing'))) continue;
        const phrase = [word.text, ...list.slice(i + 1, i + 2).filter(w => /^(above|below|under|within|at|steady|stable|flat|ahead)$/i.test(w.text)).map(w => w.text)].join(' ');
        return { triggers: [phrase], explanation: 'it describes holding a level, which is what a KPI with an expected range tracks' };
    }
    const ensure = /\b(ensure|guarantee)\b[^.]*?(\d+(?:\.\d+)?\s*%|\b(?:stays?|remains?)\b)/i.exec(title);
    if (ensure) return { triggers: [ensure[1]], explanation: 'it guarantees a level instead of changing one, which is what a KPI with an expected range tracks' };
    return undefined;
}
