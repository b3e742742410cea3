/**
 * Special files a repository can commit or a user can name — pipes, devices, links to them,
 * folders, huge files — as configuration, input and output; writes that fail half-way; and
 * output paths that are inputs. None may hang okr, exhaust its memory, or lose a byte.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeFileSafely } from 'okr-language';
import { ensureCliBuilt, expectOneLineError, OKR, okr, tempDir } from '../cli/run-okr.js';

const GOALS = `company acme "Acme" { lead "Dana" }
okrs acme 2026-Q4 {
  objective grow "Grow the business" { owner "Dana" kr "Raise revenue" from 1 to 2 }
}
`;
const MESSY = GOALS.replace(/\n  /g, '\n      ');

let root: string;
beforeAll(async () => {
    await ensureCliBuilt();
    root = tempDir('okr-hostile-files-');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

let counter = 0;
/** A fresh folder holding goals.okr. */
function workspace(text = GOALS): string {
    const dir = path.join(root, `ws${counter++}`);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'goals.okr'), text);
    return dir;
}

describe('a configuration file that is not a regular file of reasonable size', () => {
    it.each([
        ['a named pipe', (file: string) => spawnSync('mkfifo', [file]), /not a regular file \(a named pipe\)/],
        ['a link to /dev/zero', (file: string) => fs.symlinkSync('/dev/zero', file), /not a regular file \(a device\)/],
        ['a folder', (file: string) => fs.mkdirSync(file), /not a regular file \(a folder\)/],
        ['a link to nowhere', (file: string) => fs.symlinkSync('/no/such/file', file), /cannot be read: no such file or directory/],
        ['2 MB of JSON', (file: string) => fs.writeFileSync(file, `{"rules":{}, "x": "${'a'.repeat(2 * 1024 * 1024)}"}`), /is too large/],
    ])('%s: exit 2 with one line, at once', (_name, make, expected) => {
        const dir = workspace();
        make(path.join(dir, 'okr.config.json'));
        const result = okr(['check', '.'], { cwd: dir, timeout: 20_000 });
        expect(result.code, 'it must not hang').toBe(2);
        expect(expectOneLineError(result)).toMatch(expected);
    });

    it('--config /dev/zero: exit 2 at once, not gigabytes of memory', () => {
        const result = okr(['check', '.', '--config', '/dev/zero'], { cwd: workspace(), timeout: 20_000 });
        expect(result.code).toBe(2);
        expect(expectOneLineError(result)).toMatch(/invalid configuration \/dev\/zero: cannot be read: it is not a regular file \(a device\)/);
    });
});

describe('special files among the goals of a folder', () => {
    it('a pipe, a device link and a broken link are reported on themselves; the rest is checked', () => {
        const dir = workspace(GOALS.replace('owner "Dana" kr', 'kr'));
        spawnSync('mkfifo', [path.join(dir, 'pipe.okr')]);
        fs.symlinkSync('/dev/zero', path.join(dir, 'zero.okr'));
        fs.symlinkSync('/no/such/file', path.join(dir, 'gone.okr'));
        const result = okr(['check', '.', '--format', 'json', '--today', '2026-11-10'], { cwd: dir, timeout: 20_000 });
        expect(result.code).toBe(1);
        const files = Object.fromEntries(JSON.parse(result.stdout).files.map((f: { path: string; diagnostics: Array<{ code: string; message: string }> }) => [f.path, f.diagnostics]));
        expect(files['pipe.okr']).toEqual([expect.objectContaining({ code: 'syntax', message: expect.stringMatching(/cannot be read: it is not a regular file \(a named pipe\)\. It was not checked/) })]);
        expect(files['zero.okr']).toEqual([expect.objectContaining({ message: expect.stringMatching(/a device/) })]);
        expect(files['gone.okr']).toEqual([expect.objectContaining({ message: expect.stringMatching(/no such file or directory/) })]);
        expect(files['goals.okr'].map((d: { code: string }) => d.code)).toContain('missing-owner');
    });

    it('a link to /dev/zero named on the command line: exit 2 with one line', () => {
        const dir = workspace();
        fs.symlinkSync('/dev/zero', path.join(dir, 'zero.okr'));
        const result = okr(['check', 'zero.okr'], { cwd: dir, timeout: 20_000 });
        expect(result.code).toBe(2);
        expect(expectOneLineError(result)).toMatch(/zero\.okr is not a regular file or folder \(it is a device\)/);
    });
});

