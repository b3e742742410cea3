/**
 * "OKR: Check in…" (`okr.checkIn`: from the palette for the key result at the cursor or a quick
 * pick, or from a key result's "Check in" code lens with its place) and "OKR: Check in stale key
 * results" (`okr.checkInStale`: every key result `stale-checkin` flags, one after the other).
 * The server makes the edit and VS Code applies it to the buffer, so undo works.
 */
import * as vscode from 'vscode';
import { CheckInLensCommand, type CheckInLensArguments, type KeyResultItem } from 'okr-language/protocol';
import { keyResultLabel, promptAndCheckIn } from './check-in-prompts.js';
import type { CheckInServer } from './server-commands.js';

export const CHECK_IN_STALE_COMMAND = 'okr.checkInStale';

export function registerCheckInCommands(server: CheckInServer): vscode.Disposable[] {
    return [
        vscode.commands.registerCommand(CheckInLensCommand, (lens?: CheckInLensArguments | vscode.Uri) => reportFailure(checkIn(server, lens))),
        vscode.commands.registerCommand(CHECK_IN_STALE_COMMAND, () => reportFailure(checkInStale(server))),
    ];
}

/** `lens`: a code lens's arguments; from the palette nothing, from the editor's context menu the document's URI. */
async function checkIn(server: CheckInServer, lens: CheckInLensArguments | vscode.Uri | undefined): Promise<void> {
    const item = isLensArguments(lens) ? await lensItem(server, lens) : await itemAtCursor(server) ?? await pickKeyResult(server);
    if (item) await promptAndCheckIn(server, item);
}

function isLensArguments(value: unknown): value is CheckInLensArguments {
    const lens = value as CheckInLensArguments | undefined;
    return typeof lens?.uri === 'string' && Number.isInteger(lens.position?.line) && Number.isInteger(lens.position?.character);
}

/** The lens's key result; by its ID when edits above moved it since the lens was drawn. */
async function lensItem(server: CheckInServer, lens: CheckInLensArguments): Promise<KeyResultItem | undefined> {
    const item = await itemAt(server, lens.uri, lens.position) ?? (lens.id ? (await server.listKeyResults(lens.uri)).find(candidate => candidate.id === lens.id) : undefined);
    if (!item) void vscode.window.showWarningMessage('OKR: that key result is no longer there. Put the cursor on it and run "OKR: Check in…".');
    return item;
}

async function checkInStale(server: CheckInServer): Promise<void> {
    const first = await server.listStaleKeyResults();
    if (first.length === 0) {
        void vscode.window.showInformationMessage('OKR: no key result needs a check-in (none is flagged by stale-checkin).');
        return;
    }
    // Each check-in moves the lines below it: ask the server again after each, and remember who was asked.
    const asked = new Set<string>();
    let checkedIn = 0;
    for (let step = 1; ; step++) {
        const next = (await server.listStaleKeyResults()).find(item => !asked.has(key(item)));
        if (!next) break;
        asked.add(key(next));
        await reveal(next);
        const outcome = await promptAndCheckIn(server, next, `${Math.min(step, first.length)} of ${first.length} stale`);
        if (outcome === 'cancelled') break;
        if (outcome === 'checked-in') checkedIn++;
    }
    void vscode.window.showInformationMessage(`OKR: checked in ${checkedIn} of ${first.length} stale key result${first.length === 1 ? '' : 's'}.`);
}

const key = (item: KeyResultItem) => `${item.uri}#${item.id ?? item.title}`;

async function itemAt(server: CheckInServer, uri: string, position: vscode.Position | CheckInLensArguments['position']): Promise<KeyResultItem | undefined> {
    const items = await server.listKeyResults(uri);
    const inside = (item: KeyResultItem) => new vscode.Range(item.range.start.line, item.range.start.character, item.range.end.line, item.range.end.character)
        .contains(new vscode.Position(position.line, position.character));
    return items.find(inside);
}

async function itemAtCursor(server: CheckInServer): Promise<KeyResultItem | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId !== 'okr') return undefined;
    return itemAt(server, editor.document.uri.toString(), editor.selection.active);
}

async function pickKeyResult(server: CheckInServer): Promise<KeyResultItem | undefined> {
    const current = vscode.window.activeTextEditor?.document.uri.toString();
    const items = (await server.listKeyResults()).sort((a, b) => Number(b.uri === current) - Number(a.uri === current));
    if (items.length === 0) {
        void vscode.window.showInformationMessage('OKR: the workspace has no key results to check in.');
        return undefined;
    }
    const picked = await vscode.window.showQuickPick(items.map(item => ({
        label: keyResultLabel(item),
        description: [item.measure, item.latest && `latest ${item.latest.value} on ${item.latest.date}`].filter(Boolean).join(' · '),
        detail: `${item.objective.id}: ${item.objective.title} — ${vscode.workspace.asRelativePath(vscode.Uri.parse(item.uri))}`,
        item,
    })), { title: 'Check in which key result?', matchOnDescription: true, matchOnDetail: true });
    return picked?.item;
}

/** Shows the key result being asked about; the input box keeps the focus. */
async function reveal(item: KeyResultItem): Promise<void> {
    const position = new vscode.Position(item.position.line, item.position.character);
    await vscode.window.showTextDocument(vscode.Uri.parse(item.uri), { selection: new vscode.Range(position, position), preview: false, preserveFocus: true });
}

async function reportFailure(work: Promise<void>): Promise<void> {
    try {
        await work;
    } catch (error) {
        void vscode.window.showErrorMessage(`OKR: ${(error as Error).message}`);
    }
}
