/** The packaged extension: `npm run package -w okr-lang-vscode` (vsce), then the file's size. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export function measureVsix(repo, { repackage }) {
    const vsix = path.join(repo, 'packages/extension/okr-lang-vscode.vsix');
    if (repackage) {
        const result = spawnSync('npm', ['run', '--silent', 'package', '-w', 'okr-lang-vscode'], { cwd: repo, encoding: 'utf8', timeout: 300_000 });
        if (result.status !== 0) throw new Error(`npm run package failed: ${(result.stderr || result.stdout).trim().split('\n').slice(-2).join(' | ')}`);
    }
    if (!fs.existsSync(vsix)) return undefined;
    return { bytes: fs.statSync(vsix).size, file: path.relative(repo, vsix), builtAt: fs.statSync(vsix).mtime.toISOString() };
}
