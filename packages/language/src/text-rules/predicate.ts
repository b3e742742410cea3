/**
 * Key results without a leading verb: the predicate decides ("wizard is live" is work done,
 * "90% of customers reach first value" a result), else the thing the title names ("README quickstart").
 */
import { AUDIENCE_NOUNS, DONE_WORDS, FEWER_WORDS, LOWER_VERBS, METRIC_NOUNS, PHRASE_BOUNDARIES, RAISE_VERBS, TEAM_NOUNS } from './lexicon.js';
import type { TextVerdict } from './index.js';
import { countedOutput, isMeasure, isOutput, objectHeads, verbKind } from './phrases.js';
import { counts, createsResult, statesResult } from './result-clause.js';
import { isIn, isNumber, nounIn, type Word } from './words.js';

/** The start of a definition of the measure: `as measured by`, `as shown in`, `where … is defined as`, `defined as`. */
export const DEFINITION = /\bas\s+(?:measured|indicated|shown|evidenced|defined|tracked)\s+(?:by|in)\b|\bwhere\s+(?:\S+\s+){1,3}?(?:is|are)\s+defined\b|\bdefined\s+as\b/i;

/** A title that opens with a share: "95% of …", "% of …". */
const SHARE_LED = /^\s*(?:[<>≤≥]=?\s*)?(?:\d[\d.,]*\s*)?(?:%|percent\b)/i;
/** A time limit on each unit: "within 36 hours", "in under 2 days", "on time". */
const TIME_LIMIT = /^\s*(?:within|in\s+under|in\s+less\s+than|on\s+time\b)/i;

/** Adverbs that end in -s like a plural ("the daemon will always find peers"). */
const S_ADVERBS = new Set(['always', 'sometimes', 'perhaps', 'afterwards', 'thus', 'nevertheless', 'besides']);
export const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'get', 'gets', 'go', 'goes', 'went']);

/**
 * A title without a leading verb: its predicate decides, when it has one. Returns null when the
 * predicate shows a result, undefined when there is no predicate to go by.
 */
export function judgePredicate(list: Word[], at: number, title: string): TextVerdict | undefined | null {
    // "Zero sev-1 outages", "less than 2 bugs found in production": fewer of something is a result.
    if (list.some(w => FEWER_WORDS.has(w.lower) && !w.aside)) return null;
    // "… above 4.5, as tracked by the yearly survey", "… members, where engaged is defined as …": how the measure
    // is taken, not a predicate of the title.
    const definition = DEFINITION.exec(title)?.index ?? Infinity;
    for (let i = at + 1; i < list.length && list[i].index < definition; i++) {
        const word = list[i];
        const prev = list[i - 1];
        if (word.aside) continue;
        const subject = list.slice(at, i).filter(w => !w.aside);
        // A capability: "admins can export audit logs", "the app supports offline mode". With no number it
        // names a feature to deliver; "90% of admins can export without help" measures people instead.
        const capability = word.lower === 'can' && !/^(not|no)$/.test(list[i + 1]?.lower ?? '') || /^supports?$/.test(word.lower) && i === at + 1 + subject.findIndex(w => w === list[i - 1]);
        if (capability && list[i + 1] && !list.some(isNumber) && !list.some(w => isIn(w, METRIC_NOUNS))) {
            return { triggers: [word.text, list[i + 1].text], explanation: 'it names a capability to deliver, not the result it should bring' };
        }
        if (AUXILIARIES.has(word.lower)) {
            const next = list.slice(i + 1, i + 3).find(w => !w.lower.endsWith('ly'));
            if (next && (isIn(next, RAISE_VERBS) || isIn(next, LOWER_VERBS)) && /(ed|en)$/.test(next.lower)) return null;
            if (next && DONE_WORDS.has(next.lower)) return done(word, next);
            if (next && /^(in|on)$/.test(next.lower) && /^(place|production)$/.test(list[i + 2]?.lower ?? '')) return done(word, next, list[i + 2]);
            // "100% of pilot schools have a kickoff": having a deliverable is work done.
            if (/^(has|have)$/.test(word.lower)) {
                const heads = objectHeads(list, i + 1);
                const output = countedOutput(list, heads);
                if (output) return { triggers: [word.text, output.text], explanation: 'it names a deliverable to have, not the result it should bring' };
                // "Every service has a runbook", "the protocol has a design doc": what the team's work or product has,
                // when it is no measure and no level is stated after it ("customers have …" is what customers do).
                const owned = heads[0] && !heads.some(isMeasure) && !list.slice(i + 1).some(isNumber) && !subject.some(w => nounIn(w, AUDIENCE_NOUNS));
                if (owned) return { triggers: [word.text, heads[0].text], explanation: 'it names a deliverable to have, not the result it should bring' };
            }
            continue;
        }
        // "Partner portal launched", "New customer portal live by June" (but "customers live within 4 weeks" is a result).
        const [subjectHead] = objectHeads(subject, 0);
        const ambiguous = /^(live|set|held|signed|ready|exists)$/.test(word.lower);
        if (DONE_WORDS.has(word.lower) && !isIn(subjectHead, AUDIENCE_NOUNS) && (!ambiguous || subjectHead && isOutput(subject, subjectHead))) {
            // "90% of repair jobs completed within 36 hours": a share done in a time limit is a service level.
            return SHARE_LED.test(title) && TIME_LIMIT.test(title.slice(word.index + word.text.length)) ? null : done(word);
        }
        const kind = verbKind(word);
        if (!kind) continue;
        const inflected = word.lower !== word.bases[0] || /[^s]s$/.test(word.lower);
        // "All leads to complete safety training": a bare subject before an infinitive "to".
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

/** "README quickstart", "New portal for supplier onboarding": a deliverable named, no result. */
export function judgeNamedThing(list: Word[], at: number, lead: Word): TextVerdict | undefined {
    if (list.some(w => FEWER_WORDS.has(w.lower))) return undefined;
    const [head] = objectHeads(list, at);
    // A measured level after the deliverable ("dashboard with 50% weekly usage") makes it a result;
    // a measure it merely covers ("policy updates including risk ratings") does not.
    if (!head || !isOutput(list, head)) return undefined;
    const after = list.filter(w => w.index > head.index);
    if (after.some(w => nounIn(w, METRIC_NOUNS) && !isOutput(list, w)) && after.some(isNumber)) return undefined;
    // A share of people reached ("page visited by 5% of users") measures the deliverable's use.
    if (after.some(w => w.text.endsWith('%')) && after.some(w => nounIn(w, AUDIENCE_NOUNS))) return undefined;
    const triggers = lead !== head && /^new$/i.test(lead.text) ? [lead.text, head.text] : [head.text];
    return { triggers, explanation: 'it names a deliverable, not the result it should bring' };
}
