/**
 * The alignment-tree renderer, shared by the VS Code webview (out/webview.js + out/webview.css)
 * and `okr tree --format html`, which gets one self-contained page from the same script.
 */
import type { AlignmentTree } from 'okr-language/protocol';
import { randomBytes } from 'node:crypto';
import webviewScript from '../out/webview.js?raw';
import webviewStyles from './webview/webview.css?raw';

/** JSON that is safe inside a <script> element: no `<`, so no `</script>` or `<!--`. */
export function embedJson(value: unknown): string {
    return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}

/** A self-contained page: no remote resources, inline code allowed only with this page's nonce. */
export function renderStandaloneHtml(tree: AlignmentTree): string {
    const nonce = randomBytes(16).toString('base64');
    const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'`;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>OKR alignment · ${escapeHtml(tree.cycle ?? 'no cycle')}</title>
<style nonce="${nonce}">${webviewStyles}</style>
</head>
<body>
<div id="root"></div>
<script type="application/json" id="okr-tree">${embedJson(tree)}</script>
<script nonce="${nonce}">${webviewScript.replace(/<\/script/gi, '<\\/script')}</script>
</body>
</html>
`;
}

export { webviewStyles };
