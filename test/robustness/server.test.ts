/**
 * The language server survives what real workspaces throw at it and keeps answering: a 10 MB
 * file, 10,000 objectives in one unit, alignment cycles of every length from 1 to 50, and
 * references into a file that is deleted. Black box: the bundled server over stdio (run
 * `npm run build` first), driven like any LSP client; after each ordeal a hover and a
 * completion in a small file must come back, and the server must not have logged an error.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CompletionItem, CompletionList, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { ruleHelpUri } from 'okr-language';
import { alignmentCycles, organizationOfSize, unitWithObjectives } from './generate.js';
import { fileUri, LspClient } from '../support/lsp-client.mjs';

const PROBE = `company probe_co "Probe" { lead "Ada" }
strategy probe_strategy "Stay reachable"
okrs probe_co 2026-Q4 {
  objective probe_objective "Answer every request" {
    owner "Ada"
    aligns probe_strategy
    kr "Cut the median answer time" from 200 to 50 ms
  }
}
`;

const codes = (diagnostics: Diagnostic[]) => diagnostics.map(d => String(d.code));
const hoverText = (hover: Hover | null) => (hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : JSON.stringify(hover));
const labels = (result: CompletionList | CompletionItem[] | null) => (Array.isArray(result) ? result : result?.items ?? []).map(item => item.label);

/** Positions are 0-based; `word` must occur in `text`. */
function positionOf(text: string, word: string, shift = 0) {
    const offset = text.indexOf(word);
    if (offset < 0) throw new Error(`"${word}" not in the text`);
    const before = text.slice(0, offset + shift).split('\n');
    return { line: before.length - 1, character: before.at(-1)!.length };
}

let workspace: string;
let server: LspClient | undefined;

async function startIn(files: Record<string, string>): Promise<LspClient> {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-robustness-'));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(workspace, name), text);
    server = await LspClient.start({ root: workspace });
    return server;
}

/** A hover and a completion in the small probe file, answered within a few seconds. */
async function expectAnswering(lsp: LspClient): Promise<void> {
    const uri = fileUri(path.join(workspace, 'probe.okr'));
    const hover = await lsp.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(PROBE, 'probe_objective', 2) }, 15_000);
    expect(hoverText(hover)).toContain('Answer every request');
    const completion = await lsp.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: positionOf(PROBE, 'aligns probe_strategy', 'aligns '.length) }, 15_000);
    expect(labels(completion)).toContain('probe_strategy');
    expect(lsp.alive).toBe(true);
    expect(lsp.errors.length, `the server logged errors:\n${lsp.errors.slice(0, 3).join('\n')}`).toBe(0);
}

afterEach(async () => {
    await server?.stop();
    server = undefined;
    fs.rmSync(workspace, { recursive: true, force: true });
});

