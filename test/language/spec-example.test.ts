/** The spec's complete example gives exactly the diagnostics its trailing comments name. */
import * as fs from 'node:fs';
import { expect, it } from 'vitest';
import { ALL_CODES } from 'okr-language';
import { diagnose } from './diagnose.js';

it('gives exactly the diagnostics its comments name, as of 2026-11-10', async () => {
    const text = fs.readFileSync('test/fixtures/spec/example.okr', 'utf8');
    const expected = text.split('\n').flatMap((line, index) => {
        const comment = /\/\/\s*([a-z-]+(?:,\s*[a-z-]+)*)\s*$/.exec(line)?.[1] ?? '';
        return comment.split(/,\s*/).filter(code => (ALL_CODES as string[]).includes(code)).map(code => `${index + 1}: ${code}`);
    });
    expect(expected.length).toBe(11);
    const diagnostics = (await diagnose([{ name: 'example.okr', text }], '2026-11-10')).get('example.okr')!;
    expect(diagnostics.map(d => `${d.range.start.line + 1}: ${d.code}`).sort()).toEqual(expected.sort());
});
