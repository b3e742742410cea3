/**
 * The workspace's own vocabulary for the text rules, as a prose linter's accept and reject lists:
 * `"vocabulary": { "outcome": ["bookings"], "activity": ["dogfood"] }` in okr.config.json. A key
 * result whose title contains an outcome word or phrase is never an activity; one that contains an
 * activity word is one, whatever the rules read. Words match case-insensitively on word boundaries
 * ("NPS" matches "nps" but not "snps"). When a title has both, the outcome word wins: a rule that
 * stays silent costs less than one that cries wolf.
 */
import { boundedTitle } from '../text-rules/words.js';

export interface Vocabulary {
    outcome: string[];
    activity: string[];
}

export type VocabularyKind = keyof Vocabulary;

export const VOCABULARY_KINDS: VocabularyKind[] = ['outcome', 'activity'];
/** Longer entries are not words or phrases but pasted text; the rules would never see them whole anyway. */
export const MAX_ENTRY_LENGTH = 100;
export const MAX_VOCABULARY_ENTRIES = 1000;

export const emptyVocabulary = (): Vocabulary => ({ outcome: [], activity: [] });

/** Reads the `vocabulary` value of okr.config.json; each problem becomes one sentence, the rest still applies. */
export function parseVocabulary(raw: unknown, problems: string[]): Vocabulary {
    const vocabulary = emptyVocabulary();
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        problems.push(`"vocabulary" must be an object such as { "outcome": ["bookings"], "activity": ["dogfood"] }, not ${JSON.stringify(raw)}`);
        return vocabulary;
    }
    for (const key of Object.keys(raw)) {
        if (!(VOCABULARY_KINDS as string[]).includes(key)) problems.push(`"vocabulary" has an unknown key "${key}" (expected "outcome" or "activity")`);
    }
    for (const kind of VOCABULARY_KINDS) {
        if (!Object.prototype.hasOwnProperty.call(raw, kind)) continue;
        const list = (raw as Record<string, unknown>)[kind];
        if (!Array.isArray(list)) {
            problems.push(`"vocabulary.${kind}" must be a list of words or phrases, such as ["bookings"]`);
            continue;
        }
        if (list.length > MAX_VOCABULARY_ENTRIES) problems.push(`"vocabulary.${kind}" has ${list.length} entries; only the first ${MAX_VOCABULARY_ENTRIES} apply`);
        list.slice(0, MAX_VOCABULARY_ENTRIES).forEach((entry, index) => {
            const word = typeof entry === 'string' ? entry.trim() : '';
            if (!word || word.length > MAX_ENTRY_LENGTH || !/[\p{L}\p{N}]/u.test(word)) {
                problems.push(`"vocabulary.${kind}" item ${index + 1} must be a word or phrase of 1 to ${MAX_ENTRY_LENGTH} characters, not ${JSON.stringify(entry)}`);
            } else {
                vocabulary[kind].push(word);
            }
        });
    }
    return vocabulary;
}

export interface VocabularyMatch {
    kind: VocabularyKind;
    /** The entry as the configuration spells it. */
    entry: string;
    /** The words of the title it matched, as written. */
    text: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const compiled = new WeakMap<Vocabulary, Array<{ kind: VocabularyKind; entry: string; pattern: RegExp }>>();

/** One pattern per entry, made once per configuration: spaces in a phrase match any run of spaces. */
function patternsOf(vocabulary: Vocabulary) {
    let patterns = compiled.get(vocabulary);
    if (!patterns) {
        patterns = VOCABULARY_KINDS.flatMap(kind => vocabulary[kind].map(entry => ({
            kind, entry,
            pattern: new RegExp(`(?<![\\p{L}\\p{N}])${entry.split(/\s+/).map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu'),
        })));
        compiled.set(vocabulary, patterns);
    }
    return patterns;
}

/** The first outcome entry the title contains, else the first activity entry. */
export function matchVocabulary(title: string, vocabulary: Vocabulary | undefined): VocabularyMatch | undefined {
    if (!vocabulary || vocabulary.outcome.length + vocabulary.activity.length === 0) return undefined;
    const text = boundedTitle(title);
    for (const kind of VOCABULARY_KINDS) {
        for (const candidate of patternsOf(vocabulary).filter(p => p.kind === kind)) {
            const found = candidate.pattern.exec(text);
            if (found) return { kind, entry: candidate.entry, text: found[0] };
        }
    }
    return undefined;
}
