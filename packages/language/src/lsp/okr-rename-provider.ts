/**
 * Rename across files (Langium's default finds every reference in the workspace index), refusing
 * a new name that is not an ID, such as a keyword or a name with spaces, which would break the files.
 */
import { AstUtils, GrammarAST, type LangiumDocument } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ResponseError, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import { OkrTerminals } from '../grammar/generated/ast.js';
import type { OkrServices } from '../okr-module.js';

const ID = new RegExp(`^${OkrTerminals.ID.source}$`);

export class OkrRenameProvider extends DefaultRenameProvider {
    private readonly keywords: Set<string>;

    constructor(services: OkrServices) {
        super(services);
        this.keywords = new Set(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value));
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const problem = invalidName(params.newName, this.keywords);
        if (problem) throw new ResponseError(-32602 /* InvalidParams */, problem);
        return super.rename(document, params);
    }
}

export function invalidName(name: string, keywords: Set<string>): string | undefined {
    if (!ID.test(name)) return `"${name}" is not a valid ID: use letters, digits, _ and -, starting with a letter or _.`;
    if (keywords.has(name)) return `"${name}" is a keyword of the language and cannot be an ID.`;
    return undefined;
}
