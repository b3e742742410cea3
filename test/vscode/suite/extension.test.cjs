// The extension's behaviour from inside the VS Code extension host (the same checks as the
// browser-driven e2e test): activation, diagnostics, hover with a score, the preview, revealing
// a node's source (and refusing anything outside the workspace), and settings re-checking.
// The workspace is a copy of test/e2e/fixtures/workspace, whose .vscode/settings.json sets okr.today.
const assert = require('node:assert/strict');
const vscode = require('vscode');

const EXTENSION_ID = 'okr-lang.okr-lang-vscode';
const folder = () => vscode.workspace.workspaceFolders[0].uri;
const file = name => vscode.Uri.joinPath(folder(), name);
const codes = uri => vscode.languages.getDiagnostics(uri).map(d => (typeof d.code === 'object' ? d.code.value : d.code));

async function until(condition, what, timeoutMs = 15_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await condition();
        if (value) return value;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise(resolve => setTimeout(resolve, 100));
    }
}

async function api() {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const exports = await extension.activate();
    await exports.ready;
    return exports;
}

function positionOf(document, needle, offset = 0) {
    const index = document.getText().indexOf(needle);
    assert.ok(index >= 0, `"${needle}" in ${document.uri.path}`);
    return document.positionAt(index + offset);
}

module.exports = [
    ['activates for a workspace with .okr files and registers the language', async () => {
        const { activationMs } = await api();
        const document = await vscode.workspace.openTextDocument(file('goals/2026-q4.okr'));
        assert.equal(document.languageId, 'okr');
        console.log(`activation took ${activationMs.toFixed(1)} ms`);
    }],

    ['publishes diagnostics with codes for files of the workspace', async () => {
        await api();
        const org = file('org.okr');
        await until(() => codes(org).includes('kpi-missing-range'), 'kpi-missing-range on org.okr');
        const range = vscode.languages.getDiagnostics(org).find(d => (d.code?.value ?? d.code) === 'kpi-missing-range');
        assert.equal(range.severity, vscode.DiagnosticSeverity.Warning);
        assert.match(range.message, /tickets/);
    }],

    ['shows an objective\'s score on hover', async () => {
        await api();
        const document = await vscode.workspace.openTextDocument(file('goals/2026-q4.okr'));
        await vscode.window.showTextDocument(document);
        const hovers = await until(async () => {
            const result = await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, positionOf(document, 'fast_onboarding', 2));
            return result?.length && result;
        }, 'a hover');
        const text = hovers.flatMap(h => h.contents).map(c => (typeof c === 'string' ? c : c.value)).join('\n');
        assert.match(text, /score\W{0,4}0\.3\b/i);
    }],

    ['opens the preview beside the editor, showing the workspace tree', async () => {
        const { alignmentTree } = await api();
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file('goals/2026-q4.okr')));
        await vscode.commands.executeCommand('okr.showPreviewToSide');
        const tab = await until(() => vscode.window.tabGroups.all.flatMap(g => g.tabs)
            .find(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('okr.preview')), 'the preview tab');
        assert.match(tab.label, /OKR Alignment/);
        const tree = await alignmentTree();
        assert.equal(tree.today, '2026-11-10', 'okr.today from .vscode/settings.json');
        const company = tree.strategies.find(s => s.id === 'customer_love').children[0];
        assert.equal(company.children[0].title, 'Make the first week of every new account effortless');
    }],

    ['reveals a node\'s source, and nothing outside the workspace', async () => {
        const { alignmentTree, revealSource } = await api();
        const tree = await alignmentTree();
        const objective = tree.strategies[0].children[0].children[0];
        assert.equal(await revealSource(objective.source), true);
        const editor = await until(() => vscode.window.activeTextEditor?.document.uri.path.endsWith('/goals/2026-q4.okr') && vscode.window.activeTextEditor, 'the revealed editor');
        assert.equal(editor.selection.active.line, objective.source.line);

        const outside = [
            vscode.Uri.joinPath(folder(), '..', 'outside.okr').toString(),
            `${folder().toString()}/../outside.okr`,
            'file:///etc/passwd',
            file('okr.config.json').toString(),
            'https://example.com/x.okr',
        ];
        for (const uri of outside) assert.equal(await revealSource({ uri, line: 0, character: 0 }), false, uri);
        assert.equal(vscode.window.activeTextEditor, editor);
    }],

    ['re-checks when okr.rules changes in the settings', async () => {
        await api();
        const org = file('org.okr');
        const config = vscode.workspace.getConfiguration('okr');
        await config.update('rules', { 'kpi-missing-range': 'off' }, vscode.ConfigurationTarget.Workspace);
        try {
            await until(() => !codes(org).includes('kpi-missing-range') && codes(org).includes('kpi-missing-cadence'), 'kpi-missing-range turned off');
        } finally {
            await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
        }
        await until(() => codes(org).includes('kpi-missing-range'), 'kpi-missing-range back');
    }],
];
