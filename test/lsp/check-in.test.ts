/**
 * The check-in edit (lsp/check-in), case by case as fixture files in test/fixtures/check-ins/:
 * each folder has case.json ({ name, kr: an ID or anchor: text where the key result is, input,
 * refusal?, warnings? }), before.okr (and other .okr files of the same workspace), and after.okr
 * unless the check-in is refused. An edited file parses as before did, is formatted when before
 * was, and holds exactly one check-in more.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument, URI, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { checkIn, createOkrServices, findKeyResultById, formatText, keyResultAt, type CheckInInput, type KeyResult } from 'okr-language';
import { EmptyFileSystem } from 'langium';

const FIXTURES = 'test/fixtures/check-ins';
const TODAY = '2026-11-20';

interface Case { name: string; kr?: string; anchor?: string; input: CheckInInput; refusal?: string; warnings?: string[] }

const cases = fs.readdirSync(FIXTURES).sort().map(folder => {
    const dir = path.join(FIXTURES, folder);
    const meta = JSON.parse(fs.readFileSync(path.join(dir, 'case.json'), 'utf8')) as Case;
    return [meta.name, { ...meta, dir }] as const;
});

async function workspace(dir: string) {
    const { Okr } = createOkrServices(EmptyFileSystem);
    Okr.okr.Settings.setToday(TODAY);
    const documents = fs.readdirSync(dir).filter(file => file.endsWith('.okr') && file !== 'after.okr').sort()
        .map(file => Okr.shared.workspace.LangiumDocuments.createDocument(URI.parse(`file:///check-ins/${file}`), fs.readFileSync(path.join(dir, file), 'utf8')));
    await Okr.shared.workspace.DocumentBuilder.build(documents, { validation: false });
    return { Okr, documents, before: documents.find(document => document.uri.path.endsWith('/before.okr'))! };
}

const errorCount = (document: { parseResult: { lexerErrors: unknown[]; parserErrors: unknown[] } }) => document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length;

describe('the check-in edit', () => {
    it('has cases of every kind', () => {
        expect(cases.filter(([, c]) => c.refusal).length).toBeGreaterThan(8);
        expect(cases.filter(([, c]) => !c.refusal).length).toBeGreaterThan(10);
    });

    it.each(cases)('%s', async (_name, testCase) => {
        const { Okr, documents, before } = await workspace(testCase.dir);
        const documentOf = (kr: KeyResult) => documents.find(document => document.parseResult.value === kr.$container.$container.$container)!;
        const text = before.textDocument.getText();
        let kr: KeyResult | undefined;
        let problem: string | undefined;
        if (testCase.anchor) {
            kr = keyResultAt(before, before.textDocument.positionAt(text.indexOf(testCase.anchor)));
        } else {
            const found = findKeyResultById(documents, testCase.kr!, k => `${path.basename(documentOf(k).uri.path)}:${k.$cstNode!.range.start.line + 1}`);
            if (found.ok) kr = found.value;
            else problem = found.problem;
        }
        const outcome = kr && checkIn(Okr, documentOf(kr) as LangiumDocument, kr, testCase.input);
        if (outcome && !outcome.ok) problem = outcome.problem;

        if (testCase.refusal) {
            expect(problem).toBe(testCase.refusal);
            return;
        }
        expect(problem).toBeUndefined();
        const edit = outcome!.ok ? outcome!.value : undefined;
        const expected = fs.readFileSync(path.join(testCase.dir, 'after.okr'), 'utf8');
        expect(edit!.text).toBe(expected);
        expect(TextDocument.applyEdits(before.textDocument, edit!.edits)).toBe(expected);
        expect(edit!.warnings).toEqual(testCase.warnings ?? []);
        const reparsed = Okr.shared.workspace.LangiumDocumentFactory.fromString(expected, URI.parse('file:///check-ins/after.okr'));
        expect(errorCount(reparsed)).toBe(errorCount(before));
        if (errorCount(before) === 0 && (await formatText(Okr, text)) === text) {
            expect(await formatText(Okr, expected)).toBe(expected);
        }
        expect(expected.split(/\r?\n/)[edit!.lineNumber].trim()).toBe(edit!.line.text);
    });
});
