/**
 * Generated hostile workspaces at 10,000 elements (scripts/bench/hostile-cases.mjs): one loop
 * through every objective, one ID shared by all, blocks never closed. Each used to take time
 * and output quadratic in its size (a 4,000-objective loop printed 158 MB of JSON). Now the
 * CLI finishes with output that grows at most linearly and says where it stopped listing; the
 * server checks them and keeps answering edits. Their speed is a row of `npm run bench`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, okr, tempDir } from '../cli/run-okr.js';
import { fileUri, LspClient } from '../support/lsp-client.mjs';
// @ts-expect-error: a plain .mjs module shared with the bench
import { alignmentLoop, duplicateIds, nestedUnclosed } from '../../scripts/bench/hostile-cases.mjs';

const N = 10_000;
let dir: string;

beforeAll(async () => {
    await ensureCliBuilt();
    dir = tempDir('okr-hostile-families-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Diagnostic { code: string; message: string }

function check(name: string, text: string): { code: number | null; diagnostics: Diagnostic[]; bytes: number } {
    const folder = path.join(dir, name);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'goals.okr'), text);
    const result = okr(['check', 'goals.okr', '--format', 'json', '--today', '2026-11-10'], { cwd: folder, timeout: 120_000 });
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    return { code: result.code, diagnostics: report.files[0].diagnostics, bytes: result.stdout.length };
}

const ofCode = (diagnostics: Diagnostic[], code: string) => diagnostics.filter(d => d.code === code);

describe('generated hostile workspaces finish with bounded output', () => {
    it(`an alignment loop through ${N.toLocaleString('en-US')} objectives`, () => {
        const text = alignmentLoop(N);
        const { code, diagnostics, bytes } = check('loop', text);
        expect(code).toBe(1);
        const loops = ofCode(diagnostics, 'alignment-cycle');
        // Every member is on the loop, each message names ten of them and says so.
        expect(loops).toHaveLength(1001);
        expect(loops[0].message).toMatch(/o0 → o1 → o2 → .* → o9 → … → o0: 10000 objectives, the first 10 shown/);
        expect(loops.at(-1)!.message).toMatch(/9,000 more "alignment-cycle" problems in this file are not shown: okr reports at most 1,000 of each kind per file/);
        // Output in proportion to the input, not to its square.
        expect(bytes).toBeLessThan(text.length * 2);
    });

    it(`${N.toLocaleString('en-US')} objectives sharing one ID`, () => {
        const text = duplicateIds(N);
        const { code, diagnostics, bytes } = check('duplicates', text);
        expect(code).toBe(1);
        const duplicates = ofCode(diagnostics, 'duplicate-id');
        expect(duplicates).toHaveLength(1001);
        // Each place once, however many copies share a line or a file.
        expect(duplicates[0].message).toMatch(/is also used 9999 more times, at line 4, line 5, line 6 and elsewhere/);
        expect(bytes).toBeLessThan(text.length * 2);
    });

    it(`${N.toLocaleString('en-US')} blocks opened and never closed`, () => {
        const text = nestedUnclosed(N);
        const { code, diagnostics, bytes } = check('nested', text);
        expect(code).toBe(1);
        const syntax = ofCode(diagnostics, 'syntax');
        // The parser stops at the 100th error and says so; what it read before is checked.
        expect(syntax).toHaveLength(101);
        expect(syntax.at(-1)!.message).toMatch(/^Too many syntax errors: okr stops parsing a file after 100, so nothing from here to the end of the file is checked/);
        expect(ofCode(diagnostics, 'missing-owner').length).toBeGreaterThan(0);
        expect(bytes).toBeLessThan(text.length);
    });
});

describe('the language server on a hostile file', () => {
    let server: LspClient | undefined;
    afterAll(() => server?.stop());

    it(`checks a ${N.toLocaleString('en-US')}-objective loop, then an edit, and keeps answering`, async () => {
        const folder = path.join(dir, 'server');
        fs.mkdirSync(folder, { recursive: true });
        const text = alignmentLoop(N);
        const file = path.join(folder, 'goals.okr');
        fs.writeFileSync(file, text);
        server = await LspClient.start({ root: folder });
        const uri = fileUri(file);
        server.open(uri, text);
        const first = await server.waitForDiagnostics(uri, found => found.some(d => d.code === 'alignment-cycle'), 120_000);
        expect(first.filter(d => d.code === 'alignment-cycle')).toHaveLength(1001);
        // Break the loop at one link: every objective is still on a chain, none on a loop.
        server.change(uri, text.replace('aligns o0 kr', 'kr'));
        const after = await server.waitForDiagnostics(uri, found => !found.some(d => d.code === 'alignment-cycle'), 120_000);
        expect(after.some(d => d.code === 'alignment-cycle')).toBe(false);
        const hover = await server.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 14 } }, 30_000);
        expect(hover?.contents.value).toContain('Grow segment 0');
        expect(server.alive).toBe(true);
        expect(server.errors).toEqual([]);
    }, 300_000);
});
