/**
 * The .vsix as the Marketplace and Open VSX receive it: built with `vsce package` (the same
 * command as `npm run package`), then listed. It holds the bundles and what they load, an
 * icon, a changelog and the license, and never source maps, tests, fixtures or sources.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, REPO } from '../../../test/cli/run-okr.js';

const require = createRequire(path.join(REPO, 'packages/extension/package.json'));
type ZipFile = { on(event: string, listener: (value: { fileName: string }) => void): void; readEntry(): void };
const yauzl = require('yauzl') as { open(file: string, options: object, callback: (error: Error | null, zip: ZipFile) => void): void };

const EXTENSION = path.join(REPO, 'packages/extension');
let dir: string;
let entries: string[];
let manifest: Record<string, unknown>;

function list(file: string): Promise<string[]> {
    return new Promise((resolve, reject) => yauzl.open(file, { lazyEntries: true }, (error, zip) => {
        if (error) return reject(error);
        const names: string[] = [];
        zip.on('entry', entry => { names.push(entry.fileName); zip.readEntry(); });
        zip.on('end', () => resolve(names.sort()));
        zip.on('error', reject as never);
        zip.readEntry();
    }));
}

beforeAll(async () => {
    await ensureCliBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-vsix-'));
    const vsix = path.join(dir, 'okr.vsix');
    execFileSync(process.execPath, ['scripts/prepare-package.mjs'], { cwd: EXTENSION, stdio: 'pipe' });
    execFileSync(path.join(REPO, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--out', vsix], { cwd: EXTENSION, stdio: 'pipe' });
    entries = await list(vsix);
    manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'package.json'), 'utf8'));
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the .vsix', () => {
    it('holds no source maps, tests, fixtures or sources', () => {
        const unwanted = entries.filter(name => /\.map$|\.tsx?$|\.mts$|(^|\/)(src|test|tests|fixtures|scripts|node_modules)\//.test(name));
        expect(unwanted).toEqual([]);
    });

    it('holds the bundles, what they load, the icon, the changelog, the license and the bundled packages\' licenses', () => {
        expect(entries).toEqual(expect.arrayContaining([
            'extension/out/extension.cjs', 'extension/out/server.cjs', 'extension/syntaxes/okr.tmLanguage.json',
            'extension/media/webview.js', 'extension/media/okr.config.schema.json', 'extension/images/icon.png',
            'extension/changelog.md', 'extension/LICENSE.txt', 'extension/THIRD_PARTY_NOTICES.md', 'extension/readme.md', 'extension/package.json',
        ]));
        expect(entries.length).toBeLessThanOrEqual(20);
    });
});

describe('the Marketplace manifest', () => {
    it('has an icon of 128×128, repository, license, categories and keywords', () => {
        const png = fs.readFileSync(path.join(EXTENSION, manifest.icon as string));
        expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([128, 128]);
        expect(manifest.repository).toMatchObject({ url: 'https://github.com/okr-lang/okr-lang.git' });
        expect(manifest.publisher).toBe('okr-lang');
        expect(manifest.license).toBe('MIT');
        expect(manifest.categories).toEqual(expect.arrayContaining(['Programming Languages', 'Linters']));
        expect((manifest.keywords as string[]).length).toBeGreaterThanOrEqual(5);
        expect((manifest.scripts as Record<string, string>).package).not.toContain('--allow-missing-repository');
        expect(fs.readFileSync(path.join(EXTENSION, 'CHANGELOG.md'), 'utf8')).toContain(`\n## ${manifest.version}\n`);
    });
});
