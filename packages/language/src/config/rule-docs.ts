/**
 * Where each diagnostic code is explained: one page per code under docs/rules/ in the
 * repository. SARIF's `helpUri` links there; JSON output and the language server's
 * `codeDescription` can use the same function.
 */
import type { DiagnosticCode } from './catalog.js';

export const REPOSITORY_URL = 'https://github.com/okr-lang/okr-lang';

export function ruleHelpUri(code: DiagnosticCode): string {
    return `${REPOSITORY_URL}/blob/main/docs/rules/${encodeURIComponent(code)}.md`;
}
