/**
 * The parser stops at the 100th syntax error (packages/language/src/grammar/syntax-error-limit.ts):
 * up to 100 errors are all reported; past that the file is checked up to the 100th, one more
 * diagnostic says where parsing stopped, and nothing after it is reported. The CLI and the
 * editor say the same.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, okr, tempDir } from '../cli/run-okr.js';
import { fileUri, LspClient } from '../support/lsp-client.mjs';

const STOPPED = /^Too many syntax errors: okr stops parsing a file after 100, so nothing from here to the end of the file is checked\./;

/** A unit with one owner-less objective before `broken` broken lines (one syntax error each) and one after. */
function goals(broken: number): string {
    const lines = ['company acme "Acme" { lead "Dana" }', 'okrs acme 2026-Q4 {', '  objective first "Grow first" { kr "Raise revenue to $2M" from 1 to 2 }'];
    for (let i = 0; i < broken; i++) lines.push(`  objective b${i} "Broken" { kr "Raise it" from 1 to }`);
    lines.push('  objective last "Grow last" { kr "Raise revenue to $3M" from 1 to 2 }', '}');
    return lines.join('\n') + '\n';
}

let dir: string;
beforeAll(async () => {
    await ensureCliBuilt();
    dir = tempDir('okr-syntax-limit-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface CliDiagnostic { line: number; code: string; message: string }

function check(text: string): CliDiagnostic[] {
    const file = path.join(dir, 'goals.okr');
    fs.writeFileSync(file, text);
    const result = okr(['check', file, '--format', 'json', '--today', '2026-11-10']);
    expect(result.code).toBe(1);
    return JSON.parse(result.stdout).files[0].diagnostics;
}

const ownerless = (diagnostics: CliDiagnostic[]) => diagnostics.filter(d => d.code === 'missing-owner').map(d => /"(\w+)"/.exec(d.message)![1]);

describe('the syntax error limit', () => {
    it.each([
        { broken: 10, errors: 10, stops: false },
        { broken: 99, errors: 99, stops: false },
        { broken: 400, errors: 100, stops: true },
    ])('$broken broken lines: $errors errors reported, stopped: $stops', ({ broken, errors, stops }) => {
        const diagnostics = check(goals(broken));
        const syntax = diagnostics.filter(d => d.code === 'syntax');
        const stopped = syntax.filter(d => STOPPED.test(d.message));
        expect(syntax.length - stopped.length).toBe(errors);
        expect(stopped).toHaveLength(stops ? 1 : 0);
        // What comes before the stop is checked; what comes after is not.
        expect(ownerless(diagnostics)).toContain('first');
        expect(ownerless(diagnostics).includes('last')).toBe(!stops);
        if (stops) {
            expect(syntax.at(-1)).toBe(stopped[0]);
            expect(stopped[0].line).toBe(syntax.at(-2)!.line);
        }
    });

    it('the editor shows the same errors and where parsing stopped', async () => {
        const text = goals(400);
        const cli = check(text).filter(d => d.code === 'syntax');
        const server = await LspClient.start({ settings: { okr: { today: '2026-11-10' } } });
        try {
            const uri = fileUri(path.join(dir, 'open.okr'));
            server.open(uri, text);
            const diagnostics = await server.waitForDiagnostics(uri, found => found.some(d => d.code === 'syntax'), 60_000);
            const syntax = diagnostics.filter(d => d.code === 'syntax');
            expect(syntax.map(d => `${d.range.start.line + 1} ${d.message}`)).toEqual(cli.map(d => `${d.line} ${d.message}`));
            expect(STOPPED.test(syntax.at(-1)!.message)).toBe(true);
        } finally {
            await server.stop();
        }
    });
});
