/**
 * Chevrotain's lexing and parsing messages ("Expecting token of type 'NUMBER' but found `}`.",
 * "unexpected character: ->@<- at offset: 12") rewritten as what is wrong and what to do.
 */
const TOKEN_NAMES: Record<string, string> = {
    NUMBER: 'a number', ID: 'a name', STRING: 'a "quoted" text', DATE: 'a date (YYYY-MM-DD)', CYCLE_LITERAL: 'a cycle such as 2026-Q4',
    EOF: 'end of file',
};

const KEYWORDS = [
    'company', 'department', 'team', 'lead', 'strategy', 'cycle', 'okrs', 'kpis', 'objective', 'committed', 'aspirational',
    'owner', 'aligns', 'guardrails', 'kr', 'moves', 'weight', 'checkin', 'confidence', 'initiative', 'done', 'milestone',
    'from', 'to', 'kpi', 'definition', 'expected', 'cadence', 'reading', 'daily', 'weekly', 'monthly', 'quarterly', 'in',
];

const tokenName = (token: string) => TOKEN_NAMES[token.replace(/'/g, '')] ?? token;

export function syntaxMessage(message: string): string {
    const lexing = /unexpected character: ->(.+?)<- at offset/s.exec(message);
    if (lexing) {
        return lexing[1] === '"'
            ? 'This text has no closing quote. Add the closing " on the same line.'
            : `Unexpected character "${lexing[1]}": it is not part of the .okr language. Remove it, or put text inside "quotes".`;
    }
    const alternatives = /^Expecting: one of these possible Token sequences:(.*)but found: '(.*)'$/s.exec(message);
    if (alternatives) {
        const options = [...alternatives[1].matchAll(/\d+\. \[(.+?)\]/g)].map(m => m[1].split(', ').map(tokenName).join(' '));
        return withAdvice(`one of ${options.join(', ')}`, alternatives[2]);
    }
    const single = /^Expecting (?:token of type )?(.+?) but found `(.*)`\.?$/s.exec(message);
    if (single) return withAdvice(tokenName(single[1]), single[2]);
    return message;
}

function withAdvice(expected: string, found: string): string {
    if (!found) return `Expected ${expected} but the text ended. Complete the last statement and close every open "{".`;
    if (expected === 'end of file' && found === '}') return 'Unexpected "}": no block is open here. Remove it, or check the "{" it was meant to close.';
    if (expected === 'end of file') return `Unexpected "${found}": nothing here can use it. Remove it, or complete the statement before it.`;
    const keyword = closestKeyword(found);
    const isChoice = expected.startsWith('one of ');
    const advice = keyword ? `Did you mean \`${keyword}\`?`
        : isChoice && /^[\w-]+$/.test(found) ? 'Write one of these instead.'
        : `Add ${expected === "'}'" ? '"}" to close the block' : isChoice ? 'one of these' : expected} before it, or remove the unfinished statement.`;
    return `Expected ${expected} but found "${found}". ${advice}`;
}

/** A misspelled keyword ("objectiv", "chekin") is one or two edits away from the real one. */
function closestKeyword(word: string): string | undefined {
    if (!/^[a-z]{3,}$/i.test(word) || KEYWORDS.includes(word)) return undefined;
    const scored = KEYWORDS.map(keyword => ({ keyword, distance: editDistance(word.toLowerCase(), keyword) }))
        .filter(({ keyword, distance }) => distance <= (keyword.length > 5 ? 2 : 1))
        .sort((a, b) => a.distance - b.distance);
    return scored[0]?.keyword;
}

function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
