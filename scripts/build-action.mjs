// Bundles the GitHub Action (packages/cli/src/action/main.ts) into action/dist/index.cjs.
// GitHub runs an action from a checkout of this repository without installing anything, so
// the bundle is committed; test/action/bundle.test.ts fails when it differs from a fresh
// build. Run `npm run build:action` after changing the CLI or the language, and commit.
// usage: node scripts/build-action.mjs [--check]   (--check: exit 1 if the committed bundle is stale)
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { alias } from './bundle-options.mjs';
import { noticesFor, SHIPPED, writeNotices } from './third-party-notices.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ACTION_BUNDLE = path.join(repo, 'action/dist/index.cjs');

/** The bundle's text, built in memory. */
export async function buildActionBundle() {
    const result = await esbuild.build({
        entryPoints: [path.join(repo, 'packages/cli/src/action/main.ts')],
        absWorkingDir: repo,
        platform: 'node', target: 'node20', format: 'cjs', bundle: true, minify: true, write: false, logLevel: 'warning',
        legalComments: 'none',
        alias,
        // Langium's ESM sources use import.meta.url; the CJS bundle needs a stand-in.
        define: { 'import.meta.url': 'importMetaUrl' },
        banner: { js: "// Built by scripts/build-action.mjs from packages/cli/src/action/main.ts. Do not edit.\nconst importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    });
    return result.outputFiles[0].text;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    const text = await buildActionBundle();
    if (process.argv.includes('--check')) {
        const current = fs.existsSync(ACTION_BUNDLE) ? fs.readFileSync(ACTION_BUNDLE, 'utf8') : '';
        if (current !== text) {
            console.error('action/dist/index.cjs is stale: run `npm run build:action` and commit it.');
            process.exit(1);
        }
    } else {
        fs.mkdirSync(path.dirname(ACTION_BUNDLE), { recursive: true });
        fs.writeFileSync(ACTION_BUNDLE, text);
        for (const shipped of SHIPPED.filter(artifact => artifact.committed)) writeNotices(shipped, await noticesFor(shipped));
        console.log(`built ${path.relative(repo, ACTION_BUNDLE)} (${(text.length / 1024).toFixed(0)} KB)`);
    }
}
