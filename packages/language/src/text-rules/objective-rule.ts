/**
 * Is an objective about keeping a level? That is what a KPI with an expected range does; an
 * objective should change something. The verb that leads the title decides, so "decrease burn
 * to keep the company stable" and "grow revenue while maintaining margins" are changes, while
 * "maintain 99.9% uptime", "keep support costs flat" and "NPS stays above 40" hold a level.
 * A hold verb followed by a change ("keep shipping faster", "continue to grow", "happier than
 * ever") is a change too.
 */
import { LOWER_VERBS, RAISE_VERBS, REACH_VERBS, TASK_VERBS } from './lexicon.js';
import type { TextVerdict } from './index.js';
import { isIn, isNumber, words, type Word } from './words.js';

/** Verbs that hold what exists; some only when they name a level ("hold costs flat", not "hold a hackathon"). */
const HOLD_ALWAYS = new Set(['maintain', 'sustain', 'preserve', 'keep', 'stay', 'remain', 'uphold', 'safeguard', 'protect', 'defend', 'continue']);
const HOLD_WITH_LEVEL = new Set(['hold', 'retain']);
const ENSURE = new Set(['ensure', 'guarantee', 'assure']);
const LEVEL_MARKERS = new Set([
    'above', 'below', 'under', 'over', 'within', 'flat', 'steady', 'stable', 'constant', 'level', 'levels', 'current',
    'high', 'low', 'healthy', 'intact', 'compliant', 'sla', 'slo', 'slas', 'slos', 'line', 'maintained', 'kept', 'preserved',
    'remains', 'stays', 'sustained', 'protected',
]);

/** Words after a hold verb that turn it into a change: "keep improving", "continue our growth", "faster than ever". */
const CHANGE_WORDS = new Set([
    'better', 'faster', 'higher', 'more', 'bigger', 'stronger', 'further', 'growth', 'growing', 'improvement',
    'innovation', 'innovating', 'progress', 'expansion', 'new', 'ahead',
]);
const FILLERS = new Set(['to', 'we', 'will', 'our', 'o', 'objective', 'a', 'the', 'and', 'i']);
const NEGATIONS = new Set(["don't", 'dont', 'never']);
const SLIPS = new Set(['drop', 'decline', 'slip', 'regression', 'regress', 'degradation', 'degrade', 'fall', 'loss', 'lose', 'downtime', 'outage', 'breach']);

/** The word that names the level being held: "above", "flat", "99.9%", "at least", "at current levels". */
function levelIn(near: Word[]): Word | undefined {
    return near.find((w, i) => LEVEL_MARKERS.has(w.lower) || /^[<>≤≥$€£]?\d[\d.,]*(%|x|k|m|ms|s|h|pts?)?$/i.test(w.text)
        || w.lower === 'at' && /^(least|or|current|the|\d|[$€£]\d)/.test(near[i + 1]?.lower ?? ''));
}

const verdict = (...said: Word[]): TextVerdict => ({
    triggers: said.map(w => w.text),
    explanation: 'it holds a level instead of changing it, which is what a KPI with an expected range tracks',
});

export function judgeObjectiveTitle(title: string): TextVerdict | undefined {
    const list = words(title);
    const at = list.findIndex(w => !FILLERS.has(w.lower));
    if (at < 0) return undefined;
    const lead = list[at];
    const rest = list.slice(at + 1);
    if (isIn(lead, HOLD_ALWAYS) || isIn(lead, HOLD_WITH_LEVEL)) return judgeHold(lead, rest);
    if (isIn(lead, ENSURE) || lead.lower === 'make' && rest[0]?.lower === 'sure') {
        const level = levelIn(rest.filter(w => w.lower !== 'high' && w.lower !== 'low')) ?? rest.find(w => w.lower === 'meets' && rest.some(r => /^sl[ao]s?$/.test(r.lower)));
        return level ? verdict(lead, level) : undefined;
    }
    // "Don't release any new bugs", "Never drop below 99.9%", "Avoid any regression in NPS".
    if (NEGATIONS.has(lead.lower) || lead.lower === 'do' && rest[0]?.lower === 'not') return verdict(lead);
    if (/^(avoid|prevent|no)$/.test(lead.lower)) {
        const slip = rest.slice(0, 3).find(w => isIn(w, SLIPS));
        return slip ? verdict(lead, slip) : undefined;
    }
    // "NPS stays above 40", "Uptime remains at 99.9%": a hold verb as the predicate of a measure.
    if (!isVerb(lead)) {
        const hold = rest.find(w => /^(stays|remains|holds|maintained|kept|sustained|preserved)$/.test(w.lower));
        if (hold) return judgeHold(hold, rest.slice(rest.indexOf(hold) + 1));
    }
    return undefined;
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
    if (next && near[0]?.lower === 'to' && (isIn(next, RAISE_VERBS) || isIn(next, LOWER_VERBS))) return undefined;
    if (next && isIn(next, LOWER_VERBS) && /ing$/.test(next.lower)) return undefined;
    const level = levelIn(near);
    if (isIn(hold, HOLD_WITH_LEVEL) && !level) return undefined;
    if (hold.bases.includes('continue') && near[0]?.lower !== 'to' && !/ing$/.test(near[0]?.lower ?? '')) return undefined;
    return level && /^(above|below|under|over|within|at|flat|steady|stable)$/.test(level.lower) ? verdict(hold, level) : verdict(hold);
}

function isVerb(word: Word): boolean {
    return [TASK_VERBS, RAISE_VERBS, LOWER_VERBS, REACH_VERBS].some(set => isIn(word, set)) || /^(become|be)$/.test(word.lower);
}
