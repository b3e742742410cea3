/**
 * In the editor, every diagnostic links its code to the code's page: the language server sets
 * `codeDescription.href`, which VS Code and other clients show as a link on the code. Each
 * page's Bad example is opened in the real server (one at a time, as unsaved buffers, so that
 * the examples do not see each other) and every diagnostic it gets must link to an existing
 * page of its own code. The baseline example needs files on disk and runs last.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { ALL_CODES, ruleHelpUri, type DiagnosticCode } from 'okr-language';
import { LspClient } from '../support/lsp-client.mjs';
import { tempDir } from '../cli/run-okr.js';
import { exampleOf, pageOfUrl, readRulePage, type RulePage } from '../docs/rule-pages.js';

const pages = ALL_CODES.map(readRulePage);
const inMemory = pages.filter(page => exampleOf(page.sections.get('Bad'))!.baseline === undefined);
const withBaseline = pages.filter(page => !inMemory.includes(page));
const days = [...new Set(inMemory.map(page => page.today))];

const dirs: string[] = [];
const clients: LspClient[] = [];
afterAll(async () => {
    await Promise.all(clients.map(client => client.stop()));
    dirs.forEach(dir => fs.rmSync(dir, { recursive: true, force: true }));
});

async function startIn(dir: string, today: string): Promise<LspClient> {
    const client = new LspClient({ root: dir, settings: { okr: { today } } });
    clients.push(client);
    await client.initialize();
    return client;
}

function expectLinked(diagnostics: Diagnostic[]): void {
    for (const diagnostic of diagnostics) {
        const href = diagnostic.codeDescription?.href;
        expect(href, `${diagnostic.code}: ${diagnostic.message}`).toBe(ruleHelpUri(diagnostic.code as DiagnosticCode));
        expect(fs.existsSync(pageOfUrl(href!) ?? ''), `${href} is a page of docs/rules/`).toBe(true);
    }
}

describe.each(days)('codeDescription in the language server, checked on %s', today => {
    let client: LspClient;
    beforeAll(async () => {
        const dir = tempDir('okr-rule-links-');
        dirs.push(dir);
        client = await startIn(dir, today);
    }, 30_000);

    it.each(inMemory.filter(page => page.today === today).map(page => [page.code, page] as [string, RulePage]))('links %s to its page', async (code, page) => {
        const file = `${code}.okr`;
        await client.open(file, exampleOf(page.sections.get('Bad'))!.okr);
        const diagnostics = await client.until(() => client.diagnostics.get(client.uri(file))?.some(d => d.code === code) && client.diagnostics.get(client.uri(file)), `${code} on its Bad example`);
        expectLinked(diagnostics);
        // An unsaved buffer leaves the workspace when it closes: the next example is checked alone.
        await client.close(file);
        await client.until(() => client.diagnostics.get(client.uri(file))?.length === 0, `${file} to leave the workspace`);
    }, 30_000);
});

describe('codeDescription of a stale baseline allowance', () => {
    it.each(withBaseline.map(page => [page.code, page] as [string, RulePage]))('links %s to its page', async (code, page) => {
        const example = exampleOf(page.sections.get('Bad'))!;
        const dir = tempDir('okr-rule-links-');
        dirs.push(dir);
        fs.writeFileSync(path.join(dir, 'goals.okr'), example.okr);
        fs.writeFileSync(path.join(dir, 'okr-baseline.json'), example.baseline!);
        fs.writeFileSync(path.join(dir, 'okr.config.json'), JSON.stringify({ baseline: 'okr-baseline.json' }));
        const client = await startIn(dir, page.today);
        await client.open('goals.okr');
        const diagnostics = await client.until(() => client.diagnostics.get(client.uri('goals.okr'))?.some(d => d.code === code) && client.diagnostics.get(client.uri('goals.okr')), `${code} on its Bad example`);
        expectLinked(diagnostics);
    }, 30_000);
});
