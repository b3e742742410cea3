/**
 * okr-language-server as the bench runs it: a fresh process per client, configured as VS Code
 * configures it with the default settings, but for `okr.today`, fixed so that the generated
 * goals give the same diagnostics on every day the bench runs.
 */
import { LspClient } from '../../test/support/lsp-client.mjs';

/** A client of a fresh okr-language-server (`serverPath`), on `root` as its workspace folder if given. */
export function okrClient(serverPath, { today, nodeArgs, root } = {}) {
    return new LspClient({ server: serverPath, nodeArgs, root, settings: { okr: { today: today ?? '', rules: {}, fiscalYearStartMonth: null } } });
}
