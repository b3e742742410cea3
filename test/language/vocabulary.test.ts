/**
 * The workspace vocabulary (`"vocabulary": { "outcome": [...], "activity": [...] }` in okr.config.json):
 * words a team teaches the text rules, read the same way by the server and the CLI, and the quick
 * fix that adds a word to it without disturbing the rest of the file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { applyEdits } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver';
import { afterAll, describe, expect, it } from 'vitest';
import { createOkrServices, matchVocabulary, parseConfigText, parseVocabulary } from 'okr-language';
import { okr, tempDir } from '../cli/run-okr.js';

const dirs: string[] = [];
const folder = () => { const dir = tempDir('okr-vocabulary-'); dirs.push(dir); return dir; };
afterAll(() => dirs.forEach(dir => fs.rmSync(dir, { recursive: true, force: true })));

const GOALS = `team t "T" { lead "Kim" }
okrs t 2026-Q4 {
  objective o "Win the mid-market" {
    owner "Kim"
    kr "Book 40 qualified discovery calls" from 0 to 40
    kr "Dogfood the new importer with the whole team" from 0 to 1
    kr "Raise trial conversion" from 4% to 8%
  }
}
`;

describe('parsing "vocabulary"', () => {
    it.each([
        [{ outcome: ['Discovery Calls'], activity: ['dogfood'] }, []],
        [['calls'], ['"vocabulary" must be an object such as { "outcome": ["bookings"], "activity": ["dogfood"] }, not ["calls"]']],
        [{ outcomes: ['calls'] }, ['"vocabulary" has an unknown key "outcomes" (expected "outcome" or "activity")']],
        [{ outcome: 'calls' }, ['"vocabulary.outcome" must be a list of words or phrases, such as ["bookings"]']],
        [{ activity: ['ok', 7, ' '] }, ['"vocabulary.activity" item 2 must be a word or phrase of 1 to 100 characters, not 7', '"vocabulary.activity" item 3 must be a word or phrase of 1 to 100 characters, not " "']],
    ])('%j', (raw, problems) => {
        const found: string[] = [];
        parseVocabulary(raw, found);
        expect(found).toEqual(problems);
    });

    it('is a configuration problem of okr.config.json, in one sentence each', () => {
        const { problems, config } = parseConfigText('{ "vocabulary": { "outcome": ["calls"], "actvity": ["x"] } }');
        expect(problems.map(problem => problem.message)).toEqual(['"vocabulary" has an unknown key "actvity" (expected "outcome" or "activity")']);
        expect(config.vocabulary.outcome).toEqual(['calls']);
    });

    it('matches case-insensitively on word boundaries, phrases across any spacing, outcome before activity', () => {
        const vocabulary = { outcome: ['discovery calls', 'NPS'], activity: ['dogfood', 'calls'] };
        expect(matchVocabulary('Book 40 qualified Discovery  Calls', vocabulary)).toEqual({ kind: 'outcome', entry: 'discovery calls', text: 'Discovery  Calls' });
        expect(matchVocabulary('Raise nps to 40', vocabulary)?.kind).toBe('outcome');
        expect(matchVocabulary('Fix the snps parser', vocabulary)).toBeUndefined();
        expect(matchVocabulary('Make 40 calls', vocabulary)?.kind).toBe('activity');
        expect(matchVocabulary('Dogfooding week', vocabulary)).toBeUndefined();
    });
});

describe('okr check reads the vocabulary from okr.config.json', () => {
    const check = (config: unknown) => {
        const dir = folder();
        fs.writeFileSync(path.join(dir, 'okr.config.json'), JSON.stringify(config));
        fs.writeFileSync(path.join(dir, 'goals.okr'), GOALS);
        return okr(['check', dir, '--format', 'json']);
    };
    const activityLines = (stdout: string) => (JSON.parse(stdout).files as Array<{ diagnostics: Array<{ code: string; line: number }> }>)
        .flatMap(file => file.diagnostics).filter(d => d.code === 'activity-key-result').map(d => d.line).sort();

    it('without a vocabulary the rules decide', () => {
        expect(activityLines(check({}).stdout)).toEqual([5, 6]);
    });

    it('an outcome word silences, an activity word flags', () => {
        const result = check({ vocabulary: { outcome: ['discovery calls', 'importer'] } });
        expect(activityLines(result.stdout)).toEqual([]);
        const forced = check({ vocabulary: { outcome: ['importer'], activity: ['trial conversion'] } });
        expect(activityLines(forced.stdout)).toEqual([5, 7]);
        expect(forced.stdout).toContain('lists \\"trial conversion\\" as an activity word');
    });

    it('a wrong type is a usage error with one clear line (exit 2)', () => {
        const result = check({ vocabulary: { outcome: 'calls' } });
        expect(result.code).toBe(2);
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(result.stderr).toContain('"vocabulary.outcome" must be a list of words or phrases');
    });
});

describe('the quick fix "Treat \'X\' as an outcome word in this workspace"', () => {
    async function fixesFor(dir: string, workspace?: string) {
        const { shared, Okr } = createOkrServices(EmptyFileSystem);
        if (workspace) shared.workspace.WorkspaceManager.initialize({ workspaceFolders: [{ uri: URI.file(workspace).toString(), name: 'w' }], processId: null, rootUri: null, capabilities: {} });
        const uri = URI.file(path.join(dir, 'goals.okr'));
        const document = shared.workspace.LangiumDocumentFactory.fromString(GOALS, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        const diagnostic = document.diagnostics!.find(d => d.code === 'activity-key-result' && d.range.start.line === 4) as Diagnostic;
        const actions = await Okr.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
        }) as CodeAction[];
        return actions.filter(a => a.title.startsWith('Treat '));
    }

    it('adds the word to vocabulary.outcome, keeping the file\'s comments, indentation and settings', async () => {
        const dir = folder();
        const config = '{\n    // our severities\n    "rules": { "missing-owner": "off" },\n    "vocabulary": {\n        "activity": ["spike"]\n    }\n}\n';
        fs.writeFileSync(path.join(dir, 'okr.config.json'), config);
        const [first, ...others] = await fixesFor(dir);
        expect(first.title).toBe("Treat 'book' as an outcome word in this workspace");
        expect(first.isPreferred).toBe(false);
        expect(others.map(a => a.title)).not.toContain(first.title);
        const configUri = URI.file(path.join(dir, 'okr.config.json')).toString();
        const edits = first.edit!.changes![configUri];
        const result = TextDocument.applyEdits(TextDocument.create(configUri, 'json', 0, config), edits);
        // Outside the vocabulary object every byte stays; inside, jsonc-parser lays the lists out in the file's indentation.
        expect(result).toBe('{\n    // our severities\n    "rules": { "missing-owner": "off" },\n    "vocabulary": {\n        "activity": [\n            "spike"\n        ],\n        "outcome": [\n            "book"\n        ]\n    }\n}\n');
        expect(parseConfigText(result.replace(/\/\/.*\n/, '\n')).config.vocabulary.outcome).toEqual(['book']);
    });

    it('creates okr.config.json at the workspace root when there is none', async () => {
        const root = folder();
        const dir = path.join(root, 'goals', 'sales');
        fs.mkdirSync(dir, { recursive: true });
        const [first] = await fixesFor(dir, root);
        const [create, edit] = first.edit!.documentChanges! as [{ kind: string; uri: string }, TextDocumentEdit];
        const configUri = URI.file(path.join(root, 'okr.config.json')).toString();
        expect(create).toEqual({ kind: 'create', uri: configUri, options: { ignoreIfExists: true } });
        expect(edit.textDocument.uri).toBe(configUri);
        const content = applyEdits('', [{ offset: 0, length: 0, content: edit.edits[0].newText }]);
        expect(JSON.parse(content)).toEqual({ vocabulary: { outcome: ['book'] } });
    });

    it('is not offered without a workspace or a configuration file: there is no "this workspace" to teach', async () => {
        expect(await fixesFor(folder())).toEqual([]);
    });

    it('is not offered for a file that does not parse (the configuration problem is reported instead)', async () => {
        const dir = folder();
        fs.writeFileSync(path.join(dir, 'okr.config.json'), '{ "rules": ');
        expect(await fixesFor(dir)).toEqual([]);
    });
});
