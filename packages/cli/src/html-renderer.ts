/**
 * `okr tree --format html` uses the preview's own renderer (package okr-preview), so the
 * file looks like the VS Code preview. Loaded with a guarded require: esbuild bundles it
 * when the package provides it, and a build without it still runs every other command.
 */
import type { AlignmentTree } from 'okr-language';

export type HtmlRenderer = (tree: AlignmentTree) => string;

export function loadHtmlRenderer(): HtmlRenderer | undefined {
    try {
        const preview = require('okr-preview') as { renderStandaloneHtml?: HtmlRenderer };
        return typeof preview.renderStandaloneHtml === 'function' ? preview.renderStandaloneHtml : undefined;
    } catch {
        return undefined;
    }
}
