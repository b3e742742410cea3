/**
 * Guards for the performance patches on Langium's and Chevrotain's internals (grammar/okr-parser.ts,
 * grammar/okr-cst-leaf.ts, workspace/okr-document-builder.ts). They are safe on today's
 * Langium, but a rename upstream would silently switch them off or make ranges drift; these
 * tests fail in that case.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CstUtils, createLangiumParser, EmptyFileSystem } from 'langium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOkrServices } from 'okr-language';
import { OkrDocumentBuilder } from '../../packages/language/src/workspace/okr-document-builder.js';
import { OffsetRangeLeafCstNode } from '../../packages/language/src/grammar/okr-cst-leaf.js';
import { ensureCliBuilt, okr, tempDir } from '../cli/run-okr.js';
import { LspTestClient } from '../../packages/extension/test/lsp-test-client.js';

/** Every .okr text the repository holds: examples, fixtures, fuzz regressions. */
function corpus(): Array<{ name: string; text: string }> {
    const roots = ['examples', 'test/fixtures', 'test/fuzz/regressions'];
    const files = roots.flatMap(root => fs.readdirSync(root, { recursive: true, withFileTypes: true })
        .filter(entry => entry.isFile() && entry.name.endsWith('.okr'))
        .map(entry => path.join(entry.parentPath, entry.name)));
    return files.map(file => ({ name: file, text: fs.readFileSync(file, 'utf8') }));
}

describe('the patched services are the ones in use', () => {
    const { shared, Okr } = createOkrServices(EmptyFileSystem);

    it('the document builder is the OKR builder (cross-file re-checks, the reopen fast path)', () => {
        expect(shared.workspace.DocumentBuilder).toBeInstanceOf(OkrDocumentBuilder);
    });

    it('the parser builds offset-range leaves and remembers follow sets', () => {
        const result = Okr.parser.LangiumParser.parse('company acme "Acme"\nokrs acme 2026-Q4 { objective o "O" { kr "K" from 1 } }\n');
        const leaves = CstUtils.streamCst(result.value.$cstNode!).filter(node => !('content' in node)).toArray();
        expect(leaves.length).toBeGreaterThan(5);
        expect(leaves.every(leaf => leaf instanceof OffsetRangeLeafCstNode)).toBe(true);
        const wrapper = (Okr.parser.LangiumParser as unknown as { wrapper: { getFollowsForInRuleRecovery: { name: string } } }).wrapper;
        // Ours is defined by rememberFollowSets; Chevrotain's own is a prototype method.
        expect(Object.prototype.hasOwnProperty.call(wrapper, 'getFollowsForInRuleRecovery')).toBe(true);
    });
});

describe('the patched parser gives what Langium gives', () => {
    const { Okr } = createOkrServices(EmptyFileSystem);
    // Langium's own parser for the same grammar, without the OKR patches.
    const plain = createLangiumParser(Okr);
    const texts = corpus();

    it(`on ${texts.length} files: the same leaves with the same ranges, and the same syntax errors`, () => {
        expect(texts.length).toBeGreaterThan(20);
        for (const { name, text } of texts) {
            const ours = Okr.parser.LangiumParser.parse(text);
            const theirs = plain.parse(text);
            const leaves = (root: typeof ours.value.$cstNode) => CstUtils.streamCst(root!).filter(node => !('content' in node))
                .map(leaf => `${leaf.offset}+${leaf.length} ${JSON.stringify(leaf.range)} ${leaf.hidden ? 'hidden' : leaf.text}`).toArray();
            expect(leaves(ours.value.$cstNode), name).toEqual(leaves(theirs.value.$cstNode));
            expect(ours.parserErrors.map(e => `${e.token.startOffset} ${e.message}`), name).toEqual(theirs.parserErrors.map(e => `${e.token.startOffset} ${e.message}`));
        }
    });
});

describe('reopening a file the workspace scan has linked (the fast path)', () => {
    let dir: string;
    let client: LspTestClient | undefined;
    beforeAll(async () => {
        await ensureCliBuilt();
        dir = tempDir('okr-guard-reopen-');
        for (const file of fs.readdirSync('examples/acme', { recursive: true, withFileTypes: true })) {
            if (!file.isFile()) continue;
            const target = path.join(dir, path.relative('examples/acme', path.join(file.parentPath, file.name)));
            fs.mkdirSync(path.dirname(target), { recursive: true });
            fs.copyFileSync(path.join(file.parentPath, file.name), target);
        }
    });
    afterAll(async () => {
        await client?.stop();
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it('gives the diagnostics a full check gives', async () => {
        const files = fs.readdirSync(dir, { recursive: true }).map(String).filter(name => name.endsWith('.okr')).sort();
        const cli = JSON.parse(okr(['check', '.', '--format', 'json', '--today', '2026-11-10'], { cwd: dir }).stdout);
        client = new LspTestClient(dir, { okr: { today: '2026-11-10' } });
        await client.start();
        for (const file of files) {
            await client.open(file);
            const uri = client.uri(file);
            const published = await client.until(() => client!.diagnostics.get(uri), `diagnostics of ${file}`, 30_000);
            const expected = cli.files.find((f: { path: string }) => f.path === file).diagnostics
                .map((d: { line: number; column: number; code: string; message: string }) => `${d.line}:${d.column} ${d.code} ${d.message}`);
            expect(published.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`).sort(), file).toEqual(expected.sort());
        }
    }, 120_000);
});
