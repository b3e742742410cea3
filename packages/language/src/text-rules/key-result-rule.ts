/**
 * Is a key result an activity? A title is read the way a coach reads it: find the verb that
 * carries it and what it acts on.
 *
 * - A task verb ("launch", "hire", "publish", "conduct") names work, unless the title also states
 *   the measured change that work should cause ("… to cut p95 latency by 30%").
 * - A raise or reach verb ("increase", "achieve") is an outcome when it acts on a measure
 *   (conversion, revenue, customers) and effort when it acts on a count of output
 *   ("increase blog posts to 8", "generate 50 case studies"): a number does not make it a result.
 * - A lower verb ("reduce", "cut") is an outcome: fewer bugs, tickets or costs is a change.
 * - Without a leading verb, the predicate decides ("wizard is live", "AEs complete a deck" are
 *   work; "90% of customers reach first value" is a result), then the thing named ("README quickstart").
 */
import {
    AUDIENCE_NOUNS, DETERMINERS, DONE_WORDS, EFFORT_VERBS, FEWER_WORDS, LEADING_FILLERS, LOWER_VERBS, METRIC_NOUNS, PHRASE_BOUNDARIES, RAISE_VERBS,
    REACH_VERBS, RESULT_CONNECTORS, RESULT_NOUNS, TASK_VERBS, TEAM_NOUNS,
} from './lexicon.js';
import { judgeEffort, judgeHabit } from './effort.js';
import type { TextVerdict } from './index.js';
import { countedOutput, isCounted, isMeasure, isNoun, isOutput, objectHeads, verbKind, type VerbKind } from './phrases.js';
import { isIn, isNumber, nounIn, words, type Word } from './words.js';

const ASSURE_VERBS = new Set(['ensure', 'assure', 'guarantee']);
const QUANTIFIERS = new Set(['all', 'every', 'each', 'more', 'less', 'fewer', 'at', 'no', 'zero', 'over', 'under']);
/** Raise verbs about quality rather than amount. */
const QUALITY_VERBS = new Set(['improve', 'enhance', 'optimize', 'optimise', 'strengthen', 'deepen', 'accelerate', 'speed', 'refine']);
/** States a deliverable is made available in: "make the API generally available". */
const RELEASED = new Set(['available', 'live', 'public', 'ga']);
/** Adverbs that end in -s like a plural ("the daemon will always find peers"). */
const S_ADVERBS = new Set(['always', 'sometimes', 'perhaps', 'afterwards', 'thus', 'nevertheless', 'besides']);
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'get', 'gets', 'go', 'goes', 'went']);

export function judgeKeyResultTitle(title: string): TextVerdict | undefined {
    const list = words(title);
    let leadAt = list.findIndex(w => !LEADING_FILLERS.has(w.lower) && !isNumber(w) && w.lower.length > 1);
    if (leadAt < 0) return undefined;
    // "Ensure 100% of teammates …", "Make sure that every account …": the clause that follows says what is to be true.
    const clause = assuredClause(list, leadAt);
    if (clause) return judgeKeyResultTitle(title.slice(clause.index));
    leadAt = perfectParticiple(list, leadAt) ?? leadAt;
    const lead = list[leadAt];
    const kind = leadVerbKind(list, leadAt) ?? workNoun(list, leadAt);
    if (kind) return judgeVerb(list, leadAt, kind, title);
    const habit = judgeHabit(list, leadAt, title);
    if (habit) return habit;
    const predicate = judgePredicate(list, leadAt, title);
    // null: the predicate shows a result; undefined: there is no predicate to go by.
    if (predicate !== undefined) return predicate ?? undefined;
    return judgeNamedThing(list, leadAt, lead);
}

/** "Ensure that …", "Make sure 90% of …": the start of the clause after it, when it has its own subject (a quantity or "that"). */
function assuredClause(list: Word[], at: number): Word | undefined {
    const sure = list[at].lower === 'make' && list[at + 1]?.lower === 'sure' ? at + 1 : isIn(list[at], ASSURE_VERBS) ? at : -1;
    if (sure < 0) return undefined;
    const next = list[sure + 1];
    if (next?.lower === 'that') return list[sure + 2];
    return next && (isNumber(next) || QUANTIFIERS.has(next.lower)) ? next : undefined;
}

