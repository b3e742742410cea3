/**
 * Langium 4.1's CstNodeBuilder looks up a node's position among its siblings for every token,
 * even when there are no hidden tokens (comments) to place: quadratic in the number of
 * top-level elements (a 10 MB file took ~20 s to parse). Skipping that empty work is safe.
 */
import { CstNodeBuilder, createLangiumParser, type CompositeCstNode, type CstNode, type GrammarAST, type LangiumCoreServices, type LangiumParser, type LeafCstNode } from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import { OffsetRangeLeafCstNode } from './okr-cst-leaf.js';
import { exceedsFileLimit } from '../io/source-files.js';
import { stopAtSyntaxErrorLimit } from './syntax-error-limit.js';

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

/** The part of Chevrotain's parser that error recovery asks, per error, what may come next. */
interface RecoveringParser {
    RULE_STACK: number[];
    RULE_OCCURRENCE_STACK: number[];
    getFollowsForInRuleRecovery(tokenType: TokenType, indexInRule: number): TokenType[];
    getCurrentGrammarPath(tokenType: TokenType, indexInRule: number): unknown;
    getNextPossibleTokenTypes(path: unknown): TokenType[];
}

/**
 * Chevrotain works out the tokens that may follow a grammar position by walking the grammar,
 * for every syntax error it recovers from, though the answer depends only on the position: a
 * file of thousands of errors spent half its parse there. Remembered per position.
 */
export function rememberFollowSets(wrapper: RecoveringParser): void {
    const follows = new Map<string, TokenType[]>();
    wrapper.getFollowsForInRuleRecovery = function (this: RecoveringParser, tokenType, indexInRule) {
        const key = `${this.RULE_STACK.join(',')}|${this.RULE_OCCURRENCE_STACK.join(',')}|${tokenType.tokenTypeIdx}|${indexInRule}`;
        let next = follows.get(key);
        if (!next) {
            next = this.getNextPossibleTokenTypes(this.getCurrentGrammarPath(tokenType, indexInRule));
            follows.set(key, next);
        }
        return next;
    };
}

export function createOkrParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    (parser as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new OkrCstNodeBuilder();
    const wrapper = (parser as unknown as { wrapper: RecoveringParser & Parameters<typeof stopAtSyntaxErrorLimit>[0] }).wrapper;
    rememberFollowSets(wrapper);
    stopAtSyntaxErrorLimit(wrapper);
    // A text over the CLI's file limit is not parsed (it would take the server past 2 GB); the
    // document gets one diagnostic saying why (OkrDocumentValidator).
    const parse = parser.parse.bind(parser);
    parser.parse = ((text: string, options?: Parameters<LangiumParser['parse']>[1]) => {
        // Chevrotain recovers from each syntax error by throwing an Error: capturing its stack
        // trace, which nobody reads, was most of the time a file of many errors took to parse.
        const stackTraceLimit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        try {
            return parse(exceedsFileLimit(text) ? '' : text, options);
        } finally {
            Error.stackTraceLimit = stackTraceLimit;
        }
    }) as LangiumParser['parse'];
    return parser;
}
