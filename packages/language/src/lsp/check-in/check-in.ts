/**
 * The check-in edit, one function for `okr checkin` and the language server's `okr.addCheckIn`:
 * given a document, a key result and what to check in, the text edits that add the check-in
 * line, or one sentence saying why not. The edited text is parsed again before anything is
 * written: it must hold exactly the asked-for check-in and no new syntax error, so no input
 * can break a file or slip anything else into it. Also says what the check-in does to the key
 * result's progress and the objective's score, and warns of a date outside the cycle.
 */
import { TextDocument, type LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import { isObjective, isOkrBlock, type Checkin, type KeyResult, type Model, type Objective } from '../../grammar/generated/ast.js';
import { exceedsFileLimit, MAX_FILE_BYTES } from '../../io/source-files.js';
import { contains } from '../../model/cycles.js';
import { formatDay, parseDay } from '../../model/dates.js';
import { scoreObjective, type KeyResultScore, type ObjectiveScore } from '../../model/scoring.js';
import type { OkrServices } from '../../okr-module.js';
import { keyResultName } from '../../validation/report-target.js';
import { visible } from '../../io/visible-text.js';
import { readCheckInInput, type CheckInInput, type CheckInLine, type Checked } from './check-in-input.js';
import { checkInEdits } from './check-in-placement.js';
import { syntaxErrorNear } from './syntax-near.js';

export interface Standing {
    keyResult: KeyResultScore;
    objective: ObjectiveScore;
}

export interface CheckInEdit {
    edits: TextEdit[];
    /** The whole text with the check-in, as it will be written. */
    text: string;
    line: CheckInLine;
    /** The new check-in's line, 0-based. */
    lineNumber: number;
    /** Things to tell the user that do not stop the check-in (a date outside the cycle). */
    warnings: string[];
    objective: Objective;
    before: Standing;
    after: Standing;
}

export function checkIn(services: OkrServices, document: LangiumDocument, kr: KeyResult, input: CheckInInput): Checked<CheckInEdit> {
    const original = document.textDocument.getText();
    const objective = kr.$container;
    if (exceedsFileLimit(original)) return refuse(`the file is over the size limit of ${MAX_FILE_BYTES / 1024 / 1024} MB, so okr does not edit it.`);
    // The syntax tree must be of this very text (an editor's change not parsed yet would shift every offset).
    if (document.parseResult.value.$cstNode?.root.fullText !== original) return refuse('the file changed since it was read: try again.');
    if (!isObjective(objective) || !isOkrBlock(objective.$container) || !kr.$cstNode) return refuse(`key result ${name(kr)} is not inside an objective of an okrs block.`);
    const broken = syntaxErrorNear(document, kr);
    if (broken) return refuse(`the text near key result ${name(kr)} does not parse (${broken}): fix it first.`);

    const model = services.okr.WorkspaceModel.get();
    const line = readCheckInInput(services, kr, input, model.today);
    if (!line.ok) return line;
    const edits = checkInEdits(document, kr, line.value.text);
    const text = TextDocument.applyEdits(document.textDocument, edits);
    if (exceedsFileLimit(text)) return refuse(`with the check-in the file would be over the size limit of ${MAX_FILE_BYTES / 1024 / 1024} MB.`);

    const edited = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, document.uri);
    const added = addedCheckin(document, edited, kr);
    if (!added || !sameCheckin(added, line.value)) return refuse(`the check-in could not be added to key result ${name(kr)} without changing how the file reads; nothing was changed.`);

    const cycle = model.cycleOfObjective(objective);
    const index = objective.keyResults.indexOf(kr);
    const before = model.scoreOf(objective);
    const after = scoreObjective(added.$container.$container as Objective, { today: model.today, cycle });
    const warnings = checkInWarnings(services, kr, line.value.date);
    return {
        ok: true,
        value: {
            edits, text, line: line.value, lineNumber: added.$cstNode!.range.start.line, warnings, objective,
            before: { keyResult: before.keyResults[index], objective: before },
            after: { keyResult: after.keyResults[index], objective: after },
        },
    };
}

/** What a check-in of that date would be warned about: a date outside the key result's cycle. */
export function checkInWarnings(services: OkrServices, kr: KeyResult, date: string): string[] {
    const cycle = isObjective(kr.$container) ? services.okr.WorkspaceModel.get().cycleOfObjective(kr.$container) : undefined;
    const day = parseDay(date);
    if (!cycle || day === undefined || contains(cycle, day)) return [];
    return [`the check-in dated ${date} is outside ${visible(cycle.id)} (${formatDay(cycle.start)} to ${formatDay(cycle.end)}), the cycle of key result ${name(kr)}.`];
}

const refuse = (problem: string) => ({ ok: false as const, problem });
const name = (kr: KeyResult) => visible(keyResultName(kr));

/**
 * The check-in the edit added: the edited file must parse as the original did (no new error),
 * and the same key result, found at the same place, must have exactly one check-in more,
 * the others unchanged.
 */
function addedCheckin(document: LangiumDocument, edited: LangiumDocument<Model>, kr: KeyResult): Checkin | undefined {
    const errors = (d: LangiumDocument) => d.parseResult.lexerErrors.length + d.parseResult.parserErrors.length;
    if (errors(edited) !== errors(document)) return undefined;
    const objective = kr.$container as Objective;
    const block = objective.$container;
    const root = document.parseResult.value as Model;
    const editedBlock = edited.parseResult.value.elements[root.elements.indexOf(block)];
    const editedKr = isOkrBlock(editedBlock) ? editedBlock.objectives[block.objectives.indexOf(objective)]?.keyResults[objective.keyResults.indexOf(kr)] : undefined;
    if (!editedKr || editedKr.name !== kr.name || editedKr.title !== kr.title || editedKr.checkins.length !== kr.checkins.length + 1) return undefined;
    const same = kr.checkins.every((checkin, i) => editedKr.checkins[i].$cstNode?.text === checkin.$cstNode?.text);
    return same ? editedKr.checkins.at(-1) : undefined;
}

function sameCheckin(checkin: Checkin, line: CheckInLine): boolean {
    return checkin.date === line.date
        && checkin.done === (line.value === undefined)
        && checkin.value?.number === line.value?.number
        && checkin.value?.unit === line.value?.unit
        && checkin.confidence === line.confidence
        && checkin.note === line.note;
}
