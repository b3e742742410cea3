/**
 * The OKR extension: starts the language server (diagnostics, hovers, completion… come from
 * there), hosts the alignment preview and registers the commands (preview, check-ins). Activation does no work
 * that can wait: the server starts in the background.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { WorkspaceChangedNotification, type AlignmentTree, type SourceLocation } from 'okr-language/protocol';
import { createLanguageClient } from './language-client.js';
import { OkrPreview, PREVIEW_VIEW_TYPE } from './preview/okr-preview.js';
import { revealSource } from './preview/reveal-source.js';
import { registerCheckInCommands } from './check-in/check-in-commands.js';
import { CheckInServer } from './check-in/server-commands.js';

/** What other extensions (and the extension-host tests) can use. */
export interface OkrExtensionApi {
    /** Milliseconds `activate` took. */
    readonly activationMs: number;
    /** Resolves once the language server is running. */
    readonly ready: Promise<void>;
    alignmentTree(cycle?: string): Promise<AlignmentTree>;
    /** Opens a node's source as a click in the preview does; false when the location is not a workspace .okr file. */
    revealSource(source: SourceLocation): Promise<boolean>;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): OkrExtensionApi {
    const started = performance.now();
    client = createLanguageClient(context);
    const ready = client.start();
    ready.catch(error => void vscode.window.showErrorMessage(`The OKR language server did not start: ${(error as Error).message}`));

    const preview = new OkrPreview(context.extensionUri, client, ready);
    context.subscriptions.push(
        preview,
        client.onNotification(WorkspaceChangedNotification, () => preview.scheduleRefresh()),
        vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, preview),
        vscode.commands.registerCommand('okr.showPreviewToSide', () => preview.show(vscode.ViewColumn.Beside, true)),
        vscode.commands.registerCommand('okr.showPreview', () => preview.show(vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active, false)),
        vscode.commands.registerCommand('okr.restartServer', () => client?.restart()),
        ...registerCheckInCommands(new CheckInServer(client, ready)),
    );
    void vscode.commands.executeCommand('setContext', 'okr.active', true);

    const activationMs = performance.now() - started;
    client.outputChannel.appendLine(`OKR extension activated in ${activationMs.toFixed(1)} ms`);
    return {
        activationMs,
        ready,
        alignmentTree: cycle => preview.alignmentTree(cycle),
        revealSource: source => revealSource(source, undefined),
    };
}

export function deactivate(): Thenable<void> | undefined {
    return client?.stop();
}
