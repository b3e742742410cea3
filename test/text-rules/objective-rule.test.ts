/** What separates holding a level from changing it in an objective title, case by case. */
import { describe, expect, it } from 'vitest';
import { judgeObjectiveTitle } from '../../packages/language/src/text-rules/index.js';

const triggersOf = (title: string) => judgeObjectiveTitle(title)?.triggers;

describe('holding a level is a KPI with an objective label', () => {
    it.each([
        ['Maintain 99.9% uptime', ['Maintain']],
        ['Keep support costs flat', ['Keep', 'flat']],
        ['Sustain our NPS above 40', ['Sustain', 'above']],
        ['Stay above 95% on-time delivery', ['Stay', 'above']],
        ['Hold churn below 2%', ['Hold', 'below']],
        ['Preserve our gross margin', ['Preserve']],
        ['Continue to deliver excellent service', ['Continue']],
        ['Remain the market leader', ['Remain']],
        ['Keep quality high', ['Keep']],
        ['Keep churn lower than 2%', ['Keep']],
        ['Maintain an average customer acquisition cost of less than $50', ['Maintain']],
        ['Maintaining a 0% net attrition rate', ['Maintaining']],
        ['Uptime stays above 99.9%', ['stays', 'above']],
        ['Ensure customer satisfaction is over 90%', ['Ensure', 'over']],
        ['Ensure organizational security is maintained at the highest levels', ['Ensure', 'maintained']],
        ["Don't release any new bugs", ["Don't"]],
        ['Avoid any regression in NPS', ['Avoid', 'regression']],
    ])('%s', (title, triggers) => {
        expect(triggersOf(title)).toEqual(triggers);
        expect(judgeObjectiveTitle(title)?.explanation).toBe('it holds a level instead of changing it, which is what a KPI with an expected range tracks');
    });
});

describe('changing a level is what objectives are for', () => {
    it.each([
        'Delight our customers',
        'Become the fastest onboarding in our market',
        'Keep shipping faster',
        'Keep customers happier than ever',
        'Keep improving first-week activation',
        'Continue to grow enterprise revenue',
        'Protect and grow our core business',
    ])('%s', title => {
        expect(judgeObjectiveTitle(title)).toBeUndefined();
    });

    it('a hold verb in a purpose or a side clause does not make the objective about holding', () => {
        expect(judgeObjectiveTitle('Decrease cash burn in order to keep the company financially stable')).toBeUndefined();
        expect(judgeObjectiveTitle('Achieve record revenue while maintaining healthy profitability')).toBeUndefined();
        expect(judgeObjectiveTitle('Build a culture that attracts and retains the best engineers')).toBeUndefined();
    });

    it.each([
        'Double conversion by August',
        'Reduce page load time by 40%',
        'Cut the support backlog to under 50 tickets by June',
        'Grow weekly active teams from 200 to 450',
        'Launch a status page that updates within 5 minutes',
        'Design a checkout that completes in under 30 seconds',
        'Reach 99.9% uptime by the end of Q3',
        'Get to zero open P1 bugs by March',
        'The nightly build becomes stable',
        'Answer more support calls than last year',
        'If the pilot succeeds, we will expand it to every region',
    ])('a change with numbers stays silent: %s', title => {
        expect(judgeObjectiveTitle(title)).toBeUndefined();
    });

    it('"hold", "retain" and "ensure" hold something only when they name a level', () => {
        expect(judgeObjectiveTitle('Hold a company-wide hackathon')).toBeUndefined();
        expect(judgeObjectiveTitle('Retain our top talent')).toBeUndefined();
        expect(triggersOf('Retain 95% of customers')).toEqual(['Retain']);
        expect(judgeObjectiveTitle('Ensure a smooth migration to the new billing system')).toBeUndefined();
        expect(judgeObjectiveTitle('Continue the migration to the cloud')).toBeUndefined();
    });
});

describe('a steady state read by its structure, without a hold verb', () => {
    it.each([
        // a response time for every request
        ['Respond to all requests within 48 hours', 'within 48 hours', 'a response time to keep for every request'],
        ['We will aim to answer every letter within 15 working days', 'within 15 working days', 'a response time to keep for every request'],
        ['Provide a written decision within 20 days of receiving an application', 'within 20 days', 'a response time to keep for every request'],
        ['Return missed calls by the next working day', 'by the next working day', 'a response time to keep for every request'],
        // around the clock
        ['Our services are accessible at all times', 'at all times', 'a state to keep at all times'],
        ['Keep the booking line open 24/7', undefined, undefined],
        // a level held over each period
        ['Zero lost-time injuries every year', 'every year', 'a level to hold in each period'],
        ['No more than 2% churn each quarter', 'each quarter', 'a level to hold in each period'],
        ['Pagers stay quiet overnight 90% of the time', '90% of the time', 'a level to hold in each period'],
        // a service level
        ['99.5% of nightly jobs finish before 6am', '99.5%', 'a service level'],
        ['Queue wait time ≤ 3 minutes for premium members', '≤ 3', 'a service level'],
        ['Ensure 99.9% availability', undefined, undefined],
        ['Every region meets its SLA', 'meets its SLA', 'a service level'],
        // a floor or a ceiling
        ['Spend less than the approved budget', 'less than', 'a floor or a ceiling to stay within'],
        ['Zero data loss incidents', 'Zero', 'a floor or a ceiling to stay within'],
        // a lasting state
        ['Our archive must remain readable for auditors', 'must remain', 'a state to keep'],
        // a time limit written as a ceiling on each request
        ['Decide 80% of permit requests in no more than 8 weeks', 'in no more than 8 weeks', 'a response time to keep for every request'],
        // a promise kept each time an event happens
        ['If a delivery slot is missed, we will rebook it the same week', 'If a delivery slot is missed, we will', 'a promise to keep each time the event happens'],
        ["When you report a broken streetlight we'll send a crew to look at it", "When you report a broken streetlight we'll", 'a promise to keep each time the event happens'],
    ])('%s', (title, part, kind) => {
        const verdict = judgeObjectiveTitle(title);
        expect(verdict, title).toBeDefined();
        if (part) expect(verdict?.part).toBe(part);
        if (kind) expect(verdict?.explanation).toBe(`it sets ${kind}, which is what a KPI with an expected range tracks`);
        if (verdict?.part) expect(title).toContain(verdict.part);
    });
});
