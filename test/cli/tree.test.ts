/** `okr tree` as a black box: text, Mermaid, JSON and HTML, --cycle, -o. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, expectOneLineError, okr, REPO, tempDir } from './run-okr.js';

const TREE = 'test/cli/fixtures/tree';
const tree = (...args: string[]) => okr(['tree', TREE, '--today', '2026-11-10', ...args]);
let out: string;

beforeAll(async () => {
    await ensureCliBuilt();
    out = tempDir();
}, 180_000);
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe('okr tree', () => {
    it('draws the cycle containing today as an indented tree, unaligned objectives last', () => {
        const result = tree();
        expect(result.code).toBe(0);
        const lines = result.stdout.split('\n');
        expect(lines[0]).toBe('Alignment tree for 2026-Q4 (today 2026-11-10)');
        const indent = (id: string) => lines.find(line => line.includes(`${id}: `))!.search(/[a-z]/);
        const row = (id: string) => lines.findIndex(line => line.includes(`${id}: `));
        expect(lines[row('tstrat')]).toBe('strategy tstrat: Be <b>bold</b> & "loud"');
        expect(row('tstrat')).toBeLessThan(row('tco_top'));
        expect(row('tco_top')).toBeLessThan(row('tdept_mid'));
        expect(row('tdept_mid')).toBeLessThan(row('tteam_leaf'));
        expect(indent('tco_top')).toBeLessThan(indent('tdept_mid'));
        expect(indent('tdept_mid')).toBeLessThan(indent('tteam_leaf'));
        expect(lines[row('tco_top')]).toContain('[Tree & Co · Fay Ito · 0.5 (50%) · yellow · on-track]');
        expect(lines[row('tco_top') + 1]).toMatch(/KR Raise weekly active teams {2}50% \(150 → 200\)$/);
        expect(lines.indexOf('unaligned')).toBeGreaterThan(row('tteam_leaf'));
        expect(row('tteam_orphan')).toBeGreaterThan(lines.indexOf('unaligned'));
        expect(result.stdout).not.toContain('tco_old');
    });

    it('--cycle draws another cycle', () => {
        const result = tree('--cycle', '2026-Q3');
        expect(result.stdout).toContain('tco_old: Finish the summer migration');
        expect(result.stdout).not.toContain('tco_top');
    });

    it('an unknown --cycle is a usage error', () => {
        const result = tree('--cycle', '2031-Q1');
        expect(result.code).toBe(2);
        expect(expectOneLineError(result)).toContain('(cycles: 2026-Q3, 2026-Q4)');
    });

    it('--format json prints the alignment tree', () => {
        const data = JSON.parse(tree('--format', 'json').stdout);
        expect(data.cycle).toBe('2026-Q4');
        expect(data.cycles).toEqual(['2026-Q3', '2026-Q4']);
        const top = data.strategies[0].children[0];
        expect([top.id, top.children[0].id, top.children[0].children[0].id]).toEqual(['tco_top', 'tdept_mid', 'tteam_leaf']);
        expect(top.title).toBe('Top "quoted" <img src=x onerror=alert(1)>');
        expect(data.unaligned.map((o: { id: string }) => o.id)).toEqual(['tteam_orphan']);
    });

    it('--format mermaid prints a flowchart with escaped labels and one edge per alignment', () => {
        const text = tree('--format', 'mermaid').stdout;
        const lines = text.trimEnd().split('\n');
        expect(lines[0]).toBe('flowchart TD');
        expect(lines.filter(line => line.includes('-->'))).toHaveLength(3);
        const top = lines.find(line => line.includes('tco_top'))!;
        expect(top).toMatch(/^ {2}o\d+\["tco_top: Top #34;quoted#34; #60;img src=x onerror=alert\(1\)#62;<br\/>Tree #38; Co · 0\.5 \(50#37;\) · on-track"\]$/);
        // Inside every label, no raw quote or angle bracket except the line break Mermaid understands.
        for (const label of text.matchAll(/\["(.*)"\]/g)) expect(label[1].replace(/<br\/>/g, '')).not.toMatch(/["<>]/);
        expect(text).toMatch(/subgraph unaligned\["Unaligned"\]\n {4}o\d+\["tteam_orphan/);
        expect(text).toMatch(/class o\d+ yellow/);
    });

    it('-o writes to a file and prints nothing', () => {
        const file = path.join(out, 'tree.json');
        const result = tree('--format', 'json', '-o', file);
        expect(result).toMatchObject({ code: 0, stdout: '' });
        expect(JSON.parse(fs.readFileSync(file, 'utf8')).cycle).toBe('2026-Q4');
    });

    it('-o into a folder that does not exist is an I/O error', () => {
        const result = tree('-o', path.join(out, 'missing', 'tree.txt'));
        expect(result.code).toBe(2);
        expect(expectOneLineError(result)).toContain('no such file or directory');
    });

    it('--format html renders the preview as one self-contained page, or says why it cannot', () => {
        const previewIndex = path.join(REPO, 'packages/preview/src/index.ts');
        const hasRenderer = fs.existsSync(previewIndex) && /export\s+(async\s+)?function\s+renderStandaloneHtml|export\s*\{[^}]*renderStandaloneHtml/.test(fs.readFileSync(previewIndex, 'utf8'));
        const result = tree('--format', 'html');
        if (hasRenderer) {
            expect(result.code).toBe(0);
            expect(result.stdout).toMatch(/^<!doctype html>/i);
            expect(result.stdout).not.toContain('<img src=x onerror=alert(1)>');
            expect(result.stdout).not.toMatch(/<(script|link|img)[^>]+(src|href)="https?:/);
        } else {
            expect(result.code).toBe(2);
            expect(expectOneLineError(result)).toContain('renderStandaloneHtml');
        }
    });
});
