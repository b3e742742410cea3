/**
 * The bundles are self-contained, so the licenses of the npm packages inside them ship beside
 * them: THIRD_PARTY_NOTICES.md in the okr-lang tarball, the .vsix and the action's folder.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { noticesFor, SHIPPED } from '../../scripts/third-party-notices.mjs';
import { REPO } from '../cli/run-okr.js';

/** Packages every bundle is built on (the action runs no language server). */
const FOUNDATIONS = ['langium', 'chevrotain', 'vscode-languageserver'];

describe.each(SHIPPED)('$notices', shipped => {
    it("is what the sources bundle today (`npm run build` writes the packages' copies; `npm run build:action` the action's, to commit)", async () => {
        const file = path.join(REPO, shipped.notices);
        expect(fs.existsSync(file), `${shipped.notices} is missing`).toBe(true);
        expect(fs.readFileSync(file, 'utf8')).toBe(await noticesFor(shipped));
    });

    it('names each bundled package with its version, license and license text', async () => {
        const text = await noticesFor(shipped);
        const sections = text.split(/^## /m).slice(1);
        for (const name of FOUNDATIONS) {
            if (name === 'vscode-languageserver' && shipped.notices.startsWith('action/')) continue;
            expect(sections.some(section => section.startsWith(`${name}@`)), `${name} is bundled but not named`).toBe(true);
        }
        for (const section of sections) {
            expect(section, section.split('\n')[0]).toMatch(/^\S+@\d+\.\d+\.\d+\S*\n\nLicense: \S+/);
            expect(section, section.split('\n')[0]).toMatch(/```text\n[\s\S]*(permission|licen[cs]e)[\s\S]*\n```/i);
        }
    });
});
