import { afterEach, describe, expect, it } from 'vitest';
import { clearDocuments, expectCompletion } from 'langium/test';
import type { CompletionItem } from 'vscode-languageserver';
import { createServices } from './helpers.js';

const { Okr } = createServices();
const complete = expectCompletion(Okr);

const TEXT = `company c "C"
team t "T" in <|>
strategy s "S"
cycle push "Push" from <|> to 2026-12-31
kpis t {
  kpi k "K" {
    cadence <|>
    reading <|>
  }
  kpi k2 "K2" { <|> }
}
okrs t <|> {
  objective parent "P" {}
  objective o "O" {
    aligns <|>
    guardrails <|>
    kr "x" from 1 to 2 {
      checkin 2026-11-01 = 1.5
      <|>
    }
    kr "y" { checkin <|> }
  }
}
`;

const label = (item: CompletionItem) => item.label;

/** [what, marker index, labels expected exactly (in order), or labels that must be present] */
const cases: Array<[string, number, { exactly?: string[]; includes?: string[]; excludes?: string[] }]> = [
    ['units after `in`', 0, { exactly: ['c', 't'] }],
    ['today for a cycle date, without `=`', 1, { exactly: ['2026-11-10'] }],
    ['cadence words', 2, { exactly: ['daily', 'weekly', 'monthly', 'quarterly'] }],
    ['today after `reading`, with `=`', 3, { exactly: ['2026-11-10 ='] }],
    ['KPI body keywords', 4, { includes: ['owner', 'definition', 'expected', 'cadence', 'reading'], excludes: ['kr', 'objective'] }],
    ['this and the next quarter, this half, and custom cycles', 5, { exactly: ['2026-Q4', '2027-Q1', '2026-H2', 'push'] }],
    ['objectives and strategies for `aligns`, never the objective itself', 6, { exactly: ['s', 'parent'] }],
    ['KPIs for `guardrails`', 7, { exactly: ['k', 'k2'] }],
    ['today after `checkin`, with `=`', 9, { exactly: ['2026-11-10 ='] }],
    ['KR body keywords', 8, { includes: ['checkin', 'initiative', 'moves', 'owner', 'weight'], excludes: ['objective'] }],
];

describe('completion', () => {
    afterEach(() => clearDocuments(Okr));

    it.each(cases)('%s', async (_what, index, expected) => {
        await complete({
            text: TEXT, index, disposeAfterCheck: true,
            assert: list => {
                const labels = list.items.map(label);
                if (expected.exactly) expect(labels).toEqual(expected.exactly);
                for (const wanted of expected.includes ?? []) expect(labels).toContain(wanted);
                for (const unwanted of expected.excludes ?? []) expect(labels).not.toContain(unwanted);
            },
        });
    });

    it('inserts the date with " = " after checkin, ready for the value', async () => {
        await complete({
            text: TEXT, index: 9, disposeAfterCheck: true,
            assert: list => expect(list.items[0].textEdit?.newText).toBe('2026-11-10 = '),
        });
    });

    it('follows the "today" setting', async () => {
        Okr.okr.Settings.setToday('2027-02-03');
        try {
            await complete({ text: TEXT, index: 9, expectedItems: ['2027-02-03 ='], disposeAfterCheck: true });
        } finally {
            Okr.okr.Settings.setToday('2026-11-10');
        }
    });
});
