/**
 * The arguments of the check-in commands, as any LSP client may send them (a Neovim user's Lua,
 * a script): checked for shape before use, each problem one sentence in a ResponseError.
 */
import { URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { KeyResult } from '../grammar/generated/ast.js';
import { findKeyResultById, keyResultAt } from '../lsp/check-in/find-key-result.js';
import type { OkrServices } from '../okr-module.js';
import type { CheckInInput } from '../lsp/check-in/check-in-input.js';
import type { CheckInTarget, TextPosition } from '../protocol.js';

/** Inputs longer than this are no check-in anybody typed. */
const MAX_ARGUMENT_LENGTH = 100_000;

export function invalidParams(message: string): ResponseError<void> {
    return new ResponseError(ErrorCodes.InvalidParams, message);
}

/** A refusal the user should read (an unknown ID, a bad value): one sentence. */
export function refusal(message: string): ResponseError<void> {
    return new ResponseError(-32803 /* LSPErrorCodes.RequestFailed */, message);
}

/** The parameters as the check-in edit takes them (a numeric confidence becomes its text). */
export type CheckInRequest = CheckInTarget & CheckInInput;
export type CheckInValidationRequest = CheckInTarget & Partial<CheckInInput>;

export function readCheckInParams(args: unknown[], valueRequired: true): CheckInRequest;
export function readCheckInParams(args: unknown[], valueRequired: false): CheckInValidationRequest;
export function readCheckInParams(args: unknown[], valueRequired: boolean): CheckInValidationRequest {
    const params = args[0] as Record<string, unknown> | undefined;
    if (typeof params !== 'object' || params === null) throw invalidParams('expected one argument { uri, kr, value, confidence?, note?, date? }.');
    const target = readTarget(params);
    const text = (name: string): string | undefined => {
        const value = params[name];
        if (value === undefined || value === null) return undefined;
        if (name === 'confidence' && typeof value === 'number' && Number.isFinite(value)) return String(value);
        if (typeof value !== 'string' || value.length > MAX_ARGUMENT_LENGTH) throw invalidParams(`"${name}" must be a text of at most ${MAX_ARGUMENT_LENGTH} characters.`);
        return value;
    };
    const value = text('value');
    if (valueRequired && value === undefined) {
        throw invalidParams('"value" is missing: okr.addCheckIn needs the value to check in (a number such as 14 or 41%, or done). An editor asks for it first: see docs/editors.md.');
    }
    return { ...target, value, confidence: text('confidence'), note: text('note'), date: text('date') };
}

export function readTarget(params: Record<string, unknown>): CheckInTarget {
    const { uri, kr } = params;
    if (uri !== undefined && (typeof uri !== 'string' || uri.length > MAX_ARGUMENT_LENGTH)) throw invalidParams('"uri" must be a document URI.');
    if (typeof kr === 'string' && kr.length <= MAX_ARGUMENT_LENGTH) return { uri, kr };
    if (isPosition(kr)) {
        if (uri === undefined) throw invalidParams('"kr" is a position, so "uri" must say in which document.');
        return { uri, kr };
    }
    // The code lens's own arguments ({ uri, position }) are accepted as they are.
    if (isPosition(params.position) && typeof uri === 'string') return { uri, kr: params.position };
    throw invalidParams('"kr" must be a key result ID or a position { line, character } in "uri".');
}

function isPosition(value: unknown): value is TextPosition {
    const position = value as TextPosition | undefined;
    return typeof position === 'object' && position !== null
        && Number.isSafeInteger(position.line) && position.line >= 0 && Number.isSafeInteger(position.character) && position.character >= 0;
}

/** The OKR documents of the workspace. */
export function okrDocuments(shared: LangiumSharedServices, okr: OkrServices): LangiumDocument[] {
    return shared.workspace.LangiumDocuments.all
        .filter(document => shared.ServiceRegistry.hasServices(document.uri) && shared.ServiceRegistry.getServices(document.uri) === okr)
        .toArray();
}

/** The key result a target names, and its document; a ResponseError saying why when there is none. */
export function resolveTarget(shared: LangiumSharedServices, okr: OkrServices, target: CheckInTarget): { document: LangiumDocument; kr: KeyResult } {
    const documents = okrDocuments(shared, okr);
    const documentOf = (kr: KeyResult) => documents.find(document => document.parseResult.value === kr.$container.$container.$container)!;
    if (typeof target.kr === 'string') {
        const found = findKeyResultById(documents, target.kr, kr => `${documentOf(kr).uri.path.split('/').pop()}:${kr.$cstNode!.range.start.line + 1}`);
        if (!found.ok) throw refusal(found.problem);
        return { document: documentOf(found.value), kr: found.value };
    }
    const uri = parseUri(target.uri!);
    const document = documents.find(candidate => candidate.uri.toString() === uri.toString());
    if (!document) throw refusal(`${uri.toString()} is not an .okr document of this workspace.`);
    const kr = keyResultAt(document, target.kr);
    if (!kr) throw refusal(`there is no key result at line ${target.kr.line + 1}, column ${target.kr.character + 1}: put the cursor on one.`);
    return { document, kr };
}

function parseUri(text: string): URI {
    try {
        return URI.parse(text);
    } catch {
        throw invalidParams(`"${text.slice(0, 100)}" is not a URI.`);
    }
}
