/**
 * What the extension contributes besides the server: every snippet inserts valid OKR text,
 * and the JSON schema VS Code uses for okr.config.json accepts what the server accepts.
 */
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import * as fs from 'node:fs';
import { Ajv } from 'ajv';
import { createOkrServices, parseConfigText, type Model } from 'okr-language';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { configSchema } from '../scripts/prepare-package.mjs';

const snippets = JSON.parse(fs.readFileSync('packages/extension/snippets/okr.code-snippets', 'utf8')) as Record<string, { body: string | string[] }>;

/** The text a snippet inserts when the user accepts every default. */
function expand(body: string | string[]): string {
    const variables: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '11', CURRENT_DATE: '10' };
    let text = [body].flat().join('\n');
    for (let previous = ''; previous !== text;) {
        previous = text;
        text = text
            .replace(/\$\{(\d+):([^${}]*)\}/g, '$2')        // ${1:default}
            .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')     // ${1|first,second|}
            .replace(/\$\{([A-Z_]+)\}/g, (_, name: string) => variables[name] ?? '')
            .replace(/\$\d+/g, '');
    }
    return text;
}

describe('snippets', () => {
    const { Okr } = createOkrServices(EmptyFileSystem);
    const parse = parseHelper<Model>(Okr);
    // Element-level snippets parse on their own; the others inside the element they belong in.
    const context: Record<string, (text: string) => string> = {
        'Objective': text => `okrs acme 2026-Q4 {\n${text}\n}`,
        'Key result (one line)': text => `okrs acme 2026-Q4 { objective o "O" {\n${text}\n} }`,
        'Key result (block)': text => `okrs acme 2026-Q4 { objective o "O" {\n${text}\n} }`,
        'Check-in': text => `okrs acme 2026-Q4 { objective o "O" { kr "K" from 0 to 1 {\n${text}\n} } }`,
        'KPI': text => `kpis acme {\n${text}\n}`,
        'Reading': text => `kpis acme { kpi k "K" {\n${text}\n} }`,
    };

    it.each(Object.entries(snippets))('"%s" inserts text that parses', async (name, snippet) => {
        const text = (context[name] ?? (t => t))(expand(snippet.body));
        const document = await parse(text);
        expect(document.parseResult.lexerErrors.map(e => e.message), text).toEqual([]);
        expect(document.parseResult.parserErrors.map(e => e.message), text).toEqual([]);
    });
});

describe('okr.config.json schema', () => {
    it('accepts the configuration the spec shows and rejects mistakes the server reports', async () => {
        const validate = new Ajv({ allErrors: true, strict: false }).compile(await configSchema());
        expect(validate({ rules: { 'too-many-objectives': ['warning', { max: 4 }], 'missing-owner': 'off' }, fiscalYearStartMonth: 4 })).toBe(true);
        expect(validate({ rules: { 'no-such-rule': 'warning' } })).toBe(false);
        expect(validate({ rules: { 'missing-owner': 'loud' } })).toBe(false);
        expect(validate({ rules: { 'too-many-objectives': ['warning', { maximum: 4 }] } })).toBe(false);
        expect(validate({ fiscalYearStartMonth: 13 })).toBe(false);
    });
});

describe('okr.config.json schema and the server agree on "vocabulary"', () => {
    it.each([
        [{ vocabulary: { outcome: ['bookings', 'net revenue retention'], activity: ['dogfood'] } }, true],
        [{ vocabulary: { outcome: [] } }, true],
        [{ vocabulary: {} }, true],
        [{ vocabulary: ['bookings'] }, false],
        [{ vocabulary: { outcomes: ['bookings'] } }, false],
        [{ vocabulary: { outcome: 'bookings' } }, false],
        [{ vocabulary: { outcome: [42] } }, false],
        [{ vocabulary: { activity: [''] } }, false],
        [{ vocabulary: { activity: ['x'.repeat(101)] } }, false],
    ])('%j → valid: %s', async (config, valid) => {
        const validate = new Ajv({ allErrors: true, strict: false }).compile(await configSchema());
        expect(validate(config)).toBe(valid);
        expect(parseConfigText(JSON.stringify(config)).problems.length === 0).toBe(valid);
    });
});

