/**
 * Mutations of `.okr` text, the kind of damage typing and pasting do: tokens and lines deleted,
 * duplicated, swapped and replaced; truncation; random bytes and unicode; deep nesting; a block
 * repeated thousands of times; lines from another file. Each names itself for the failure report.
 */
import type { Random } from './random.js';

export interface Mutation {
    name: string;
    /** How often it is picked relative to the others (default 1): large inputs are slow, so rarer. */
    weight?: number;
    apply(text: string, random: Random, donors: readonly string[], maxBytes: number): string;
}

/** Strings, comments, whitespace runs, words/numbers, single characters. */
const TOKEN = /"(?:\\.|[^"\\\r\n])*"|\/\*[\s\S]*?\*\/|\/\/[^\n\r]*|\s+|[\p{L}\p{N}_$€£¥%.-]+|./gsu;

function tokenize(text: string): string[] {
    return text.match(TOKEN) ?? [];
}

/** Indexes of the tokens that are not whitespace (or all indexes, for a blank text). */
function solid(tokens: string[]): number[] {
    const indexes = tokens.flatMap((token, index) => (/^\s+$/.test(token) ? [] : [index]));
    return indexes.length > 0 ? indexes : tokens.map((_, index) => index);
}

function onTokens(edit: (tokens: string[], random: Random, positions: number[]) => void): Mutation['apply'] {
    return (text, random) => {
        const tokens = tokenize(text);
        if (tokens.length === 0) return text;
        edit(tokens, random, solid(tokens));
        return tokens.join('');
    };
}

function onLines(edit: (lines: string[], random: Random) => void): Mutation['apply'] {
    return (text, random) => {
        const lines = text.split('\n');
        edit(lines, random);
        return lines.join('\n');
    };
}

const insertAt = (text: string, offset: number, insertion: string) => text.slice(0, offset) + insertion + text.slice(offset);

/** Words of the language and values at the edges of what its terminals accept. */
export const VOCABULARY = [
    'company', 'department', 'team', 'in', 'lead', 'strategy', 'cycle', 'from', 'to', 'okrs', 'objective',
    'committed', 'aspirational', 'owner', 'aligns', 'guardrails', 'kr', 'moves', 'weight', 'milestone',
    'checkin', 'done', 'confidence', 'initiative', 'kpis', 'kpi', 'definition', 'expected', 'cadence',
    'daily', 'weekly', 'monthly', 'quarterly', 'reading', '{', '}', '{}', ',', '=', '..', '>=', '<=',
    '2026-Q4', '2026-H1', '2026-Q0', '2026-Q9', '2026-H3', '0000-Q1', '9999-H2',
    '2026-11-10', '2026-02-30', '2026-00-00', '0000-01-01', '9999-12-31', '2026-99-99',
    '0', '-0', '1', '0.6', '-1%', '41%', '$1.2M', '€0', '15k', '1B', '0.0000001', '9'.repeat(40), '9'.repeat(400),
    '""', '"x"', '"\\""', '"\\\\"', '// okr-disable', '// okr-disable-next-line', '/* */',
    'days', 'percent', 'acme', 'growth', '_', 'a-b-c',
];

const BYTES = [...Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)), '\x7f', '"', '\\', '{', '}', '/', '*', '=', '.', '-', '$', '%', '\r', '\r\n'];

const UNICODE = [
    '😀', '👩‍💻', '\ud800', '\udfff', '\u202e', '\u200b', '\u200d', '\ufeff', '\u0301', '\u00a0', '\u2028', '\u2029',
    '\u0085', '\uffff', '\ufffd', '目标', 'İ', 'ß', 'Ω', '２０２６', '٣', '𝟙', 'ﬁ', '\u{10ffff}', '«»', '“quoted”',
];

/** Openers that make the parser and every recursive walk go deep. */
const NESTING = ['{', 'objective o "t" {', 'kr "k" {', 'okrs t 2026-Q4 {', 'kpi k "K" {', '/*', '"', '(', 'aligns a,', '..', '// '];

