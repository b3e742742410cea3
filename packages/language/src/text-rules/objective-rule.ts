/**
 * Is an objective about keeping a level? That is what a KPI with an expected range does; an
 * objective should change something. Two readings:
 *
 * - a hold verb leads ("maintain a 4.5 app rating", "keep refunds flat", "ensure payroll stays
 *   compliant", "never miss a payroll run"), or is the predicate of a measure ("uptime stays above
 *   99%"). A hold verb followed by a change ("keep growing", "continue to expand") is a change.
 * - no verb of change leads, and the structure holds a level: a response time, a level held over a
 *   period or around the clock, a service level, a floor or ceiling, a lasting state (see
 *   `steady-state.ts`).
 *
 * A title that changes something stays silent: a raise, lower, reach or build verb leading
 * ("double signups by June", "cut build time by 40%"), a change `from X to Y` or "by 20%", a deadline.
 */
import { LOWER_VERBS, RAISE_VERBS, REACH_VERBS, TASK_VERBS } from './lexicon.js';
import type { TextVerdict } from './index.js';
import { aroundTheClock, eventPromise, floorOrCeiling, heldOverPeriod, lastingState, responseWindow, serviceLevel, type SteadyState } from './steady-state.js';
import { boundedTitle, isIn, isNumber, words, type Word } from './words.js';

/** Verbs that hold what exists; some only when they name a level ("hold costs flat", not "hold a hackathon"). */
const HOLD_ALWAYS = new Set(['maintain', 'sustain', 'preserve', 'keep', 'stay', 'remain', 'uphold', 'safeguard', 'protect', 'defend', 'continue']);
const HOLD_WITH_LEVEL = new Set(['hold', 'retain']);
/** Verbs that promise a state: "ensure payroll runs on time", "guarantee data residency". */
const ENSURE = new Set(['ensure', 'guarantee', 'assure']);
/** Words that name the level being held after a hold or ensure verb: "above", "flat", "within", "compliant". */
const LEVEL_MARKERS = new Set([
    'above', 'below', 'under', 'over', 'within', 'flat', 'steady', 'stable', 'constant', 'level', 'levels', 'current',
    'high', 'low', 'healthy', 'intact', 'compliant', 'sla', 'slo', 'slas', 'slos', 'line', 'maintained', 'kept', 'preserved',
    'remains', 'stays', 'sustained', 'protected', 'continued', 'less', 'fewer',
]);
/** Properties a service keeps rather than builds: "ensure the safety of visitors", "ensure continuity of supply". */
const KEPT_PROPERTIES = new Set([
    'safety', 'security', 'stability', 'continuity', 'availability', 'reliability', 'compliance', 'integrity', 'accessibility',
    'confidentiality', 'uptime', 'solvency', 'liquidity', 'clarity',
]);

