/**
 * For one-shot runs (the CLI, OkrBatchModule): Langium's descriptions of exported symbols work
 * out each symbol's whole range at once (`selectionSegment`), walking the CST to its first and
 * last token, though only an editor's symbol lists read it; a batch run never does. Here it is
 * worked out when read, with the same result.
 */
import { AstUtils, CstUtils, DefaultAstNodeDescriptionProvider, type AstNode, type AstNodeDescription, type DocumentSegment, type LangiumDocument } from 'langium';

export class LazyAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const doc = document ?? AstUtils.getDocument(node);
        name ??= this.nameProvider.getName(node);
        const path = this.astNodeLocator.getAstNodePath(node);
        if (!name) throw new Error(`Node at path ${path} has no name.`);
        const { nameProvider } = this;
        let nameSegment: DocumentSegment | undefined;
        let selectionSegment: DocumentSegment | undefined;
        return {
            node,
            name,
            get nameSegment() {
                return nameSegment ??= CstUtils.toDocumentSegment(nameProvider.getNameNode(node) ?? node.$cstNode);
            },
            get selectionSegment() {
                return selectionSegment ??= CstUtils.toDocumentSegment(node.$cstNode);
            },
            type: node.$type,
            documentUri: doc.uri,
            path,
        };
    }
}
