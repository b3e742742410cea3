// Entry point VS Code loads with --extensionTestsPath: runs the tests in order, prints each
// result, writes a summary to $OKR_VSCODE_TEST_RESULTS (if set) and rejects on any failure,
// which makes VS Code exit non-zero.
const fs = require('node:fs');
const tests = require('./extension.test.cjs');

exports.run = async function run() {
    const results = [];
    for (const [name, test] of tests) {
        const started = Date.now();
        try {
            await test();
            results.push({ name, ok: true, ms: Date.now() - started });
            console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
        } catch (error) {
            results.push({ name, ok: false, ms: Date.now() - started, error: String(error?.stack ?? error) });
            console.error(`  ✗ ${name}\n    ${String(error?.message ?? error).replace(/\n/g, '\n    ')}`);
        }
    }
    const failed = results.filter(r => !r.ok).length;
    console.log(`${results.length - failed} passed, ${failed} failed`);
    if (process.env.OKR_VSCODE_TEST_RESULTS) fs.writeFileSync(process.env.OKR_VSCODE_TEST_RESULTS, JSON.stringify(results, null, 2));
    if (failed) throw new Error(`${failed} of ${results.length} extension tests failed`);
};
