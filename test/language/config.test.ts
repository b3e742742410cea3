/** okr.config.json: severities, thresholds and the fiscal year change what users see; bad files never crash. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { builtinCycle, createOkrServices, formatDay, parseConfigText } from 'okr-language';

const WORKSPACE = `company acme "Acme"
team core "Core" in acme
okrs core 2026-Q4 {
  objective a "One" { kr "Raise a" from 1 to 2 }
  objective b "Two" { owner "Kim" kr "Raise b" from 1 to 2 }
  objective c "Three" { owner "Kim" kr "Raise c" from 1 to 2 }
  objective d "Four" { owner "Kim" kr "Raise d" from 1 to 2 }
  objective e "Five" { owner "Kim" kr "Raise e" from 1 to 2 }
}
`;

/** Writes okr.config.json and goals.okr into a temporary folder and checks goals.okr. */
async function checkWithConfig(config: string | undefined, text = WORKSPACE, today = '2026-10-02') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-config-'));
    const nested = path.join(dir, 'goals', '2026');
    fs.mkdirSync(nested, { recursive: true });
    if (config !== undefined) fs.writeFileSync(path.join(dir, 'okr.config.json'), config);
    const { shared, Okr } = createOkrServices(EmptyFileSystem);
    Okr.okr.Settings.setToday(today);
    const uri = URI.file(path.join(nested, 'goals.okr'));
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    const settings = Okr.okr.Settings.forDocument(uri);
    fs.rmSync(dir, { recursive: true, force: true });
    return { diagnostics: document.diagnostics ?? [], settings };
}

const codes = (diagnostics: { code?: unknown; severity?: number }[]) => diagnostics.map(d => `${d.code}@${d.severity}`).sort();

