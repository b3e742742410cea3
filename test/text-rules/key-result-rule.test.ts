/** What separates an activity from an outcome in a key result title, case by case. */
import { describe, expect, it } from 'vitest';
import { judgeKeyResultTitle } from '../../packages/language/src/text-rules/index.js';

const triggersOf = (title: string) => judgeKeyResultTitle(title)?.triggers;

describe('a task verb names work', () => {
    it.each([
        ['Launch new onboarding flow', ['Launch']],
        ['Ship v2 by March', ['Ship']],
        ['Launched the partner portal', ['Launched']],
        ['Launching the partner portal', ['Launching']],
        ['Relaunch the partner portal', ['Relaunch']],
        ['Successfully roll out single sign-on to every team', ['roll']],
        ['KR2: Implement CRM', ['Implement']],
        ['Conduct 20 customer interviews', ['Conduct', 'interviews']],
        ['Hire 3 senior engineers', ['Hire', 'engineers']],
    ])('%s', (title, triggers) => {
        expect(triggersOf(title)).toEqual(triggers);
    });

    it('…unless it also states the measured change it should cause', () => {
        expect(triggersOf('Redesign the checkout flow to lift conversion from 2.1% to 3%')).toBeUndefined();
        expect(triggersOf('Move activation from 61 to 75 percent')).toBeUndefined();
        expect(triggersOf('Build a pipeline of 15 qualified enterprise opportunities')).toBeUndefined();
    });

    it('…and a purpose without a number, or one that counts more output, is still work', () => {
        expect(triggersOf('Redesign the checkout flow to improve conversion')).toEqual(['Redesign']);
        expect(triggersOf('Research and select a partner to deliver 4 DEI events')).toEqual(['Research']);
        expect(triggersOf('Migrate 75% of collaboration tools to cloud-based platforms')).toEqual(['Migrate', 'tools']);
        // A deadline or an ordinal in the purpose states no level.
        expect(triggersOf('Replace the old lab benches to meet 22nd century safety codes by 2027')).toEqual(['Replace']);
    });
});

describe('a number does not make output an outcome', () => {
    it.each([
        ['Publish 12 blog posts', ['Publish', 'posts']],
        ['Increase the number of webinars from 2 to 6', ['Increase', 'webinars']],
        ['Increase customer-facing knowledge base articles from 25 to 100', ['Increase', 'articles']],
        ['Generate 10 case studies and testimonials', ['Generate', 'studies']],
        ['Make 200 outbound calls per week', ['Make', 'calls']],
        ['Achieve ISO 27001 certification', ['Achieve', 'certification']],
        ['Engineering teams contribute 1200 code reviews by end of every sprint', ['contribute']],
        ['100% of key accounts have a QBR this quarter', ['have', 'QBR']],
    ])('%s', (title, triggers) => {
        expect(triggersOf(title)).toEqual(triggers);
    });
});

describe('a measure that changes is an outcome', () => {
    it.each([
        'Increase NPS from 30 to 45',
        'Reduce churn to 2%',
        'Grow MRR to $1.2M',
        'Cut p95 checkout latency from 800 ms to 200 ms',
        'Raise week-two retention from 40% to 55%',
        'Increase webinar attendance from 50 to 200 per session',
        'Increase infographic downloads by 25%',
        'Generate 300 marketing qualified leads',
        'Sign 10 new enterprise customers',
        'Achieve 500 positive G2 reviews',
        'Increase developer time-to-first-call from 2 hrs to under 30 min',
        'Maintain 7-day average customer rating of 4.5/5',
    ])('%s', title => {
        expect(judgeKeyResultTitle(title)).toBeUndefined();
    });

    it('fewer of anything is a result, even of output', () => {
        expect(triggersOf('Reduce support tickets from 120 to 30 a month')).toBeUndefined();
        expect(triggersOf('Less than 2 major priority bugs found in production')).toBeUndefined();
        expect(triggersOf('Zero P0 incidents lasting longer than 30 minutes')).toBeUndefined();
    });

    it('customer reviews are a result, code reviews are work', () => {
        expect(triggersOf('Achieve 5000 positive G2 reviews')).toBeUndefined();
        expect(triggersOf('Complete 40 code reviews')).toEqual(['Complete', 'reviews']);
    });
});

