/**
 * The alignment-tree renderer, shared by the VS Code webview (out/webview.js + out/*.css)
 * and `okr tree --format html`, which gets one self-contained page from the same script;
 * the `okr report` page; and the sparklines both draw.
 */
import type { AlignmentTree } from 'okr-language/protocol';
import { randomBytes } from 'node:crypto';
import webviewScript from '../out/webview.js?raw';
import sparklineStyles from './sparkline.css?raw';
import webviewStyles from './webview/webview.css?raw';
import { escapeHtml } from './html-text.js';

export { renderReportHtml } from './report-html.js';
export * from './report-text.js';
export * from './sparkline.js';

/** JSON that is safe inside a <script> element: no `<`, so no `</script>` or `<!--`. */
export function embedJson(value: unknown): string {
    return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
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
<style nonce="${nonce}">${webviewStyles}${sparklineStyles}</style>
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
