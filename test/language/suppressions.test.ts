/** `// okr-disable…` comments silence diagnostics where they are deliberate, ESLint-style; unused ones are reported. */
import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose.js';

const ORG = 'company acme "Acme" { lead "Dana" }\n';
// Early in 2026-Q4, before any key result is due a check-in.
const TODAY = '2026-10-05';

/** The diagnostics of one file as `line: code`, numbered from 1. */
async function check(body: string, configure?: Parameters<typeof diagnose>[2]): Promise<string[]> {
    const text = ORG + body;
    const diagnostics = (await diagnose([{ name: 'goals.okr', text }], TODAY, configure)).get('goals.okr')!;
    return diagnostics.map(d => `${d.range.start.line + 1}: ${d.code}`);
}

/** An objective on one line with an activity KR (activity-key-result) and no owner (missing-owner). */
const sloppy = (id: string) => `  objective ${id} "Grow ${id}" { kr "Write the ${id} plan" from 0 to 1 }`;

const okrs = (...lines: string[]) => `okrs acme 2026-Q4 {\n${lines.join('\n')}\n}\n`;

describe('suppression comments', () => {
    it('without a suppression, each sloppy objective gets both warnings', async () => {
        expect(await check(okrs(sloppy('a')))).toEqual(['3: missing-owner', '3: activity-key-result']);
    });

    it('okr-disable-next-line silences the next line only, and only the codes it names', async () => {
        expect(await check(okrs('  // okr-disable-next-line missing-owner', sloppy('a'), sloppy('b')))).toEqual([
            '4: activity-key-result', '5: missing-owner', '5: activity-key-result',
        ]);
    });

    it('takes several codes separated by commas, and ignores a reason after --', async () => {
        expect(await check(okrs('  // okr-disable-next-line missing-owner, activity-key-result -- planning objectives', sloppy('a')))).toEqual([]);
    });

    it('with no code silences every code', async () => {
        expect(await check(okrs('  // okr-disable-next-line', sloppy('a'), sloppy('b')))).toEqual(['5: missing-owner', '5: activity-key-result']);
    });

    it('okr-disable silences to the end of the file, okr-enable ends it early', async () => {
        expect(await check(okrs(sloppy('a'), '  // okr-disable missing-owner', sloppy('b'), sloppy('c')))).toEqual([
            '3: missing-owner', '3: activity-key-result', '5: activity-key-result', '6: activity-key-result',
        ]);
        expect(await check(okrs('  // okr-disable missing-owner', sloppy('a'), '  // okr-enable missing-owner', sloppy('b')))).toEqual([
            '4: activity-key-result', '6: missing-owner', '6: activity-key-result',
        ]);
    });

    it('okr-disable-line and /* block */ comments work too', async () => {
        expect(await check(okrs(`${sloppy('a')} // okr-disable-line missing-owner`))).toEqual(['3: activity-key-result']);
        expect(await check(okrs('  /* okr-disable-next-line activity-key-result */', sloppy('a')))).toEqual(['4: missing-owner']);
    });

    it('cannot silence a syntax error', async () => {
        const codes = await check('// okr-disable\nokrs acme 2026-Q4 { objective a "A" { owner "Kim" kr "Raise revenue" from 1 to } }\n');
        expect(codes).toContain('3: syntax');
    });
});

describe('unused-suppression', () => {
    it('reports a suppression that silences nothing, naming the code', async () => {
        const text = ORG + okrs('  // okr-disable-next-line missing-owner', '  objective a "Grow revenue" { owner "Kim" kr "Raise revenue" from 1 to 2 }');
        const [diagnostic] = (await diagnose([{ name: 'goals.okr', text }], TODAY)).get('goals.okr')!;
        expect(diagnostic).toMatchObject({ code: 'unused-suppression', severity: 3, range: { start: { line: 2 } } });
        expect(diagnostic.message).toContain('"missing-owner"');
    });

    it('reports each listed code that silences nothing, and keeps the ones that do', async () => {
        expect(await check(okrs('  // okr-disable-next-line missing-owner, no-change', sloppy('a')))).toEqual([
            '3: unused-suppression', '4: activity-key-result',
        ]);
    });

    it('reports an unknown code as not being a diagnostic code', async () => {
        const text = ORG + okrs('  // okr-disable-next-line missing-ownr', sloppy('a'));
        const diagnostics = (await diagnose([{ name: 'goals.okr', text }], TODAY)).get('goals.okr')!;
        const unused = diagnostics.filter(d => d.code === 'unused-suppression');
        expect(unused).toHaveLength(1);
        expect(unused[0].message).toMatch(/"missing-ownr" is not a diagnostic code/);
        expect(diagnostics.map(d => d.code)).toContain('missing-owner');
    });

    it('reports a catch-all suppression with nothing to silence', async () => {
        expect(await check(okrs('  // okr-disable', '  objective a "Grow revenue" { owner "Kim" kr "Raise revenue" from 1 to 2 }'))).toEqual(['3: unused-suppression']);
    });

    it('is not reported when the configuration turns the code it silences off', async () => {
        const body = okrs('  // okr-disable-next-line missing-owner', sloppy('a'));
        expect(await check(body, ({ Okr }) => { Okr.okr.Settings.editorOverrides = { rules: { 'missing-owner': 'off' } }; })).toEqual(['4: activity-key-result']);
    });

    it('follows its configured severity, and can be turned off', async () => {
        const body = okrs('  // okr-disable-next-line no-change', '  objective a "Grow revenue" { owner "Kim" kr "Raise revenue" from 1 to 2 }');
        const severity = async (setting: string) => (await diagnose([{ name: 'goals.okr', text: ORG + body }], TODAY, ({ Okr }) => {
            Okr.okr.Settings.editorOverrides = { rules: { 'unused-suppression': setting } };
        })).get('goals.okr')!.map(d => `${d.code}@${d.severity}`);
        expect(await severity('warning')).toEqual(['unused-suppression@2']);
        expect(await severity('off')).toEqual([]);
    });
});
