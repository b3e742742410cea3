/**
 * Is a key result an activity? A title is read the way a coach reads it: find the verb that
 * carries it and what it acts on.
 *
 * - A task verb ("launch", "hire", "publish", "conduct") names work, unless the title also states
 *   the measured change that work should cause ("… to cut p95 latency by 30%").
 * - A raise or reach verb ("increase", "achieve") is an outcome when it acts on a measure
 *   (conversion, revenue, customers) and effort when it acts on a count of output
 *   ("increase blog posts to 8", "generate 40 customer stories"): a number does not make it a result.
 * - A lower verb ("reduce", "cut") is an outcome: fewer bugs, tickets or costs is a change.
 * - Without a leading verb, the predicate decides ("wizard is live", "AEs complete a deck" are
 *   work; "90% of customers reach first value" is a result), then the thing named ("README quickstart"):
 *   see `predicate.ts`. Whether a task also states its result is read in `result-clause.ts`.
 */
import { AUDIENCE_NOUNS, DETERMINERS, DONE_WORDS, EFFORT_VERBS, LEADING_FILLERS, METRIC_NOUNS, PHRASE_BOUNDARIES } from './lexicon.js';
import { judgeEffort, judgeHabit, TIME_PER_PERIOD } from './effort.js';
import { judgeUnmeasured } from './no-measure.js';
import type { TextVerdict } from './index.js';
import { countedOutput, isCounted, isMeasure, isNoun, isOutput, objectHeads, verbKind, type VerbKind } from './phrases.js';
import { AUXILIARIES, judgeNamedThing, judgePredicate } from './predicate.js';
import { counts, createsResult, setsLevel, statesResult } from './result-clause.js';
import { boundedTitle, isIn, isNumber, nounIn, words, type Word } from './words.js';

const ASSURE_VERBS = new Set(['ensure', 'assure', 'guarantee']);
const QUANTIFIERS = new Set(['all', 'every', 'each', 'more', 'less', 'fewer', 'at', 'no', 'zero', 'over', 'under']);
/** Reach verbs that gather something from people ("get feedback", "obtain feedback"), as research does. */
const GATHERING_VERBS = new Set(['get', 'obtain', 'gather', 'seek', 'request']);
/** A rating as the target ("4-star feedback", "feedback score of 4.5", "positive feedback from 90%"). */
const RATED = /star|rating|score|\d\s*%|\bnps\b|\bcsat\b/i;
/** Raise verbs about quality rather than amount. */
const QUALITY_VERBS = new Set(['improve', 'enhance', 'optimize', 'optimise', 'strengthen', 'deepen', 'accelerate', 'speed', 'refine']);

export function judgeKeyResultTitle(title: string): TextVerdict | undefined {
    // Every pattern below sees the same bounded text as `words`, so the work does not grow with the title.
    const bounded = boundedTitle(title);
    // "Starting in the 2025 school year, …", "Beginning in Q2, …": a time frame before the comma; the clause after it carries the title.
    const frame = TIME_FRAME.exec(bounded);
    const text = frame && /\b(?:year|quarter|month|week|semester|term|season|fall|autumn|spring|summer|winter|q[1-4]|(?:19|20)\d\d|fy\d*)\b/i.test(frame[0])
        ? bounded.slice(frame[0].length) : bounded;
    const list = words(text);
    const leadAt = leadIndex(list);
    if (leadAt < 0) return undefined;
    return readKeyResult(text, list, leadAt) ?? judgeUnmeasured(list, list[leadAt], text);
}

/** A leading time frame: "Starting in …,", "Beginning with the 2025 cohort,", "From Q3 onwards,". */
const TIME_FRAME = /^\s*(?:starting|beginning|commencing|from)\s+[^,]{1,100},\s*/i;

const leadIndex = (list: Word[]) => list.findIndex(w => !LEADING_FILLERS.has(w.lower) && !isNumber(w) && w.lower.length > 1);

