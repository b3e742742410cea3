/**
 * The open documents of an LSP client, as an editor's buffers hold them: each with its text and
 * version. Typing replaces the text (full) or one range (incremental); a server's
 * `workspace/applyEdit` applies as an editor applies it: every document edit to an open buffer
 * of the version it names, or nothing at all.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';

export class EditorBuffers {
    /** uri → TextDocument */
    #documents = new Map();

    open(uri, languageId, text) {
        const document = TextDocument.create(uri, languageId, 1, text);
        this.#documents.set(uri, document);
        return document;
    }

    close(uri) {
        this.#documents.delete(uri);
    }

    get(uri) {
        return this.#documents.get(uri);
    }

    /** The buffer of `uri`, which must be open: a change to a document never opened is a mistake in the test. */
    #open(uri) {
        const document = this.#documents.get(uri);
        if (!document) throw new Error(`${uri} is not open: open it before changing it`);
        return document;
    }

    /** Replaces the whole text; the new version. */
    replace(uri, text) {
        const document = this.#open(uri);
        const next = TextDocument.create(uri, document.languageId, document.version + 1, text);
        this.#documents.set(uri, next);
        return next.version;
    }

    /** The version the next change of `uri` gets. */
    nextVersion(uri) {
        return this.#open(uri).version + 1;
    }

    /** Replaces one range (LSP positions) with `text`; the version becomes `nextVersion`. */
    update(uri, range, text) {
        const document = this.#open(uri);
        TextDocument.update(document, [{ range, text }], document.version + 1);
    }

    /**
     * Applies a WorkspaceEdit (`documentChanges` or `changes`) to the open buffers; the
     * documents it changed ({uri, text, version}), or the reason it applied nothing.
     */
    apply(edit) {
        const changes = edit.documentChanges
            ?? Object.entries(edit.changes ?? {}).map(([uri, edits]) => ({ textDocument: { uri, version: null }, edits }));
        for (const change of changes) {
            if (!('textDocument' in change)) return { failureReason: `the test client does not create, rename or delete files (${change.kind})` };
            const document = this.#documents.get(change.textDocument.uri);
            if (!document || (change.textDocument.version != null && change.textDocument.version !== document.version)) {
                return { failureReason: `${change.textDocument.uri} is not open at version ${change.textDocument.version}` };
            }
        }
        return {
            changed: changes.map(change => {
                const document = this.#documents.get(change.textDocument.uri);
                const text = TextDocument.applyEdits(document, change.edits.filter(edit => 'range' in edit));
                return { uri: document.uri, text, version: this.replace(document.uri, text) };
            }),
        };
    }
}
