/**
 * The language package's folders read as the data flow — files and text (io) → AST (grammar) →
 * model → configuration → workspace model → checks → views → editor features (lsp) → server —
 * and imports only point that way: a folder uses the ones before it, never one after. The
 * composition root (okr-module.ts, index.ts, the server's entry) may import anything; anything
 * may import the services' types and the protocol, which itself holds only types.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve('packages/language/src');
/** Each folder with its place in the flow; folders of one place may use each other. */
const LAYERS: Record<string, number> = {
    'io': 0, 'grammar': 0, 'model': 1, 'text-rules': 1, 'config': 2, 'workspace': 3, 'validation': 4, 'views': 5, 'lsp': 6, 'server': 7,
};
const COMPOSITION = new Set(['okr-module.ts', 'index.ts', 'server/main.ts']);
const ANYONE_MAY_IMPORT = new Set(['protocol.ts']);

function sources(dir = SRC): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(full);
        return entry.name.endsWith('.ts') ? [path.relative(SRC, full)] : [];
    });
}

const layerOf = (file: string) => file.split(path.sep)[0];

/** Relative imports of a file: the file each names, and whether only types are imported. */
function importsOf(file: string): Array<{ target: string; typeOnly: boolean; line: string }> {
    const text = fs.readFileSync(path.join(SRC, file), 'utf8');
    return [...text.matchAll(/^(import|export)\s+(type\s+)?[^'"]*?from\s+'(\.{1,2}\/[^']+)'/gm)].map(match => ({
        target: path.relative(SRC, path.resolve(path.dirname(path.join(SRC, file)), match[3].replace(/\.js$/, '.ts'))),
        typeOnly: !!match[2],
        line: match[0].replace(/\s+/g, ' '),
    }));
}

describe('the language package', () => {
    const files = sources();

    it('has every source file in a folder of the flow (or in the composition root)', () => {
        const stray = files.filter(file => !(layerOf(file) in LAYERS) && !COMPOSITION.has(file) && !ANYONE_MAY_IMPORT.has(file));
        expect(stray).toEqual([]);
    });

    it('imports only along the flow', () => {
        const against: string[] = [];
        for (const file of files) {
            if (COMPOSITION.has(file)) continue;
            const from = LAYERS[layerOf(file)] ?? -1;
            for (const { target, typeOnly, line } of importsOf(file)) {
                if (ANYONE_MAY_IMPORT.has(target) || (typeOnly && (target === 'okr-module.ts' || ANYONE_MAY_IMPORT.has(file)))) continue;
                const to = LAYERS[layerOf(target)];
                if (to === undefined || to > from) against.push(`${file}: ${line}`);
            }
        }
        expect(against).toEqual([]);
    });

    it('is checked by this test at all: a layer that imports a later one is caught', () => {
        // The test's own reading of an import, on a made-up line, so a change in its pattern cannot pass silently.
        const line = "import { OkrHoverProvider } from '../lsp/okr-hover-provider.js';";
        const match = /^(import|export)\s+(type\s+)?[^'"]*?from\s+'(\.{1,2}\/[^']+)'/m.exec(line);
        expect(match?.[3]).toBe('../lsp/okr-hover-provider.js');
        expect(LAYERS.lsp).toBeGreaterThan(LAYERS.model);
    });
});
