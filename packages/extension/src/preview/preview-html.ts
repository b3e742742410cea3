/**
 * The webview's HTML shell: a strict Content-Security-Policy (nothing by default; scripts only
 * with this page's nonce; styles, fonts and images only from the extension's media folder),
 * and the preview renderer (media/webview.js) which draws the tree into #root.
 */
import * as vscode from 'vscode';

export const MEDIA_FOLDER = 'media';

export function previewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, styleSheets: string[]): string {
    const media = vscode.Uri.joinPath(extensionUri, MEDIA_FOLDER);
    const nonce = createNonce();
    const csp = [
        "default-src 'none'",
        `script-src 'nonce-${nonce}'`,
        `style-src ${webview.cspSource}`,
        `font-src ${webview.cspSource}`,
        `img-src ${webview.cspSource} data:`,
    ].join('; ');
    const links = styleSheets
        .map(name => `<link rel="stylesheet" href="${webview.asWebviewUri(vscode.Uri.joinPath(media, name))}">`)
        .join('\n    ');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'webview.js'));
    return `<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta http-equiv="Content-Security-Policy" content="${csp}">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    ${links}
    <title>OKR Alignment</title>
</head>
<body>
    <div id="root"></div>
    <script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}

function createNonce(): string {
    const bytes = new Uint8Array(18);
    globalThis.crypto.getRandomValues(bytes);
    return Buffer.from(bytes).toString('base64');
}
