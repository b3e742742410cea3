/**
 * The commands' work, loaded when a command runs. `okr --version` and `--help` need only the
 * command definitions; the checker (Langium, the grammar, the rules) is most of the code and of
 * the start-up time. The build bundles engine/index.ts on its own into out/okr-engine.cjs and
 * turns this import into a require of that file (scripts/bundle-options.mjs, lazyEngine).
 */
export type Engine = typeof import('./engine/index.js');

export function loadEngine(): Promise<Engine> {
    return import('./engine/index.js');
}