describe('effort is not an outcome', () => {
    it.each([
        ['Spend 10 hours per week on code review', ['Spend']],
        ['Allocate $50k to paid ads', ['Allocate']],
        ['Dedicate 20% of sprint capacity to tech debt', ['Dedicate']],
        ['Hold monthly all-hands', ['Hold', 'all-hands']],
        ['Play the guitar at least 5 times per week', ['Play', 'per', 'week']],
        ['Eat two cups of fruit and veggies every day', ['Eat', 'every', 'day']],
    ])('%s', (title, triggers) => {
        expect(triggersOf(title)).toEqual(triggers);
    });

    it('…but cutting or capping it, or holding a measure, is a result', () => {
        expect(triggersOf('Reduce spend by 20%')).toBeUndefined();
        expect(triggersOf('Spend less than $5k per month on tooling')).toBeUndefined();
        expect(triggersOf('Spend per customer below $50')).toBeUndefined();
        expect(triggersOf('Hold churn below 2%')).toBeUndefined();
    });
});

describe('the work, however it is worded', () => {
    it.each([
        ['Deploy the new CI pipeline', ['Deploy']],
        ['Deployment of Metrics Dashboard', ['Deployment']],
        ['The DHT is enabled by default in js-ipfs', ['is', 'enabled']],
        ['Scalable Mentorship/coaching program', ['program']],
        ['Every UX Dept Member has at least one career development discussion', ['has', 'discussion']],
        ['Risk Management policy updates including methodology for operational risk and risk ratings', ['updates']],
    ])('%s', (title, triggers) => {
        expect(triggersOf(title)).toEqual(triggers);
    });

    it('a title no rule placed is work when it names nothing that would change', () => {
        expect(triggersOf('Dogfood Geo failover in staging')).toEqual(['Dogfood']);
        expect(triggersOf('Real matches playable online')).toEqual(['Real']);
        expect(judgeKeyResultTitle('Dogfood Geo failover in staging')?.explanation).toMatch(/no measure/);
        // Any measure, amount or change keeps it a result.
        expect(triggersOf('Median checkout time under 2 minutes')).toBeUndefined();
        expect(triggersOf('Enterprise customers renew')).toBeUndefined();
        expect(triggersOf('Conversion rate of trial users')).toBeUndefined();
    });

    it('…while setting a measure to a level, or a rate per something, is a result', () => {
        expect(triggersOf('Completion of onboarding by 80% of new users')).toBeUndefined();
        expect(triggersOf('Provide a 12-hour-or-less response time to any queries posted in the Slack channel')).toBeUndefined();
        expect(triggersOf('Move 50% of Experience Baseline scores up by one grade level')).toBeUndefined();
        expect(triggersOf('Retain a support ticket per subscription ratio of 4.25% or less')).toBeUndefined();
        expect(triggersOf('A js-ipfs Daemon will always find other IPFS Daemons in the LAN within 2 seconds')).toBeUndefined();
        expect(triggersOf('Post 30 times on Instagram')).toEqual(['Post']);
    });
});

describe('without a leading verb, the predicate decides', () => {
    it.each([
        ['Wizard is live for all new accounts', ['is', 'live']],
        ['Partner portal launched', ['launched']],
        ['50 templates published', ['published']],
        ['Computing policies are created and compliance is tracked', ['are', 'created']],
        ['100% of AEs complete their territory strategy presentation', ['complete']],
        ['README quickstart', ['quickstart']],
        ['New platform for internal documentation', ['New', 'platform']],
    ])('%s is work', (title, triggers) => {
        expect(triggersOf(title)).toEqual(triggers);
    });

    it.each([
        '90% of customers reach their engagement threshold within two weeks',
        '70% of new users complete onboarding in their first session',
        'Review turnaround under 24 hours',
        'Readership increases by 30%',
        'Average time-to-fill is 45 days or less',
        'Every new account reaches first value within a week',
        'Improve onboarding',
        // a share done within a time limit is a service level
        '90% of repair jobs completed within 36 hours',
        // a time frame before the comma, then the result
        'Beginning in the 2026 school year, the share of pupils reading at grade level rises by 4%',
    ])('%s is a result', title => {
        expect(judgeKeyResultTitle(title)).toBeUndefined();
    });
});

