/** Starts the bundled OKR language server (out/server.cjs) and connects to it over IPC. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
    const module = vscode.Uri.joinPath(context.extensionUri, 'out', 'server.cjs').fsPath;
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file', language: 'okr' }, { scheme: 'untitled', language: 'okr' }],
        // The server asks for the `okr` settings itself (workspace/configuration) and registers
        // for their changes; it also registers its own file watcher (okr.config.json, *.okr).
        outputChannelName: 'OKR Language Server',
    };
    // The id `okr` makes the `okr.trace.server` setting work.
    return new LanguageClient('okr', 'OKR Language Server', serverOptions, clientOptions);
}
