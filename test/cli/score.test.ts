/** `okr score` as a black box: the JSON shape with computed scores, status by date, the table. */
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, expectOneLineError, okr } from './run-okr.js';

const SCORE = 'test/cli/fixtures/score/score.okr';
const score = (...args: string[]) => okr(['score', SCORE, ...args]);
const objectives = (...args: string[]) => JSON.parse(score('--format', 'json', ...args).stdout).objectives;

beforeAll(ensureCliBuilt, 180_000);

describe('okr score --format json', () => {
    it('prints every objective with its score, grade, status and key results', () => {
        const result = score('--format', 'json', '--today', '2026-11-10');
        expect(result.code).toBe(0);
        expect(JSON.parse(result.stdout)).toEqual({
            objectives: [
                {
                    id: 'west_q3_launch', title: 'Open the west coast market', unit: 'west', cycle: '2026-Q3',
                    score: 0.7, grade: 'green', status: 'ended',
                    keyResults: [{ id: 'west_q3_stores', title: 'Sign retail partners', progress: 0.7, current: 7 }],
                },
                {
                    // (0.5 × weight 3 + 0.2) / 4 = 0.425; expected by 2026-11-10 is 40/92 × 0.7 = 0.30.
                    id: 'west_orders', title: 'Win the west coast market', unit: 'west', cycle: '2026-Q4',
                    score: 0.425, grade: 'yellow', status: 'on-track',
                    keyResults: [
                        { id: 'west_weekly_orders', title: 'Grow weekly orders', progress: 0.5, current: 150 },
                        { id: 'west_repeat', title: 'Raise the repeat purchase rate', progress: 0.2, current: 14 },
                    ],
                },
                {
                    // Committed: 0.5 is red; a done milestone counts 1 and reports current true, no check-in null.
                    id: 'west_warehouse', title: 'Ship every west coast order from a local warehouse', unit: 'west', cycle: '2026-Q4',
                    score: 0.5, grade: 'red', status: 'on-track',
                    keyResults: [
                        { id: 'west_certified', title: 'Get the Oakland warehouse certified', progress: 1, current: true },
                        { id: 'west_local_share', title: 'Reach local fulfilment for west coast orders', progress: 0, current: null },
                    ],
                },
                {
                    id: 'west_brand', title: 'Make West Co a name people recognise', unit: 'west', cycle: '2026-Q4',
                    score: null, grade: null, status: expect.stringMatching(/^(not-started|on-track|at-risk|off-track|ended)$/),
                    keyResults: [],
                },
            ],
        });
    });

    it.each([
        ['2026-09-15', 'not-started', 'not-started'],
        ['2026-11-10', 'on-track', 'on-track'],
        // 80 of 92 days: 0.425 is under 0.61 (aspirational), 0.5 under 0.87 (committed), both above half.
        ['2026-12-20', 'at-risk', 'at-risk'],
        ['2027-01-05', 'ended', 'ended'],
    ])('--today %s gives the status by date', (today, aspirational, committed) => {
        const byId = Object.fromEntries(objectives('--today', today).map((o: { id: string; status: string }) => [o.id, o.status]));
        expect([byId.west_orders, byId.west_warehouse]).toEqual([aspirational, committed]);
    });

    it('--cycle keeps one cycle', () => {
        expect(objectives('--cycle', '2026-Q3', '--today', '2026-11-10').map((o: { id: string }) => o.id)).toEqual(['west_q3_launch']);
    });

    it('an unknown --cycle is a usage error that lists the cycles', () => {
        const result = score('--cycle', '2031-Q1');
        expect(result.code).toBe(2);
        expect(expectOneLineError(result)).toContain('no objectives in cycle "2031-Q1" (cycles: 2026-Q3, 2026-Q4)');
    });
});

describe('okr score (table)', () => {
    it('shows one row per objective and one per key result', () => {
        const result = score('--today', '2026-11-10');
        expect(result.code).toBe(0);
        const lines = result.stdout.trimEnd().split('\n');
        expect(lines[0]).toMatch(/^CYCLE +UNIT +OBJECTIVE \/ KEY RESULT +SCORE +GRADE +STATUS$/);
        expect(lines).toHaveLength(1 + 4 + 5);
        const orders = lines.find(line => line.includes('west_orders'))!;
        expect(orders).toMatch(/^2026-Q4 +west +west_orders: Win the west coast market +0\.4 \(43%\) +yellow +on-track$/);
        expect(lines[lines.indexOf(orders) + 1]).toMatch(/• Grow weekly orders +50% +150 → 200$/);
        expect(lines.find(line => line.includes('west_warehouse'))).toMatch(/0\.5 \(50%\) +red +on-track \(committed\)$/);
        expect(lines.find(line => line.includes('west_brand'))).toMatch(/no key results +-/);
    });
});
