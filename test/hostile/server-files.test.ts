/**
 * The language server in a workspace that holds special files: an okr.config.json that is a
 * named pipe (reading it used to block the server for good), and `.okr` entries that are a
 * pipe or a link to /dev/zero, also when the file watcher reports them later.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileUri, LspClient } from '../support/lsp-client.mjs';

const GOALS = `company acme "Acme" { lead "Dana" }
okrs acme 2026-Q4 {
  objective grow "Grow the business" { kr "Raise revenue" from 1 to 2 }
}
`;

let server: LspClient | undefined;
let workspace: string;

afterEach(async () => {
    await server?.stop();
    server = undefined;
    fs.rmSync(workspace, { recursive: true, force: true });
});

describe('special files in the workspace', () => {
    it('a pipe as okr.config.json is reported on it, and the goals are checked with the defaults', async () => {
        workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-hostile-server-files-'));
        fs.writeFileSync(path.join(workspace, 'goals.okr'), GOALS);
        fs.writeFileSync(path.join(workspace, 'later.okr'), 'team core "Core" in acme\n');
        spawnSync('mkfifo', [path.join(workspace, 'okr.config.json')]);
        spawnSync('mkfifo', [path.join(workspace, 'pipe.okr')]);
        fs.symlinkSync('/dev/zero', path.join(workspace, 'zero.okr'));
        server = await LspClient.start({ root: workspace });
        const goals = fileUri(path.join(workspace, 'goals.okr'));
        server.open(goals, GOALS);
        const diagnostics = await server.waitForDiagnostics(goals, found => found.some(d => d.code === 'missing-owner'), 20_000);
        expect(diagnostics.map(d => d.code)).toContain('missing-owner');
        const config = await server.waitForDiagnostics(fileUri(path.join(workspace, 'okr.config.json')), found => found.length > 0, 20_000);
        expect(config[0].message).toMatch(/okr\.config\.json cannot be read: it is not a regular file \(a named pipe\)\. The default applies instead/);
        // The watcher reports the special .okr entries: they are passed over, never read.
        server.notify('workspace/didChangeWatchedFiles', { changes: ['pipe.okr', 'zero.okr'].map(name => ({ uri: fileUri(path.join(workspace, name)), type: 1 })) });
        // A goals file replaced by a pipe: read without blocking, and reported on itself.
        const later = path.join(workspace, 'later.okr');
        fs.rmSync(later, { force: true });
        spawnSync('mkfifo', [later]);
        server.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(later), type: 2 }] });
        const pipe = await server.waitForDiagnostics(fileUri(later), found => found.length > 0, 20_000);
        expect(pipe).toEqual([expect.objectContaining({ code: 'syntax', message: expect.stringMatching(/cannot be read: it is not a regular file \(a named pipe\)/) })]);
        const hover = await server.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: goals }, position: { line: 2, character: 14 } }, 10_000);
        expect(hover?.contents.value).toContain('Grow the business');
        expect(server.alive).toBe(true);
    }, 60_000);
});
