/**
 * Every diagnostic code fires where an annotated fixture says `expect: code`, and nowhere
 * else in that fixture (its near-misses). See test/fixtures/diagnostics/README.md.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import { ALL_CODES } from 'okr-language';
import { buildWorkspace, type WorkspaceFile } from './diagnose.js';

const FIXTURES = path.resolve('test/fixtures/diagnostics');
const CODES = String.raw`([a-z-]+(?:\s*,\s*[a-z-]+)*)`;
const EXPECT = new RegExp(String.raw`\bexpect: ${CODES}`);
const NEAR_MISS = new RegExp(String.raw`\bnear-miss: ${CODES}`);

function loadCase(entry: string): WorkspaceFile[] {
    const full = path.join(FIXTURES, entry);
    const names = fs.statSync(full).isDirectory() ? fs.readdirSync(full).filter(n => n.endsWith('.okr')).sort().map(n => path.join(entry, n)) : [entry];
    return names.map(name => ({ name, text: fs.readFileSync(path.join(FIXTURES, name), 'utf8') }));
}

const header = (files: WorkspaceFile[], key: string) =>
    files.map(f => new RegExp(`^// ${key}: (.*)$`, 'm').exec(f.text)?.[1]).find(Boolean) ?? '';

const codeList = (text: string) => text.split(/[\s,]+/).map(c => c.trim()).filter(Boolean);

/** `line: code` for every `expect:` (or `near-miss:`) annotation of a file, numbered from 1. */
const annotations = (text: string, pattern = EXPECT) => text.split('\n').flatMap((line, index) => {
    const match = pattern.exec(line);
    return match ? codeList(match[1]).map(code => `${index + 1}: ${code}`) : [];
});

/**
 * What a message must mention: the text it is placed on (an ID, a title, a date, a value), or
 * the ID or title of the element around it (a KR placed on its `kr` keyword).
 */
function mentions(document: LangiumDocument, diagnostic: Diagnostic): string[] {
    const placed = document.textDocument.getText(diagnostic.range).replace(/^"|"$/g, '');
    const leaf = CstUtils.findLeafNodeAtOffset(document.parseResult.value.$cstNode!, document.textDocument.offsetAt(diagnostic.range.start));
    type Named = AstNode & { name?: string; title?: string };
    const named = leaf && AstUtils.getContainerOfType(leaf.astNode, (node: AstNode): node is Named => 'name' in node || 'title' in node);
    return [placed === 'kr' ? undefined : placed, named?.name, named?.title].filter((m): m is string => !!m);
}

const cases = fs.readdirSync(FIXTURES).filter(entry => entry.endsWith('.okr') || fs.statSync(path.join(FIXTURES, entry)).isDirectory()).sort();

describe('annotated fixtures', () => {
    it.each(cases)('%s', async (entry) => {
        const files = loadCase(entry);
        const checked = new Set(codeList(header(files, 'checks')));
        expect(checked.size, 'fixture needs a `// checks:` header').toBeGreaterThan(0);
        const documents = await buildWorkspace(files, header(files, 'today') || '2026-11-10');
        for (const file of files) {
            const document = documents.get(file.name)!;
            const diagnostics = (document.diagnostics ?? []).filter(d => checked.has(String(d.code)));
            const actual = diagnostics.map(d => `${d.range.start.line + 1}: ${d.code}`);
            expect(actual.sort(), file.name).toEqual(annotations(file.text).sort());
            // A near-miss only proves something about a code the fixture checks.
            const unchecked = annotations(file.text, NEAR_MISS).filter(entry => !checked.has(entry.split(': ')[1]));
            expect(unchecked, `${file.name}: near-miss of a code missing from \`// checks:\``).toEqual([]);
            for (const diagnostic of diagnostics) {
                const where = `${file.name}:${diagnostic.range.start.line + 1} ${diagnostic.code}: ${diagnostic.message}`;
                // What is wrong and what to do instead: at least two sentences' worth.
                expect(diagnostic.message.length, where).toBeGreaterThan(40);
                // Placed on a name, keyword, value or date: never a whole block.
                expect(diagnostic.range.end.line, where).toBe(diagnostic.range.start.line);
                if (diagnostic.code === 'syntax' || diagnostic.code === 'unused-suppression') continue;
                const names = mentions(document, diagnostic);
                expect(names.some(name => diagnostic.message.includes(name)), `${where}\nshould mention one of ${JSON.stringify(names)}`).toBe(true);
            }
        }
    });

    it('cover every diagnostic code: each fires somewhere and has a near-miss where it must not', () => {
        const annotated = (pattern: RegExp) => new Set(cases.flatMap(entry => loadCase(entry))
            .flatMap(file => annotations(file.text, pattern).map(entry => entry.split(': ')[1])));
        const fired = annotated(EXPECT);
        const nearMisses = annotated(NEAR_MISS);
        // `stale-baseline` compares a file with a baseline file, outside one build: test/cli/baseline.test.ts covers it.
        const annotatable = ALL_CODES.filter(code => code !== 'stale-baseline');
        expect(annotatable.filter(code => !fired.has(code)), 'codes without an `expect:`').toEqual([]);
        expect(annotatable.filter(code => !nearMisses.has(code)), 'codes without a `near-miss:`').toEqual([]);
    });
});
