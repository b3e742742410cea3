/** A code lens above every objective with its score, grade and status: "Score 0.6 · yellow · at risk". */
import { AstUtils, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { isObjective, type Objective } from '../grammar/generated/ast.js';
import { statusLabel } from '../views/describe.js';
import type { OkrServices } from '../okr-module.js';
import type { OkrSettings } from '../config/settings.js';
import { roundScore, scoreObjective, type ScoringOptions } from '../model/scoring.js';

export class OkrCodeLensProvider implements CodeLensProvider {
    private readonly settings: OkrSettings;

    constructor(services: OkrServices) {
        this.settings = services.okr.Settings;
    }

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const { today, config } = this.settings.forDocument(document.uri);
        const options = { today, fiscalYearStartMonth: config.fiscalYearStartMonth };
        return AstUtils.streamAst(document.parseResult.value)
            .filter(isObjective)
            .filter(objective => objective.$cstNode !== undefined)
            .map(objective => ({
                range: objective.$cstNode!.range,
                // An empty command id: the lens is information, not an action.
                command: { title: objectiveLensTitle(objective, options), command: '' },
            }))
            .toArray();
    }
}

export function objectiveLensTitle(objective: Objective, options: ScoringOptions): string {
    const result = scoreObjective(objective, options);
    if (result.score === undefined) return 'No key results';
    return `Score ${roundScore(result.score).toFixed(1)} · ${result.grade} · ${statusLabel(result.status)}`;
}
