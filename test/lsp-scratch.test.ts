import { it } from 'vitest';
import { testCodeAction } from 'langium/test';
import { createServices } from './lsp/helpers.js';
const { Okr } = createServices();
it('x', async () => {
    const fixes = testCodeAction(Okr);
    const cases: Array<[string, string]> = [
        ['activity-key-result', 'team t "T" { lead "K" }\nokrs t 2026-Q4 {\n  objective o "Delight new customers" {\n    owner "K"\n    kr "Launch the onboarding training deck" from 0 to 1\n  }\n}\n'],
        ['maintenance-objective', 'team t "T" { lead "K" }\nokrs t 2026-Q4 {\n  objective nps "Maintain our NPS above 40" {\n    owner "K"\n  }\n}\n'],
        ['missing-owner', 'team t "T" { lead "K" }\nokrs t 2026-Q4 {\n  objective o "Delight new customers" {\n    kr "Raise activation" from 1% to 2%\n  }\n}\n'],
    ];
    for (const [code, text] of cases) {
        const r = await fixes(text, code, undefined as any).catch(e => ({ error: e.message }) as any);
        console.log(code, r.error ?? '', r.diagnosticsAll?.map((d: any) => d.data.code + ': ' + d.message).join('\n'));
        if (r.dispose) await r.dispose();
    }
});
