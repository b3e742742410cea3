/** The rules run on every keystroke: any string, however odd or long, gets an answer and no exception (their speed is a row of `npm run bench`). */
import { describe, expect, it } from 'vitest';
import { judgeKeyResultTitle, judgeObjectiveTitle } from '../../packages/language/src/text-rules/index.js';

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
