/**
 * Extension activation outside VS Code: a fresh Node process per run loads out/extension.cjs
 * with a stand-in `vscode` module (activate-extension.cjs). VS Code counts activation as code
 * loading + the activate() call; the time until the language client has started (server
 * forked, initialize answered) is reported next to it.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const runner = path.join(path.dirname(fileURLToPath(import.meta.url)), '../activate-extension.cjs');

export function extensionAvailable(extensionDir) {
    for (const file of ['out/extension.cjs', 'out/server.cjs']) {
        if (!fs.existsSync(path.join(extensionDir, file))) return `${path.join(extensionDir, file)} is missing (npm run build)`;
    }
    return undefined;
}

export function measureActivation(extensionDir, workspaceDir, runs) {
    const samples = { activation: [], ready: [], load: [], activate: [] };
    for (let run = 0; run < runs; run++) {
        const result = spawnSync(process.execPath, [runner, extensionDir, workspaceDir], { encoding: 'utf8', timeout: 60_000 });
        if (result.status !== 0) throw new Error(`activation failed: ${(result.stderr || 'no output').trim().split('\n').slice(0, 3).join(' | ')}`);
        const figures = JSON.parse(result.stdout.trim().split('\n').at(-1));
        samples.activation.push(figures.loadMs + figures.activateMs);
        samples.ready.push(figures.readyMs);
        samples.load.push(figures.loadMs);
        samples.activate.push(figures.activateMs);
    }
    return samples;
}