describe('output that cannot be written loses nothing', () => {
    it('tree -o /dev/full: exit 2 with the reason', () => {
        const result = okr(['tree', '.', '-o', '/dev/full'], { cwd: workspace() });
        expect(result.code).toBe(2);
        expect(expectOneLineError(result)).toMatch(/cannot write \/dev\/full: no space left on the device/);
    });

    it('tree -o a folder: exit 2', () => {
        const dir = workspace();
        const result = okr(['tree', '.', '-o', dir], { cwd: dir });
        expect(result.code).toBe(2);
        expect(expectOneLineError(result)).toMatch(/it is a folder/);
    });

    it.each([
        ['the file being drawn', 'goals.okr'],
        ['a link to it', 'alias.okr'],
        ['another goals file of the workspace', 'other.okr'],
    ])('tree -o %s is refused and the file is untouched', (_name, output) => {
        const dir = workspace();
        fs.symlinkSync(path.join(dir, 'goals.okr'), path.join(dir, 'alias.okr'));
        fs.writeFileSync(path.join(dir, 'other.okr'), 'team core "Core" in acme\n');
        const before = fs.readFileSync(path.join(dir, output));
        const result = okr(['tree', 'goals.okr', '-o', output], { cwd: dir });
        expect(result.code).toBe(2);
        expect(expectOneLineError(result)).toMatch(/refusing to write to .*: it is one of the \.okr files being drawn/);
        expect(fs.readFileSync(path.join(dir, output))).toEqual(before);
    });

    it('tree -o - writes to standard output, not to a file named "-"', () => {
        const dir = workspace();
        const result = okr(['tree', '.', '-o', '-', '--format', 'json'], { cwd: dir });
        expect(result.code).toBe(0);
        expect(JSON.parse(result.stdout).strategies).toEqual([]);
        expect(fs.existsSync(path.join(dir, '-'))).toBe(false);
    });

    it('fmt on a full disk leaves the file as it was and no temporary file behind', () => {
        const source = path.join(workspace(MESSY), 'goals.okr');
        // A 64 KB file system of its own (a private mount namespace): the formatted copy cannot fit beside the original.
        const big = MESSY.repeat(1).replace('okrs acme', `// ${'x'.repeat(40_000)}\nokrs acme`);
        fs.writeFileSync(source, big);
        const script = [
            'set -e', 'disk=$(mktemp -d)', 'mount -t tmpfs -o size=64k tmpfs "$disk"', `cp '${source}' "$disk/goals.okr"`,
            `set +e; '${process.execPath}' '${OKR}' fmt "$disk/goals.okr" 2>"$disk/../okr-stderr-$$"; echo "exit=$?"; set -e`,
            `cmp -s '${source}' "$disk/goals.okr" && echo same`, 'ls -A "$disk"', 'cat "$disk/../okr-stderr-$$"',
        ].join('\n');
        const run = spawnSync('unshare', ['--mount', '--map-root-user', 'sh', '-c', script], { encoding: 'utf8', timeout: 60_000 });
        expect(run.stderr, 'unshare and a tmpfs mount are needed for this test').toBe('');
        const lines = run.stdout.trim().split('\n');
        const exit = lines.findIndex(line => line.startsWith('exit='));
        expect(lines[exit]).toBe('exit=2');
        expect(lines.slice(exit + 1)).toEqual(['same', 'goals.okr', expect.stringMatching(/^okr: cannot write .*goals\.okr: no space left on the device\.$/)]);
    });
});

describe('writeFileSafely', () => {
    const nodeFs = createRequire(import.meta.url)('fs') as typeof fs;
    afterEach(() => {
        vi.restoreAllMocks();
        syncBuiltinESMExports();
    });

    it('a write that fails half-way leaves the old file whole and removes the temporary one', () => {
        const dir = workspace();
        const file = path.join(dir, 'goals.okr');
        const write = nodeFs.writeSync;
        vi.spyOn(nodeFs, 'writeSync').mockImplementation(((fd: number, data: Buffer) => {
            write(fd, Buffer.from(data).subarray(0, 10));
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        }) as unknown as typeof nodeFs.writeSync);
        syncBuiltinESMExports();
        expect(() => writeFileSafely(file, 'new text that will not fit')).toThrow(/no space left on the device/);
        expect(fs.readFileSync(file, 'utf8')).toBe(GOALS);
        expect(fs.readdirSync(dir)).toEqual(['goals.okr']);
    });

    it('a link keeps being a link; its target gets the new text', () => {
        const dir = workspace();
        fs.symlinkSync('goals.okr', path.join(dir, 'alias.okr'));
        writeFileSafely(path.join(dir, 'alias.okr'), 'new');
        expect(fs.lstatSync(path.join(dir, 'alias.okr')).isSymbolicLink()).toBe(true);
        expect(fs.readFileSync(path.join(dir, 'goals.okr'), 'utf8')).toBe('new');
    });
});

describe('fmt and line endings', () => {
    it('keeps the dominant line ending and never touches a block comment', () => {
        const text = 'company acme "Acme"\n/* a comment\r\n   across lines\r\n*/\nteam core   "Core" in acme\r\nteam ops "Ops" in acme\n';
        const dir = workspace(text);
        expect(okr(['fmt', 'goals.okr'], { cwd: dir }).code).toBe(0);
        expect(fs.readFileSync(path.join(dir, 'goals.okr'), 'utf8')).toBe('company acme "Acme"\n/* a comment\r\n   across lines\r\n*/\nteam core "Core" in acme\nteam ops "Ops" in acme\n');
    });

    it('a file mostly in CRLF stays CRLF', () => {
        const dir = workspace('company acme "Acme"\r\nteam core   "Core" in acme\r\nteam ops "Ops" in acme\n');
        okr(['fmt', 'goals.okr'], { cwd: dir });
        expect(fs.readFileSync(path.join(dir, 'goals.okr'), 'utf8')).toBe('company acme "Acme"\r\nteam core "Core" in acme\r\nteam ops "Ops" in acme\r\n');
    });
});
