/**
 * `okr.addCheckIn` and `okr.validateCheckIn`: the check-in edit of the language package
 * (lsp/check-in), offered to every LSP client. Adding answers by asking the client to apply
 * a WorkspaceEdit (`workspace/applyEdit`), so the change lands in the editor's buffer and
 * undo works; the edit names the document version it was made for, so an editor whose buffer
 * moved on rejects it. A file that is not open is compared with the disk first.
 */
import type { LangiumSharedServices } from 'langium/lsp';
import type { ClientCapabilities, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver';
import { readSourceFile } from '../io/source-files.js';
import { checkIn, checkInWarnings } from '../lsp/check-in/check-in.js';
import { readCheckInInput } from '../lsp/check-in/check-in-input.js';
import { summarizeCheckIn } from '../lsp/check-in/check-in-summary.js';
import { shortTitle } from '../validation/report-target.js';
import { visible } from '../io/visible-text.js';
import type { OkrServices } from '../okr-module.js';
import type { CheckInResult, CheckInValidation } from '../protocol.js';
import { refusal, resolveTarget, type CheckInRequest, type CheckInValidationRequest } from './command-params.js';

export function validateCheckIn(shared: LangiumSharedServices, okr: OkrServices, params: CheckInValidationRequest): CheckInValidation {
    const { kr } = resolveTarget(shared, okr, params);
    const line = readCheckInInput(okr, kr, params, okr.okr.WorkspaceModel.get().today);
    if (!line.ok) return { problem: line.problem, warnings: [] };
    return { warnings: checkInWarnings(okr, kr, line.value.date) };
}

export interface PreparedCheckIn {
    label: string;
    edit: WorkspaceEdit;
    result: CheckInResult;
}

/** The edit and its answer, made under the workspace lock; `applyCheckIn` sends it, outside the lock. */
export function prepareCheckIn(shared: LangiumSharedServices, okr: OkrServices, params: CheckInRequest, capabilities: ClientCapabilities | undefined): PreparedCheckIn {
    if (capabilities && !capabilities.workspace?.applyEdit) {
        throw refusal('this editor does not let the server apply edits (workspace/applyEdit), so okr.addCheckIn cannot check in: use okr checkin on the command line.');
    }
    const { document, kr } = resolveTarget(shared, okr, params);
    const uri = document.uri.toString();
    const open = shared.workspace.TextDocuments?.get(uri);
    if (!open && document.uri.scheme === 'file' && !sameOnDisk(document.uri.fsPath, document.textDocument.getText())) {
        throw refusal('the file changed on disk since the server read it: try again in a moment.');
    }
    const outcome = checkIn(okr, document, kr, params);
    if (!outcome.ok) throw refusal(outcome.problem);
    const edit = outcome.value;
    const label = visible(kr.name ?? shortTitle(kr.title, 40));
    const summary = summarizeCheckIn(edit, label);
    const { before, after, objective } = edit;
    return {
        label,
        edit: capabilities?.workspace?.workspaceEdit?.documentChanges
            ? { documentChanges: [{ textDocument: { uri, version: open?.version ?? null }, edits: edit.edits } satisfies TextDocumentEdit] }
            : { changes: { [uri]: edit.edits } },
        result: {
            applied: false, uri, checkin: edit.line.text, line: edit.lineNumber,
            keyResult: { id: kr.name, title: kr.title, progress: after.keyResult.progress, previousProgress: before.keyResult.progress },
            objective: { id: objective.name, title: objective.title, score: after.objective.score, grade: after.objective.grade, status: after.objective.status },
            summary: { progress: summary.progress, score: summary.score },
            warnings: edit.warnings,
        },
    };
}

/** Asks the client to apply the edit: the check-in is made when (and only if) the editor says it applied it. */
export async function applyCheckIn(shared: LangiumSharedServices, prepared: PreparedCheckIn): Promise<CheckInResult> {
    const answer = await shared.lsp.Connection!.workspace.applyEdit({ label: `Check in ${prepared.label}`, edit: prepared.edit });
    if (!answer.applied) throw refusal(`the editor did not apply the check-in${answer.failureReason ? ` (${answer.failureReason})` : ''}.`);
    return { ...prepared.result, applied: true };
}

function sameOnDisk(file: string, text: string): boolean {
    try {
        const source = readSourceFile(file);
        return !source.notParsed && source.text === text;
    } catch {
        return false;
    }
}
