/**
 * The JSON schema of okr.config.json and of the editor's `okr.rules` setting, made from the
 * rule catalog. The editor validates with it as you type (VS Code's jsonValidation and the
 * setting's schema); config.ts accepts exactly what it accepts, and tests hold them together.
 */
import { CONFIGURABLE_CODES, RULES, SEVERITY_SETTINGS } from './catalog.js';
import { MAX_ENTRY_LENGTH, MAX_VOCABULARY_ENTRIES, VOCABULARY_KINDS } from './vocabulary.js';

type Schema = Record<string, unknown>;

const severity: Schema = { enum: [...SEVERITY_SETTINGS] };

/** One rule's value: a severity, or `[severity]`, or `[severity, { option: N }]` when it has options. */
function ruleSchema(code: typeof CONFIGURABLE_CODES[number]): Schema {
    const rule = RULES[code];
    const options = Object.keys(rule.options ?? {});
    const optionsSchema: Schema = {
        type: 'object', additionalProperties: false,
        properties: Object.fromEntries(options.map(name => [name, { type: 'integer', minimum: 0, default: rule.options![name] }])),
    };
    const described = `${rule.description} Default: \`${rule.severity}\`${options.length ? `; options: ${options.map(o => `\`${o}\` (${rule.options![o]})`).join(', ')}` : ''}.`;
    return {
        markdownDescription: described,
        anyOf: [
            severity,
            options.length
                ? { type: 'array', minItems: 1, maxItems: 2, items: [severity, optionsSchema] }
                : { type: 'array', minItems: 1, maxItems: 1, items: [severity] },
        ],
    };
}

/** `rules`: every configurable code (all but `syntax`), nothing else. */
export function rulesSchema(): Schema {
    return {
        type: 'object',
        description: 'Severity ("off" to disable) and thresholds of each rule.',
        additionalProperties: false,
        properties: Object.fromEntries(CONFIGURABLE_CODES.map(code => [code, ruleSchema(code)])),
    };
}

export function configSchema(): Schema {
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        title: 'okr.config.json',
        type: 'object',
        additionalProperties: false,
        properties: {
            $schema: { type: 'string' },
            rules: rulesSchema(),
            fiscalYearStartMonth: { type: 'integer', minimum: 1, maximum: 12, default: 1, description: 'Month (1–12) the fiscal year starts in; shifts the built-in quarters.' },
            vocabulary: {
                type: 'object', additionalProperties: false,
                description: 'Words and phrases of this workspace, matched case-insensitively on word boundaries, that force the verdict of `activity-key-result` for a key result whose title contains them. An outcome word wins over an activity word.',
                properties: Object.fromEntries(VOCABULARY_KINDS.map(kind => [kind, {
                    type: 'array', maxItems: MAX_VOCABULARY_ENTRIES,
                    items: { type: 'string', minLength: 1, maxLength: MAX_ENTRY_LENGTH, pattern: '[\\p{L}\\p{N}]' },
                    description: kind === 'outcome' ? 'A key result containing one of these is never flagged as an activity ("bookings", "net revenue retention").' : 'A key result containing one of these is always flagged as an activity ("dogfood", "spike").',
                }])),
            },
            baseline: { type: 'string', minLength: 1, pattern: '\\S', description: 'A baseline file written by `okr check --update-baseline`, relative to this file: problems it records are not reported, in the CLI and the editor alike.' },
        },
    };
}
