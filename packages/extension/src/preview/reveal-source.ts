/**
 * Opens the source of a node the user clicked in the preview. The location comes from the
 * webview, so it is untrusted: only `.okr` files on disk inside an open workspace folder are
 * opened, and the position is clamped to the document.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SourceLocation } from 'okr-language/protocol';

export function trustedOkrFile(uriText: string): vscode.Uri | undefined {
    let uri: vscode.Uri;
    try {
        uri = vscode.Uri.parse(uriText, true);
    } catch {
        return undefined;
    }
    if (uri.scheme !== 'file' || !uri.path.toLowerCase().endsWith('.okr')) return undefined;
    // `..` segments would let a path that starts inside the workspace end outside it.
    if (path.posix.normalize(uri.path) !== uri.path) return undefined;
    return vscode.workspace.getWorkspaceFolder(uri) ? uri : undefined;
}

/** Shows the source next to the preview; returns false (and opens nothing) for an untrusted location. */
export async function revealSource(source: SourceLocation, previewColumn: vscode.ViewColumn | undefined): Promise<boolean> {
    const uri = trustedOkrFile(source.uri);
    if (!uri) return false;
    let document: vscode.TextDocument;
    try {
        document = await vscode.workspace.openTextDocument(uri);
    } catch {
        return false; // deleted since the tree was drawn
    }
    const line = Math.min(source.line, document.lineCount - 1);
    const character = Math.min(source.character, document.lineAt(line).text.length);
    const position = new vscode.Position(line, character);
    const visible = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === uri.toString());
    const column = visible?.viewColumn ?? (previewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    await vscode.window.showTextDocument(document, {
        viewColumn: column,
        selection: new vscode.Range(position, position),
        preserveFocus: false,
    });
    vscode.window.activeTextEditor?.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
}
