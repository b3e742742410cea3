/**
 * Where each diagnostic code is explained: one page per code under docs/rules/ in the
 * repository. The one link scheme of every output: the language server's `codeDescription`,
 * SARIF's `helpUri` and the `url` of `okr check --format json`.
 */
import type { DiagnosticCode } from './catalog.js';

export const REPOSITORY_URL = 'https://github.com/okr-lang/okr-lang';

export function ruleHelpUri(code: DiagnosticCode): string {
    return `${REPOSITORY_URL}/blob/main/docs/rules/${encodeURIComponent(code)}.md`;
}
