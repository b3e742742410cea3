// Bundles every runnable piece with esbuild: the CLI, the language server (standalone and
// inside the extension), the VS Code client, and the preview's webview script.
// Entries whose source does not exist yet are skipped, so a partial checkout still builds.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { alias, cliMainOptions } from './bundle-options.mjs';

/** `import text from './file?raw'` (as in Vite/vitest): the file's text, for the standalone preview page. */
const rawText = {
    name: 'raw-text',
    setup(build) {
        build.onResolve({ filter: /\?raw$/ }, args => ({ path: path.resolve(args.resolveDir, args.path.replace(/\?raw$/, '')), namespace: 'raw' }));
        build.onLoad({ filter: /.*/, namespace: 'raw' }, args => ({ contents: fs.readFileSync(args.path, 'utf8'), loader: 'text' }));
    },
};

const watch = process.argv.includes('--watch');
// `--no-minify`: readable bundles, e.g. for a profile (`node --cpu-prof`).
const production = !watch && !process.argv.includes('--no-minify');

const node = { platform: 'node', target: 'node20', format: 'cjs', bundle: true, minify: production, sourcemap: !production, logLevel: 'warning', alias };
// The webview script comes first: the CLI bundle embeds it for `okr tree --format html`.
const webview = { platform: 'browser', target: 'es2022', format: 'iife', bundle: true, minify: production, logLevel: 'warning',
    entryPoints: ['packages/preview/src/webview/main.ts'], outfile: 'packages/preview/out/webview.js' };
const entries = [
    // The CLI: the command line, and the work it loads when a command runs (bundle-options.mjs, lazyEngine).
    { ...node, ...cliMainOptions, entryPoints: ['packages/cli/src/main.ts'], outfile: 'packages/cli/out/okr.cjs' },
    { ...node, entryPoints: ['packages/cli/src/engine/index.ts'], outfile: 'packages/cli/out/okr-engine.cjs', plugins: [rawText] },
    { ...node, entryPoints: ['packages/language/src/server/main.ts'], outfile: 'packages/language/out/server.cjs' },
    // The npm package `okr-lang` (packages/cli) ships the standalone server next to the CLI.
    { ...node, entryPoints: ['packages/language/src/server/main.ts'], outfile: 'packages/cli/out/server.cjs' },
    { ...node, entryPoints: ['packages/language/src/server/main.ts'], outfile: 'packages/extension/out/server.cjs' },
    { ...node, entryPoints: ['packages/extension/src/extension.ts'], outfile: 'packages/extension/out/extension.cjs', external: ['vscode'] },
].filter(options => options.entryPoints.every(entry => fs.existsSync(entry)));

// Langium's ESM sources use import.meta.url; the CJS bundles need a stand-in.
for (const options of entries) {
    if (options.format === 'cjs') {
        options.define = { 'import.meta.url': 'importMetaUrl' };
        options.banner = { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" };
    }
}

if (watch) {
    const contexts = await Promise.all([webview, ...entries].map(options => esbuild.context(options)));
    await Promise.all(contexts.map(context => context.watch()));
    console.log(`watching ${entries.length} bundles`);
} else {
    await esbuild.build(webview);
    fs.copyFileSync('packages/preview/src/webview/webview.css', 'packages/preview/out/webview.css');
    fs.copyFileSync('packages/preview/src/sparkline.css', 'packages/preview/out/sparkline.css');
    await Promise.all(entries.map(options => esbuild.build(options)));
    console.log(`built ${entries.length} bundles: ${entries.map(e => e.outfile).join(', ')}`);
}
