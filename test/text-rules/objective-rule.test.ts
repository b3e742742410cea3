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

    it('"hold", "retain" and "ensure" hold something only when they name a level', () => {
        expect(judgeObjectiveTitle('Hold a company-wide hackathon')).toBeUndefined();
        expect(judgeObjectiveTitle('Retain our top talent')).toBeUndefined();
        expect(triggersOf('Retain 95% of customers')).toEqual(['Retain']);
        expect(judgeObjectiveTitle('Ensure a smooth migration to the new billing system')).toBeUndefined();
        expect(judgeObjectiveTitle('Continue the migration to the cloud')).toBeUndefined();
    });
});