/** "We have directly contacted 100 investors": in the perfect tense the participle carries the meaning. */
function perfectParticiple(list: Word[], at: number): number | undefined {
    if (!/^(have|has|had)$/.test(list[at].lower)) return undefined;
    const next = list.slice(at + 1, at + 3).find(w => !w.lower.endsWith('ly'));
    const participle = next && (/ed$/.test(next.lower) || DONE_WORDS.has(next.lower)) && verbKind(next);
    return participle ? list.indexOf(next) : undefined;
}

/**
 * "Deployment of the metrics dashboard", "Completion of the annual risk assessment": the noun of a
 * task verb, followed by what it acts on, names the same work. Not when the title measures people
 * or a rate ("completion of onboarding by 80% of new users").
 */
function workNoun(list: Word[], at: number): VerbKind | undefined {
    if (list[at + 1]?.lower !== 'of' || !taskVerbOf(list[at].lower)) return undefined;
    const measured = list.slice(at + 2).some(w => nounIn(w, AUDIENCE_NOUNS) || nounIn(w, METRIC_NOUNS) && !isOutput(list, w) || FEWER_WORDS.has(w.lower));
    return measured ? undefined : 'task';
}

function taskVerbOf(noun: string): boolean {
    const stems = [/ment$/, /ation$/, /ion$/].flatMap(end => end.test(noun) ? [noun.replace(end, ''), noun.replace(end, 'e')] : []);
    if (/(t|s)ion$/.test(noun)) stems.push(noun.replace(/ition$|tion$|sion$/, 'e'), noun.replace(/ition$/, 'e'));
    return stems.some(stem => TASK_VERBS.has(stem));
}

/** The kind of verb a title starts with, or undefined when it starts with a noun ("Review turnaround < 24h"). */
function leadVerbKind(list: Word[], at: number): VerbKind | undefined {
    const lead = list[at];
    const kind = verbKind(lead);
    if (!kind) return undefined;
    // "The repurchase rate should …", "Our review backlog …": after a determiner comes a noun, not an imperative.
    const before = list[at - 1];
    if (before && DETERMINERS.has(before.lower) && /^\s/.test(before.trail)) return undefined;
    // "Leads per territory", "Reviews": a plural of a noun, not an imperative.
    if (isNoun(lead) && /[^s]s$/.test(lead.lower)) return undefined;
    // "Review turnaround", "Test coverage": a noun modifying a measure. "Partner portal launched":
    // a noun modifying a noun, with the verb further on.
    const next = list[at + 1];
    if (isNoun(lead) && (nounIn(next, METRIC_NOUNS) || next?.lower === 'per' || AUXILIARIES.has(next?.lower ?? ''))) return undefined;
    if (isNoun(lead) && isNoun(next) && list.slice(at + 2).some(w => DONE_WORDS.has(w.lower))) return undefined;
    return kind;
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
    // "Make GitLab Insights generally available": releasing a deliverable, unless a share of people says who gets it.
    const released = verb.bases.includes('make') && list.find(w => w.index > verb.index && RELEASED.has(w.lower));
    if (released && !list.some(w => isNumber(w))) return { triggers: [verb.text, released.text], explanation: 'it names a release, not the result it should bring' };
    // "Improve usability by performing more competitor evaluations": with no number, only the means is checkable.
    const means = list.find((w, i) => i > at && /^(by|through)$/.test(list[i - 1].lower) && /ing$/.test(w.lower) && verbKind(w) === 'task');
    if (means && (kind === 'raise' || verb.bases.includes('make')) && !list.some(isNumber) && !heads.some(isMeasure)) {
        return { triggers: [verb.text, means.text], explanation: 'it names the work to do, with no measure of the change it should cause' };
    }
    // raise or reach: the object decides.
    const output = countedOutput(list, heads);
    if (!output || statesResult(list, at, title, false)) return undefined;
    // "Increase webinars to 8" counts them; "improve the app" works on a deliverable; "hold a monthly all-hands" runs one.
    if (isCounted(list, verb, output) || kind === 'raise' && !isIn(verb, QUALITY_VERBS)) return counts(verb, output);
    if (verb.bases.includes('hold')) return { triggers: [verb.text, output.text], explanation: 'it names an event to run, not the result it should bring' };
    return { triggers: [verb.text, output.text], explanation: 'it names a deliverable, not the result it should bring' };
}

