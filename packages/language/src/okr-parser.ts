/**
 * Langium 4.1's CstNodeBuilder looks up a node's position among its siblings for every token,
 * even when there are no hidden tokens (comments) to place: quadratic in the number of
 * top-level elements (a 10 MB file took ~20 s to parse). Skipping that empty work is safe.
 */
import { CstNodeBuilder, createLangiumParser, type CompositeCstNode, type CstNode, type GrammarAST, type LangiumCoreServices, type LangiumParser, type LeafCstNode } from 'langium';
import type { IToken } from 'chevrotain';
import { OffsetRangeLeafCstNode } from './okr-cst-leaf.js';
import { exceedsFileLimit } from './source-files.js';

class OkrCstNodeBuilder extends CstNodeBuilder {
    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length > 0) super.addHiddenNodes(tokens);
    }

    /** As Langium's, but the leaf computes its range when asked (see okr-cst-leaf.ts). */
    override buildLeafNode(token: IToken, feature?: GrammarAST.AbstractElement): LeafCstNode {
        const leaf = new OffsetRangeLeafCstNode(token.startOffset, token.image.length, token.tokenType, !feature);
        leaf.grammarSource = feature;
        leaf.root = this.current.root;
        appendChild(this.current, leaf);
        return leaf;
    }
}

/**
 * What `content.push(node)` does (set the parent, append), without the rest-parameter push of
 * Langium's Array subclass: one call per token, among the costliest steps of parsing.
 */
function appendChild(parent: CompositeCstNode, node: CstNode): void {
    (node as { container?: CompositeCstNode }).container = parent;
    Array.prototype.push.call(parent.content, node);
}

export function createOkrParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    (parser as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new OkrCstNodeBuilder();
    // A text over the CLI's file limit is not parsed (it would take the server past 2 GB); the
    // document gets one diagnostic saying why (OkrDocumentValidator).
    const parse = parser.parse.bind(parser);
    parser.parse = ((text: string, options?: Parameters<LangiumParser['parse']>[1]) => parse(exceedsFileLimit(text) ? '' : text, options)) as LangiumParser['parse'];
    return parser;
}
