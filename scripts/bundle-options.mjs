// What every Node bundle (CLI, servers, extension, action) needs from esbuild, in one place.

/** jsonc-parser's `main` is a UMD build with requires esbuild cannot follow: take its ES modules. */
export const alias = { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' };

/**
 * The CLI is two bundles: out/okr.cjs (the command line) and out/okr-engine.cjs (the commands'
 * work, packages/cli/src/engine/index.ts). In the first, load-engine.ts's `import('./engine/index.js')`
 * becomes `require('./okr-engine.cjs')`, beside it in out/; with `supported` below, esbuild
 * writes the dynamic import of that external file as a require.
 */
export const lazyEngine = {
    name: 'lazy-engine',
    setup(build) {
        build.onResolve({ filter: /^\.\/engine\/index\.js$/ }, args => (args.importer.endsWith('load-engine.ts') ? { path: './okr-engine.cjs', external: true } : undefined));
    },
};
export const cliMainOptions = { plugins: [lazyEngine], supported: { 'dynamic-import': false } };