/**
 * "Build a pipeline of 15 opportunities", "generate $2M in pipeline": work that creates a counted
 * business result is that result. Unquantified ("deploy the new CI pipeline") it is just the work.
 */
function createsResult(list: Word[], at: number, heads: Word[]): boolean {
    return heads.some(h => isIn(h, RESULT_NOUNS)) && list.slice(at + 1).some(w => isNumber(w) && !w.aside);
}

/**
 * "Provide a 12-hour response time", "move 50% of scores up": a task verb that sets a measure to a
 * level (a percentage or a quantity with a unit) states a result. "Contact 50 leads" and "post 30
 * times" still count work.
 */
function setsLevel(list: Word[], verb: Word, heads: Word[]): boolean {
    const level = list.find(w => w.index > verb.index && isNumber(w) && /%|\d-|\d(ms|s|h|x)$/i.test(w.text));
    return level !== undefined && heads.some(h => h.index > level.index && h.lower !== 'times' && nounIn(h, METRIC_NOUNS) && !isOutput(list, h));
}

function counts(verb: Word, output: Word): TextVerdict {
    return { triggers: [verb.text, output.text], explanation: `it counts ${output.lower}, which is output or effort, not a change for customers or the business` };
}

/**
 * Whether the title also states the measured change the work should cause: "… to increase
 * clicks on ads by 30%", "… as indicated by an average score of 4+", and for a task verb
 * "… from 61 to 75 percent". A purpose that only counts more output ("… to deliver 4 events")
 * or names no number ("… to improve follow-up") is not a result.
 */
function statesResult(list: Word[], at: number, title: string, fromTo: boolean): boolean {
    const rest = title.slice(list[at].index + list[at].text.length);
    if (fromTo && /\bfrom\s+[$€£]?\d[\d.,]*\s*\S*\s+to\s+(?:under\s+|below\s+|over\s+)?[<>≤≥]?\s*[$€£]?\d/i.test(rest)) return true;
    const connector = RESULT_CONNECTORS.exec(rest);
    if (!connector || !/\d/.test(rest.slice(connector.index))) return false;
    if (/^as /i.test(connector[0])) return true;
    const clause = words(rest.slice(connector.index + connector[0].length));
    const verbAt = clause.findIndex(w => !LEADING_FILLERS.has(w.lower));
    const verb = clause[verbAt];
    if (!verb || verb.lower.endsWith('ing') && connector[0].toLowerCase() === 'to') return false;
    if (isIn(verb, LOWER_VERBS)) return true;
    return (isIn(verb, RAISE_VERBS) || isIn(verb, REACH_VERBS)) && !countedOutput(clause, objectHeads(clause, verbAt + 1));
}

/**
 * A title without a leading verb: its predicate decides, when it has one. Returns null when the
 * predicate shows a result, undefined when there is no predicate to go by.
 */
