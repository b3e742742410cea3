/** Scores, grades and status exactly as language.md defines them. */
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { checkinStaleness, createOkrServices, gradeOf, kpiHealth, parseDay, progressHistory, scoreObjective, statusOf, builtinCycle, type Model, type Objective, type Kpi } from 'okr-language';

const { Okr } = createOkrServices(EmptyFileSystem);
const parse = parseHelper<Model>(Okr);

async function objective(body: string, commitment = ''): Promise<Objective> {
    const doc = await parse(`company c "C"\nokrs c 2026-Q4 {\n ${commitment} objective o "O" {\n${body}\n}\n}`);
    expect(doc.parseResult.parserErrors).toEqual([]);
    return (doc.parseResult.value.elements[1] as { objectives: Objective[] }).objectives[0];
}

const today = parseDay('2026-11-10')!;
/** The cycle of the objectives above, as the workspace model gives it. */
const Q4 = builtinCycle('2026-Q4');

describe('key result progress', () => {
    it.each([
        ['increasing, halfway', 'kr "k" { from 0 to 10 checkin 2026-10-10 = 5 }', 0.5],
        ['decreasing KR', 'kr "k" { from 21 to 10 days checkin 2026-11-04 = 14 }', 7 / 11],
        ['no check-in scores 0', 'kr "k" from 35% to 60%', 0],
        ['beyond the target clamps to 1', 'kr "k" { from 0 to 10 checkin 2026-10-10 = 15 }', 1],
        ['worse than the baseline clamps to 0', 'kr "k" { from 10 to 20 checkin 2026-10-10 = 5 }', 0],
        ['the latest check-in counts, not the last written', 'kr "k" { from 0 to 10 checkin 2026-11-01 = 8 checkin 2026-10-01 = 2 }', 0.8],
        ['scaled values', 'kr "k" { from $1M to $2M checkin 2026-10-10 = $1.5M }', 0.5],
        ['no baseline, target not reached', 'kr "k" { to 100 users checkin 2026-10-10 = 90 }', 0],
        ['no baseline, target reached', 'kr "k" { to 100 users checkin 2026-10-10 = 100 }', 1],
        ['no baseline, decreasing target reached', 'kr "k" { to 2% checkin 2026-10-01 = 5% checkin 2026-11-01 = 1.8% }', 1],
        ['milestone open', 'kr "k" milestone', 0],
        ['milestone done', 'kr "k" { milestone checkin 2026-10-10 = done }', 1],
    ])('%s', async (_name, kr, progress) => {
        const score = scoreObjective(await objective(kr), { today, cycle: Q4 });
        expect(score.keyResults[0].progress).toBeCloseTo(progress, 6);
    });
});

describe('the score as it stood on an earlier day (okr report --since)', () => {
    const body = 'kr "a" { from 0 to 10 checkin 2026-10-05 = 2 checkin 2026-11-01 = 6 checkin 2026-11-09 = 8 }\nkr "b" { to 5 checkin 2026-10-20 = 2 checkin 2026-11-05 = 5 }';
    it.each([
        ['before any check-in', '2026-10-01', 0, 'on-track'],
        ['the day of a check-in counts it', '2026-10-05', 0.1, 'on-track'],
        ['at the end of October: below half the expected 0.23', '2026-10-31', 0.1, 'off-track'],
        ['a week before today', '2026-11-03', 0.3, 'on-track'],
        ['a target reached on 11-05 counts from then', '2026-11-05', 0.8, 'on-track'],
        ['today: the score', '2026-11-10', 0.9, 'on-track'],
    ])('%s (%s)', async (_name, day, score, status) => {
        const then = parseDay(day)!;
        const result = scoreObjective(await objective(body), { today: then, cycle: Q4, asOf: then });
        expect([result.score, result.status]).toEqual([score, status]);
    });

    it('each point of a key result\'s history is its progress as of that check-in, oldest first', async () => {
        const o = await objective(`${body}\nkr "c" { to 2% checkin 2026-11-01 = 1.5% checkin 2026-10-01 = 5% }\nkr "d" { milestone checkin 2026-11-02 = done }`);
        for (const kr of o.keyResults) {
            const history = progressHistory(kr);
            expect(history.map(point => point.day)).toEqual([...history.map(point => point.day)].sort((a, b) => a - b));
            for (const point of history) {
                const then = scoreObjective(o, { today: point.day, cycle: Q4, asOf: point.day }).keyResults[o.keyResults.indexOf(kr)];
                expect(point.progress, `${kr.title} on day ${point.day}`).toBe(then.progress);
            }
        }
        expect(progressHistory(o.keyResults[2]).map(point => point.progress)).toEqual([0, 1]);
    });
});

