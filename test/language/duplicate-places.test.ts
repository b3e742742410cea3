/**
 * A duplicate-ID message names the other places where the ID is declared, in the order of their
 * files, whatever order the workspace read (or an editor re-read) them in: an edited workspace
 * says what a fresh build of it says.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnose } from './diagnose.js';

const files = ['a.okr', 'b.okr', 'c.okr'].map(name => ({ name, text: `company acme "Acme" { lead "Dana" }\n` }));
const messageOf = (diagnostics: Map<string, Diagnostic[]>, name: string) => diagnostics.get(name)!.find(d => d.code === 'duplicate-id')!.message;

describe('the places a duplicate-ID message names', () => {
    it.each([[0, 1, 2], [2, 1, 0], [1, 2, 0]])('files read in the order %i, %i, %i', async (...order) => {
        const diagnostics = await diagnose(order.map(index => files[index]), '2026-11-10');
        expect(messageOf(diagnostics, 'a.okr')).toContain('also used 2 more times, at b.okr:1, c.okr:1.');
        expect(messageOf(diagnostics, 'b.okr')).toContain('also used 2 more times, at a.okr:1, c.okr:1.');
        expect(messageOf(diagnostics, 'c.okr')).toContain('also used 2 more times, at a.okr:1, b.okr:1.');
    });
});
