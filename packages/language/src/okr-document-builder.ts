/**
 * Re-checks the files an edit can affect beyond references: the workspace-wide rules
 * (too-many-objectives, too-many-kpis, duplicate-id, repeated-objective, breached KPIs)
 * tie files together through shared unit names and IDs. Those files are re-validated —
 * not re-parsed or re-linked — so an edit stays cheap in a large workspace.
 */
import { AstUtils, DefaultDocumentBuilder, DocumentState, type LangiumDocument, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { Model } from './generated/ast.js';
import { isKeyResult, isKpiBlock, isOkrBlock } from './generated/ast.js';

const DECLARATION = /\b(?:company|department|team|strategy|cycle|objective|kr|kpi)\s+([_a-zA-Z][\w]*(?:-[\w]+)*)/g;
const UNIT_USE = /\b(?:okrs|kpis|moves)\s+([_a-zA-Z][\w]*(?:-[\w]+)*)/g;

export class OkrDocumentBuilder extends DefaultDocumentBuilder {
    private readonly signatures = new WeakMap<object, Set<string>>();

    override async update(changed: URI[], deleted: URI[], cancelToken?: CancellationToken): Promise<void> {
        const touched = new Set<string>();
        const changedKeys = new Set([...changed, ...deleted].map(uri => uri.toString()));
        for (const uri of [...changed, ...deleted]) {
            const old = this.langiumDocuments.getDocument(uri);
            if (old) this.signatureOf(old).forEach(key => touched.add(key));
            const text = this.textDocuments?.get(uri.toString())?.getText();
            if (text) textSignature(text).forEach(key => touched.add(key));
        }
        if (touched.size > 0) {
            for (const document of this.langiumDocuments.all) {
                if (document.state !== DocumentState.Validated || changedKeys.has(document.uri.toString())) continue;
                const signature = this.signatureOf(document);
                if ([...signature].some(key => touched.has(key))) {
                    this.resetToState(document, DocumentState.IndexedReferences);
                    this.buildState.delete(document.uri.toString());
                }
            }
        }
        return super.update(changed, deleted, cancelToken);
    }

    /** The unit names and IDs a document declares or aggregates over. */
    private signatureOf(document: LangiumDocument): Set<string> {
        const root = document.parseResult.value as Model;
        let signature = this.signatures.get(root);
        if (!signature) {
            signature = new Set();
            for (const node of AstUtils.streamAllContents(root)) {
                const name = (node as { name?: unknown }).name;
                if (typeof name === 'string') signature.add(name);
                if (isOkrBlock(node) || isKpiBlock(node)) signature.add(node.unit?.$refText ?? '');
                if (isKeyResult(node) && node.moves) signature.add(node.moves.$refText);
            }
            this.signatures.set(root, signature);
        }
        return signature;
    }
}

function textSignature(text: string): Set<string> {
    const keys = new Set<string>();
    for (const pattern of [DECLARATION, UNIT_USE]) {
        for (const match of text.matchAll(pattern)) keys.add(match[1]);
    }
    return keys;
}
