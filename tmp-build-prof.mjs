import * as esbuild from 'esbuild';
const common = { platform: 'node', target: 'node20', format: 'cjs', bundle: true, minify: false, sourcemap: false, logLevel: 'warning',
  define: { 'import.meta.url': 'importMetaUrl' }, banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" } };
await esbuild.build({ ...common, entryPoints: ['packages/cli/src/main.ts'], outfile: '/work/main/tmp/prof/okr.cjs' });
await esbuild.build({ ...common, entryPoints: ['packages/language/src/main.ts'], outfile: '/work/main/tmp/prof/server.cjs' });
