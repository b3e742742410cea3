/**
 * The language server honours the baseline that okr.config.json names, as `okr check` does:
 * the same file, written by `okr check --update-baseline`, hides the same problems.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LspClient } from '../support/lsp-client.mjs';
import { BASELINE_GOALS } from '../cli/baseline-goals.js';
import { ensureCliBuilt, okr, tempDir } from '../cli/run-okr.js';

const GOALS = 'goals/acme.okr';
let dir: string;
let client: LspClient | undefined;

beforeAll(ensureCliBuilt, 180_000);
beforeEach(() => {
    dir = tempDir('okr-ls-baseline-');
    fs.mkdirSync(path.join(dir, 'goals'));
    fs.writeFileSync(path.join(dir, GOALS), BASELINE_GOALS);
    fs.writeFileSync(path.join(dir, 'okr.config.json'), JSON.stringify({ baseline: 'okr-baseline.json' }));
    expect(okr(['check', 'goals', '--update-baseline', '--today', '2026-11-10'], { cwd: dir }).code).toBe(0);
});
afterEach(async () => {
    await client?.stop();
    client = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
});

async function diagnosticsOf(file: string) {
    client = new LspClient({ root: dir, settings: { okr: { today: '2026-11-10' } } });
    await client.initialize();
    await client.open(file);
    return client.settledDiagnostics(file);
}

describe('a baseline named in okr.config.json, in the editor', () => {
    it('hides the problems it records', async () => {
        expect(await diagnosticsOf(GOALS)).toEqual([]);
    });

    it('shows new problems, and a fixed one as a stale allowance, as okr check does', async () => {
        const edited = BASELINE_GOALS.replace('    kr "Ship the partner portal" milestone { checkin 2026-11-01 = 40% }\n', '').replace('    owner "Ann"\n    guardrails', '    guardrails');
        fs.writeFileSync(path.join(dir, GOALS), edited);
        const cli = JSON.parse(okr(['check', 'goals', '--format', 'json', '--today', '2026-11-10'], { cwd: dir }).stdout);
        const expected = cli.files[0].diagnostics.map((d: { line: number; code: string }) => `${d.line}: ${d.code}`);
        expect(expected).toEqual(['1: stale-baseline', '1: stale-baseline', '8: missing-owner']);
        const diagnostics = await diagnosticsOf(GOALS);
        expect(diagnostics.map(d => `${d.range.start.line + 1}: ${d.code}`)).toEqual(expected);
        expect(diagnostics[0].severity).toBe(3 /* Information */);
    });

    it('shows every problem when the baseline cannot be used, and says why on the baseline file', async () => {
        fs.writeFileSync(path.join(dir, 'okr-baseline.json'), JSON.stringify({ version: 99, files: {} }));
        const diagnostics = await diagnosticsOf(GOALS);
        expect(diagnostics.map(d => d.code)).toContain('unresolved-reference');
        const onBaseline = await client!.until(() => client!.diagnostics.get(client!.uri('okr-baseline.json')), 'a diagnostic on the baseline');
        expect(onBaseline[0].message).toContain('has version 99');
    });
});
