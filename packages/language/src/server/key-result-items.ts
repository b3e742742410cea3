/**
 * `okr.listKeyResults` and `okr.listStaleKeyResults`: the key results a client offers to check in
 * (a quick pick, "check in stale key results"), each with what its prompt shows. Stale means
 * what the editor shows: the `stale-checkin` diagnostics published for the document, so the
 * rule's settings, suppressions and the baseline apply.
 */
import { AstUtils, type LangiumDocument } from 'langium';
import { isKeyResult, isMilestoneMeasure, type KeyResult, type Objective } from '../grammar/generated/ast.js';
import { DiagnosticCode } from '../config/catalog.js';
import { orderedCheckins } from '../model/scoring.js';
import { diagnosticCode } from '../validation/okr-document-validator.js';
import { quantityText } from '../model/quantities.js';
import { describeMeasure } from '../views/describe.js';
import { keyResultAt, keyResultPosition } from '../lsp/check-in/find-key-result.js';
import type { WorkspaceModel } from '../workspace/workspace-model.js';
import type { KeyResultItem } from '../protocol.js';

export function keyResultItems(model: WorkspaceModel, documents: LangiumDocument[]): KeyResultItem[] {
    return documents.flatMap(document => {
        const stale = staleMessages(document);
        return AstUtils.streamAst(document.parseResult.value).filter(isKeyResult)
            .filter(kr => kr.$cstNode !== undefined)
            .map(kr => keyResultItem(model, document, kr, stale.get(kr)))
            .toArray();
    });
}

export function staleKeyResultItems(model: WorkspaceModel, documents: LangiumDocument[]): KeyResultItem[] {
    return keyResultItems(model, [...documents].sort((a, b) => a.uri.toString().localeCompare(b.uri.toString())))
        .filter(item => item.stale !== undefined);
}

function keyResultItem(model: WorkspaceModel, document: LangiumDocument, kr: KeyResult, stale: string | undefined): KeyResultItem {
    const objective = kr.$container as Objective;
    const latest = orderedCheckins(kr).at(-1);
    return {
        uri: document.uri.toString(),
        range: kr.$cstNode!.range,
        position: keyResultPosition(kr),
        id: kr.name,
        title: kr.title,
        objective: { id: objective.name, title: objective.title },
        measure: describeMeasure(kr.measure),
        milestone: isMilestoneMeasure(kr.measure),
        latest: latest && { date: latest.date, value: latest.done ? 'done' : quantityText(latest.value), ...(latest.confidence ? { confidence: latest.confidence } : {}) },
        progress: model.scoreOf(objective).keyResults[objective.keyResults.indexOf(kr)]?.progress ?? 0,
        stale,
    };
}

function staleMessages(document: LangiumDocument): Map<KeyResult, string> {
    const messages = new Map<KeyResult, string>();
    for (const diagnostic of document.diagnostics ?? []) {
        if (diagnosticCode(diagnostic) !== DiagnosticCode.StaleCheckin) continue;
        const kr = keyResultAt(document, diagnostic.range.start);
        if (kr) messages.set(kr, diagnostic.message);
    }
    return messages;
}
