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
    /** Offset in the title. */
    index: number;
}

/** Titles longer than this are judged on their beginning: the point of a title is up front. */
const MAX_CHARS = 400;
const WORD = /[\p{L}\p{N}$€£][\p{L}\p{N}'’.,%+-]*/gu;
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
export function baseForms(lower: string): string[] {
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
    return forms;
}

export function words(title: string): Word[] {
    const text = typeof title === 'string' ? title.slice(0, MAX_CHARS) : '';
    const list: Word[] = [];
    for (const match of text.matchAll(WORD)) {
        const raw = match[0].replace(TRAILING, '');
        if (!raw) continue;
        const lower = raw.toLowerCase().replace(/[’']s$/, '').replace(/’/g, "'");
        // "time-to-value", "e-books": the last part of a compound is its head.
        const last = lower.includes('-') ? lower.slice(lower.lastIndexOf('-') + 1) : '';
        const bases = baseForms(lower);
        for (const form of last.length > 1 ? baseForms(last) : []) if (!bases.includes(form)) bases.push(form);
        list.push({ text: raw, lower, bases, index: match.index ?? 0 });
    }
    return list;
}

/** Whether any base form of the word is in the set. */
export function isIn(word: Word | undefined, set: ReadonlySet<string>): boolean {
    return word !== undefined && word.bases.some(base => set.has(base));
}

/** The base form of the word that is in the set, if any. */
export function baseIn(word: Word, set: ReadonlySet<string>): string | undefined {
    return word.bases.find(base => set.has(base));
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
    'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'hundreds', 'thousand', 'thousands', 'dozen', 'dozens', 'million', 'n', 'x', 'y', 'xx']);

/** "12", "1,000", "$1.2M", "30%", "2x", "twelve" — a quantity, not a word that carries meaning. */
export function isNumber(word: Word | undefined): boolean {
    return word !== undefined && (/^[$€£]?\p{N}/u.test(word.text) || NUMBER_WORDS.has(word.lower));
}