describe('the language server under stress', () => {
    it('says in one diagnostic that a 10 MB file is over the limit, and keeps answering', async () => {
        const lsp = await startIn({ 'probe.okr': PROBE });
        lsp.open(fileUri(path.join(workspace, 'probe.okr')), PROBE);
        await expectAnswering(lsp);
        const big = organizationOfSize(10 * 1024 * 1024);
        const uri = fileUri(path.join(workspace, 'big.okr'));
        lsp.open(uri, big);
        const diagnostics = await lsp.waitForDiagnostics(uri, found => found.length > 0, 60_000);
        expect(diagnostics).toEqual([expect.objectContaining({
            code: 'syntax', codeDescription: { href: ruleHelpUri('syntax') }, message: expect.stringMatching(/too large to check \(10\.0 MB; okr checks files up to 4\.0 MB/),
        })]);
        await expectAnswering(lsp);
    }, 300_000);

    it('checks and hovers a file just under the size limit, and keeps answering', async () => {
        const lsp = await startIn({ 'probe.okr': PROBE });
        lsp.open(fileUri(path.join(workspace, 'probe.okr')), PROBE);
        await expectAnswering(lsp);
        const big = organizationOfSize(3.5 * 1024 * 1024);
        const uri = fileUri(path.join(workspace, 'big.okr'));
        const started = Date.now();
        lsp.open(uri, big);
        // While the big file is being checked, the small one still gets answers (once the parse of the big one is done).
        const probeUri = fileUri(path.join(workspace, 'probe.okr'));
        const during = await lsp.request<Hover | null>('textDocument/hover', { textDocument: { uri: probeUri }, position: positionOf(PROBE, 'probe_objective', 2) }, 120_000);
        const answeredAfter = Date.now() - started;
        expect(hoverText(during)).toContain('Answer every request');
        const diagnostics = await lsp.waitForDiagnostics(uri, () => true, 240_000);
        expect(codes(diagnostics)).not.toContain('syntax');
        console.log(`3.5 MB file: a hover elsewhere answered after ${answeredAfter} ms, its diagnostics came after ${Date.now() - started} ms`);
        const hover = await lsp.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(big, 'objective o4711 ', 'objective '.length) }, 60_000);
        expect(hoverText(hover)).toContain('segment 4711');
        await expectAnswering(lsp);
    }, 300_000);

    it('handles 10,000 objectives in one unit', async () => {
        const lsp = await startIn({ 'probe.okr': PROBE });
        const text = unitWithObjectives(10_000);
        const uri = fileUri(path.join(workspace, 'squad.okr'));
        lsp.open(uri, text);
        // Opened at start-up: what the file shows on its own comes first, the count across files after the scan.
        const diagnostics = await lsp.waitForDiagnostics(uri, found => codes(found).includes('too-many-objectives'), 120_000);
        expect(codes(diagnostics)).toContain('too-many-objectives');
        const hover = await lsp.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'objective o9999 ', 'objective '.length) }, 30_000);
        expect(hoverText(hover)).toContain('cohort 9999');
        const symbols = await lsp.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } }, 30_000);
        expect(JSON.stringify(symbols)).toContain('o9999');
        await expectAnswering(lsp);
    }, 180_000);

    it('reports alignment cycles of length 1 to 50 and still hovers, completes and draws the tree', async () => {
        const { text, objectives } = alignmentCycles(50);
        const lsp = await startIn({ 'probe.okr': PROBE, 'cycles.okr': text });
        const uri = fileUri(path.join(workspace, 'cycles.okr'));
        lsp.open(uri, text);
        const diagnostics = await lsp.waitForDiagnostics(uri, found => codes(found).includes('alignment-cycle'), 60_000);
        // Every objective on a loop is told about it, the one-step loop (an objective aligned to itself) included,
        // up to 1,000 in a file; one more diagnostic counts the rest.
        const loops = diagnostics.filter(d => d.code === 'alignment-cycle');
        expect(loops).toHaveLength(Math.min(objectives, 1000) + (objectives > 1000 ? 1 : 0));
        if (objectives > 1000) expect(loops.at(-1)!.message).toContain(`${objectives - 1000} more "alignment-cycle" problems`);
        for (const name of ['c1_0', 'c2_1', 'c50_49']) {
            const hover = await lsp.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, `aligns ${name} `, 'aligns '.length) }, 15_000);
            expect(hoverText(hover)).toContain('Cycle');
        }
        const completion = await lsp.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: positionOf(text, 'aligns c50_0', 'aligns '.length) }, 15_000);
        expect(labels(completion)).toContain('c17_3');
        const tree = await lsp.request<{ strategies: unknown[]; unaligned: unknown[] }>('okr/alignmentTree', {}, 30_000);
        expect(JSON.stringify(tree)).toContain('c50_49');
        await expectAnswering(lsp);
    }, 120_000);

    it('keeps answering when a file that others reference is deleted', async () => {
        const definitions = `company acme "Acme" { lead "Dana" }
team squad "Squad" in acme { lead "Kim" }
strategy win "Win"
kpis squad {
  kpi csat "Support CSAT" { owner "Kim" definition "d" expected >= 90% cadence monthly }
}
okrs acme 2026-Q4 {
  objective growth "Grow" { owner "Dana" aligns win kr "Raise revenue" from 1 to 2 }
}
`;
        const user = `okrs squad 2026-Q4 {
  objective delight "Delight customers" {
    owner "Kim"
    aligns growth
    guardrails csat
    kr "Raise CSAT" { from 80% to 95% moves csat }
  }
}
`;
        const lsp = await startIn({ 'probe.okr': PROBE, 'definitions.okr': definitions, 'user.okr': user });
        const [definitionsUri, userUri] = [fileUri(path.join(workspace, 'definitions.okr')), fileUri(path.join(workspace, 'user.okr'))];
        lsp.open(definitionsUri, definitions);
        lsp.open(userUri, user);
        await lsp.waitForDiagnostics(userUri, found => !codes(found).includes('unresolved-reference'));
        const aligns = positionOf(user, 'aligns growth', 'aligns '.length);
        expect(hoverText(await lsp.request<Hover | null>('textDocument/hover', { textDocument: { uri: userUri }, position: aligns }))).toContain('Grow');

        // The file goes away: closed in the editor, then deleted on disk.
        lsp.close(definitionsUri);
        fs.rmSync(path.join(workspace, 'definitions.okr'));
        lsp.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: definitionsUri, type: 3 }] });
        const dangling = await lsp.waitForDiagnostics(userUri, found => codes(found).filter(code => code === 'unresolved-reference').length >= 4);
        expect(dangling.filter(d => d.code === 'unresolved-reference').map(d => d.message).join('\n')).toMatch(/squad[\s\S]*growth[\s\S]*csat/);
        // Every position of the file still gets an answer (hover on a dangling reference has nothing to show).
        for (let line = 0; line < user.split('\n').length; line++) {
            await lsp.request('textDocument/hover', { textDocument: { uri: userUri }, position: { line, character: 14 } });
            await lsp.request('textDocument/definition', { textDocument: { uri: userUri }, position: { line, character: 14 } });
        }
        const completion = await lsp.request<CompletionList | null>('textDocument/completion', { textDocument: { uri: userUri }, position: aligns });
        expect(labels(completion)).not.toContain('growth');
        expect(labels(completion)).toContain('probe_objective');

        // It comes back: the references resolve again.
        fs.writeFileSync(path.join(workspace, 'definitions.okr'), definitions);
        lsp.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: definitionsUri, type: 1 }] });
        await lsp.waitForDiagnostics(userUri, found => !codes(found).includes('unresolved-reference'));
        await expectAnswering(lsp);
    }, 60_000);
});
