/** The rules run on every keystroke: any string, however odd or long, gets an answer fast and no exception. */
import { describe, expect, it } from 'vitest';
import { judgeKeyResultTitle, judgeObjectiveTitle } from '../../packages/language/src/text-rules/index.js';
import { loadSplit } from './dataset.js';

const judges = [judgeKeyResultTitle, judgeObjectiveTitle];

describe('never throws', () => {
    it.each([
        '', ' ', '🚀🚀🚀', 'a'.repeat(10_000), 'launch '.repeat(2_000), 'maintain '.repeat(2_000), '"\\\u0000', '\uD800 lone surrogate',
        '((((((', ')))', 'from to', '12', '100% of', 'KR1:', 'Key result 2:', 'Objective:', 'מעלה את ה-NPS', '增加收入',
        'Ünïcödé launch', '$$$', '-', '...', 'keep', 'Maintain', 'and and and', 'of of of', 'is is', 'to to to', "don't",
    ])('%j', text => {
        for (const judge of judges) {
            const verdict = judge(text);
            for (const trigger of verdict?.triggers ?? []) expect(text).toContain(trigger);
        }
    });

    it('nor on values that are not strings', () => {
        for (const judge of judges) {
            for (const value of [undefined, null, 42, {}]) expect(judge(value as unknown as string)).toBeUndefined();
        }
    });
});

it('judges thousands of titles a second', () => {
    const titles = [...loadSplit('key-results', 'dev'), ...loadSplit('objectives', 'dev')].map(r => r.title);
    const start = performance.now();
    let judged = 0;
    while (judged < 4_000) for (const title of titles) { judgeKeyResultTitle(title); judgeObjectiveTitle(title); judged++; }
    expect(performance.now() - start).toBeLessThan(2_000);
});
