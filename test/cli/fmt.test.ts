/** `okr fmt` as a black box: --check, writing in place, line endings, BOM, syntax errors. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, okr, REPO, tempDir } from './run-okr.js';

const MESSY = 'company   fmt_co "Fmt Co"   {lead "Ada Obi"}\nkpis fmt_co {\nkpi fmt_kpi "Uptime" {\nowner "Ada Obi"\n      cadence weekly}\n}\n';
const BROKEN = 'company fmt_broken "Broken" {\n  kpis {\n';

let dir: string;
const at = (name: string) => path.join(dir, name);
const fmt = (...args: string[]) => okr(['fmt', ...args], { cwd: dir });
/** The text without any whitespace: formatting may only change whitespace. */
const tokens = (text: string) => text.replace(/\s+/g, '');

beforeAll(async () => {
    await ensureCliBuilt();
    dir = tempDir();
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
    fs.mkdirSync(at(name));
    for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(at(name), file), text);
    return name;
}

describe('okr fmt', () => {
    it('--check lists the files that would change, exits 1 and writes nothing', () => {
        folder('check', { 'messy.okr': MESSY });
        const result = fmt('--check', 'check');
        expect(result).toMatchObject({ code: 1, stdout: `${path.join('check', 'messy.okr')}\n` });
        expect(fs.readFileSync(at('check/messy.okr'), 'utf8')).toBe(MESSY);
    });

    it('formats in place, changing only whitespace; then --check passes', () => {
        folder('write', { 'messy.okr': MESSY });
        expect(fmt('write').code).toBe(0);
        const formatted = fs.readFileSync(at('write/messy.okr'), 'utf8');
        expect(formatted).not.toBe(MESSY);
        expect(tokens(formatted)).toBe(tokens(MESSY));
        expect(fmt('--check', 'write')).toMatchObject({ code: 0, stdout: '' });
    });

    it('the bundled examples are formatted', () => {
        expect(okr(['fmt', '--check', 'examples'], { cwd: REPO })).toMatchObject({ code: 0, stdout: '' });
    });

    it('keeps CRLF line endings and a byte-order mark', () => {
        folder('endings', { 'crlf.okr': MESSY.replace(/\n/g, '\r\n'), 'bom.okr': `\uFEFF${MESSY.replace(/fmt_/g, 'bom_')}` });
        expect(fmt('endings').code).toBe(0);
        const crlf = fs.readFileSync(at('endings/crlf.okr'), 'utf8');
        expect(crlf).toContain('\r\n');
        expect(crlf.replace(/\r\n/g, '')).not.toContain('\n');
        const bom = fs.readFileSync(at('endings/bom.okr'), 'utf8');
        expect(bom.startsWith('\uFEFF')).toBe(true);
        expect(bom.indexOf('\uFEFF', 1)).toBe(-1);
        expect(fmt('--check', 'endings').code).toBe(0);
    });

    it('never writes a file with syntax errors: reports it and exits 1', () => {
        folder('broken', { 'broken.okr': BROKEN, 'messy.okr': MESSY });
        const result = fmt('broken');
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(/^okr: broken[/\\]broken\.okr: not formatted, it has a syntax error at 2:3: /);
        expect(fs.readFileSync(at('broken/broken.okr'), 'utf8')).toBe(BROKEN);
        expect(fs.readFileSync(at('broken/messy.okr'), 'utf8')).not.toBe(MESSY);
    });
});
