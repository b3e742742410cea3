/**
 * okr.config.json: rule severities and thresholds, and the fiscal-year start month.
 * `{ "rules": { "too-many-objectives": ["warning", { "max": 4 }], "missing-owner": "off" }, "fiscalYearStartMonth": 4 }`
 * Parsing never throws: every problem becomes a message, and defaults fill the gaps.
 */
import { ALL_CODES, isDiagnosticCode, RULES, type DiagnosticCode, type SeveritySetting } from './diagnostic-codes.js';
import { emptyVocabulary, parseVocabulary, type Vocabulary } from './vocabulary.js';

export interface RuleSetting {
    severity: SeveritySetting;
    options: Record<string, number>;
}

export interface OkrConfig {
    rules: Record<DiagnosticCode, RuleSetting>;
    fiscalYearStartMonth: number;
    /** Words and phrases that force a text-rule verdict (see vocabulary.ts). */
    vocabulary: Vocabulary;
}

export interface ConfigResult {
    config: OkrConfig;
    /** One clear sentence per problem; the rest of the file still applies. */
    problems: string[];
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);
const KNOWN_KEYS = new Set(['$schema', 'rules', 'fiscalYearStartMonth', 'vocabulary']);

export function defaultConfig(): OkrConfig {
    const rules = {} as Record<DiagnosticCode, RuleSetting>;
    for (const code of ALL_CODES) {
        rules[code] = { severity: RULES[code].severity, options: { ...RULES[code].options } };
    }
    return { rules, fiscalYearStartMonth: 1, vocabulary: emptyVocabulary() };
}

/** Parses the text of okr.config.json. */
export function parseConfigText(text: string): ConfigResult {
    let raw: unknown;
    try {
        raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
        return { config: defaultConfig(), problems: [`is not valid JSON: ${(error as Error).message}`] };
    }
    return resolveConfig(raw);
}

/** Applies a configuration object (from the file or from editor settings) over `base`. */
export function resolveConfig(raw: unknown, base: OkrConfig = defaultConfig()): ConfigResult {
    const config: OkrConfig = { rules: { ...base.rules }, fiscalYearStartMonth: base.fiscalYearStartMonth, vocabulary: base.vocabulary };
    const problems: string[] = [];
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        return { config, problems: ['must be a JSON object such as { "rules": { … } }'] };
    }
    const record = raw as Record<string, unknown>;
    for (const key of Object.keys(record)) {
        if (!KNOWN_KEYS.has(key)) problems.push(`has an unknown key "${key}" (expected "rules", "fiscalYearStartMonth" or "vocabulary")`);
    }
    const month = record.fiscalYearStartMonth;
    if (month !== undefined) {
        if (typeof month === 'number' && Number.isInteger(month) && month >= 1 && month <= 12) config.fiscalYearStartMonth = month;
        else problems.push(`"fiscalYearStartMonth" must be a whole number from 1 to 12, not ${JSON.stringify(month)}`);
    }
    if (record.vocabulary !== undefined) config.vocabulary = parseVocabulary(record.vocabulary, problems);
    const rules = record.rules;
    if (rules !== undefined) {
        if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
            problems.push('"rules" must be an object mapping diagnostic codes to a severity');
        } else {
            for (const [code, value] of Object.entries(rules)) {
                applyRule(config, code, value, problems);
            }
        }
    }
    return { config, problems };
}

function applyRule(config: OkrConfig, code: string, value: unknown, problems: string[]): void {
    if (!isDiagnosticCode(code)) {
        problems.push(`has an unknown rule "${code}"`);
        return;
    }
    const [severity, options] = Array.isArray(value) ? value : [value, undefined];
    if (typeof severity !== 'string' || !SEVERITIES.has(severity)) {
        problems.push(`rule "${code}" needs a severity of "error", "warning", "info", "hint" or "off", not ${JSON.stringify(severity)}`);
        return;
    }
    const merged = { ...config.rules[code].options };
    if (options !== undefined) {
        if (typeof options !== 'object' || options === null || Array.isArray(options)) {
            problems.push(`rule "${code}" options must be an object such as { "max": 4 }`);
            return;
        }
        for (const [name, optionValue] of Object.entries(options)) {
            if (!(name in (RULES[code].options ?? {}))) {
                const known = Object.keys(RULES[code].options ?? {});
                problems.push(`rule "${code}" has no option "${name}"${known.length ? ` (it has: ${known.join(', ')})` : ''}`);
            } else if (typeof optionValue !== 'number' || !Number.isFinite(optionValue) || optionValue < 0) {
                problems.push(`rule "${code}" option "${name}" must be a number of 0 or more`);
            } else {
                merged[name] = optionValue;
            }
        }
    }
    config.rules[code] = { severity: severity as SeveritySetting, options: merged };
}

export function ruleOption(config: OkrConfig, code: DiagnosticCode, name: string): number {
    return config.rules[code]?.options[name] ?? RULES[code].options?.[name] ?? 0;
}
