import { describe, expect, it } from 'vitest';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createOkrServices, isOkrBlock, isUnit, type Model } from 'okr-language';
import { generateSingleFile, generateWorkspace, type Generated } from '../../scripts/gen/generate.mjs';

/** Diagnostics the generator never means to produce: its organizations are valid and consistent. */
const NEVER = ['syntax', 'unresolved-reference', 'duplicate-id', 'alignment-cycle', 'alignment-direction', 'invalid-range',
    'no-change', 'unit-mismatch', 'checkin-outside-cycle', 'target-inside-range'];

async function check(generated: Generated) {
    const { shared, Okr } = createOkrServices(EmptyFileSystem);
    Okr.okr.Settings.setToday(generated.today);
    const documents = generated.files.map(file =>
        shared.workspace.LangiumDocuments.createDocument(URI.parse(`memory:///org/${file.path}`), file.text) as LangiumDocument<Model>);
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const diagnostics = documents.flatMap(document => (document.diagnostics ?? []).map(d =>
        ({ code: String(d.code), where: `${document.uri.path}:${d.range.start.line + 1}`, message: d.message })));
    return { documents, diagnostics, codes: new Set(diagnostics.map(d => d.code)) };
}

describe('synthetic organization generator', () => {
    it('gives the same files for the same seed and other files for another seed', () => {
        const options = { teams: 8, quarters: 2 };
        const first = generateWorkspace({ ...options, seed: 7 });
        expect(generateWorkspace({ ...options, seed: 7 })).toEqual(first);
        expect(generateWorkspace({ ...options, seed: 8 }).files).not.toEqual(first.files);
    });

    it('writes a workspace that parses and links cleanly, with a realistic sprinkling of warnings', async () => {
        const generated = generateWorkspace({ teams: 14, quarters: 2, seed: 3 });
        const { documents, diagnostics, codes } = await check(generated);

        expect(diagnostics.filter(d => NEVER.includes(d.code))).toEqual([]);
        // Weak goals a real OKR set has: several kinds, but far fewer warnings than key results.
        const sprinkled = ['activity-key-result', 'maintenance-objective', 'missing-owner', 'unaligned-objective', 'stale-checkin', 'kpi-missing-definition', 'repeated-objective'];
        expect(sprinkled.filter(code => codes.has(code)).length).toBeGreaterThanOrEqual(4);
        expect(diagnostics.length).toBeLessThan(generated.stats.keyResults / 3);

        const elements = documents.flatMap(document => document.parseResult.value.elements);
        expect(new Set(elements.filter(isUnit).map(unit => unit.kind))).toEqual(new Set(['company', 'department', 'team']));
        const blocks = elements.filter(isOkrBlock).filter(block => block.cycle.builtin);
        const teams = elements.filter(isUnit).filter(unit => unit.kind === 'team');
        expect(blocks.filter(block => teams.includes(block.unit.ref!)).length).toBe(teams.length * 2);
        for (const block of blocks) expect(block.objectives.length).toBeGreaterThanOrEqual(3);
        const keyResults = blocks.flatMap(block => block.objectives).flatMap(objective => objective.keyResults);
        expect(keyResults.some(kr => kr.moves?.ref)).toBe(true);
        expect(keyResults.some(kr => kr.checkins.some(checkin => checkin.confidence !== undefined))).toBe(true);
    });

    it('writes one file of about the requested number of lines, on its own or merged into a workspace', async () => {
        const single = generateSingleFile({ lines: 3000, seed: 5 });
        expect(single.files).toHaveLength(1);
        expect(Math.abs(single.stats.lines - 3000)).toBeLessThan(300);
        const { diagnostics } = await check(single);
        expect(diagnostics.filter(d => NEVER.includes(d.code))).toEqual([]);

        const workspace = generateWorkspace({ teams: 10, quarters: 2, seed: 5, mergeLines: 600 });
        const merged = workspace.files.find(file => file.merged)!;
        expect(merged.text.split('\n').length).toBeGreaterThanOrEqual(600);
        expect(merged.text.split('\n').length).toBeLessThan(900);
    });
});
