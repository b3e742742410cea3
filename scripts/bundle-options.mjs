// What every Node bundle (CLI, servers, extension, action) needs from esbuild, in one place.

/** jsonc-parser's `main` is a UMD build with requires esbuild cannot follow: take its ES modules. */
export const alias = { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' };
