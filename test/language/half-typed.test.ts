/** Half-typed text, as the server sees it on every keystroke, never throws. */
import { expect, it } from 'vitest';
import { diagnose } from './diagnose.js';

it.each([
    'okrs  2026-Q3 {',
    'okrs',
    'kpis {',
    'okrs t 2026-Q4 { objective',
    'okrs t 2026-Q4 { objective o { kr',
    'okrs t 2026-Q4 { objective o "O" { kr from 1 to',
    'kpis t { kpi k { expected 5.. reading 2026-01-01 = } }',
    'team t "T" in\nokrs t 2026-Q4 { objective o "O" { aligns , guardrails } }',
])('%j', async text => {
    const result = await diagnose([{ name: 'a.okr', text }, { name: 'b.okr', text: 'company t "T"\nokrs t 2026-Q4 { objective p "P" { kr "Raise x" from 1 to 2 } }' }], '2026-11-10');
    expect(result.get('a.okr')!.some(d => d.code === 'syntax')).toBe(true);
});
