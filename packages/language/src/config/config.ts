/**
 * okr.config.json: rule severities and thresholds, and the fiscal-year start month.
 * `{ "rules": { "too-many-objectives": ["warning", { "max": 4 }], "missing-owner": "off" }, "fiscalYearStartMonth": 4 }`
 * Parsing never throws: every problem becomes a message, and defaults fill the gaps. What it
 * accepts is exactly what the JSON schema of config-schema.ts accepts (a test holds the two
 * together): own properties only, whole-number thresholds, no extra array items.
 */
import { ALL_CODES, CONFIGURABLE_CODES, RULES, SEVERITY_SETTINGS, type DiagnosticCode, type SeveritySetting } from './catalog.js';
import { visible } from '../io/visible-text.js';
import { emptyVocabulary, parseVocabulary, type Vocabulary } from './vocabulary.js';

export interface RuleSetting {
    severity: SeveritySetting;
    options: Record<string, number>;
}

export interface OkrConfig {
    rules: Record<DiagnosticCode, RuleSetting>;
    fiscalYearStartMonth: number;
    /** A baseline file (see baseline.ts), relative to the configuration file's folder. */
    baseline?: string;
    /** Words and phrases that force a text-rule verdict (see vocabulary.ts). */
    vocabulary: Vocabulary;
}

/** Where a configuration problem was found: a file, or the editor's `okr.*` settings. */
export type ConfigSource = 'file' | 'editor';

export interface ConfigProblem {
    source: ConfigSource;
    /** The JSON path of the value at fault, e.g. ['rules', 'missing-owner']; empty for the whole file. */
    path: string[];
    /** One clear sentence, to follow the file's name: "has an unknown key "rulez"…". */
    message: string;
}

export interface ConfigResult {
    config: OkrConfig;
    /** The rest of the file still applies. */
    problems: ConfigProblem[];
}

const has = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

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
        return { config: defaultConfig(), problems: [{ source: 'file', path: [], message: `is not valid JSON: ${visible((error as Error).message)}` }] };
    }
    return resolveConfig(raw);
}

type KeyParser = (value: unknown, config: OkrConfig, problem: (path: string[], message: string) => void) => void;

/** The top-level keys, each with what it accepts. */
const KEYS: Record<string, KeyParser> = {
    rules: (value, config, problem) => {
        if (!isRecord(value)) {
            problem(['rules'], `"rules" must be an object mapping diagnostic codes to a severity, not ${describe(value)}`);
            return;
        }
        for (const code of Object.keys(value)) applyRule(config, code, value[code], (message, ...path) => problem(['rules', code, ...path], message));
    },
    fiscalYearStartMonth: (value, config, problem) => {
        if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 12) config.fiscalYearStartMonth = value;
        else problem(['fiscalYearStartMonth'], `"fiscalYearStartMonth" must be a whole number from 1 to 12, not ${describe(value)}`);
    },
    vocabulary: (value, config, problem) => {
        const messages: string[] = [];
        config.vocabulary = parseVocabulary(value, messages);
        for (const message of messages) problem(['vocabulary'], message);
    },
    baseline: (value, config, problem) => {
        if (typeof value === 'string' && value.trim() !== '' && !value.includes('\0')) config.baseline = value;
        else problem(['baseline'], `"baseline" must be the path of a baseline file such as "okr-baseline.json", not ${describe(value)}`);
    },
    $schema: (value, _config, problem) => {
        if (typeof value !== 'string') problem(['$schema'], `"$schema" must be a text (the schema's address), not ${describe(value)}`);
    },
};

const PARSE_ORDER = ['$schema', 'fiscalYearStartMonth', ...Object.keys(KEYS).filter(key => key !== '$schema' && key !== 'fiscalYearStartMonth')];

/** Applies a configuration object (from the file or from editor settings) over `base`. */
export function resolveConfig(raw: unknown, base: OkrConfig = defaultConfig(), source: ConfigSource = 'file'): ConfigResult {
    const config: OkrConfig = { rules: { ...base.rules }, fiscalYearStartMonth: base.fiscalYearStartMonth, baseline: base.baseline, vocabulary: base.vocabulary };
    const problems: ConfigProblem[] = [];
    const problem = (path: string[], message: string) => problems.push({ source, path, message });
    if (!isRecord(raw)) {
        problem([], `must be a JSON object such as { "rules": { … } }, not ${describe(raw)}`);
        return { config, problems };
    }
    const known = Object.keys(KEYS).filter(key => key !== '$schema');
    for (const key of Object.keys(raw)) {
        if (!has(KEYS, key)) problem([key], `has an unknown key ${describe(key)} (expected ${alternatives(known)})`);
    }
    // In a fixed order, so that problems read the same whatever the order of the file.
    for (const key of PARSE_ORDER) {
        if (has(raw, key)) KEYS[key](raw[key], config, problem);
    }
    return { config, problems };
}

function applyRule(config: OkrConfig, code: string, value: unknown, problem: (message: string, ...path: string[]) => void): void {
    if (!(CONFIGURABLE_CODES as readonly string[]).includes(code)) {
        problem(code === 'syntax'
            ? 'rule "syntax" cannot be configured: a file that does not parse is always an error, and the checks after it would be wrong'
            : `has an unknown rule ${describe(code)}`);
        return;
    }
    const rule = RULES[code as DiagnosticCode];
    const entry = Array.isArray(value) ? value : [value];
    const [severity, options] = entry;
    if (typeof severity !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(severity)) {
        problem(`rule "${code}" needs a severity of ${alternatives([...SEVERITY_SETTINGS])}, not ${describe(severity)}`);
        return;
    }
    const known = Object.keys(rule.options ?? {});
    if (entry.length > (known.length > 0 ? 2 : 1)) {
        problem(known.length > 0
            ? `rule "${code}" takes [severity, { ${known.map(k => `"${k}": N`).join(', ')} }], not ${entry.length} items`
            : `rule "${code}" takes only a severity (it has no options), not ${entry.length} items`);
        return;
    }
    const merged = { ...config.rules[code as DiagnosticCode].options };
    if (entry.length === 2) {
        if (!isRecord(options)) {
            problem(`rule "${code}" options must be an object such as { "${known[0]}": 4 }, not ${describe(options)}`, '1');
            return;
        }
        for (const name of Object.keys(options)) {
            const optionValue = options[name];
            if (!has(rule.options ?? {}, name)) {
                problem(`rule "${code}" has no option ${describe(name)} (it has: ${known.join(', ')})`, '1', name);
            } else if (typeof optionValue !== 'number' || !Number.isInteger(optionValue) || optionValue < 0) {
                problem(`rule "${code}" option "${name}" must be a whole number of 0 or more, not ${describe(optionValue)}`, '1', name);
            } else {
                merged[name] = optionValue;
            }
        }
    }
    config.rules[code as DiagnosticCode] = { severity: severity as SeveritySetting, options: merged };
}

export function ruleOption(config: OkrConfig, code: DiagnosticCode, name: string): number {
    return config.rules[code]?.options[name] ?? RULES[code].options?.[name] ?? 0;
}

/** `"a", "b" or "c"` */
function alternatives(names: string[]): string {
    const quoted = names.map(name => `"${name}"`);
    return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : quoted.join('');
}

/** A value as the message shows it: `0.5`, `Infinity` (JSON's 1e400), `"text"`, `an array`. */
function describe(value: unknown): string {
    if (typeof value === 'number') return String(value);
    if (typeof value === 'string') return `"${visible(value.length > 60 ? `${value.slice(0, 57)}…` : value)}"`;
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'an array';
    if (typeof value === 'object') return 'an object';
    return String(value);
}