function readKeyResult(title: string, list: Word[], leadAt: number): TextVerdict | undefined {
    // "Ensure 100% of teammates …", "Make sure that every account …": the clause that follows says what is to be true.
    const clause = assuredClause(list, leadAt, title);
    if (clause) {
        const rest = title.slice(clause.index);
        const restWords = words(rest);
        const restLead = leadIndex(restWords);
        return restLead < 0 ? undefined : readKeyResult(rest, restWords, restLead);
    }
    const lead = list[leadAt];
    const kind = leadVerbKind(list, leadAt);
    if (kind) return judgeVerb(list, leadAt, kind, title);
    const habit = judgeHabit(list, leadAt, title);
    if (habit) return habit;
    const predicate = judgePredicate(list, leadAt, title);
    // null: the predicate shows a result; undefined: there is no predicate to go by.
    if (predicate !== undefined) return predicate ?? undefined;
    return judgeNamedThing(list, leadAt, lead);
}

/**
 * "Ensure that …", "Make sure 90% of …", "Make sure our team owns …", "Ensure the page is visited by 5% of users":
 * the start of the clause after it, when it has its own subject (a quantity, `that` or a pronoun) or
 * states a measured level, so the clause says what is to be true.
 */
function assuredClause(list: Word[], at: number, title: string): Word | undefined {
    const sure = list[at].lower === 'make' && list[at + 1]?.lower === 'sure' ? at + 1 : isIn(list[at], ASSURE_VERBS) ? at : -1;
    if (sure < 0) return undefined;
    const next = list[sure + 1];
    if (next?.lower === 'that') return list[sure + 2];
    if (next && (isNumber(next) || QUANTIFIERS.has(next.lower) || CLAUSE_SUBJECTS.has(next.lower))) return next;
    // "Ensure median latency < 300 ms", "ensure partner referrals bring 15% of trials": a level to be true.
    return next && MEASURED_LEVEL.test(title.slice(next.index)) ? next : undefined;
}

/** Pronouns that open a clause with its own subject after `make sure` or `ensure`: "make sure they own …", "ensure our docs are …". */
const CLAUSE_SUBJECTS = new Set(['we', 'i', 'they', 'you', 'our', 'my', 'their']);
/** A measured level: a share, a comparison or a floor with a number ("5% of users", "< 300 ms", "at least 40 a day"). */
const MEASURED_LEVEL = /\d\s*%|[<>≤≥]\s*[$€£]?\d|\bat\s+least\s+\d/i;

/** The kind of verb a title starts with, or undefined when it starts with a noun ("Review latency < 12h"). */
function leadVerbKind(list: Word[], at: number): VerbKind | undefined {
    const lead = list[at];
    const kind = verbKind(lead, list[at + 1]);
    if (!kind) return undefined;
    // "The refund rate should …", "Our review backlog …": after a determiner comes a noun, not an imperative.
    const before = list[at - 1];
    if (before && DETERMINERS.has(before.lower) && /^\s/.test(before.trail)) return undefined;
    // "Demos per region", "Reviews": a plural of a noun, not an imperative.
    if (isNoun(lead) && /[^s]s$/.test(lead.lower)) return undefined;
    // "Review turnaround", "Test coverage": a noun modifying a measure. "Partner portal launched":
    // a noun modifying a noun, with the verb further on.
    const next = list[at + 1];
    if (isNoun(lead) && (measuredBy(list, at + 1) || next?.lower === 'per' || AUXILIARIES.has(next?.lower ?? ''))) return undefined;
    if (isNoun(lead) && isNoun(next) && list.slice(at + 2).some(w => DONE_WORDS.has(w.lower))) return undefined;
    return kind;
}

/**
 * Whether the word at `at` is a measure the first word modifies ("review latency < 12h"), not the
 * first part of a compound object ("launch referral widget": a plain noun follows the measure word).
 */
