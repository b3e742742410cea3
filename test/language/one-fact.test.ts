/**
 * Each derived fact is computed once, in the workspace model, and everyone reads it: on a
 * workspace whose fiscal year starts in April, the diagnostics, the hover, the preview tree and
 * `okr score` / `okr tree` agree on every objective's cycle dates and status, from the CLI and
 * from the server. (The preview once took the fiscal year of the workspace root, `okr tree`
 * that of the first named file, and the checks that of each file.)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, okr, tempDir } from '../cli/run-okr.js';
import { LspClient } from '../support/lsp-client.mjs';

const TODAY = '2027-02-15';
// With fiscalYearStartMonth 4, 2026-Q4 is January–March 2027 and 2026-Q3 October–December 2026.
const ORG = 'company acme "Acme" { lead "Dana" }\nteam core "Core" in acme { lead "Kim" }\n';
const GOALS = `okrs core 2026-Q4 {
  objective now "Win the current quarter" {
    owner "Kim"
    kr growth "Raise revenue" { from 0 to 10 checkin 2027-02-10 = 4 }
    kr late "Cut churn" { from 5% to 3% checkin 2026-12-20 = 4% }
  }
}
okrs core 2026-Q3 {
  objective before "Close the last quarter" { owner "Kim" kr done_kr "Ship revenue" { from 0 to 10 checkin 2026-12-01 = 9 } }
}
`;

let dir: string;
let server: LspClient | undefined;

beforeAll(async () => {
    await ensureCliBuilt();
    dir = tempDir('okr-one-fact-');
    // The configuration sits with the goals, below the workspace root the editor opens.
    fs.mkdirSync(path.join(dir, 'goals'));
    fs.writeFileSync(path.join(dir, 'goals', 'okr.config.json'), JSON.stringify({ fiscalYearStartMonth: 4 }));
    fs.writeFileSync(path.join(dir, 'goals', 'org.okr'), ORG);
    fs.writeFileSync(path.join(dir, 'goals', 'core.okr'), GOALS);
});
afterAll(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
});

interface Row { id: string; cycle: string; status: string; score: number | null }

describe('the fiscal year, from every side', () => {
    it('the CLI: checks, score and tree agree', () => {
        const check = JSON.parse(okr(['check', 'goals/core.okr', '--format', 'json', '--today', TODAY], { cwd: dir }).stdout);
        const messages = check.files[0].diagnostics.map((d: { code: string; message: string }) => `${d.code}: ${d.message}`).join('\n');
        // A check-in of December 2026 is outside 2026-Q4 (January–March 2027).
        expect(messages).toMatch(/checkin-outside-cycle: Check-in dated 2026-12-20 is outside 2026-Q4 \(2027-01-01 to 2027-03-31\)/);
        const score: Row[] = JSON.parse(okr(['score', 'goals', '--format', 'json', '--today', TODAY], { cwd: dir }).stdout).objectives;
        expect(score.map(row => [row.id, row.cycle, row.status])).toEqual([['before', '2026-Q3', 'ended'], ['now', '2026-Q4', 'on-track']]);
        const tree = JSON.parse(okr(['tree', 'goals/core.okr', '--format', 'json', '--today', TODAY], { cwd: dir }).stdout);
        expect(tree.cycle).toBe('2026-Q4');
        expect(tree.unaligned.map((node: Row) => [node.id, node.status])).toEqual([['now', 'on-track']]);
        // The report runs 2026-Q4 (running today under that fiscal year) and finds its KR "late" stale since 2026-12-20.
        const report = okr(['report', 'goals/core.okr', '--today', TODAY], { cwd: dir }).stdout;
        expect(report).toContain('· cycle 2026\\-Q4\n');
        expect(report).toMatch(/\| Win the current quarter \(now\) \| [^|]+ \| [a-z]+ \| on track \|/);
        expect(report).toContain('last check-in 2026-12-20, 57 days ago');
    });

    it('the server: diagnostics, hover and the preview tree agree with the CLI', async () => {
        server = new LspClient({ root: dir, settings: { okr: { today: TODAY } } });
        await server.initialize();
        await server.open('goals/core.okr');
        const uri = server.uri('goals/core.okr');
        const diagnostics = await server.until(() => { const found = server!.diagnostics.get(uri); return found?.some(d => d.code === 'checkin-outside-cycle') && found; }, 'the diagnostics of core.okr');
        expect(diagnostics.find(d => d.code === 'checkin-outside-cycle')!.message).toMatch(/outside 2026-Q4 \(2027-01-01 to 2027-03-31\)/);
        const hover = await server.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 14 } });
        expect(hover.contents.value).toMatch(/2026-Q4 \(2027-01-01 to 2027-03-31\)/);
        expect(hover.contents.value).toMatch(/on track/);
        const tree = await server.request<{ cycle: string; unaligned: Row[] }>('okr/alignmentTree', { cycle: '2026-Q4' });
        expect(tree.unaligned.map(node => [node.id, node.status])).toEqual([['now', 'on-track']]);
        const previous = await server.request<{ unaligned: Row[] }>('okr/alignmentTree', { cycle: '2026-Q3' });
        expect(previous.unaligned.map(node => [node.id, node.status])).toEqual([['before', 'ended']]);
    });
});