/** Titles and comments that wake the text rules and suppressions, so their quick fixes run too. */
const PHRASES = [
    'Launch the onboarding training deck', 'Maintain our NPS above 40', 'Keep churn below 2%', 'Stay between 10 and 20 days',
    'Publish 12 blog posts', 'Hire 3 engineers', 'Cut median time-to-first-value', 'okr-disable', 'okr-disable-next-line',
    'okr-disable-next-line activity-key-result, missing-owner', 'okr-disable unknown-code -- reason', '*/', '/*', '\\', '\\"', '',
];

/** Shapes of tokens: a token may be replaced by another of the same shape and the text often still parses. */
const SHAPES = [/^"/, /^\d{4}-\d{2}-\d{2}$/, /^\d{4}-[QH]\d$/, /^-?[$€£¥]?\d/, /^[_a-zA-Z]/];

const WHITESPACE = [' ', '\n', '\n\n\n', '\t', '    ', '\r\n', ' \n ', '\n\t\t'];

export const MUTATIONS: readonly Mutation[] = [
    { name: 'delete-token', apply: onTokens((tokens, random, positions) => { tokens.splice(random.pick(positions), 1); }) },
    { name: 'duplicate-token', apply: onTokens((tokens, random, positions) => { const i = random.pick(positions); tokens.splice(i, 0, tokens[i], ' '); }) },
    {
        name: 'swap-tokens',
        apply: onTokens((tokens, random, positions) => {
            const [i, j] = [random.pick(positions), random.pick(positions)];
            [tokens[i], tokens[j]] = [tokens[j], tokens[i]];
        }),
    },
    {
        name: 'replace-token',
        apply: onTokens((tokens, random, positions) => {
            // Another token of the same file (an ID used elsewhere makes cycles and self-references) or a word of the language.
            tokens[random.pick(positions)] = random.chance(0.5) ? tokens[random.pick(positions)] : random.pick(VOCABULARY);
        }),
    },
    {
        name: 'same-shape-token',
        weight: 1.5,
        apply: onTokens((tokens, random, positions) => {
            const i = random.pick(positions);
            const shape = SHAPES.find(pattern => pattern.test(tokens[i]));
            const alike = shape ? positions.filter(j => shape.test(tokens[j])) : positions;
            tokens[i] = tokens[random.pick(alike)];
        }),
    },
    {
        name: 'replace-string',
        apply: onTokens((tokens, random, positions) => {
            const strings = positions.filter(i => tokens[i].startsWith('"'));
            if (strings.length === 0) return;
            const words = Array.from({ length: random.between(1, 3) }, () => random.pick([...PHRASES, ...UNICODE])).join(' ');
            tokens[random.pick(strings)] = `"${words.replace(/(?<!\\)"/g, '\\"').replace(/[\r\n\u2028\u2029]/g, ' ')}"`;
        }),
    },
    {
        name: 'insert-comment',
        weight: 1.5,
        apply: onTokens((tokens, random) => {
            const spaces = tokens.flatMap((token, index) => (/^\s+$/.test(token) ? [index] : []));
            const at = spaces.length > 0 ? random.pick(spaces) : tokens.length;
            const text = random.pick(PHRASES).replace(/\*\//g, '* /');
            tokens.splice(at, 0, random.chance(0.5) ? ` // ${text}\n` : ` /* ${text}${random.chance(0.3) ? '\n  more' : ''} */ `);
        }),
    },
    {
        name: 'reshape-whitespace',
        weight: 1.5,
        apply: onTokens((tokens, random) => {
            const spaces = tokens.flatMap((token, index) => (/^\s+$/.test(token) ? [index] : []));
            for (let count = random.between(1, 10); count > 0 && spaces.length > 0; count--) tokens[random.pick(spaces)] = random.pick(WHITESPACE);
        }),
    },
    { name: 'insert-keyword', apply: onTokens((tokens, random) => { tokens.splice(random.int(tokens.length + 1), 0, ` ${random.pick(VOCABULARY)} `); }) },
    { name: 'delete-lines', apply: onLines((lines, random) => { lines.splice(random.int(lines.length), random.between(1, 3)); }) },
    { name: 'duplicate-lines', apply: onLines((lines, random) => { const i = random.int(lines.length); lines.splice(i, 0, ...lines.slice(i, i + random.between(1, 4))); }) },
    {
        name: 'swap-lines',
        apply: onLines((lines, random) => {
            const [i, j] = [random.int(lines.length), random.int(lines.length)];
            [lines[i], lines[j]] = [lines[j], lines[i]];
        }),
    },
    { name: 'truncate', apply: (text, random) => text.slice(0, random.int(text.length + 1)) },
    {
        name: 'insert-bytes',
        apply: (text, random) => insertAt(text, random.int(text.length + 1), Array.from({ length: random.between(1, 8) }, () => random.pick(BYTES)).join('')),
    },
    {
        name: 'insert-unicode',
        apply: (text, random) => {
            const insertion = Array.from({ length: random.between(1, 4) }, () => random.pick(UNICODE)).join('');
            // Inside a string or an ID as often as between tokens.
            const offset = random.int(text.length + 1);
            return random.chance(0.5) ? insertAt(text, offset, insertion) : text.slice(0, offset) + insertion + text.slice(offset + 1);
        },
    },
    {
        name: 'nest-deeply',
        weight: 0.4,
        apply: (text, random, _donors, maxBytes) => {
            const opener = random.pick(NESTING);
            const depth = Math.min(random.between(50, 3000), Math.floor(maxBytes / 4 / (opener.length + 1)));
            const closers = random.chance(0.5) ? '}\n'.repeat(random.int(depth + 1)) : '';
            return insertAt(text, random.int(text.length + 1), `${`${opener}\n`.repeat(depth)}${closers}`);
        },
    },
    {
        name: 'repeat-block',
        weight: 0.4,
        apply: (text, random, _donors, maxBytes) => {
            const lines = text.split('\n');
            const start = random.int(lines.length);
            const block = lines.slice(start, start + random.between(1, 12)).join('\n') + '\n';
            const room = Math.max(0, maxBytes - text.length);
            const times = Math.min(random.between(2, 5000), Math.floor(room / Math.max(1, block.length)));
            const offset = lines.slice(0, start).join('\n').length;
            return insertAt(text, offset === 0 ? 0 : offset + 1, block.repeat(times));
        },
    },
    {
        name: 'splice-donor',
        apply: (text, random, donors) => {
            const donor = random.pick(donors).split('\n');
            const from = random.int(donor.length);
            const lines = text.split('\n');
            lines.splice(random.int(lines.length + 1), 0, ...donor.slice(from, from + random.between(1, 15)));
            return lines.join('\n');
        },
    },
    { name: 'crlf', weight: 0.3, apply: text => text.replace(/\r?\n/g, '\r\n') },
];

const TOTAL_WEIGHT = MUTATIONS.reduce((sum, mutation) => sum + (mutation.weight ?? 1), 0);

function pickWeighted(random: Random): Mutation {
    let ticket = (random.int(1_000_000) / 1_000_000) * TOTAL_WEIGHT;
    for (const mutation of MUTATIONS) {
        ticket -= mutation.weight ?? 1;
        if (ticket < 0) return mutation;
    }
    return MUTATIONS[MUTATIONS.length - 1];
}

export interface MutatedText { text: string; steps: string[] }

/** One to four mutations in a row, the result capped at `maxBytes` characters. */
export function mutate(text: string, random: Random, donors: readonly string[], maxBytes: number): MutatedText {
    const steps: string[] = [];
    let result = text;
    for (let count = random.between(1, 4); count > 0; count--) {
        const mutation = pickWeighted(random);
        result = mutation.apply(result, random, donors, maxBytes);
        if (result.length > maxBytes) result = result.slice(0, maxBytes);
        steps.push(mutation.name);
    }
    return { text: result, steps };
}