describe('okr.config.json', () => {
    it('applies defaults without a file', async () => {
        const { diagnostics } = await checkWithConfig(undefined);
        expect(codes(diagnostics)).toEqual(['missing-owner@3', 'unaligned-objective@3', 'unaligned-objective@3', 'unaligned-objective@3', 'unaligned-objective@3', 'unaligned-objective@3']);
    });

    it('is found upwards from the checked file and changes severities, turns rules off and sets thresholds', async () => {
        const { diagnostics, settings } = await checkWithConfig(JSON.stringify({
            rules: { 'missing-owner': 'error', 'unaligned-objective': 'off', 'too-many-objectives': ['warning', { max: 4 }] },
        }));
        expect(settings.configPath).toMatch(/okr\.config\.json$/);
        expect(codes(diagnostics)).toEqual(['missing-owner@1', 'too-many-objectives@2']);
    });

    it('reports every problem of a bad file in one clear sentence and keeps the defaults', async () => {
        const { diagnostics, settings } = await checkWithConfig(JSON.stringify({
            rules: { 'no-such-rule': 'warning', 'missing-owner': 'loud', 'too-many-objectives': ['warning', { maximum: 3 }] },
            fiscalYearStartMonth: 13, colour: true,
        }));
        expect(settings.configProblems.map(problem => problem.message)).toEqual([
            'has an unknown key "colour" (expected "rules", "fiscalYearStartMonth", "vocabulary" or "baseline")',
            '"fiscalYearStartMonth" must be a whole number from 1 to 12, not 13',
            'has an unknown rule "no-such-rule"',
            'rule "missing-owner" needs a severity of "error", "warning", "info", "hint" or "off", not "loud"',
            'rule "too-many-objectives" has no option "maximum" (it has: max)',
        ]);
        expect(codes(diagnostics)).toContain('missing-owner@3');
    });

    it('sets the thresholds of every rule that has one', async () => {
        const text = `company acme "Acme"
okrs acme 2026-Q4 {
  objective a "Grow" {
    owner "Kim"
    kr "Raise a" { from 1 to 2 checkin 2026-11-01 = 1.2 }
    kr "Raise b" { from 1 to 2 checkin 2026-11-09 = 1.2 }
    kr "Raise c" { from 1 to 2 checkin 2026-11-09 = 1.2 }
  }
}
kpis acme {
  kpi k1 "K1" { owner "Kim" definition "d" expected >= 1 cadence weekly }
  kpi k2 "K2" { owner "Kim" definition "d" expected >= 1 cadence weekly }
}
`;
        const lines = (diagnostics: { code?: unknown; range: { start: { line: number } } }[]) => diagnostics.map(d => `${d.range.start.line + 1}: ${d.code}`).sort();
        expect(lines((await checkWithConfig(undefined, text, '2026-11-10')).diagnostics)).toEqual([]);
        const strict = JSON.stringify({ rules: {
            'stale-checkin': ['warning', { days: 7 }], 'too-many-key-results': ['warning', { max: 2 }],
            'too-many-kpis': ['info', { max: 1 }], 'too-many-objectives': ['warning', { max: 0 }],
        } });
        expect(lines((await checkWithConfig(strict, text, '2026-11-10')).diagnostics)).toEqual([
            '10: too-many-kpis', '2: too-many-objectives', '3: too-many-key-results', '5: stale-checkin',
        ]);
    });

    it('shifts the built-in quarters with fiscalYearStartMonth', async () => {
        // With the fiscal year starting in April, 2026-Q4 is January to March 2027.
        const text = `company acme "Acme"
okrs acme 2026-Q4 {
  objective a "Grow" { owner "Kim" kr "Raise a" { from 1 to 2 checkin 2026-11-05 = 1.5 } }
}
`;
        const codesOf = async (config?: string) => (await checkWithConfig(config, text, '2026-11-10')).diagnostics.map(d => d.code);
        expect(await codesOf()).toEqual([]);
        expect(await codesOf(JSON.stringify({ fiscalYearStartMonth: 4 }))).toEqual(['checkin-outside-cycle']);
        // On 2027-02-20 the fiscal Q4 is running and its only check-in is old.
        expect((await checkWithConfig(JSON.stringify({ fiscalYearStartMonth: 4 }), text.replace('2026-11-05', '2027-01-05'), '2027-02-20')).diagnostics.map(d => d.code)).toEqual(['stale-checkin']);
    });

    it('never crashes on a configuration of the wrong shape', async () => {
        for (const config of ['[]', 'null', '"rules"', '{ "rules": [] }', '{ "rules": { "missing-owner": ["warning", 4] } }', '{ "rules": { "stale-checkin": ["warning", { "days": "two" }] } }', '']) {
            const { diagnostics, settings } = await checkWithConfig(config);
            expect(settings.configProblems.length, config).toBeGreaterThan(0);
            expect(codes(diagnostics), config).toContain('missing-owner@3');
        }
    });

    it('reports invalid JSON instead of throwing', () => {
        const { problems, config } = parseConfigText('{ "rules": ');
        expect(problems[0].message).toMatch(/^is not valid JSON/);
        expect(config.rules['missing-owner'].severity).toBe('info');
    });

    it('editor settings apply over the file', async () => {
        const { Okr } = createOkrServices(EmptyFileSystem);
        Okr.okr.Settings.editorOverrides = { rules: { 'missing-owner': 'hint' } };
        const settings = Okr.okr.Settings.forDocument(URI.parse('memory:///x.okr'));
        expect(settings.config.rules['missing-owner'].severity).toBe('hint');
    });
});

describe('fiscal year start month', () => {
    it.each([
        [1, '2026-Q1', '2026-01-01', '2026-03-31'],
        [1, '2026-Q4', '2026-10-01', '2026-12-31'],
        [4, '2026-Q1', '2026-04-01', '2026-06-30'],
        [4, '2026-Q4', '2027-01-01', '2027-03-31'],
        [7, '2026-H2', '2027-01-01', '2027-06-30'],
        [1, '2026-H1', '2026-01-01', '2026-06-30'],
    ])('start month %i: %s runs %s to %s', (month, literal, start, end) => {
        const cycle = builtinCycle(literal, month)!;
        expect([formatDay(cycle.start), formatDay(cycle.end)]).toEqual([start, end]);
    });

    it('rejects quarters and halves that do not exist', () => {
        expect(builtinCycle('2026-Q5')).toBeUndefined();
        expect(builtinCycle('2026-H3')).toBeUndefined();
    });
});
