/**
 * Steady-state objectives written without a hold verb, read by their structure: a response time
 * promised for every request ("reply within 2 working days"), a level held over a period or around
 * the clock (`at all times`, "each quarter", `95% of the time`), a service level ("99.5% of jobs
 * finish on time", "queue wait ≤ 3 min", "meet our SLA") or a floor or ceiling ("zero lost parcels",
 * "no more than 3 outages", "stay within budget"). Each finder returns the stretch of the title
 * that reads as "keep a level", as written. The caller rules out titles that change something.
 * Every pattern is linear: no nested or adjacent unbounded repeats, and it only ever sees the
 * bounded text of the title (see `boundedTitle`).
 */
import { isIn, nounIn, type Word } from './words.js';

export interface SteadyState {
    /** The stretch of the title that holds the level, as written, and where it starts. */
    part: string;
    index: number;
    /** What kind of level it holds, for the message. */
    kind: string;
}

const AMOUNT = String.raw`(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a|an)`;
const TIME_UNIT = String.raw`(?:(?:working|business|calendar|school)\s+)?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|rings?|ms|s|h)`;

/**
 * A time limit on handling one request: `within 3 working days`, "in under 20 seconds", "in no more than 4 days", `by the next working day`,
 * `in 8 minutes` (minutes and hours only: `in 5 weeks` is a deadline), `within 1 month` (only when the
 * clock start follows: "… of receipt").
 */
const RESPONSE_WINDOW = new RegExp(String.raw`\b(?:within|in\s+under|in\s+less\s+than|in\s+(?:not|no)\s+more\s+than)\s+${AMOUNT}\s*${TIME_UNIT}\b|\bin\s+${AMOUNT}\s*(?:seconds?|minutes?|mins?|hours?|hrs?|rings?)\b|\bwithin\s+${AMOUNT}\s*(?:calendar\s+)?months?\b(?=\s*(?:of|after|from)\b)|\bby\s+the\s+next\s+(?:working\s+|business\s+)?day\b|\b(?:same|next)[- ](?:working[- ]|business[- ])?day\b`, 'i');
/** What starts the clock: "… of receipt", `… of receiving a request`, "… of arriving", "… from the date we log it". */
const CLOCK_START = /^\s*(?:of|after|from)\s+(?:(?:the|your|a|their|its)\s+)?(?:receipt|receiving|request|arrival|arriving|contact|submission|the\s+appointment|appointment|booking|report|date)/i;
/** What a public service or help desk is asked for: a time limit before it ("decide on planning appeals within …") is per request. */
const REQUEST_NOUNS = new Set(['application', 'request', 'enquiry', 'inquiry', 'query', 'complaint', 'claim', 'referral', 'appeal', 'submission']);
/** A one-off clearance of what has piled up ("clear the pending claims within 6 weeks") changes a level. */
const BACKLOG = /\b(?:backlog|pending|outstanding|remaining|existing|legacy)\b/i;
/** Verbs of answering a request: the work is the same each time, so a time limit on it is a service level. */
const RESPONDING_VERBS = new Set([
    'respond', 'reply', 'answer', 'acknowledge', 'resolve', 'return', 'greet', 'welcome', 'see', 'serve', 'process',
    'handle', 'fulfil', 'fulfill', 'triage', 'confirm', 'contact', 'callback',
    // deciding on what was asked for, and turning up when called: "assess each claim within …", "attend every call-out within …"
    'assess', 'decide', 'attend', 'ring',
]);
/** Nouns for an answer: "give a response within …", "a written answer within …", "first attendance within …". */
const ANSWER_NOUNS = new Set(['response', 'reply', 'answer', 'acknowledgement', 'acknowledgment', 'resolution', 'decision', 'callback', 'attendance']);

/** Always on: "24/7", `24 hours a day`, `seven days a week`, `at all times`, "around the clock". */
const AROUND_THE_CLOCK = /\b24\s*\/\s*7\b|\b24\s+hours\s+a\s+day\b|\b(?:seven|7)\s+days\s+a\s+week\b|\bat\s+all\s+times\b|\baround\s+the\s+clock\b|\bcontinuously\s+(?:available|accessible|up|running|online)\b|\balways\s+(?:available|accessible|up|online|on)\b|\byear[- ]round\b/i;

/** A level held over each period: "each quarter", "every year", `80% of the time`, "over a rolling 30-day window", "monthly uptime". */
const PERIOD = /\b(?:every|each)\s+(?:single\s+)?(?:day|week|month|quarter|year|release|sprint|shift|term|semester)\b|\b\d[\d.]*\s*%\s+of\s+the\s+time\b|\bover\s+(?:a|any|each|every|the)?\s*(?:rolling\s+)?\d+[- ]?(?:day|week|month)s?\s+(?:window|period)\b|\b(?:monthly|quarterly|annual|yearly|weekly|daily)\s+(?:availability|uptime|target|average|sla|slo|success)\b|\bfor\s+the\s+(?:whole\s+)?(?:quarter|year|month)\b|\bchecked\s+(?:for|over)\s+(?:the\s+)?last\b|\bthroughout\s+the\s+(?:year|quarter|month)\b|\bin\s+(?:each|every)\s+(?:period|cycle)\b/i;

