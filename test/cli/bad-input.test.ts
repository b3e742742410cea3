/**
 * Bad input never crashes okr: it exits 2 with one clear line, or reports a diagnostic.
 * Each case is built in a temporary folder.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, expectOneLineError, okr, OKR, tempDir } from './run-okr.js';

const KPI_WITHOUT_RANGE = 'company acme_bad "Acme" { lead "Dana Reyes" }\nkpis acme_bad {\n  kpi bad_kpi "Bad KPI" {\n    owner "Dana Reyes"\n    definition "Something"\n    cadence weekly\n  }\n}\n';

let dir: string;
const at = (...parts: string[]) => path.join(dir, ...parts);
const json = (args: string[]) => {
    const result = okr([...args, '--format', 'json', '--today', '2026-11-10'], { cwd: dir });
    return { ...result, report: result.stdout ? JSON.parse(result.stdout) : undefined };
};
const codes = (report: { files: Array<{ diagnostics: Array<{ code: string }> }> }) => report.files.flatMap(f => f.diagnostics.map(d => d.code));

beforeAll(async () => {
    await ensureCliBuilt();
    dir = tempDir();
    fs.mkdirSync(at('binaries'));
    fs.writeFileSync(at('binaries', 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]));
    fs.writeFileSync(at('binaries', 'tool.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    fs.mkdirSync(at('binary-okr'));
    fs.writeFileSync(at('binary-okr', 'goals.okr'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    fs.writeFileSync(at('latin1.okr'), Buffer.from('company caf\xe9 "Caf\xe9" {}\n', 'latin1'));
    fs.writeFileSync(at('huge.okr'), 'strategy s "x"\n'.repeat(Math.ceil((10 * 1024 * 1024) / 15)));
    fs.writeFileSync(at('garbage.okr'), Array.from({ length: 20_000 }, (_, i) => '{}"=#@!okr 12 kr'[(i * 31) % 16]).join(''));
    fs.mkdirSync(at('loop', 'inner'), { recursive: true });
    fs.writeFileSync(at('loop', 'inner', 'goals.okr'), KPI_WITHOUT_RANGE);
    fs.symlinkSync('..', at('loop', 'inner', 'up'));
    fs.symlinkSync('self.okr', at('self.okr'));
    fs.mkdirSync(at('folder.okr'));
    execFileSync('mkfifo', [at('pipe.okr')]);
    fs.mkdirSync(at('lf'));
    fs.writeFileSync(at('lf', 'lf.okr'), KPI_WITHOUT_RANGE);
    fs.mkdirSync(at('crlf'));
    fs.writeFileSync(at('crlf', 'crlf.okr'), KPI_WITHOUT_RANGE.replace(/\n/g, '\r\n'));
    fs.mkdirSync(at('bom'));
    fs.writeFileSync(at('bom', 'bom.okr'), '\uFEFF' + KPI_WITHOUT_RANGE);
    fs.mkdirSync(at('skipped', 'node_modules', 'pkg'), { recursive: true });
    fs.mkdirSync(at('skipped', '.hidden'));
    fs.writeFileSync(at('skipped', 'node_modules', 'pkg', 'x.okr'), 'this is not okr');
    fs.writeFileSync(at('skipped', '.hidden', 'x.okr'), 'this is not okr');
    fs.writeFileSync(at('skipped', '.draft.okr'), 'company acme_draft "Draft"\n');
    fs.writeFileSync(at('skipped', 'goals.okr'), KPI_WITHOUT_RANGE.replace(/acme_bad/g, 'acme_skip').replace('bad_kpi', 'skip_kpi'));
    fs.mkdirSync(at('many'));
    const objectives = Array.from({ length: 2000 }, (_, i) => `  objective many_${i} "Make objective ${i} count" {\n    owner "Ann Lee"\n    kr "Raise the count" from 0 to 10\n  }`);
    fs.writeFileSync(at('many', 'many.okr'), `company many_co "Many" { lead "Ann Lee" }\nokrs many_co 2026-Q4 {\n${objectives.join('\n')}\n}\n`);
    fs.mkdirSync(at('bad-config'));
    fs.writeFileSync(at('bad-config', 'okr.config.json'), '{ "rules": ');
    fs.writeFileSync(at('bad-config', 'goals.okr'), KPI_WITHOUT_RANGE);
}, 180_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('bad input', () => {
    it.each([
        ['a missing path', ['check', 'missing.okr'], 'missing.okr: no such file or directory'],
        ['a folder with binaries and no .okr file', ['check', 'binaries'], 'no .okr files found in binaries'],
        ['a symbolic link that points to itself', ['check', 'self.okr'], 'self.okr: too many levels of symbolic links'],
        ['a folder named like an .okr file', ['check', 'folder.okr'], 'no .okr files found in folder.okr'],
        ['a named pipe named like an .okr file', ['check', 'pipe.okr'], 'pipe.okr is not a regular file'],
        ['an okr.config.json that is not JSON', ['check', 'bad-config'], 'bad-config/okr.config.json: is not valid JSON'],
        ['a missing path for score', ['score', 'missing.okr'], 'missing.okr'],
        ['a missing path for tree', ['tree', 'missing.okr'], 'missing.okr'],
        ['a missing path for fmt', ['fmt', 'missing.okr'], 'missing.okr'],
    ])('%s: exit 2 and one line', (_case, args, message) => {
        const result = okr(args, { cwd: dir });
        expect(result.code).toBe(2);
        expect(expectOneLineError(result)).toContain(message);
    });

    it('an unreadable file: exit 2 and one line', () => {
        fs.writeFileSync(at('secret.okr'), KPI_WITHOUT_RANGE);
        fs.chmodSync(at('secret.okr'), 0o000);
        fs.chmodSync(dir, 0o755);
        // root reads any file, so as root the check runs as the unprivileged user "nobody".
        const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
        const result = okr(['check', at('secret.okr')], { cwd: os.tmpdir(), ...asNobody });
        expect(result.code).toBe(2);
        expect(expectOneLineError(result)).toContain('secret.okr: permission denied');
    });

    it('an .okr file with binary content gets one syntax diagnostic', () => {
        const { code, report } = json(['check', 'binary-okr']);
        expect(code).toBe(1);
        expect(report.files[0].diagnostics).toEqual([
            expect.objectContaining({ line: 1, column: 1, severity: 'error', code: 'syntax', message: expect.stringMatching(/not text/) }),
        ]);
    });

    it('an .okr file that is not UTF-8 gets one syntax diagnostic', () => {
        const { code, report } = json(['check', 'latin1.okr']);
        expect(code).toBe(1);
        expect(report.files[0].diagnostics).toEqual([expect.objectContaining({ code: 'syntax', message: expect.stringMatching(/not UTF-8/) })]);
    });

    it('a 10 MB file gets one clear diagnostic instead of minutes of work', () => {
        const { code, report } = json(['check', 'huge.okr']);
        expect(code).toBe(1);
        expect(report.files[0].diagnostics).toEqual([expect.objectContaining({ code: 'syntax', message: expect.stringMatching(/too large .*10\.0 MB/) })]);
    });

    it('a file of garbage reports the first 100 syntax errors and how many more there are', () => {
        const { code, report } = json(['check', 'garbage.okr']);
        expect(code).toBe(1);
        const diagnostics = report.files[0].diagnostics;
        expect(diagnostics).toHaveLength(101);
        expect(diagnostics.every((d: { code: string }) => d.code === 'syntax')).toBe(true);
        expect(diagnostics[100].message).toMatch(/^\d+ more syntax errors/);
    });

    it('a symbolic link loop in a folder is followed once', () => {
        const { code, report } = json(['check', 'loop']);
        expect(code).toBe(0);
        expect(report.files.map((f: { path: string }) => f.path)).toEqual([path.join('loop', 'inner', 'goals.okr')]);
        expect(codes(report)).toEqual(['kpi-missing-range']);
    });

    it('CRLF line endings and a byte-order mark do not move diagnostics', () => {
        const positions = (file: string) => json(['check', file]).report.files[0].diagnostics.map((d: object) => JSON.stringify(d));
        const expected = positions('lf/lf.okr');
        expect(expected).toEqual([JSON.stringify({
            line: 3, column: 7, endLine: 3, endColumn: 14, severity: 'warning', code: 'kpi-missing-range', message: JSON.parse(expected[0]).message,
            url: 'https://github.com/okr-lang/okr-lang/blob/main/docs/rules/kpi-missing-range.md',
        })]);
        expect(positions('crlf/crlf.okr')).toEqual(expected);
        expect(positions('bom/bom.okr')).toEqual(expected);
    });

    it('a reader that stops early (okr score | head) ends okr quietly', async () => {
        const child = spawn(process.execPath, [OKR, 'score', 'many'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', chunk => (stderr += chunk));
        child.stdout.once('data', () => child.stdout.destroy());
        const code = await new Promise(resolve => child.on('close', resolve));
        expect(stderr).toBe('');
        expect(code).toBe(0);
    });

    it('folders skip node_modules and dot-folders, not dot-files', () => {
        const { report } = json(['check', 'skipped']);
        expect(report.files.map((f: { path: string }) => f.path)).toEqual([path.join('skipped', '.draft.okr'), path.join('skipped', 'goals.okr')]);
    });
});
