/**
 * Reading the phrase a verb acts on: its head nouns ("12 blog posts and 3 case studies" →
 * posts, studies) and whether they count output or name a measure.
 */
import {
    AUDIENCE_NOUNS, DONE_WORDS, EFFORT_VERBS, LOWER_VERBS, METRIC_NOUNS, OUTPUT_NOUNS, PHRASE_BOUNDARIES, RAISE_VERBS, REACH_VERBS,
    RESULT_NOUNS, TASK_VERBS, TEAM_NOUNS, WORK_REVIEW_KINDS,
} from './lexicon.js';
import { isIn, isNumber, nounIn, partIn, type Word } from './words.js';

export type VerbKind = 'task' | 'raise' | 'lower' | 'reach';

/** Counting the team's own people is effort: "hire 4 analysts", "train 20 reps". */
const STAFF_NOUNS = new Set(['engineer', 'designer', 'manager', 'rep', 'ae', 'sdr', 'bdr', 'csm', 'recruiter', 'hire', 'intern', 'contractor', 'salesperson', 'employee', 'teammate', 'staff']);
const PARTICLES = new Set(['out', 'up', 'off', 'on', 'down']);
export const QUANTITY_WORDS = new Set(['number', 'count', 'amount', 'total', 'volume', 'set', 'all', 'each', 'one', 'most', 'majority']);
/** Checked in this order: a word in two lists ("close", "move") counts as the first. */
const VERB_CHECKS: [VerbKind, ReadonlySet<string>][] = [
    ['lower', LOWER_VERBS], ['raise', RAISE_VERBS], ['reach', REACH_VERBS], ['task', TASK_VERBS], ['task', EFFORT_VERBS],
];

/** Whether the word can be read as a noun that names output, a measure or people outside the team. */
export function isNoun(word: Word | undefined): boolean {
    return [OUTPUT_NOUNS, METRIC_NOUNS, RESULT_NOUNS, AUDIENCE_NOUNS].some(set => nounIn(word, set));
}

/** Phrasal verbs that mean a task whatever their first word means alone: "reach out", "follow up", "check in". */
const PHRASAL_TASKS: Record<string, string> = { reach: 'out', follow: 'up', check: 'in', write: 'up', kick: 'off', clean: 'up', set: 'up', make: 'progress' };

export function verbKind(word: Word | undefined, next?: Word): VerbKind | undefined {
    if (!word) return undefined;
    if (next && word.bases.some(base => PHRASAL_TASKS[base] === next.lower)) return 'task';
    return VERB_CHECKS.find(([, set]) => isIn(word, set))?.[0];
}

/** The head nouns of the phrase starting at `start`: "12 blog posts and 3 case studies" → posts, studies. */
export function objectHeads(list: Word[], start: number): Word[] {
    const heads: Word[] = [];
    let last: Word | undefined;
    let i = start;
    if (PARTICLES.has(list[i]?.lower)) i++; // "roll out", "sign up"
    for (; i < list.length; i++) {
        const word = list[i];
        if (word.aside) continue;
        // "at least 5 posts", "at most 3 incidents": a quantity, not the end of the phrase.
        if (word.lower === 'at' && /^(least|most)$/.test(list[i + 1]?.lower ?? '')) { i++; continue; }
        if (word.lower === 'of') {
            // "number of printable handouts", "100% of pilot schools" look through; "ratio of applicants" stops.
            if (!last || QUANTITY_WORDS.has(last.lower)) { last = undefined; continue; }
            break;
        }
        if (word.lower === 'and' || word.lower === '&') { if (last) heads.push(last); last = undefined; continue; }
        if (PHRASE_BOUNDARIES.has(word.lower) || DONE_WORDS.has(word.lower) && last) break;
        // "accounts running a workflow", "defects caught by support": a participle starts a modifier.
        // ("coaching program": a participle right before the thing it describes is part of the name.)
        if (last && /(ing|ed)$/.test(word.lower) && verbKind(word) && !nounIn(word, OUTPUT_NOUNS) && !nounIn(list[i + 1], OUTPUT_NOUNS)) break;
        if (isNumber(word)) continue; // "ISO 27001 stage 2 audit", "12 blog posts"
        last = word;
        if (/[,;:()]/.test(word.trail)) { heads.push(last); last = undefined; if (/[;:()]/.test(word.trail)) break; }
    }
    if (last) heads.push(last);
    return heads;
}

/**
 * The first head that counts output or the team's own people ("hire 4 analysts", "onboard
 * 3 team members"), when no head names a measure and it is not a usage rate ("integrations per customer").
 */
export function countedOutput(list: Word[], heads: Word[]): Word | undefined {
    // "Onboard four platform team members": members of the team are its own people, not an audience.
    const staff = (h: Word) => nounIn(h, STAFF_NOUNS) || h.bases.includes('member') && nounIn(list[list.indexOf(h) - 1], TEAM_NOUNS);
    if (heads.some(h => isMeasure(h) && !isOutput(list, h) && !staff(h))) return undefined;
    // A share of the team ("employees working from home from 20% to 50%") is a rate, not a headcount.
    const share = list.some(w => w.text.endsWith('%') || /^(percent|percentage|share)$/.test(w.lower));
    const counted = heads.find(h => isOutput(list, h) || !share && staff(h));
    // "integrations per customer", "a ticket per subscription ratio": a usage rate, not a count.
    const perCustomer = counted && list.some((w, i) => w.index > counted.index && w.lower === 'per'
        && (nounIn(list[i + 1], AUDIENCE_NOUNS) || nounIn(list[i + 2], METRIC_NOUNS)));
    return perCustomer ? undefined : counted;
}

/** Whether the word names output: a deliverable or unit of work. */
export function isOutput(list: Word[], word: Word): boolean {
    // "time-to-first-reply" measures time, whatever its last part names.
    if (!nounIn(word, OUTPUT_NOUNS) || partIn(word, METRIC_NOUNS)) return false;
    // Customer reviews are a result; code or business reviews are work.
    if (word.bases.includes('review')) return isIn(list[list.indexOf(word) - 1], WORK_REVIEW_KINDS);
    return !(word.bases.includes('plan') && attainment(list, word));
}

/** "Achieve 105% of bookings plan": a share of a plan is attainment, unless the plan counts output ("90% of the hiring plan"). */
function attainment(list: Word[], plan: Word): boolean {
    const at = list.indexOf(plan);
    const of = list.slice(0, at).map(w => w.lower).lastIndexOf('of');
    const share = list[of - 1];
    if (of < 1 || !share || !(/%\+?$/.test(share.text) || /^(percent|percentage)$/.test(share.lower))) return false;
    return !list.slice(of + 1, at).some(w => nounIn(w, OUTPUT_NOUNS) || nounIn(w, STAFF_NOUNS));
}

/** Whether the word names a measure, a business result or people outside the team. */
export function isMeasure(word: Word): boolean {
    return nounIn(word, METRIC_NOUNS) || nounIn(word, RESULT_NOUNS) || nounIn(word, AUDIENCE_NOUNS);
}

/** "Publish 12 blog posts", "increase the number of webinars": a quantity of the thing. */
export function isCounted(list: Word[], from: Word, to: Word): boolean {
    return list.some(w => w.index > from.index && w.index < to.index && (isNumber(w) || QUANTITY_WORDS.has(w.lower)));
}