describe('reading past the first word', () => {
    it('"ensure" or "make sure" followed by its own subject: the clause decides', () => {
        expect(triggersOf('Ensure that more than 80% of documents have a 95% error-free rate')).toBeUndefined();
        expect(triggersOf('Make sure that 70% of salespeople are at 70% of quota')).toBeUndefined();
        expect(triggersOf('Ensure all new hires complete security training')).toEqual(['complete']);
        expect(triggersOf('Ensure a smooth migration to the new billing system')).toEqual(['Ensure']);
    });

    it('after a determiner comes a noun, not an imperative', () => {
        expect(triggersOf('The repurchase rate should be increased from X to Y')).toBeUndefined();
        expect(triggersOf('A/B test 5 pricing pages')).toEqual(['test', 'pages']);
    });

    it('a bare "to" still has a verb', () => {
        expect(triggersOf('All managers to complete DIB training')).toEqual(['complete']);
    });

    it('a share of a plan is attainment, unless the plan counts output', () => {
        expect(triggersOf('Achieve 110% of SAO plan')).toBeUndefined();
        expect(triggersOf('Achieve 100% of the hiring plan')).toEqual(['Achieve', 'plan']);
    });

    it('adding customers is winning them; adding output is work', () => {
        expect(triggersOf('Add 30 Fortune 500 companies')).toBeUndefined();
        expect(triggersOf('Add 5 product videos to website')).toEqual(['Add', 'videos']);
    });
});

describe('words that read two ways', () => {
    it('meeting a target is not work', () => {
        expect(triggersOf('Meet the 99.9% availability target')).toBeUndefined();
    });

    it('a capability to deliver is work, unless it measures people', () => {
        expect(triggersOf('Admins can export audit logs as CSV')).toEqual(['can', 'export']);
        expect(triggersOf('The mobile app supports offline drafts')).toEqual(['supports', 'offline']);
        expect(triggersOf('90% of admins can export audit logs without help')).toBeUndefined();
    });

    it('members of the team are its own people, members of a community an audience', () => {
        expect(triggersOf('Onboard 4 new support team members')).toEqual(['Onboard', 'members']);
        expect(triggersOf('Onboard 400 new community members')).toBeUndefined();
    });

    it('a measure word followed by a plain noun starts a compound object', () => {
        expect(triggersOf('Launch traffic dashboard')).toEqual(['Launch']);
        expect(triggersOf('Review turnaround under 24 hours')).toBeUndefined();
    });

    it('a done word that ends a measured span is not work done', () => {
        expect(triggersOf('Median deal cycle under 30 days from first call to signed')).toBeUndefined();
    });

    it('how much of something a day is a habit', () => {
        expect(triggersOf('Drink 8 glasses of water a day')).toEqual(['Drink', 'a', 'day']);
    });
});

it('explains itself in a clause that fits the message', () => {
    expect(judgeKeyResultTitle('Run 4 webinars per month')).toEqual({
        triggers: ['Run', 'webinars'],
        explanation: 'it counts webinars, which is output or effort, not a change for customers or the business',
    });
    expect(judgeKeyResultTitle('Launch the onboarding checklist')?.explanation).toBe('it names work to do, not the change that work should cause');
    expect(judgeKeyResultTitle('Improve the PRD template')).toEqual({
        triggers: ['Improve', 'template'],
        explanation: 'it names a deliverable, not the result it should bring',
    });
});
