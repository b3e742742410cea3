/**
 * The server's `workspace/executeCommand` commands (Langium advertises them in the
 * `executeCommandProvider` capability): check-ins and the key result lists a client needs to
 * offer them. Each runs once the workspace is built and reads it under the workspace lock, so it
 * sees the text the editor last sent, parsed.
 */
import { DocumentState, type LangiumSharedCoreServices } from 'langium';
import { AbstractExecuteCommandHandler, type ExecuteCommandAcceptor, type LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, ClientCapabilities } from 'vscode-languageserver';
import type { OkrServices } from '../okr-module.js';
import { ServerCommand } from '../protocol.js';
import { applyCheckIn, prepareCheckIn, validateCheckIn } from './check-in-commands.js';
import { invalidParams, okrDocuments, readCheckInParams } from './command-params.js';
import { keyResultItems, staleKeyResultItems } from './key-result-items.js';

export class OkrCommandHandler extends AbstractExecuteCommandHandler {
    private capabilities?: ClientCapabilities;

    constructor(private readonly shared: LangiumSharedServices) {
        super();
        shared.lsp.LanguageServer.onInitialize(params => {
            this.capabilities = params.capabilities;
        });
    }

    registerCommands(accept: ExecuteCommandAcceptor): void {
        accept(ServerCommand.addCheckIn, async (args, token) => {
            const prepared = await this.run(token, okr => prepareCheckIn(this.shared, okr, readCheckInParams(args, true), this.capabilities));
            return applyCheckIn(this.shared, prepared);
        });
        accept(ServerCommand.validateCheckIn, (args, token) => this.run(token, okr => validateCheckIn(this.shared, okr, readCheckInParams(args, false))));
        accept(ServerCommand.listKeyResults, (args, token) => this.run(token, okr => {
            const uri = (args[0] as { uri?: unknown } | undefined)?.uri;
            if (uri !== undefined && typeof uri !== 'string') throw invalidParams('"uri" must be a document URI.');
            const documents = okrDocuments(this.shared, okr).filter(document => uri === undefined || document.uri.toString() === uri);
            return keyResultItems(okr.okr.WorkspaceModel.get(), documents);
        }));
        accept(ServerCommand.listStaleKeyResults, (_args, token) => this.run(token, okr => staleKeyResultItems(okr.okr.WorkspaceModel.get(), okrDocuments(this.shared, okr))));
    }

    /** After the build, under the read lock (never waiting for a build inside it: builds take the write lock). */
    private async run<T>(token: CancellationToken, command: (okr: OkrServices) => T | Promise<T>): Promise<T> {
        const { WorkspaceManager, DocumentBuilder, WorkspaceLock } = (this.shared as LangiumSharedCoreServices).workspace;
        await WorkspaceManager.ready;
        await DocumentBuilder.waitUntil(DocumentState.Validated, token);
        return WorkspaceLock.read(() => command(this.okrServices()));
    }

    private okrServices(): OkrServices {
        return this.shared.ServiceRegistry.all.find(services => services.LanguageMetaData.languageId === 'okr') as OkrServices;
    }
}
