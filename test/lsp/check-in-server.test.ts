/**
 * Check-ins from an LSP client, as Neovim or VS Code send them: the server advertises its
 * commands, `okr.addCheckIn` answers with a `workspace/applyEdit` request carrying the edit
 * for the open buffer's version, and the client applying it gets a file that parses and checks
 * (the stale-checkin warning goes away). Refusals are errors with one sentence; a refused edit
 * is reported as not applied. The code lens of every key result carries its place.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CodeLens, ServerCapabilities, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { CheckInLensCommand, ServerCommand, type CheckInResult, type CheckInValidation, type KeyResultItem } from 'okr-language/protocol';
import { LspClient } from '../support/lsp-client.mjs';

const FIXTURE = 'test/e2e/fixtures/workspace';
const GOALS = 'goals/2026-q4.okr';
const TODAY = '2026-11-25';

let root: string;
let client: LspClient;
let capabilities: ServerCapabilities;

beforeEach(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-checkin-ls-'));
    fs.cpSync(FIXTURE, root, { recursive: true });
    client = new LspClient({ root, settings: { okr: { today: TODAY } } });
    capabilities = (await client.initialize()).capabilities;
    await client.open(GOALS);
    await client.until(() => client.codes(GOALS).includes('stale-checkin'), 'the first diagnostics');
});

afterEach(async () => {
    await client?.stop();
    fs.rmSync(root, { recursive: true, force: true });
});

const staleLines = () => (client.diagnostics.get(client.uri(GOALS)) ?? []).filter(d => d.code === 'stale-checkin').map(d => d.range.start.line);

describe('check-ins through workspace/executeCommand', () => {
    it('advertises its commands', () => {
        expect(capabilities.executeCommandProvider?.commands).toEqual(expect.arrayContaining(Object.values(ServerCommand)));
    });

    it('okr.addCheckIn asks the client to apply the edit; applied, the file parses and the stale-checkin warning goes', async () => {
        const before = client.text(GOALS)!;
        const staleBefore = staleLines();
        const ttfvLine = before.split('\n').findIndex(line => line.includes('kr ttfv'));
        expect(staleBefore).toContain(ttfvLine);

        const result = await client.executeCommand<CheckInResult>(ServerCommand.addCheckIn, { kr: 'ttfv', value: '12 days', confidence: '70%', note: 'Wizard "v2" shipped\nto all' });
        expect(client.editRequests).toHaveLength(1);
        const [change] = client.editRequests[0].edit.documentChanges as TextDocumentEdit[];
        expect(change.textDocument).toEqual({ uri: client.uri(GOALS), version: 1 });
        const checkin = `      checkin ${TODAY} = 12 days confidence 0.7 "Wizard \\"v2\\" shipped\\nto all"`;
        expect(change.edits).toEqual([{ range: { start: { line: 17, character: 73 }, end: { line: 17, character: 73 } }, newText: `\n${checkin}` }]);
        expect(result).toMatchObject({ applied: true, checkin: checkin.trim(), line: 18, keyResult: { id: 'ttfv' }, objective: { id: 'fast_onboarding' }, warnings: [] });
        expect(result.keyResult.previousProgress).toBeCloseTo(7 / 11);
        expect(result.keyResult.progress).toBeCloseTo(9 / 11);
        expect(result.summary.progress).toBe('progress 82% (was 64%), 12 days → 10 days');

        const after = client.text(GOALS)!;
        const lines = after.split('\n');
        expect(lines[18]).toBe(checkin);
        expect([...lines.slice(0, 18), ...lines.slice(19)]).toEqual(before.split('\n'));
        // The server re-checks the edited buffer: it parses, and ttfv is no longer stale.
        await client.until(() => !staleLines().includes(ttfvLine) && staleLines().length === staleBefore.length - 1 && client.diagnostics.get(client.uri(GOALS)), 'ttfv no longer stale');
        expect(client.codes(GOALS)).not.toContain('syntax');
    });

    it('targets a key result by position: one without an ID, written on one line, becomes a block', async () => {
        const before = client.text(GOALS)!;
        const line = before.split('\n').findIndex(text => text.includes('kr "Launch the onboarding training deck"'));
        const result = await client.executeCommand<CheckInResult>(ServerCommand.addCheckIn, { uri: client.uri(GOALS), kr: { line, character: 6 }, value: 'done' });
        expect(result.applied).toBe(true);
        expect(client.text(GOALS)!.split('\n').slice(line, line + 3)).toEqual([
            '    kr "Launch the onboarding training deck" {   // activity-key-result, unmeasurable-key-result, stale-checkin',
            `      checkin ${TODAY} = done`,
            '    }',
        ]);
        await client.until(() => staleLines().length === 3 && !staleLines().includes(line), 'that key result no longer stale');
    });

    it('okr.validateCheckIn says what is wrong with an input, as you type', async () => {
        const validate = (input: object) => client.executeCommand<CheckInValidation>(ServerCommand.validateCheckIn, { kr: 'ttfv', ...input });
        expect(await validate({ value: '12' })).toEqual({ warnings: [] });
        expect((await validate({ value: '12 weeks' })).problem).toMatch(/is in "weeks", but key result "ttfv" is measured in "days"/);
        expect((await validate({ value: '1' })).problem).toBeUndefined();
        expect((await validate({ confidence: '1.5' })).problem).toMatch(/^confidence 1.5 is out of range/);
        expect((await validate({ value: '12', date: '2027-01-04' })).warnings).toEqual([expect.stringMatching(/outside 2026-Q4 \(2026-10-01 to 2026-12-31\)/)]);
    });

    it('refuses with one sentence and sends no edit', async () => {
        const refusal = (input: object) => client.executeCommand(ServerCommand.addCheckIn, input).then(() => 'no error', (error: Error) => error.message);
        expect(await refusal({ kr: 'nope', value: '1' })).toMatch(/^no key result has the ID "nope" in this workspace\. 2 key results have no ID and cannot be checked in by ID\.$/);
        expect(await refusal({ kr: 'ttfv', value: 'twelve' })).toMatch(/^"twelve" is not a value/);
        expect(await refusal({ kr: 'ttfv' })).toMatch(/"value" is missing/);
        expect(await refusal({ uri: client.uri(GOALS), kr: { line: 0, character: 0 }, value: '1' })).toMatch(/^there is no key result at line 1/);
        expect(await refusal({ kr: 42, value: '1' })).toMatch(/"kr" must be a key result ID or a position/);
        expect(client.editRequests).toEqual([]);
    });

    it('refuses to edit a file that is not open and changed on disk since the server read it', async () => {
        await client.close(GOALS);
        // Once the server is done with the close (it goes back to the text on disk)…
        await client.executeCommand(ServerCommand.listKeyResults, {});
        // …the file changes behind its back (no file watcher told it).
        const file = path.join(root, GOALS);
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('kr activation', '// edited elsewhere\n    kr activation'));
        const message = await client.executeCommand(ServerCommand.addCheckIn, { kr: 'activation', value: '44%' }).then(() => 'no error', (error: Error) => error.message);
        expect(message).toBe('the file changed on disk since the server read it: try again in a moment.');
        expect(client.editRequests).toEqual([]);
    });

    it('reports an edit the editor did not apply', async () => {
        client.applyEdits = false;
        const message = await client.executeCommand(ServerCommand.addCheckIn, { kr: 'ttfv', value: '12' }).then(() => 'no error', (error: Error) => error.message);
        expect(message).toBe('the editor did not apply the check-in (refused by the test).');
        expect(client.editRequests).toHaveLength(1);
    });

    it('makes the edit for the text the editor last sent', async () => {
        const typed = client.text(GOALS)!.replace('    kr activation', '    // a comment typed just now\n    kr activation');
        await client.change(GOALS, typed);
        await client.executeCommand<CheckInResult>(ServerCommand.addCheckIn, { kr: 'activation', value: '44%' });
        const [change] = client.editRequests[0].edit.documentChanges as TextDocumentEdit[];
        expect(change.textDocument.version).toBe(2);
        expect(client.text(GOALS)).toContain(`      checkin 2026-11-04 = 41%\n      checkin ${TODAY} = 44%\n    }`);
        expect(client.text(GOALS)).toContain('// a comment typed just now');
    });

    it('lists the key results, and those stale-checkin flags, with what a prompt shows', async () => {
        const all = await client.executeCommand<KeyResultItem[]>(ServerCommand.listKeyResults, { uri: client.uri(GOALS) });
        expect(all.map(item => item.id ?? item.title)).toEqual(['Cut median time-to-first-value from 21 days to 10', 'ttfv', 'activation', 'Launch the onboarding training deck']);
        expect(all[1]).toMatchObject({ measure: 'from 21 to 10 days', milestone: false, latest: { date: '2026-11-04', value: '14' }, objective: { id: 'fast_onboarding' } });
        const stale = await client.executeCommand<KeyResultItem[]>(ServerCommand.listStaleKeyResults);
        expect(stale.map(item => [item.id ?? item.title, item.position.line])).toEqual(staleLines().map(line => [expect.any(String), line]));
        const messages = (client.diagnostics.get(client.uri(GOALS)) ?? []).filter(d => d.code === 'stale-checkin').map(d => d.message);
        expect(stale.map(item => item.stale)).toEqual(messages);
    });

    it('puts a "Check in" code lens on every key result, carrying its place', async () => {
        const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: client.uri(GOALS) } });
        const checkIns = lenses.filter(lens => lens.command?.command === CheckInLensCommand);
        expect(checkIns.map(lens => lens.command!.title)).toEqual(['Check in', 'Check in', 'Check in', 'Check in']);
        expect(checkIns[1].command!.arguments).toEqual([{ uri: client.uri(GOALS), position: { line: 13, character: 7 }, id: 'ttfv' }]);
        // The lens's arguments, with a value, are what okr.addCheckIn takes.
        const result = await client.executeCommand<CheckInResult>(ServerCommand.addCheckIn, { ...checkIns[2].command!.arguments![0], value: '45%' });
        expect(result).toMatchObject({ applied: true, keyResult: { id: 'activation' } });
    });
});
