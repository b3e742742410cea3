/**
 * Langium 4.1's CstNodeBuilder looks up a node's position among its siblings for every token,
 * even when there are no hidden tokens (comments) to place: quadratic in the number of
 * top-level elements (a 10 MB file took ~20 s to parse). Skipping that empty work is safe.
 */
import { CstNodeBuilder, createLangiumParser, type LangiumCoreServices, type LangiumParser } from 'langium';
import type { IToken } from 'chevrotain';

class OkrCstNodeBuilder extends CstNodeBuilder {
    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length > 0) super.addHiddenNodes(tokens);
    }
}

export function createOkrParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    (parser as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new OkrCstNodeBuilder();
    return parser;
}