describe('stale check-ins (the stale-checkin rule, also read by okr report)', () => {
    it.each([
        ['a fresh check-in', 'kr "k" { from 0 to 10 checkin 2026-11-01 = 5 }', '2026-11-10', undefined],
        ['exactly the threshold is not stale', 'kr "k" { from 0 to 10 checkin 2026-10-27 = 5 }', '2026-11-10', undefined],
        ['one day past it', 'kr "k" { from 0 to 10 checkin 2026-10-26 = 5 }', '2026-11-10', { kind: 'old', latest: parseDay('2026-10-26'), age: 15 }],
        ['no check-in two weeks in', 'kr "k" from 0 to 10', '2026-10-15', { kind: 'never', cycleStart: parseDay('2026-10-01') }],
        ['no check-in in the first days', 'kr "k" from 0 to 10', '2026-10-10', undefined],
        ['a cycle that has ended', 'kr "k" { from 0 to 10 checkin 2026-10-01 = 5 }', '2027-01-20', undefined],
    ])('%s', async (_name, kr, day, expected) => {
        const o = await objective(kr);
        expect(checkinStaleness(o.keyResults[0], Q4, parseDay(day)!, 14)).toEqual(expected);
    });
});

describe('objective score', () => {
    it('is the weighted mean of its key results', async () => {
        const o = await objective('kr "a" { from 0 to 10 weight 3 checkin 2026-10-10 = 10 }\nkr "b" { from 0 to 10 checkin 2026-10-10 = 0 }');
        expect(scoreObjective(o, { today, cycle: Q4 }).score).toBeCloseTo(0.75, 6);
    });
    it('weights default to 1', async () => {
        const o = await objective('kr "a" { from 0 to 10 checkin 2026-10-10 = 10 }\nkr "b" from 0 to 10');
        expect(scoreObjective(o, { today, cycle: Q4 }).score).toBeCloseTo(0.5, 6);
    });
    it.each([
        ['', 'green'], ['committed', 'yellow'],
    ])('a mean of 0.6 and 0.7 is 0.65 and grades as 0.7 (%s objective: %s), not as the float 0.6499…', async (commitment, grade) => {
        const o = await objective('kr "a" { from 0 to 100 checkin 2026-10-10 = 60 }\nkr "b" { from 0 to 100 checkin 2026-10-10 = 70 }', commitment);
        const score = scoreObjective(o, { today, cycle: Q4 });
        expect([score.score, score.grade]).toEqual([0.65, grade]);
    });
    it('has no score without key results', async () => {
        const score = scoreObjective(await objective('owner "x"'), { today, cycle: Q4 });
        expect([score.score, score.grade]).toEqual([undefined, undefined]);
    });
});

describe('grade', () => {
    it.each([
        [0.34, false, 'red'], [0.35, false, 'yellow'], [0.64, false, 'yellow'], [0.65, false, 'green'], [1, false, 'green'],
        [0.64, true, 'red'], [0.65, true, 'yellow'], [0.94, true, 'yellow'], [0.95, true, 'green'],
    ])('score %f (committed %s) is %s, on the score rounded to one decimal', (score, committed, grade) => {
        expect(gradeOf(score, committed)).toBe(grade);
    });
});

describe('status by date', () => {
    const q4 = builtinCycle('2026-Q4')!;  // 92 days from 2026-10-01
    const day = (d: string) => parseDay(d)!;
    it.each([
        ['before the cycle', 0, false, '2026-09-30', 'not-started'],
        ['after the cycle', 0, false, '2027-01-01', 'ended'],
        ['first day, nothing expected yet', 0, false, '2026-10-01', 'on-track'],
        ['at the expected progress (aspirational × 0.7)', 0.35, false, '2026-11-16', 'on-track'],
        ['just below expected, above half', 0.34, false, '2026-11-16', 'at-risk'],
        ['exactly half of expected', 0.175, false, '2026-11-16', 'at-risk'],
        ['below half of expected', 0.17, false, '2026-11-16', 'off-track'],
        ['committed expects the full elapsed fraction', 0.49, true, '2026-11-16', 'at-risk'],
        ['committed at the elapsed fraction', 0.5, true, '2026-11-16', 'on-track'],
        ['last day', 0.7, false, '2026-12-31', 'on-track'],
    ])('%s', (_name, score, committed, date, status) => {
        expect(statusOf(score, committed, q4, day(date)).status).toBe(status);
    });
});

describe('KPI health', () => {
    async function kpi(body: string): Promise<Kpi> {
        const doc = await parse(`company c "C"\nkpis c {\n kpi k "K" {\n${body}\n}\n}`);
        return (doc.parseResult.value.elements[1] as { kpis: Kpi[] }).kpis[0];
    }
    it.each([
        ['inside the range', 'expected 10..14 days reading 2026-10-01 = 16 reading 2026-11-01 = 12', 'healthy', 'improving'],
        ['above a <= bound', 'expected <= 2% reading 2026-10-01 = 1% reading 2026-11-01 = 3%', 'breached', 'worsening'],
        ['at a >= bound', 'expected >= 90% reading 2026-11-01 = 90%', 'healthy', undefined],
        ['no readings', 'expected >= 90%', 'unknown', undefined],
        ['no range', 'reading 2026-11-01 = 3', 'unknown', undefined],
    ])('%s', async (_name, body, health, trend) => {
        const result = kpiHealth(await kpi(body));
        expect([result.health, result.trend]).toEqual([health, trend]);
    });
});
