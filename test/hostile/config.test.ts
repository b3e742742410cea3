/**
 * okr.config.json is committed by anybody: nonsense is a clear problem, never accepted
 * silently, and the server and CLI accept exactly what the editor's JSON schema accepts.
 */
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { configSchema, CONFIGURABLE_CODES, parseConfigText, resolveConfig, RULES } from 'okr-language';
import { createRandom, type Random } from '../fuzz/random.js';

const validate = new Ajv({ allErrors: true, strict: false }).compile(configSchema());

const messages = (text: string) => parseConfigText(text).problems.map(problem => problem.message);

describe('a configuration that makes no sense is reported', () => {
    it.each([
        ['an option named like an Object method', '{"rules":{"too-many-objectives":["warning",{"toString":1}]}}', /has no option "toString"/],
        ['an option named constructor', '{"rules":{"stale-checkin":["warning",{"constructor":3}]}}', /has no option "constructor"/],
        ['an option named __proto__', '{"rules":{"too-many-kpis":["warning",{"__proto__":3}]}}', /has no option "__proto__"/],
        ['a rule named __proto__', '{"rules":{"__proto__":"off"}}', /unknown rule "__proto__"/],
        ['a rule named toString', '{"rules":{"toString":"off"}}', /unknown rule "toString"/],
        ['a top-level key named constructor', '{"constructor":{}}', /unknown key "constructor"/],
        ['a fractional threshold', '{"rules":{"too-many-objectives":["warning",{"max":0.5}]}}', /"max" must be a whole number of 0 or more, not 0\.5/],
        ['a negative threshold', '{"rules":{"stale-checkin":["warning",{"days":-1}]}}', /"days" must be a whole number of 0 or more, not -1/],
        ['an extra array item', '{"rules":{"too-many-objectives":["warning",{"max":4},"loud"]}}', /takes \[severity, \{ "max": N \}\], not 3 items/],
        ['options for a rule that has none', '{"rules":{"missing-owner":["off",{}]}}', /takes only a severity/],
        ['a $schema that is not text', '{"$schema":5}', /"\$schema" must be a text/],
        ['a month beyond double range', '{"fiscalYearStartMonth":1e400}', /whole number from 1 to 12, not Infinity/],
        ['a fractional month', '{"fiscalYearStartMonth":4.5}', /not 4\.5/],
        ['turning parse errors off', '{"rules":{"syntax":"off"}}', /rule "syntax" cannot be configured/],
        ['a control character in a key', '{"ru\\u001bles":{}}', /unknown key "ru\\x1bles"/],
    ])('%s', (_name, text, expected) => {
        expect(messages(text).join('\n')).toMatch(expected);
        expect(validate(JSON.parse(text)), 'the JSON schema rejects it too').toBe(false);
    });

    it('keeps parse errors on however the rules are written', () => {
        const { config } = parseConfigText('{"rules":{"syntax":"off","missing-owner":"off"}}');
        expect(config.rules.syntax.severity).toBe('error');
        expect(config.rules['missing-owner'].severity).toBe('off');
    });
});

/** An own property even for "__proto__", as JSON.parse makes it. */
const setOwn = (record: Record<string, unknown>, key: string, value: unknown) =>
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });

/** Values made of the configuration's own vocabulary, right and wrong, nested at random. */
function randomConfig(random: Random, depth = 0): unknown {
    const codes = [...CONFIGURABLE_CODES, 'syntax', 'no-such-rule', '__proto__', 'toString'];
    const scalar = () => random.pick<unknown>(['error', 'warning', 'info', 'hint', 'off', 'loud', 0, 1, 4, 12, 13, -1, 0.5, 1e300, true, null, '']);
    const options = (): unknown => {
        const out: Record<string, unknown> = {};
        for (let i = random.int(3); i > 0; i--) setOwn(out, random.pick(['max', 'days', 'maximum', 'toString', '__proto__']), scalar());
        return out;
    };
    const rule = (): unknown => {
        switch (random.int(4)) {
            case 0: return scalar();
            case 1: return [scalar()];
            case 2: return [random.pick(['warning', 'off', 'loud']), options()];
            default: return [random.pick(['warning', 'error']), options(), ...(random.chance(0.5) ? [scalar()] : [])];
        }
    };
    if (depth > 0) return rule();
    const config: Record<string, unknown> = {};
    if (random.chance(0.7)) {
        const rules: Record<string, unknown> = {};
        for (let i = random.int(4); i > 0; i--) setOwn(rules, random.pick(codes), rule());
        config.rules = random.chance(0.05) ? [] : rules;
    }
    if (random.chance(0.4)) config.fiscalYearStartMonth = scalar();
    if (random.chance(0.2)) config.$schema = random.pick<unknown>(['./schema.json', 5]);
    if (random.chance(0.1)) setOwn(config, random.pick(['colour', 'constructor', '__proto__']), true);
    return config;
}

describe('the server and CLI accept exactly what the JSON schema accepts', () => {
    it('on 3,000 generated configurations', () => {
        const random = createRandom(20261202);
        let valid = 0;
        for (let i = 0; i < 3000; i++) {
            const raw = randomConfig(random);
            const accepted = resolveConfig(raw).problems.length === 0;
            expect(accepted, `config ${JSON.stringify(raw)}: schema says ${validate(raw)}`).toBe(validate(raw));
            if (accepted) valid++;
        }
        // Both sides must be exercised, or the comparison proves nothing.
        expect(valid).toBeGreaterThan(300);
        expect(valid).toBeLessThan(2700);
    });

    it('with every rule and threshold of the catalog', () => {
        const rules = Object.fromEntries(CONFIGURABLE_CODES.map(code => [code, RULES[code].options ? ['warning', { ...RULES[code].options }] : 'warning']));
        expect(resolveConfig({ rules }).problems).toEqual([]);
        expect(validate({ rules })).toBe(true);
    });
});