/** The title opens with the level itself: "99.5% of jobs …", "> 98 percent of …", `99.95% monthly …`. */
const LEADING_LEVEL = /^\s*(?:[<>≤≥]=?\s*)?\d[\d.,]*\s*(?:%|percent\b)/i;
/** A share of units of service: `95% of tickets`, "90 percent of calls". */
const SHARE = /\b\d[\d.,]*\s*(?:%|percent\b)\s*(?:of\s+(?:all\s+|our\s+|the\s+)?[a-z]|success|uptime|availability|compliance)/i;
/** A measure compared with a bound: "latency ≤ 300ms", "success ratio >= 98.5%". */
const COMPARED = /[<>≤≥]=?\s*[$€£]?\d/;
/** Meeting an agreed level: `meets its SLA`, "within SLO". */
const AGREED_LEVEL = /\b(?:meets?|meeting|within|honou?rs?|honou?ring)\s+(?:(?:its|our|the|their|all|every|each|agreed|contractual)\s+){0,2}(?:sla|slo|service\s+level)s?\b/i;

/**
 * A floor or a ceiling: "zero …", `no more than …`, "less than …", "never …", "within budget", a maximum
 * ("a maximum of 6 weeks", `maximum 4-hour wait`) and a wait held under a time (`not … waiting more than`).
 */
const BOUND = new RegExp(String.raw`\bmaximum\s+(?:of\s+)?(?:an?\s+)?${AMOUNT}[\s-]*${TIME_UNIT}\b|\bwait(?:ing|s)?\s+(?:no\s+)?(?:more|longer)\s+than\b|` + /\bzero\b|\bno\s+more\s+than\b|\bnot\s+more\s+than\b|\bless\s+than\b|\bfewer\s+than\b|\bnever\b|\bnot\s+(?:to\s+)?exceed\b|\bat\s+least\b|\bat\s+most\b|\bwithin\s+(?:the\s+|our\s+|its\s+)?(?:annual\s+|annually\s+adopted\s+|adopted\s+|agreed\s+|approved\s+)?budgets?\b/.source, 'i');

/** A state said to last: "must remain available", "should never lose data", "will stay compliant". */
const LASTING_STATE = /\b(?:should|must|will|shall|to)\s+(?:always\s+)?(?:remain|stay|never|continue\s+to\s+be|be\s+kept)\b/i;

/**
 * A promise kept each time an event happens: "If a delivery is missed, we will rebook it …", "When you call us we'll
 * take your details …". The condition names the event (a subject follows `if`/`when`), the promise is the team's
 * (`we will`, `we'll`, "we guarantee").
 */
const EVENT_PROMISE = /^\s*(?:if|when|whenever|should)\s+(?:you|we|your|there|a|an|the|any|it|our)\b[^.;?!]{0,160}?[\s,]\s*(?:then\s+)?(?:we\s+(?:will|shall|guarantee|promise|undertake|aim|always)|we['’]ll)\b/i;

function found(pattern: RegExp, text: string): { part: string; index: number } | undefined {
    const match = pattern.exec(text);
    if (!match) return undefined;
    const lead = match[0].length - match[0].trimStart().length;
    return { part: match[0].trim(), index: match.index + lead };
}

/** "Reply within 2 working days", "they will see you within 10 minutes of arriving", "give a response within 5 days". */
export function responseWindow(text: string, list: Word[]): SteadyState | undefined {
    const match = RESPONSE_WINDOW.exec(text);
    if (!match) return undefined;
    const before = list.filter(w => w.index < match.index);
    const answering = before.some(w => isIn(w, RESPONDING_VERBS) || ANSWER_NOUNS.has(w.lower) || nounIn(w, REQUEST_NOUNS) && !BACKLOG.test(text))
        || CLOCK_START.test(text.slice(match.index + match[0].length).replace(/^\s*\([^()]{0,40}\)/, ''));
    return answering ? { part: match[0].trim(), index: match.index, kind: 'a response time to keep for every request' } : undefined;
}

export function aroundTheClock(text: string): SteadyState | undefined {
    const at = found(AROUND_THE_CLOCK, text);
    return at && { ...at, kind: 'a state to keep at all times' };
}

/** A level held over a period, only together with a level ("zero …", "95% …", `no more than …`). */
export function heldOverPeriod(text: string): SteadyState | undefined {
    const at = found(PERIOD, text);
    if (!at) return undefined;
    const level = /\d/.test(text) || BOUND.test(text);
    return level ? { ...at, kind: 'a level to hold in each period' } : undefined;
}

export function serviceLevel(text: string): SteadyState | undefined {
    const at = found(LEADING_LEVEL, text) ?? found(SHARE, text) ?? found(COMPARED, text) ?? found(AGREED_LEVEL, text);
    return at && { ...at, kind: 'a service level' };
}

export function floorOrCeiling(text: string): SteadyState | undefined {
    const at = found(BOUND, text);
    return at && { ...at, kind: 'a floor or a ceiling to stay within' };
}

export function lastingState(text: string): SteadyState | undefined {
    const at = found(LASTING_STATE, text);
    return at && { ...at, kind: 'a state to keep' };
}

/** The condition and the promise ("If a delivery is missed, we will"); `promiseEnd` is where the promised action starts. */
export function eventPromise(text: string): (SteadyState & { promiseEnd: number }) | undefined {
    const match = EVENT_PROMISE.exec(text);
    return match ? { part: match[0].trim(), index: match.index + match[0].length - match[0].trimStart().length, promiseEnd: match[0].length, kind: 'a promise to keep each time the event happens' } : undefined;
}
