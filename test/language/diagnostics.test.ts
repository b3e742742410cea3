/**
 * Every diagnostic code fires where an annotated fixture says `expect: code`, and nowhere
 * else in that fixture (its near-misses). See test/fixtures/diagnostics/README.md.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CODES } from 'okr-language';
import { diagnose, type WorkspaceFile } from './diagnose.js';

const FIXTURES = path.resolve('test/fixtures/diagnostics');

function loadCase(entry: string): WorkspaceFile[] {
    const full = path.join(FIXTURES, entry);
    const names = fs.statSync(full).isDirectory() ? fs.readdirSync(full).filter(n => n.endsWith('.okr')).sort().map(n => path.join(entry, n)) : [entry];
    return names.map(name => ({ name, text: fs.readFileSync(path.join(FIXTURES, name), 'utf8') }));
}

const header = (files: WorkspaceFile[], key: string) =>
    files.map(f => new RegExp(`^// ${key}: (.*)$`, 'm').exec(f.text)?.[1]).find(Boolean) ?? '';

const codeList = (text: string) => text.split(/[\s,]+/).map(c => c.trim()).filter(Boolean);

const cases = fs.readdirSync(FIXTURES).filter(entry => entry.endsWith('.okr') || fs.statSync(path.join(FIXTURES, entry)).isDirectory()).sort();

describe('annotated fixtures', () => {
    it.each(cases)('%s', async (entry) => {
        const files = loadCase(entry);
        const checked = new Set(codeList(header(files, 'checks')));
        expect(checked.size, 'fixture needs a `// checks:` header').toBeGreaterThan(0);
        const results = await diagnose(files, header(files, 'today') || '2026-11-10');
        for (const file of files) {
            const expected = file.text.split('\n').flatMap((line, index) => {
                const match = /expect: ([\w\s,-]+?)\s*$/.exec(line);
                return match ? codeList(match[1]).map(code => `${index + 1}: ${code}`) : [];
            });
            const actual = (results.get(file.name) ?? [])
                .filter(d => checked.has(String(d.code)))
                .map(d => `${d.range.start.line + 1}: ${d.code}`);
            expect(actual.sort(), file.name).toEqual(expected.sort());
            for (const diagnostic of results.get(file.name) ?? []) {
                expect(diagnostic.message.length, `${diagnostic.code} message`).toBeGreaterThan(30);
            }
        }
    });

    it('cover every diagnostic code, each firing somewhere', () => {
        const fired = new Set(cases.flatMap(entry => loadCase(entry).flatMap(f => [...f.text.matchAll(/expect: ([\w\s,-]+?)\s*$/gm)].flatMap(m => codeList(m[1])))));
        expect(ALL_CODES.filter(code => !fired.has(code))).toEqual([]);
    });
});
