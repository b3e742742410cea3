/**
 * Child process for the activation benchmark: loads the extension bundle the way VS Code's
 * extension host does (require, then activate(context)), with a stand-in `vscode` module,
 * and reports as JSON on stdout:
 *   loadMs      require('out/extension.cjs') — the bundle's code loading
 *   activateMs  the activate() call itself (what VS Code reports as activation)
 *   readyMs     require → the language client started (server forked over IPC, initialize
 *               answered) — the moment diagnostics can start flowing
 * It does not measure VS Code's own extension-host overhead.
 * usage: node activate-extension.cjs <extensionDir> <workspaceDir>
 */
const Module = require('node:module');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { createVscodeStub } = require('./vscode-stub.cjs');

const [extensionDir, workspaceDir] = process.argv.slice(2).map(p => path.resolve(p));
const vscode = createVscodeStub(workspaceDir);
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
    return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };

(async () => {
    const started = performance.now();
    const extension = require(path.join(extensionDir, 'out/extension.cjs'));
    const loaded = performance.now();
    const context = vscode.createExtensionContext(extensionDir);
    const api = extension.activate(context);
    const activated = performance.now();
    await Promise.race([api?.ready, new Promise((_, reject) => setTimeout(() => reject(new Error('the client did not start within 20 s')), 20_000))]);
    const ready = performance.now();
    process.stdout.write(`${JSON.stringify({ loadMs: loaded - started, activateMs: activated - loaded, readyMs: ready - started, reportedMs: api?.activationMs })}\n`);
    await Promise.race([extension.deactivate?.(), new Promise(r => setTimeout(r, 3000))]);
    process.exit(0);
})().catch(error => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
});