/** Words after a hold verb that turn it into a change: "keep improving", "continue our growth", "faster than ever". */
const CHANGE_WORDS = new Set([
    'better', 'faster', 'higher', 'more', 'bigger', 'stronger', 'further', 'growth', 'growing', 'improvement',
    'innovation', 'innovating', 'progress', 'expansion', 'new', 'ahead',
]);
/** Verbs that make something that was not there: "continue to build a partner network" is a change. */
const MAKING_VERBS = new Set(['build', 'create', 'develop', 'design', 'launch', 'introduce', 'establish', 'expand', 'grow', 'extend', 'scale', 'open']);
/** Verbs of becoming: "the tool becomes well maintained" is a change of state. */
const BECOMING = new Set(['become', 'becomes', 'became', 'becoming']);
const FILLERS = new Set(['to', 'we', 'will', "we'll", 'our', 'o', 'objective', 'a', 'the', 'and', 'i', "i'll", 'shall', 'must', 'aim', 'strive', 'try', 'seek', 'endeavour', 'endeavor', 'always']);
/** `we will do our best to …`, `we aim to …`: an intent before the verb that carries the title. */
const INTENT = /^(?:(?:we|i)(?:\s+will|'ll|’ll)?\s+)?(?:(?:do\s+(?:our|my)\s+best|aim|strive|try|seek|endeavou?r|commit|promise)\s+to\s+)/i;
const NEGATIONS = new Set(["don't", 'dont', 'never']);
const SLIPS = new Set(['drop', 'decline', 'slip', 'regression', 'regress', 'degradation', 'degrade', 'fall', 'loss', 'lose', 'downtime', 'outage', 'breach']);
/** A change stated in numbers: "from 20 to 35", "by 15%", "by 2x", "by June", "by the close of the third quarter", "double", "halve". */
const STATED_CHANGE = /\bfrom\s+\S+\s+(?:\S+\s+)?to\s+\S|\bby\s+(?:\d[\d.,]*\s*(?:%|x|percent|pts?|points?)|half|a\s+(?:third|quarter|factor)|(?:the\s+)?end\s+of|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|q[1-4]\b|20\d\d|fy)|\b(?:year\s+on\s+year|yoy|month\s+over\s+month)\b/i;

/** The word that names the level being held: "above", "flat", "99.9%", "at least", "at current levels". */
function levelIn(near: Word[]): Word | undefined {
    return near.find((w, i) => LEVEL_MARKERS.has(w.lower) || /^[<>≤≥$€£]?\d[\d.,]*(%|x|k|m|ms|s|h|pts?)?$/i.test(w.text)
        || w.lower === 'at' && /^(least|or|current|the|\d|[$€£]\d)/.test(near[i + 1]?.lower ?? ''));
}

const EXPLANATION = 'which is what a KPI with an expected range tracks';

const verdict = (...said: Word[]): TextVerdict => ({
    triggers: said.map(w => w.text),
    explanation: `it holds a level instead of changing it, ${EXPLANATION}`,
});

/** The words of the part as triggers (a part of symbols only, "≥ 5", is named by the lead word). */
function structural(found: SteadyState, list: Word[], lead: Word): TextVerdict {
    const inPart = list.filter(w => w.index >= found.index && w.index < found.index + found.part.length);
    return { triggers: (inPart.length ? inPart : [lead]).map(w => w.text), part: found.part, explanation: `it sets ${found.kind}, ${EXPLANATION}` };
}

export function judgeObjectiveTitle(title: string): TextVerdict | undefined {
    const text = boundedTitle(title);
    const intent = INTENT.exec(text)?.[0].length ?? 0;
    const list = words(title).filter(w => w.index >= intent);
    const at = list.findIndex(w => !FILLERS.has(w.lower));
    if (at < 0) return undefined;
    const lead = list[at];
    const rest = list.slice(at + 1);
    if (isIn(lead, HOLD_ALWAYS) || isIn(lead, HOLD_WITH_LEVEL)) return judgeHold(lead, rest);
    if (isIn(lead, ENSURE) || lead.lower === 'make' && rest[0]?.lower === 'sure') return judgeEnsure(lead, rest, text, list);
    // "Don't ship a known security hole", "Never lose a customer's data", "Avoid any drop in renewals".
    if (NEGATIONS.has(lead.lower) || lead.lower === 'do' && rest[0]?.lower === 'not') return verdict(lead);
    if (/^(avoid|prevent|no)$/.test(lead.lower)) {
        const slip = rest.slice(0, 3).find(w => isIn(w, SLIPS));
        if (slip) return verdict(lead, slip);
    }
    // "Aim to seat every diner within 8 minutes", "send a full reply within 5 days": answering each request in a set
    // time is a service level, whatever verb carries it, unless the verb raises, lowers or builds something.
    const window = responseWindow(text, list);
    if (window && !isIn(lead, RAISE_VERBS) && !isIn(lead, LOWER_VERBS) && !isIn(lead, MAKING_VERBS) && !reportsChange(list)) return structural(window, list, lead);
    if (changes(lead, list, text)) return undefined;
    // "Refund rate stays under 1%", "the archive remains readable": a hold verb as the predicate of a measure.
    const hold = rest.find(w => /^(stays|remains|holds|maintained|kept|sustained|preserved)$/.test(w.lower));
    if (hold && !isVerb(lead)) {
        const held = judgeHold(hold, rest.slice(rest.indexOf(hold) + 1));
        if (held) return held;
    }
    const state = aroundTheClock(text) ?? heldOverPeriod(text) ?? serviceLevel(text)
        ?? floorOrCeiling(text) ?? lastingState(text) ?? keptPromise(text, list);
    return state ? structural(state, list, lead) : undefined;
}

/** A promise for each time an event happens, unless what is promised raises, lowers or builds something ("if we win the bid, we will expand"). */
function keptPromise(text: string, list: Word[]): SteadyState | undefined {
    const promise = eventPromise(text);
    if (!promise) return undefined;
    const action = list.find(w => w.index >= promise.promiseEnd && !FILLERS.has(w.lower) && !/^(do|our|very|best|to)$/.test(w.lower));
    return action && (isIn(action, RAISE_VERBS) || isIn(action, LOWER_VERBS) || isIn(action, MAKING_VERBS)) ? undefined : promise;
}

/**
 * Whether the title changes something: a raise, lower or reach verb or a verb that makes something
 * leads it, a participle reports such a change ("is reduced", "became"), or it states the change in
 * numbers or a deadline.
 */
function changes(lead: Word, list: Word[], text: string): boolean {
    if (isIn(lead, RAISE_VERBS) || isIn(lead, LOWER_VERBS) || isIn(lead, MAKING_VERBS)) return true;
    if (isIn(lead, REACH_VERBS) && !isIn(lead, HOLD_ALWAYS) && !/^(make|meet|serve|have|support|deliver)$/.test(lead.bases.find(b => REACH_VERBS.has(b)) ?? '')) return true;
    if (isIn(lead, TASK_VERBS) && !/^(respond|reply|answer|acknowledge|provide|offer|work|help|enable|process|contact|set|spend|comply)$/.test(lead.lower)) {
        // A task verb answering requests is a service; any other names work that changes something.
        if (!/^(see|return|resolve|handle|greet|welcome)$/.test(lead.lower)) return true;
    }
    if (reportsChange(list)) return true;
    return STATED_CHANGE.test(text) || list.some(w => CHANGE_WORDS.has(w.lower) && w.lower !== 'more');
}

/** "The app becomes stable", "churn is reduced", "by improving onboarding": a change said in a verb form. */
function reportsChange(list: Word[]): boolean {
    return list.some(w => BECOMING.has(w.lower) || /(ed|en|ing)$/.test(w.lower) && (isIn(w, RAISE_VERBS) || isIn(w, LOWER_VERBS)));
}

/** "Ensure refunds stay under 2%", "ensure the safety of every visitor", "make sure every invoice is paid within 30 days". */
function judgeEnsure(lead: Word, rest: Word[], text: string, list: Word[]): TextVerdict | undefined {
    if (reportsChange(list) || STATED_CHANGE.test(text)) return undefined;
    const level = levelIn(rest.filter(w => w.lower !== 'high' && w.lower !== 'low'));
    if (level) return verdict(lead, level);
    const kept = rest.find(w => KEPT_PROPERTIES.has(w.lower));
    if (kept) return verdict(lead, kept);
    const state = aroundTheClock(text) ?? serviceLevel(text);
    return state ? structural(state, list, lead) : undefined;
}

function judgeHold(hold: Word, rest: Word[]): TextVerdict | undefined {
    const near = rest.slice(0, 6);
    // "keep shipping faster", "continue to grow", "keep customers happier than ever" change a level;
    // "more than 95%", "lower than 2%" name one.
    const thanLevel = (i: number) => rest[i + 1]?.lower === 'than' && isNumber(rest[i + 2]);
    const comparative = (w: Word, i: number) => /[a-z]{3,}i?er$/.test(w.lower) && rest[i + 1]?.lower === 'than';
    if (near.some((w, i) => (CHANGE_WORDS.has(w.lower) || comparative(w, i)) && !thanLevel(i))) return undefined;
    // "Protect and grow our core business": a change verb alongside the hold verb.
    const joined = near.findIndex(w => w.lower === 'and' || w.lower === '&');
    const alongside = near[joined + 1]?.lower ?? '';
    if (joined >= 0 && (RAISE_VERBS.has(alongside) || TASK_VERBS.has(alongside))) return undefined;
    const next = near[0]?.lower === 'to' ? near[1] : near[0];
    if (next && /ing$/.test(next.lower) && (isIn(next, RAISE_VERBS) || isIn(next, TASK_VERBS))) return undefined;
    if (next && near[0]?.lower === 'to' && (isIn(next, RAISE_VERBS) || isIn(next, LOWER_VERBS) || isIn(next, MAKING_VERBS))) return undefined;
    if (next && isIn(next, LOWER_VERBS) && /ing$/.test(next.lower)) return undefined;
    const level = levelIn(near);
    if (isIn(hold, HOLD_WITH_LEVEL) && !level) return undefined;
    if (hold.bases.includes('continue') && near[0]?.lower !== 'to' && !/ing$/.test(near[0]?.lower ?? '')) return undefined;
    return level && /^(above|below|under|over|within|at|flat|steady|stable)$/.test(level.lower) ? verdict(hold, level) : verdict(hold);
}

function isVerb(word: Word): boolean {
    return [TASK_VERBS, RAISE_VERBS, LOWER_VERBS, REACH_VERBS].some(set => isIn(word, set)) || /^(become|be)$/.test(word.lower);
}
