/**
 * GitHub runs the action from a checkout of this repository, with nothing installed: the
 * committed bundle must be self-contained and exactly what the sources build today.
 */
import * as fs from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildActionBundle } from '../../scripts/build-action.mjs';
import { REPO } from '../cli/run-okr.js';
import { ACTION_BUNDLE } from './run-action.js';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

interface ActionManifest { runs: { using: string; main: string }; inputs: Record<string, { required?: boolean; default?: string }>; outputs: Record<string, unknown> }
const manifest = yaml.load(fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as ActionManifest;

describe('action.yml', () => {
    it('runs the committed bundle on node20, with the documented inputs and outputs', () => {
        expect(manifest.runs).toEqual({ using: 'node20', main: 'action/dist/index.cjs' });
        expect(path.join(REPO, manifest.runs.main)).toBe(ACTION_BUNDLE);
        expect(Object.keys(manifest.inputs)).toEqual(['paths', 'max-warnings', 'today', 'config', 'sarif-file', 'diff', 'diff-base']);
        expect(Object.values(manifest.inputs).every(input => input.required === false)).toBe(true);
        expect(Object.keys(manifest.outputs)).toEqual(['errors', 'warnings']);
    });
});

describe('action/dist/index.cjs', () => {
    it('is what scripts/build-action.mjs builds from the current sources (run `npm run build:action` and commit it)', async () => {
        const fresh = await buildActionBundle();
        const committed = fs.readFileSync(ACTION_BUNDLE, 'utf8');
        expect(committed === fresh, 'action/dist/index.cjs is stale: run `npm run build:action` and commit it').toBe(true);
    }, 60_000);

    it('needs nothing but Node: every require names a built-in module', () => {
        const text = fs.readFileSync(ACTION_BUNDLE, 'utf8');
        const required = [...text.matchAll(/\brequire\(["'`]([^"'`]+)["'`]\)/g)].map(match => match[1]);
        expect(required.length).toBeGreaterThan(0);
        const builtin = new Set([...builtinModules, ...builtinModules.map(name => `node:${name}`)]);
        expect(required.filter(name => !builtin.has(name))).toEqual([]);
    });
});
