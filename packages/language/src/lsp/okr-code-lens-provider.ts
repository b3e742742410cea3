/** A code lens above every objective with its score, grade and status: "Score 0.6 · yellow · at risk". */
import { AstUtils, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { isObjective, type Objective } from '../grammar/generated/ast.js';
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
        return AstUtils.streamAst(document.parseResult.value)
            .filter(isObjective)
            .filter(objective => objective.$cstNode !== undefined)
            .map(objective => ({
                range: objective.$cstNode!.range,
                // An empty command id: the lens is information, not an action.
                command: { title: objectiveLensTitle(objective, model), command: '' },
            }))
            .toArray();
    }
}

export function objectiveLensTitle(objective: Objective, model: WorkspaceModel): string {
    const result = model.scoreOf(objective);
    if (result.score === undefined) return 'No key results';
    return `Score ${roundScore(result.score).toFixed(1)} · ${result.grade} · ${statusLabel(result.status)}`;
}
