/**
 * The commands' work, one function per command, called with commander's parsed arguments
 * (commands/*.ts). Bundled on its own into out/okr-engine.cjs and loaded only when a command
 * runs (load-engine.ts).
 */
export { check } from './check.js';
export { checkin } from './checkin.js';
export { diff } from './diff.js';
export { fmt } from './fmt.js';
export { report } from './report.js';
export { score } from './score.js';
export { tree } from './tree.js';
