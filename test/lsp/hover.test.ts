import { describe, it } from 'vitest';
import * as fs from 'node:fs';
import { expectHover } from 'langium/test';
import { createServices } from './helpers.js';

const { Okr } = createServices();
const hover = expectHover(Okr);
const EXAMPLE = fs.readFileSync('test/fixtures/spec/example.okr', 'utf8');

/** Hover at `at` + `shift` in the spec example (today 2026-11-10) must match every pattern. */
const cases: Array<[string, string, number, RegExp[]]> = [
    ['objective: score, grade, status with expected progress, KR breakdown', 'objective fast_onboarding', 12, [
        /\*\*Objective\*\* `fast_onboarding` · aspirational/,
        /Make the first week of every new account effortless/,
        /\*\*Score 0\.3 \(29%\)\*\* · 🔴 red · at risk \(expected 30% by 2026-11-10\)/,
        /onboarding · 2026-Q4 \(2026-10-01 to 2026-12-31\) · owner Kim Park/,
        /- `ttfv` Cut median time-to-first-value — \*\*0\.6 \(64%\)\*\* · 14 → 10 days/,
        /- `activation` Raise week-one activation — \*\*0\.2 \(24%\)\*\* · 41 → 60%/,
        /- Launch the onboarding training deck — \*\*0\.0 \(0%\)\*\*/,
    ]],
    ['objective without key results', 'objective nps', 12, [/\*\*No score\*\*: no key results/]],
    ['reference in aligns shows the objective', 'aligns growth', 9, [/\*\*Objective\*\* `growth`/, /off track/, /owner Dana Reyes/]],
    ['key result: measure, current, progress, last check-in, trend', 'kr ttfv', 4, [
        /\*\*Key result\*\* `ttfv`/,
        /from 21 to 10 days · current 14 days · \*\*progress 0\.6 \(64%\)\*\* · improving/,
        /Last check-in 2026-11-04: 14 days · confidence 0\.6 — “Guided setup pilot is live”/,
        /moves KPI `time_to_value` · 0\/1 initiatives done/,
        /In objective `fast_onboarding`: 0\.3 \(29%\), red, at risk/,
    ]],
    ['key result without check-in or ID, hovered on its title', 'Launch the onboarding', 3, [/\*\*Key result\*\*\n\nLaunch the onboarding training deck\n/, /no measure · \*\*progress 0\.0 \(0%\)\*\*/, /No check-in yet\./]],
    ['KPI: range, latest reading, health, trend, cadence, owner, definition', 'kpi time_to_value', 6, [
        /\*\*KPI\*\* `time_to_value`/,
        /Expected 10\.\.14 days · latest 12 days \(2026-11-02\) · \*\*✅ healthy\*\* · improving/,
        /cadence weekly · owner Kim Park · unit onboarding/,
        /> Median days from contract signature/,
    ]],
    ['reference in moves shows the KPI', 'moves time_to_value', 8, [/\*\*KPI\*\* `time_to_value`/, /healthy/]],
    ['reference in guardrails shows the KPI', 'guardrails csat', 12, [/\*\*KPI\*\* `csat`/, /Expected >= 90% · no reading yet · \*\*health unknown\*\*/]],
    ['KPI missing fields says so', 'kpi tickets', 6, [/Expected no range/, /no cadence · owner Kim Park/]],
    ['unit reference in an okrs block', 'okrs onboarding', 6, [/\*\*Team\*\* `onboarding` — Onboarding squad/, /in `product` · lead Kim Park/]],
    ['unit reference after in', 'in acme', 4, [/\*\*Company\*\* `acme` — Acme Inc/]],
    ['strategy reference', 'aligns customer_love', 9, [/\*\*Strategy\*\* `customer_love`/, /Win enterprise accounts on time-to-value/]],
    ['built-in cycle', 'acme 2026-Q4', 7, [/\*\*Cycle\*\* `2026-Q4`/, /2026-10-01 to 2026-12-31 · 43% elapsed/]],
];

function at(text: string, anchor: string, shift: number): string {
    const offset = text.indexOf(anchor) + shift;
    return `${text.slice(0, offset)}<|>${text.slice(offset)}`;
}

describe('hover', () => {
    it.each(cases)('%s', async (_name, anchor, shift, patterns) => {
        for (const pattern of patterns) {
            await hover({ text: at(EXAMPLE, anchor, shift), index: 0, hover: pattern, disposeAfterCheck: true });
        }
    });

    it('shows a custom cycle referenced by an okrs block', async () => {
        const text = 'team t "T"\ncycle launch "Launch push" from 2026-11-01 to 2026-11-30\nokrs t la<|>unch {}\n';
        await hover({ text, index: 0, hover: /\*\*Cycle\*\* `launch` — Launch push\n\n2026-11-01 to 2026-11-30 · 30% elapsed/, disposeAfterCheck: true });
    });

    it('escapes Markdown in user text', async () => {
        const text = 'strategy s<|> "Win <b>big</b> *now*"\n';
        await hover({ text, index: 0, hover: /Win \\<b\\>big\\<\/b\\> \\\*now\\\*/, disposeAfterCheck: true });
    });

    it('committed objectives use the committed scale', async () => {
        const text = 'team t "T"\nokrs t 2026-Q4 {\n  committed objective o<|> "O" {\n    kr "k" from 0 to 10 { checkin 2026-11-01 = 8 }\n  }\n}\n';
        await hover({ text, index: 0, hover: /\*\*Score 0\.8 \(80%\)\*\* · 🟡 yellow · on track \(expected 43% by 2026-11-10\)/, disposeAfterCheck: true });
    });

    it('says nothing on a reference that names nothing (the diagnostic explains)', async () => {
        await hover({ text: 'team t "T"\nokrs t 2026-Q4 {\n  objective o "O" { aligns nowh<|>ere }\n}\n', index: 0, hover: undefined, disposeAfterCheck: true });
    });

    it('says nothing on whitespace and comments', async () => {
        await hover({ text: '// a comm<|>ent\nstrategy s "S"   <|>\n', index: 0, hover: undefined, disposeAfterCheck: true });
        await hover({ text: '// a comm<|>ent\nstrategy s "S"   <|>\n', index: 1, hover: undefined, disposeAfterCheck: true });
    });
});
