/**
 * The language server under documents an editor really sends: untitled buffers and files of
 * other kinds set to the OKR language, opened and closed in any order. It must never exit, a
 * closed buffer must stop counting in the workspace, and its memory must not grow with churn.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRandom } from '../fuzz/random.js';
import { fileUri, LspClient } from '../support/lsp-client.mjs';

const GOALS = `company acme "Acme" { lead "Dana" }
okrs acme 2026-Q4 {
  objective growth "Grow the business" {
    owner "Dana"
    kr "Raise revenue" from 1 to 2
  }
}
`;
/** Declares the same objective ID as goals.okr. */
const TWIN = `okrs acme 2026-Q4 {
  objective growth "Grow the business again" { owner "Dana" kr "Raise margin" from 1 to 2 }
}
`;

let server: LspClient | undefined;
let workspace: string;

async function start(): Promise<{ lsp: LspClient; goals: string }> {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-hostile-docs-'));
    fs.writeFileSync(path.join(workspace, 'goals.okr'), GOALS);
    fs.writeFileSync(path.join(workspace, 'notes.txt'), TWIN);
    server = await LspClient.start({ root: workspace });
    return { lsp: server, goals: fileUri(path.join(workspace, 'goals.okr')) };
}

afterEach(async () => {
    await server?.stop();
    server = undefined;
    fs.rmSync(workspace, { recursive: true, force: true });
});

const codes = (diagnostics: Array<{ code?: unknown }>) => diagnostics.map(d => String(d.code));

describe('documents that exist only in the editor', () => {
    it.each([
        ['an untitled buffer', 'untitled:Untitled-1'],
        ['a .txt file', 'notes.txt'],
        ['an in-memory document', 'inmemory://model/1'],
    ])('%s set to OKR, then closed, leaves the workspace and the server keeps checking', async (_name, where) => {
        const { lsp, goals } = await start();
        const uri = where.includes(':') ? where : fileUri(path.join(workspace, where));
        lsp.open(goals, GOALS);
        await lsp.waitForDiagnostics(goals, diagnostics => !codes(diagnostics).includes('duplicate-id'), 8000);
        lsp.open(uri, TWIN);
        // While it is open it is part of the workspace: the shared ID is a duplicate.
        await lsp.waitForDiagnostics(goals, diagnostics => codes(diagnostics).includes('duplicate-id'), 8000);
        lsp.close(uri);
        await lsp.waitForDiagnostics(goals, diagnostics => !codes(diagnostics).includes('duplicate-id'), 8000);
        // Editing after the close used to stop the server ("no services for the extension ''").
        lsp.change(goals, GOALS.replace('Grow the business', 'Grow the company'));
        lsp.change(goals, GOALS.replace('kr "Raise revenue"', 'kr "Raise revenue" owner'));
        await lsp.waitForDiagnostics(goals, diagnostics => codes(diagnostics).includes('syntax'), 8000);
        expect(lsp.alive).toBe(true);
        expect(lsp.errors).toEqual([]);
    });

    it('a closed .okr file with unsaved edits goes back to its text on disk', async () => {
        const { lsp, goals } = await start();
        lsp.open(goals, GOALS.replace('owner "Dana"', ''));
        await lsp.waitForDiagnostics(goals, diagnostics => codes(diagnostics).includes('missing-owner'));
        lsp.close(goals);
        await lsp.waitForDiagnostics(goals, diagnostics => !codes(diagnostics).includes('missing-owner'));
        expect(lsp.alive).toBe(true);
    });

    it('survives 10,000 random opens, edits and closes with memory within 1.5x of the start', async () => {
        const { lsp, goals } = await start();
        lsp.open(goals, GOALS);
        await lsp.waitForDiagnostics(goals, () => true);
        const symbols = () => lsp.request('textDocument/documentSymbol', { textDocument: { uri: goals } }, 30_000);
        await symbols();
        const startRss = lsp.memory().currentMB;
        const random = createRandom(20261202);
        const kinds = [
            (n: number) => `untitled:Untitled-${n}`,
            (n: number) => fileUri(path.join(workspace, `scratch-${n}.md`)),
            (n: number) => `vscode-notebook-cell:/nb-${n}.ipynb#cell`,
            (n: number) => fileUri(path.join(workspace, `draft-${n}.okr`)),
        ];
        const open = new Map<string, number>();
        let peak = startRss;
        for (let step = 0; step < 10_000; step++) {
            const uri = random.pick(kinds)(random.int(20));
            const version = open.get(uri);
            const text = random.chance(0.5) ? TWIN : GOALS.replace(/growth/g, `g${random.int(50)}`);
            if (version === undefined) {
                lsp.open(uri, text);
                open.set(uri, 1);
            } else if (random.chance(0.5)) {
                lsp.change(uri, text);
                open.set(uri, version + 1);
            } else {
                lsp.close(uri);
                open.delete(uri);
            }
            // Let the server keep up, as a person typing would, and watch its memory.
            if (step % 250 === 249) {
                await symbols();
                peak = Math.max(peak, lsp.memory().currentMB);
            }
        }
        for (const uri of open.keys()) lsp.close(uri);
        lsp.change(goals, GOALS.replace('Grow the business', 'Grow steadily'));
        await lsp.waitForDiagnostics(goals, diagnostics => !codes(diagnostics).includes('duplicate-id'), 60_000);
        await symbols();
        const endRss = lsp.memory().currentMB;
        expect(lsp.alive).toBe(true);
        expect(lsp.errors).toEqual([]);
        expect(endRss, `RSS went from ${startRss.toFixed(0)} MB to ${endRss.toFixed(0)} MB (peak ${peak.toFixed(0)} MB)`).toBeLessThan(startRss * 1.5);
    }, 240_000);
});
