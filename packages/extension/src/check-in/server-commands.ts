/** The language server's check-in commands (`workspace/executeCommand`), typed by the shared protocol. */
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import {
    ServerCommand,
    type CheckInParams, type CheckInResult, type CheckInValidation, type CheckInValidationParams, type KeyResultItem,
} from 'okr-language/protocol';

export class CheckInServer {
    constructor(private readonly client: LanguageClient, private readonly ready: Promise<void>) {}

    listKeyResults(uri?: string): Promise<KeyResultItem[]> {
        return this.execute(ServerCommand.listKeyResults, uri ? { uri } : {});
    }

    listStaleKeyResults(): Promise<KeyResultItem[]> {
        return this.execute(ServerCommand.listStaleKeyResults, {});
    }

    validate(params: CheckInValidationParams): Promise<CheckInValidation> {
        return this.execute(ServerCommand.validateCheckIn, params);
    }

    /** Resolves once the editor applied the edit; rejects with the server's one-sentence refusal. */
    addCheckIn(params: CheckInParams): Promise<CheckInResult> {
        return this.execute(ServerCommand.addCheckIn, params);
    }

    private async execute<T>(command: string, argument: object): Promise<T> {
        await this.ready;
        return this.client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [argument] }) as Promise<T>;
    }
}