function judgePredicate(list: Word[], at: number, title: string): TextVerdict | undefined | null {
    // "Zero P0 incidents", "less than 2 bugs found in production": fewer of something is a result.
    if (list.some(w => FEWER_WORDS.has(w.lower) && !w.aside)) return null;
    for (let i = at + 1; i < list.length; i++) {
        const word = list[i];
        const prev = list[i - 1];
        if (word.aside) continue;
        const subject = list.slice(at, i).filter(w => !w.aside);
        if (AUXILIARIES.has(word.lower)) {
            const next = list.slice(i + 1, i + 3).find(w => !w.lower.endsWith('ly'));
            if (next && (isIn(next, RAISE_VERBS) || isIn(next, LOWER_VERBS)) && /(ed|en)$/.test(next.lower)) return null;
            if (next && DONE_WORDS.has(next.lower)) return done(word, next);
            if (next && /^(in|on)$/.test(next.lower) && /^(place|production)$/.test(list[i + 2]?.lower ?? '')) return done(word, next, list[i + 2]);
            // "100% of key accounts have a QBR": having a deliverable is work done.
            if (/^(has|have)$/.test(word.lower)) {
                const output = countedOutput(list, objectHeads(list, i + 1));
                if (output) return { triggers: [word.text, output.text], explanation: 'it names a deliverable to have, not the result it should bring' };
            }
            continue;
        }
        // "Partner portal launched", "New customer portal live by June" (but "customers live within 4 weeks" is a result).
        const [subjectHead] = objectHeads(subject, 0);
        const ambiguous = /^(live|set|held|signed|ready)$/.test(word.lower);
        if (DONE_WORDS.has(word.lower) && !isIn(subjectHead, AUDIENCE_NOUNS) && (!ambiguous || subjectHead && isOutput(subject, subjectHead))) return done(word);
        const kind = verbKind(word);
        if (!kind) continue;
        const inflected = word.lower !== word.bases[0] || /[^s]s$/.test(word.lower);
        // "All managers to complete DIB training": a bare subject before an infinitive "to".
        const bare = prev?.lower === 'to' && i - 2 >= at && list.slice(at, i - 1).every(w => !PHRASE_BOUNDARIES.has(w.lower) && !verbKind(w));
        const doer = bare ? list[i - 2] : prev;
        // "testing with rigorous …": -ous, -us and -is end adjectives and singulars, not plurals.
        const pluralNoun = doer !== undefined && !AUXILIARIES.has(doer.lower) && /[^siu]s$/.test(doer.lower) && !isNumber(doer) && !S_ADVERBS.has(doer.lower);
        const afterSubject = doer !== undefined && (isIn(doer, TEAM_NOUNS) || isIn(doer, AUDIENCE_NOUNS) || pluralNoun);
        if (!afterSubject && !(inflected && kind !== 'task')) continue;
        // "Average time-to-fill is ≤45 days", "customers complete onboarding": what is measured, or what customers do.
        if (kind === 'lower' || subject.some(w => isIn(w, METRIC_NOUNS) || isIn(w, AUDIENCE_NOUNS))) return null;
        if (kind === 'task') {
            if (createsResult(list, i, objectHeads(list, i + 1)) || statesResult(list, i, title, true)) return null;
            return { triggers: [word.text], explanation: 'it names work for the team to do, not the change that work should cause' };
        }
        const output = countedOutput(list, objectHeads(list, i + 1));
        return output ? counts(word, output) : null;
    }
    return undefined;
}

function done(...said: Word[]): TextVerdict {
    return { triggers: said.map(w => w.text), explanation: 'it reports a deliverable as done, not a change it caused' };
}

/** "README quickstart", "New platform for internal documentation": a deliverable named, no result. */
function judgeNamedThing(list: Word[], at: number, lead: Word): TextVerdict | undefined {
    if (list.some(w => FEWER_WORDS.has(w.lower))) return undefined;
    const [head] = objectHeads(list, at);
    // A measured level after the deliverable ("dashboard with 50% weekly usage") makes it a result;
    // a measure it merely covers ("policy updates including risk ratings") does not.
    if (!head || !isOutput(list, head)) return undefined;
    const after = list.filter(w => w.index > head.index);
    if (after.some(w => nounIn(w, METRIC_NOUNS) && !isOutput(list, w)) && after.some(isNumber)) return undefined;
    const triggers = lead !== head && /^new$/i.test(lead.text) ? [lead.text, head.text] : [head.text];
    return { triggers, explanation: 'it names a deliverable, not the result it should bring' };
}