function measuredBy(list: Word[], at: number): boolean {
    const [word, after] = [list[at], list[at + 1]];
    if (!nounIn(word, METRIC_NOUNS)) return false;
    const compound = after !== undefined && /^[a-z]+$/.test(after.lower) && !/(ly|ed)$/.test(after.lower) && !/^(of|and|or)$/.test(after.lower)
        && !PHRASE_BOUNDARIES.has(after.lower) && !AUXILIARIES.has(after.lower) && !nounIn(after, METRIC_NOUNS) && !verbKind(after);
    return !compound;
}

function judgeVerb(list: Word[], at: number, kind: VerbKind, title: string): TextVerdict | undefined {
    const verb = list[at];
    if (kind === 'lower') return undefined;
    const heads = objectHeads(list, at + 1);
    if (isIn(verb, EFFORT_VERBS)) return judgeEffort(list, at);
    if (kind === 'task') {
        // "Add 30 enterprise customers": adding people outside the team is winning them.
        const gained = verb.bases.includes('add') && heads.some(h => nounIn(h, AUDIENCE_NOUNS));
        if (gained || createsResult(list, at, heads) || setsLevel(list, verb, heads) || statesResult(list, at, title, true)) return undefined;
        const output = countedOutput(list, heads);
        return output && isCounted(list, verb, output) ? counts(verb, output) : { triggers: [verb.text], explanation: 'it names work to do, not the change that work should cause' };
    }
    // "Improve usability by performing more competitor evaluations": with no number, only the means is checkable.
    // (The means is work when its verb names a task or it acts on a deliverable: "by adopting the new design".)
    const worksOn = (i: number) => objectHeads(list, i + 1).some(h => isOutput(list, h));
    const means = list.find((w, i) => i > at && /^(by|through)$/.test(list[i - 1].lower) && /ing$/.test(w.lower) && (verbKind(w) === 'task' || worksOn(i)));
    if (means && (kind === 'raise' || verb.bases.includes('make')) && !list.some(isNumber) && !heads.some(isMeasure)) {
        return { triggers: [verb.text, means.text], explanation: 'it names the work to do, with no measure of the change it should cause' };
    }
    // "Get feedback from 15 customers a month": gathering what people think is research, unless a rating is the target.
    const feedback = heads.find(h => h.lower === 'feedback');
    if (feedback && verb.bases.some(b => GATHERING_VERBS.has(b)) && !RATED.test(title)) {
        return { triggers: [verb.text, feedback.text], explanation: 'it names research to do, not the result it should bring' };
    }
    // "Deliver the billing flow", "deliver a usage heatmap": what is delivered is a deliverable unless it is a measure,
    // money or a level ("deliver $2M in savings", "deliver 95% on-time").
    if (verb.bases.includes('deliver') && heads.length > 0 && !heads.some(isMeasure) && !MEASURED_LEVEL.test(title) && !/[$€£]/.test(title)) {
        return { triggers: [verb.text, heads[0].text], explanation: 'it names a deliverable, not the result it should bring' };
    }
    // "Get 40 minutes of practice every day", "swim laps 2 days/week": time or repetitions put in per period,
    // with no measure as the object, are a habit whatever the verb ("win 2 deals a week" counts no time put in).
    const often = TIME_PER_PERIOD.exec(title);
    if (often && heads.length > 0 && !heads.some(isMeasure) && !list.some(w => w.text.endsWith('%'))) {
        return { triggers: [verb.text, ...often[0].split(/[\s/]+/).slice(-2)], explanation: 'it counts how often work is done, which is effort, not a result' };
    }
    // raise or reach: the object decides.
    const output = countedOutput(list, heads);
    if (!output || statesResult(list, at, title, false)) return undefined;
    // "Increase webinars to 8" counts them; "improve the installer" works on a deliverable; "hold a monthly all-hands" runs one.
    if (isCounted(list, verb, output) || kind === 'raise' && !isIn(verb, QUALITY_VERBS)) return counts(verb, output);
    if (verb.bases.includes('hold')) return { triggers: [verb.text, output.text], explanation: 'it names an event to run, not the result it should bring' };
    return { triggers: [verb.text, output.text], explanation: 'it names a deliverable, not the result it should bring' };
}
