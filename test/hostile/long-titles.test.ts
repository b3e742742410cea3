/**
 * Hostile titles: 100 KB to 1 MB of repeated words, "from … to", digits, "%", spaces or unicode.
 * The text rules read only the first MAX_CHARS characters of a title, so judging a huge title
 * is judging that prefix — not seconds or minutes of patterns on the whole title, as it once
 * was. The tests check that structurally (the verdict is the prefix's, and a 1 MB title checks
 * well within the CLI's time-out); how fast it is, is a row of `npm run bench`. The user is told
 * where the limit applied.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { judgeKeyResultTitle, judgeObjectiveTitle, MAX_CHARS } from '../../packages/language/src/text-rules/index.js';
import { rangeFromTitle } from '../../packages/language/src/lsp/quick-fixes/maintenance-objective.js';
import { okr, tempDir } from '../cli/run-okr.js';

/** Each shape repeats a unit to any length; the units are the ones that made patterns backtrack. */
const SHAPES: Array<[string, string]> = [
    ['repeated words', 'launch the new onboarding flow '],
    ['repeated "from … to"', 'from 10 to '],
    ['"from" without "to"', 'from from '],
    ['digits', '1234567890'],
    ['digits and separators', '1.2,3.4,'],
    ['percent signs', '% 5% of '],
    ['spaces', ' '],
    ['time units', 'times hours days minutes '],
    ['connectors', 'to so that which driving '],
    ['hold and window words', 'maintain within 3 days every year at least zero '],
    ['comparators', '<= 5 >= 3 ≤ 9 '],
    ['unicode', 'ünïcödé 增加收入 🚀 '],
    ['parentheses', '(( )) ('],
    ['hyphenated compound', 'time-to-first-value-'],
];

const JUDGES = { judgeKeyResultTitle, judgeObjectiveTitle, rangeFromTitle } as const;

const grown = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe.each(SHAPES)('a huge title of %s', (_shape, unit) => {
    it.each(Object.keys(JUDGES) as Array<keyof typeof JUDGES>)('%s judges only the bounded beginning', name => {
        const judge = JUDGES[name] as (title: string) => unknown;
        for (const size of [100_000, 1_000_000]) {
            const huge = grown(`Ship ${unit}`, size);
            // The verdict is the one of the bounded prefix: the rest of the title changes nothing.
            expect(judge(huge), `${name} at ${size}`).toEqual(judge(huge.slice(0, MAX_CHARS)));
        }
    });
});

describe('okr check on a file with a 1 MB title', () => {
    const dir = tempDir('okr-hostile-');
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('finishes and says the title was judged on its first characters', () => {
        const file = path.join(dir, 'long.okr');
        const title = `Publish ${grown('blog posts and videos, ', 1_000_000)}`;
        fs.writeFileSync(file, `team t "T" { lead "K" }\nokrs t 2026-Q4 {\n  objective o "Win the market" {\n    owner "K"\n    kr "${title}" from 0 to 10\n  }\n}\n`);
        const result = okr(['check', file, '--format', 'json'], { timeout: 30_000 });
        expect(result.code, result.stderr).not.toBeNull(); // null: killed by the timeout
        expect(result.code, result.stderr).toBeLessThan(2);
        const messages = JSON.stringify(JSON.parse(result.stdout));
        expect(messages).toContain('activity-key-result');
        expect(messages).toContain(`judged on its first ${MAX_CHARS} characters`);
    });
});
