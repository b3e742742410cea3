/**
 * The content the bench measures against the peers (issue 13) is equal on both sides: the
 * `.okr` file, as the language parses it, and its YAML twin, as yaml-language-server's YAML
 * library reads it, hold the same teams, objectives, key results and KPIs; the JSON twin is
 * the same data; and the JSON Schema rejects exactly what the language warns about where a
 * schema can say it. No timing here: speed is `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { parse as parseYaml } from 'yaml';
import { createOkrServices, isKpiBlock, isOkrBlock, isUnit, type Model } from 'okr-language';
import { generatePeerContent } from '../../scripts/gen/generate.mjs';
// @ts-expect-error: a plain .mjs module shared with the bench
import { EDITS_IN } from '../../scripts/bench/rows/server.mjs';

const require = createRequire(import.meta.url);
const Ajv = require('ajv') as new (options: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: { keyword: string; params: { missingProperty?: string } }[] } };

interface Twin {
    teams: { id: string }[];
    kpis: { unit: string; kpis: { id: string; name: string }[] }[];
    okrs: { unit: string; cycle: string; objectives: { id: string; title: string; keyResults: { title: string; checkins?: unknown[] }[] }[] }[];
}

async function parsed(text: string, today: string) {
    const { shared, Okr } = createOkrServices(EmptyFileSystem);
    Okr.okr.Settings.setToday(today);
    const document = shared.workspace.LangiumDocuments.createDocument(URI.parse('memory:///peers/goals.okr'), text) as LangiumDocument<Model>;
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return { model: document.parseResult.value, codes: (document.diagnostics ?? []).map(d => String(d.code)) };
}

const content = (generated: ReturnType<typeof generatePeerContent>) => {
    const file = (ext: string) => generated.files.find(f => f.path.endsWith(ext))!.text;
    return { okr: file('.okr'), yaml: file('.yaml'), json: file('.json'), schema: JSON.parse(file('.schema.json')) as object };
};

describe('the peers\' content and its twins', () => {
    const generated = generatePeerContent();
    const files = content(generated);
    const twin = parseYaml(files.yaml) as Twin;

    it('is the issue\'s content: 100 teams, 400 objectives of 4 key results each, 400 KPIs, in .okr and in YAML alike', async () => {
        const { model } = await parsed(files.okr, generated.today);
        const okrBlocks = model.elements.filter(isOkrBlock);
        const okrObjectives = okrBlocks.flatMap(block => block.objectives);
        const okrKpis = model.elements.filter(isKpiBlock).flatMap(block => block.kpis);
        expect(model.elements.filter(isUnit).filter(unit => unit.kind === 'team')).toHaveLength(100);
        expect(okrObjectives).toHaveLength(400);
        expect(okrObjectives.every(objective => objective.keyResults.length === 4)).toBe(true);
        expect(okrKpis).toHaveLength(400);

        const yamlObjectives = twin.okrs.flatMap(block => block.objectives);
        expect(twin.teams).toHaveLength(100);
        expect(yamlObjectives).toHaveLength(400);
        expect(yamlObjectives.every(objective => objective.keyResults.length === 4)).toBe(true);
        expect(twin.kpis.flatMap(block => block.kpis)).toHaveLength(400);

        // The same goals in the same order, down to each key result's title and check-ins.
        const fromYaml = twin.okrs.map(block => ({
            unit: block.unit, cycle: block.cycle,
            objectives: block.objectives.map(o => ({ id: o.id, title: o.title, keyResults: o.keyResults.map(kr => ({ title: kr.title, checkins: kr.checkins?.length ?? 0 })) })),
        }));
        const fromOkr = okrBlocks.map(block => ({
            unit: block.unit.$refText, cycle: block.cycle.builtin ?? block.cycle.custom?.$refText,
            objectives: block.objectives.map(o => ({ id: o.name, title: o.title, keyResults: o.keyResults.map(kr => ({ title: kr.title, checkins: kr.checkins.length })) })),
        }));
        expect(fromYaml).toEqual(fromOkr);
        expect(twin.kpis.flatMap(block => block.kpis.map(kpi => [block.unit, kpi.id, kpi.name])))
            .toEqual(model.elements.filter(isKpiBlock).flatMap(block => block.kpis.map(kpi => [block.unit.$refText, kpi.name, kpi.title])));
        expect(JSON.parse(files.json)).toEqual(twin);
    });

    it('has a schema that rejects what the language warns about, where a schema can say it', async () => {
        const small = content(generatePeerContent({ teams: 30 }));
        const { codes } = await parsed(small.okr, generated.today);
        const validate = new Ajv({ allErrors: true }).compile(small.schema);
        expect(validate(JSON.parse(small.json))).toBe(false);
        const missing = (property: string) => validate.errors!.filter(e => e.keyword === 'required' && e.params.missingProperty === property).length;
        const warned = (code: string) => codes.filter(c => c === code).length;
        expect(missing('owner') + missing('expected') + missing('cadence') + missing('measure')).toBeGreaterThan(0);
        expect({ owner: missing('owner'), expected: missing('expected'), cadence: missing('cadence'), measure: missing('measure') })
            .toEqual({ owner: warned('kpi-missing-owner'), expected: warned('kpi-missing-range'), cadence: warned('kpi-missing-cadence'), measure: warned('unmeasurable-key-result') });
        expect(validate.errors).toHaveLength(missing('owner') + missing('expected') + missing('cadence') + missing('measure'));

        const planted = small.json.replace('"cadence": "monthly"', '"cadence": "fortnightly"');
        expect(planted).not.toBe(small.json);
        validate(JSON.parse(planted));
        expect(validate.errors!.some(e => e.keyword === 'enum')).toBe(true);
    });

    it('gets the same edits on both sides in the bench: as many numeric check-ins and objective titles', () => {
        const count = (text: string, pattern: RegExp) => text.split('\n').filter(line => pattern.test(line)).length;
        expect(count(files.yaml, EDITS_IN.yaml.checkin)).toBe(count(files.okr, EDITS_IN.okr.checkin));
        expect(count(files.yaml, EDITS_IN.yaml.title)).toBe(400);
        expect(count(files.okr, EDITS_IN.okr.title)).toBe(400);
    });
});
