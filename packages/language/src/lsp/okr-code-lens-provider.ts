/**
 * Code lenses: above every objective its score, grade and status ("Score 0.6 · yellow · at risk");
 * above every key result "Check in", whose command (`okr.checkIn`, with the key result's place)
 * the client handles: it asks for the value, then runs the server's `okr.addCheckIn`.
 */
import { AstUtils, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { isKeyResult, isObjective, type KeyResult, type Objective } from '../grammar/generated/ast.js';
import { CheckInLensCommand, type CheckInLensArguments } from '../protocol.js';
import { keyResultPosition } from './check-in/find-key-result.js';
import { roundScore } from '../model/scoring.js';
import type { OkrServices } from '../okr-module.js';
import { statusLabel } from '../views/describe.js';
import type { WorkspaceModel } from '../workspace/workspace-model.js';
import type { WorkspaceModelProvider } from '../workspace/workspace-model-provider.js';

export class OkrCodeLensProvider implements CodeLensProvider {
    private readonly workspace: WorkspaceModelProvider;

    constructor(services: OkrServices) {
        this.workspace = services.okr.WorkspaceModel;
    }

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const model = this.workspace.get();
        const uri = document.uri.toString();
        return AstUtils.streamAst(document.parseResult.value)
            .filter(node => (isObjective(node) || isKeyResult(node)) && node.$cstNode !== undefined)
            .map((node): CodeLens => (isObjective(node)
                // An empty command id: the lens is information, not an action.
                ? { range: node.$cstNode!.range, command: { title: objectiveLensTitle(node, model), command: '' } }
                : { range: node.$cstNode!.range, command: { title: 'Check in', command: CheckInLensCommand, arguments: [checkInArguments(uri, node as KeyResult)] } }))
            .toArray();
    }
}

function checkInArguments(uri: string, kr: KeyResult): CheckInLensArguments {
    return { uri, position: keyResultPosition(kr), ...(kr.name ? { id: kr.name } : {}) };
}

export function objectiveLensTitle(objective: Objective, model: WorkspaceModel): string {
    const result = model.scoreOf(objective);
    if (result.score === undefined) return 'No key results';
    return `Score ${roundScore(result.score).toFixed(1)} · ${result.grade} · ${statusLabel(result.status)}`;
}
