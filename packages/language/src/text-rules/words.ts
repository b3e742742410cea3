/**
 * Words of a title, with just enough morphology for the text rules: each word knows its
 * text as written (for the message) and the base forms it may stand for, so "launching",
 * "launched" and "launches" all find "launch" and "studies" finds "study".
 */

export interface Word {
    /** As written in the title. */
    text: string;
    /** Lower case, possessive dropped. */
    lower: string;
    /** Candidate base forms, the word itself first. */
    bases: string[];
    /** Base forms as a noun only (singular of a plural), so "featured" is not "feature". */
    nounBases: string[];
    /** Offset in the title. */
    index: number;
    /** Punctuation right after the word ("," ends a list item). */
    trail: string;
    /** Inside parentheses: an aside, not part of the sentence. */
    aside: boolean;
    /** The parts of a hyphenated compound ("time-to-first-reply"), each with its base forms. */
    parts: string[][];
}

/** Titles longer than this are judged on their beginning: the point of a title is up front. */
export const MAX_CHARS = 400;

/**
 * The part of a title every text rule reads: its first MAX_CHARS characters. Every pattern runs on
 * this, never on the whole title, so a 1 MB title costs what a 400-character one does.
 */
export function boundedTitle(title: unknown): string {
    if (typeof title !== 'string') return '';
    // A slice of a long string keeps the whole string alive; a copy of the slice does not.
    return title.length > MAX_CHARS ? title.slice(0, MAX_CHARS).split('').join('') : title;
}
const WORD = /[\p{L}\p{N}$€£][\p{L}\p{N}'’.,%+-]*/gu;
/** A list label in front of the title: "KR1:", "Key Result 2.1 -", "Objective:", "O2)". */
const LABEL = /^\s*(?:kr\s*[\d.]*|key\s+results?\s*[\d.]*|o\d[\d.]*|objectives?\s*[\d.]*)\s*[:.)\-–—]\s*/i;
const TRAILING = /[.,'’+-]+$/;

const IRREGULAR: Record<string, string> = {
    built: 'build', written: 'write', wrote: 'write', ran: 'run', held: 'hold', kept: 'keep', grew: 'grow',
    grown: 'grow', made: 'make', sold: 'sell', won: 'win', got: 'get', gotten: 'get', did: 'do', done: 'do',
    went: 'go', gone: 'go', began: 'begin', begun: 'begin', brought: 'bring', taught: 'teach', led: 'lead',
    paid: 'pay', sent: 'send', met: 'meet', drove: 'drive', driven: 'drive', chose: 'choose', chosen: 'choose',
    rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall',
    spoke: 'speak', spoken: 'speak', understood: 'understand', stood: 'stand', found: 'find',
    took: 'take', taken: 'take', gave: 'give', given: 'give', saw: 'see', seen: 'see', shot: 'shoot',
};

/** Base forms a word may stand for: plural, third person, past and -ing forms. */
export function baseForms(lower: string, recurse = false): string[] {
    const forms = [lower];
    const add = (form: string) => { if (form.length > 1 && !forms.includes(form)) forms.push(form); };
    if (IRREGULAR[lower]) add(IRREGULAR[lower]);
    if (lower.endsWith('ies')) add(lower.slice(0, -3) + 'y');
    if (lower.endsWith('ied')) add(lower.slice(0, -3) + 'y');
    if (lower.endsWith('es')) add(lower.slice(0, -2));
    if (lower.endsWith('s') && !lower.endsWith('ss')) add(lower.slice(0, -1));
    if (lower.endsWith('ed')) { add(lower.slice(0, -2)); add(lower.slice(0, -1)); }
    if (lower.endsWith('ing')) { add(lower.slice(0, -3)); add(lower.slice(0, -3) + 'e'); }
    const doubled = /([b-df-hj-np-tv-z])\1(ed|ing)$/.exec(lower);
    if (doubled) add(lower.slice(0, -doubled[0].length + 1));
    // "relaunch", "renegotiated", "rewriting": doing it again is the same kind of work.
    if (lower.startsWith('re') && lower.length >= 7 && !recurse) for (const form of baseForms(lower.slice(2), true)) add(form);
    return forms;
}

export function words(title: string): Word[] {
    const text = boundedTitle(title);
    const start = LABEL.exec(text)?.[0].length ?? 0;
    const list: Word[] = [];
    let depth = 0;
    let scanned = 0;
    for (const match of text.matchAll(WORD)) {
        for (; scanned < (match.index ?? 0); scanned++) {
            if (text[scanned] === '(') depth++;
            else if (text[scanned] === ')') depth = Math.max(0, depth - 1);
        }
        if ((match.index ?? 0) < start) continue;
        const raw = match[0].replace(TRAILING, '');
        if (!raw) continue;
        const trail = match[0].slice(raw.length) + (text[(match.index ?? 0) + match[0].length] ?? '');
        const lower = raw.toLowerCase().replace(/[’']s$/, '').replace(/’/g, "'");
        // "time-to-payout", "e-books": the last part of a compound is its head.
        const last = lower.includes('-') ? lower.slice(lower.lastIndexOf('-') + 1) : '';
        const bases = baseForms(lower);
        for (const form of last.length > 1 ? baseForms(last) : []) if (!bases.includes(form)) bases.push(form);
        const nounBases = bases.filter(b => !/(ed|ing)$/.test(lower) || b === lower);
        const parts = lower.includes('-') ? lower.split('-').filter(p => p.length > 1).map(p => baseForms(p)) : [];
        list.push({ text: raw, lower, bases, nounBases, index: match.index ?? 0, trail, aside: depth > 0, parts });
    }
    return list;
}

/** Whether any base form of the word is in the set. */
export function isIn(word: Word | undefined, set: ReadonlySet<string>): boolean {
    return word !== undefined && word.bases.some(base => set.has(base));
}

/** Whether the word, read as a noun, is in the set: "studies" is "study", "featured" is not "feature". */
export function nounIn(word: Word | undefined, set: ReadonlySet<string>): boolean {
    return word !== undefined && word.nounBases.some(base => set.has(base));
}

/** Whether any part of a hyphenated compound is in the set ("time-to-payout" has "time"). */
export function partIn(word: Word, set: ReadonlySet<string>): boolean {
    return word.parts.some(forms => forms.some(form => set.has(form)));
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
    'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'dozen', 'dozens', 'million', 'n', 'x', 'y', 'xx']);

/** "12", "1,000", "$1.2M", "30%", "2x", "twelve" — a quantity, not a word that carries meaning. */
export function isNumber(word: Word | undefined): boolean {
    return word !== undefined && (/^[$€£]?\p{N}/u.test(word.text) || /^v\d/i.test(word.text) || NUMBER_WORDS.has(word.lower));
}

/** Words that, right before a number, make it a date or a deadline: "by sprint 9", "sprint 12", "Q3", "June 15". */
const DATE_WORDS = new Set(['week', 'wk', 'sprint', 'day', 'month', 'quarter', 'q', 'fy', 'iteration', 'milestone', 'phase',
    'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august',
    'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december']);

/** A number that dates the work rather than counting anything: "by Sprint 9", "end of 2027", "June 15". */
export function isDateNumber(list: Word[], at: number): boolean {
    const word = list[at];
    return isNumber(word) && (DATE_WORDS.has(list[at - 1]?.lower ?? '') || /^(19|20)\d\d$/.test(word.text) || /^q[1-4]$/i.test(word.text));
}
