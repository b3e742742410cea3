/**
 * The `expected` range the maintenance-objective quick fix writes into the new KPI, read from the
 * objective's title: a ceiling, a floor, a share held, or nothing when the title states no level.
 * (The fix itself is tested end to end on the fixtures in test/fixtures/quick-fixes/.)
 */
import { describe, expect, it } from 'vitest';
import { rangeFromTitle } from '../../packages/language/src/lsp/quick-fixes/maintenance-objective.js';

describe('the expected range read from a steady-state title', () => {
    it.each([
        ['a maximum with "of"', 'Patients wait a maximum of 6 weeks for a first appointment', '<= 6 weeks'],
        ['a maximum before a hyphenated unit', 'A maximum 4-hour wait in casualty', '<= 4 hour'],
        ['a wait held under a time', 'No caller waits longer than 10 minutes for a reply', '<= 10 minutes'],
        ['a time limit written without a comparison word', 'Answer the phone in 30 seconds', '<= 30 seconds'],
        ['milliseconds, not millions', 'Keep p95 page latency under 300ms', '<= 300 ms'],
        ['millions stay millions', 'Keep spend under $2M', '<= $2M'],
        ['a response time', 'Reply within 3 working days', '<= 3 working-days'],
        ['a floor', 'Keep NPS above 40', '>= 40'],
        ['a year is no ceiling', 'Zero lost-time incidents in 2027', '<= 0'],
    ])('%s: "%s" → %s', (_name, title, range) => {
        expect(rangeFromTitle(title)).toBe(range);
    });

    it('offers no range when the title states no level', () => {
        expect(rangeFromTitle('Keep the archive readable')).toBeUndefined();
    });
});
