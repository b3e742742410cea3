/**
 * The bundled language server as an editor sees it (stdio, spawned like Neovim or Helix do):
 * editor settings and okr.config.json changes re-check the workspace, configuration problems
 * are reported without a crash, and the preview's custom messages work.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlignmentTree } from 'okr-language/protocol';
import { LspClient, SERVER } from '../../../test/support/lsp-client.mjs';

const FIXTURE = 'test/e2e/fixtures/workspace';
const KPIS = 'org.okr';
const GOALS = 'goals/2026-q4.okr';

let root: string;
let client: LspClient;

beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-ls-'));
    fs.cpSync(FIXTURE, root, { recursive: true });
});

afterEach(async () => {
    await client?.stop();
    fs.rmSync(root, { recursive: true, force: true });
});

async function startWith(settings: Record<string, unknown>): Promise<void> {
    client = new LspClient({ root, settings: { okr: settings } });
    await client.initialize();
    await client.open(KPIS);
    await client.until(() => client.codes(KPIS).length > 0, 'first diagnostics');
}

const count = (codes: string[], code: string) => codes.filter(c => c === code).length;

describe('okr-language-server --stdio', () => {
    it('explains its usage instead of crashing when started without a transport', () => {
        const result = spawnSync(process.execPath, [SERVER], { encoding: 'utf8' });
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('usage: okr-language-server --stdio');
        expect(result.stderr).not.toMatch(/\n\s+at /);
    });

    it('applies okr.rules from the editor at start-up and when they change', async () => {
        await startWith({ today: '2026-11-10', rules: { 'kpi-missing-definition': 'off' } });
        expect(client.codes(KPIS)).toContain('kpi-missing-range');
        expect(client.codes(KPIS)).not.toContain('kpi-missing-definition');

        await client.changeSettings({ okr: { today: '2026-11-10', rules: { 'kpi-missing-range': 'error' } } });
        const diagnostics = await client.until(() => {
            const list = client.diagnostics.get(client.uri(KPIS)) ?? [];
            return list.some(d => d.code === 'kpi-missing-definition') && list;
        }, 'kpi-missing-definition back after the setting changed');
        expect(diagnostics.find(d => d.code === 'kpi-missing-range')?.severity).toBe(1 /* Error */);
    });

    it('re-checks when okr.config.json changes on disk', async () => {
        await startWith({});
        const before = count(client.codes(KPIS), 'kpi-missing-definition');
        expect(before).toBe(2);

        fs.writeFileSync(path.join(root, 'okr.config.json'), JSON.stringify({ rules: { 'kpi-missing-definition': 'off' } }));
        await client.fileChanged('okr.config.json', 1);
        await client.until(() => count(client.codes(KPIS), 'kpi-missing-definition') === 0, 'the rule turned off by okr.config.json');

        fs.rmSync(path.join(root, 'okr.config.json'));
        await client.fileChanged('okr.config.json', 3);
        await client.until(() => count(client.codes(KPIS), 'kpi-missing-definition') === before, 'the rule back after deleting okr.config.json');
    });

    it('reports a broken okr.config.json on that file, and keeps checking with the defaults', async () => {
        fs.writeFileSync(path.join(root, 'okr.config.json'), '{\n  "rules": {\n    "no-such-rule": "warning",\n    "missing-owner": "loud"\n  }\n}\n');
        await startWith({});
        const configUri = client.uri('okr.config.json');
        const problems = await client.until(() => {
            const list = client.diagnostics.get(configUri);
            return list && list.length > 0 ? list : undefined;
        }, 'diagnostics on okr.config.json');
        expect(problems.map(p => p.message).join('\n')).toMatch(/unknown rule "no-such-rule"[\s\S]*"missing-owner" needs a severity/);
        expect(problems[0].range.start.line).toBe(2); // points at the offending line
        expect(client.codes(KPIS)).toContain('kpi-missing-range');

        fs.writeFileSync(path.join(root, 'okr.config.json'), '{ "rules": {} }');
        await client.fileChanged('okr.config.json');
        await client.until(() => client.diagnostics.get(configUri)?.length === 0, 'the config diagnostics cleared once fixed');
    });

    it('warns about an invalid okr.today setting and uses the real date', async () => {
        await startWith({ today: 'next tuesday' });
        await client.until(() => client.messages.find(m => m.includes('"okr.today" must be a date')), 'a warning about okr.today');
        const tree = await client.request<AlignmentTree>('okr/alignmentTree', {});
        expect(tree.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(tree.today).not.toBe('next tuesday');
    });

    it('serves the alignment tree across files, as of the configured today', async () => {
        await startWith({ today: '2026-11-10' });
        const tree = await client.request<AlignmentTree>('okr/alignmentTree', {});
        expect(tree.today).toBe('2026-11-10');
        expect(tree.cycle).toBe('2026-Q4');
        const strategy = tree.strategies.find(s => s.id === 'customer_love');
        expect(strategy?.children.map(o => o.id)).toEqual(['growth']);
        expect(strategy?.children[0].children.map(o => o.id)).toEqual(['fast_onboarding']);
        expect(strategy?.children[0].children[0].source.uri).toBe(client.uri(GOALS));
        expect(tree.unaligned.map(o => o.id)).toContain('nps');

        // A cycle that does not exist falls back to the current one instead of an empty tree.
        const fallback = await client.request<AlignmentTree>('okr/alignmentTree', { cycle: '1999-Q1' });
        expect(fallback.cycle).toBe('2026-Q4');

        // Settings apply in message order: the next request already sees the new date.
        await client.changeSettings({ okr: { today: '2026-12-31' } });
        const later = await client.request<AlignmentTree>('okr/alignmentTree', {});
        expect(later.today).toBe('2026-12-31');
    });

    it('tells the client after each build, so an open preview refreshes', async () => {
        await startWith({ today: '2026-11-10' });
        client.notifications = [];
        await client.open(GOALS);
        await client.until(() => client.notifications.includes('okr/workspaceChanged'), 'okr/workspaceChanged');
    });
});
