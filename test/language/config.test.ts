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
async function checkWithConfig(config: string | undefined) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-config-'));
    const nested = path.join(dir, 'goals', '2026');
    fs.mkdirSync(nested, { recursive: true });
    if (config !== undefined) fs.writeFileSync(path.join(dir, 'okr.config.json'), config);
    const { shared, Okr } = createOkrServices(EmptyFileSystem);
    Okr.okr.Settings.setToday('2026-10-02');
    const uri = URI.file(path.join(nested, 'goals.okr'));
    const document = shared.workspace.LangiumDocumentFactory.fromString(WORKSPACE, uri);
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
        expect(settings.configProblems).toEqual([
            'has an unknown key "colour" (expected "rules" or "fiscalYearStartMonth")',
            '"fiscalYearStartMonth" must be a whole number from 1 to 12, not 13',
            'has an unknown rule "no-such-rule"',
            'rule "missing-owner" needs a severity of "error", "warning", "info", "hint" or "off", not "loud"',
            'rule "too-many-objectives" has no option "maximum" (it has: max)',
        ]);
        expect(codes(diagnostics)).toContain('missing-owner@3');
    });

    it('reports invalid JSON instead of throwing', () => {
        const { problems, config } = parseConfigText('{ "rules": ');
        expect(problems[0]).toMatch(/^is not valid JSON/);
        expect(config.rules['missing-owner'].severity).toBe('info');
    });

    it('editor settings apply over the file', async () => {
        const { shared, Okr } = createOkrServices(EmptyFileSystem);
        Okr.okr.Settings.editorOverrides = { rules: { 'missing-owner': 'hint' } };
        const settings = Okr.okr.Settings.forDocument(URI.parse('memory:///x.okr'));
        expect(settings.config.rules['missing-owner'].severity).toBe('hint');
        expect(shared).toBeDefined();
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
