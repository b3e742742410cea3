/**
 * A file open when the server starts (an editor restoring its tabs) is checked before the
 * workspace scan: it first shows what it shows on its own, then, once every file is read, its
 * cross-file diagnostics. What it ends with is what `okr check` (a fresh build) says, and no
 * publication before that shows a diagnostic the final one does not have.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, okr, tempDir } from '../cli/run-okr.js';
import { LspClient } from '../support/lsp-client.mjs';

const SQUAD = `team squad "Squad" in product { lead "Ann" }
okrs squad 2026-Q4 {
  objective squad_fast "Ship faster" {
    aligns q4_first_week
    kr "Launch 3 blog posts" from 0 to 3
    kr "Raise the NPS" from 10 to 10
  }
  objective q4_cheaper_to_serve "Cut the cost to serve" {
    owner "Ann"
    aligns no_such_objective
    kr "Cut the cost per ticket" from $12 to $8 { checkin 2026-10-01 = $11 }
  }
}
`;
const TODAY = '2026-11-10';
const signature = (d: { line: number; column: number; code: string; message: string }) => `${d.line}:${d.column} ${d.code} ${d.message}`;
const fromLsp = (diagnostics: Diagnostic[]) => diagnostics.map(d => signature({ line: d.range.start.line + 1, column: d.range.start.character + 1, code: String(d.code), message: d.message })).sort();

let dir: string;
let client: LspClient | undefined;
beforeAll(async () => {
    await ensureCliBuilt();
    dir = tempDir('okr-open-at-start-');
    fs.cpSync('examples/acme', dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'squad.okr'), SQUAD);
    // Enough other files that the scan is not over in an instant.
    fs.mkdirSync(path.join(dir, 'more'));
    for (let i = 0; i < 200; i++) {
        fs.writeFileSync(path.join(dir, 'more', `team${i}.okr`), `team t${i} "Team ${i}" in product { lead "Kim" }\nokrs t${i} 2026-Q4 {\n  objective t${i}_o "Grow segment ${i}" { owner "Kim" aligns q4_first_week kr "Raise revenue of segment ${i}" from 1 to 2 }\n}\n`);
    }
});
afterAll(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
});

describe('a file open at start-up', () => {
    it('shows its own diagnostics first, then exactly what a fresh build gives', async () => {
        client = new LspClient({ root: dir, settings: { okr: { today: TODAY } } });
        await client.initialize();
        await client.open('squad.okr');
        const final = fromLsp(await client.settledDiagnostics('squad.okr'));

        const cli = JSON.parse(okr(['check', dir, '--format', 'json', '--today', TODAY]).stdout) as { files: Array<{ path: string; diagnostics: Array<{ line: number; column: number; code: string; message: string }> }> };
        const expected = cli.files.find(file => file.path.endsWith('squad.okr'))!.diagnostics.map(signature).sort();
        expect(expected.map(d => d.split(' ')[1])).toEqual(expect.arrayContaining(['duplicate-id', 'unresolved-reference', 'stale-checkin', 'missing-owner', 'no-change']));
        expect(final).toEqual(expected);

        const publications = client.published.get(client.uri('squad.okr'))!.map(publish => fromLsp(publish.diagnostics));
        for (const publication of publications) expect(final).toEqual(expect.arrayContaining(publication));
        // The first came before the scan: the file's own problems, none that needs another file.
        const firstCodes = new Set(publications[0].map(d => d.split(' ')[1]));
        expect([...firstCodes].sort()).toEqual(['activity-key-result', 'missing-owner', 'no-change']);
    }, 60_000);

    it('is checked from the editor\'s buffer: unsaved edits, and a file not on disk yet', async () => {
        await client?.stop();
        client = new LspClient({ root: dir, settings: { okr: { today: TODAY } } });
        const unsaved = SQUAD.replace('kr "Raise the NPS" from 10 to 10', 'kr "Raise the NPS" from 10 to');
        const draft = 'team draft "Draft" in product { lead "Ann" }\nokrs draft 2026-Q4 {\n  objective draft_o "Grow" { kr "Raise revenue to $2M" from 1 to 2 }\n}\n';
        await client.initialize();
        await client.open('squad.okr', unsaved);
        await client.open('draft.okr', draft);
        for (const [file, expected] of [['squad.okr', 'syntax'], ['draft.okr', 'missing-owner']]) {
            expect((await client.settledDiagnostics(file)).map(d => String(d.code))).toContain(expected);
            const first = client.published.get(client.uri(file))![0].diagnostics.map(d => String(d.code));
            expect(first).toContain(expected);
        }
        expect(client.published.get(client.uri('draft.okr'))!.flatMap(p => p.diagnostics).map(d => d.message).join(' ')).not.toMatch(/cannot be read/);
    }, 60_000);
});
