/**
 * Diagnostics introduced and resolved between the sides, compared by code and the identity of
 * the element they are on — the objective, key result, KPI, check-in, unit… — never by line, so
 * that moving or reformatting goals introduces nothing. A syntax error, or a problem outside any
 * element, belongs to its file. Several of one code on one element count: two where there was one
 * is one introduced.
 */
import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import {
    cycleName, DiagnosticCode, isCheckin, isCycleDecl, isInitiative, isKeyResult, isKpi, isKpiBlock, isObjective, isOkrBlock, isReading,
    isStrategy, isUnit, normalizeTitle, severityOfLsp, type Model,
} from 'okr-language';
import type { DiffDiagnostic } from './diff-report.js';
import { keyResultKey, kpiKey, objectiveKey } from './goal-set.js';
import type { SnapshotWorkspace } from './snapshot-workspace.js';

/** A diagnostic with its identity: code, and the element it is on. */
export interface KeyedDiagnostic { key: string; diagnostic: DiffDiagnostic }

export function compareDiagnostics(base: KeyedDiagnostic[], head: KeyedDiagnostic[]): { introduced: DiffDiagnostic[]; resolved: DiffDiagnostic[] } {
    return { introduced: beyond(head, base), resolved: beyond(base, head) };
}

/** The diagnostics of `side` past the number of the same key on `other`. */
function beyond(side: KeyedDiagnostic[], other: KeyedDiagnostic[]): DiffDiagnostic[] {
    const allowance = new Map<string, number>();
    for (const { key } of other) allowance.set(key, (allowance.get(key) ?? 0) + 1);
    return side.filter(({ key }) => {
        const left = allowance.get(key) ?? 0;
        allowance.set(key, left - 1);
        return left <= 0;
    }).map(({ diagnostic }) => diagnostic);
}

/** Every diagnostic of a side's workspace, files that were not parsed included, with its identity. */
export function keyedDiagnostics(workspace: SnapshotWorkspace): KeyedDiagnostic[] {
    const keyed: KeyedDiagnostic[] = workspace.notParsed.map(file => ({
        key: `${DiagnosticCode.Syntax}\0file\0${file.path}`,
        diagnostic: { code: DiagnosticCode.Syntax, severity: 'error', message: file.notParsed!, file: file.path, line: 1, column: 1, element: null },
    }));
    for (const { file, document } of workspace.documents) {
        for (const diagnostic of document.diagnostics ?? []) {
            const code = typeof diagnostic.code === 'string' ? diagnostic.code : DiagnosticCode.Syntax;
            const node = code === DiagnosticCode.Syntax ? undefined : nodeAt(document, diagnostic);
            const identity = (node && identityOf(node)) ?? `file\0${file.path}`;
            const line = Number.isFinite(diagnostic.range.start.line) ? diagnostic.range.start.line + 1 : 1;
            const column = Number.isFinite(diagnostic.range.start.character) ? diagnostic.range.start.character + 1 : 1;
            keyed.push({
                key: `${code}\0${identity}`,
                diagnostic: { code, severity: severityOfLsp(diagnostic.severity), message: diagnostic.message, file: file.path, line, column, element: node ? elementOf(node) : null },
            });
        }
    }
    return keyed;
}

function nodeAt(document: LangiumDocument<Model>, diagnostic: Diagnostic): AstNode | undefined {
    const root = document.parseResult.value?.$cstNode;
    if (!root) return undefined;
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    return CstUtils.findLeafNodeAtOffset(root, offset)?.astNode;
}

/** What a node is, by meaning: its own identity within the nearest element that has one. */
function identityOf(node: AstNode): string | undefined {
    for (let current: AstNode | undefined = node; current; current = current.$container) {
        if (isCheckin(current)) return `${keyResultKey(current.$container)}\0checkin\0${current.date}`;
        if (isReading(current)) return `${kpiKey(current.$container)}\0reading\0${current.date}`;
        if (isInitiative(current)) return `${identityOf(current.$container) ?? ''}\0initiative\0${normalizeTitle(current.title)}`;
        if (isKeyResult(current)) return keyResultKey(current);
        if (isObjective(current)) return objectiveKey(current);
        if (isKpi(current)) return kpiKey(current);
        if (isUnit(current) || isStrategy(current) || isCycleDecl(current)) return `${current.$type}\0${current.name}`;
        if (isOkrBlock(current)) return `okrs\0${current.unit?.$refText ?? ''}\0${cycleName(current.cycle)}`;
        if (isKpiBlock(current)) return `kpis\0${current.unit?.$refText ?? ''}`;
    }
    return undefined;
}

function elementOf(node: AstNode): DiffDiagnostic['element'] {
    for (let current: AstNode | undefined = node; current; current = current.$container) {
        if (isKeyResult(current)) return { kind: 'key-result', id: current.name ?? null, title: current.title ?? '' };
        if (isObjective(current)) return { kind: 'objective', id: current.name ?? null, title: current.title ?? '' };
        if (isKpi(current)) return { kind: 'kpi', id: current.name ?? null, title: current.title ?? '' };
    }
    return null;
}
