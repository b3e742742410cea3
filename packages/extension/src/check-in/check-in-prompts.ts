/**
 * The three questions of a check-in, one input box each: the value, then the confidence, then
 * a note. Each box validates as you type through the server (`okr.validateCheckIn`), so the
 * editor applies exactly the rules `okr checkin` does. Escape stops; an empty value skips.
 */
import * as vscode from 'vscode';
import type { CheckInTarget, KeyResultItem } from 'okr-language/protocol';
import type { CheckInServer } from './server-commands.js';

export type CheckInOutcome = 'checked-in' | 'skipped' | 'cancelled';

/** What the prompts call the key result: its ID, or its title. */
export const keyResultLabel = (item: KeyResultItem) => item.id ?? item.title;

export async function promptAndCheckIn(server: CheckInServer, item: KeyResultItem, step?: string): Promise<CheckInOutcome> {
    const target: CheckInTarget = { uri: item.uri, kr: item.position };
    const title = `Check in ${keyResultLabel(item)}${step ? ` (${step})` : ''}`;
    const problem = async (fields: Record<string, string>) => (await server.validate({ ...target, ...fields })).problem;
    const latest = item.latest ? `; latest ${item.latest.value} on ${item.latest.date}` : '';

    const value = await vscode.window.showInputBox({
        title,
        prompt: `${item.milestone ? 'A milestone: type done once it is reached' : `The value now (${item.measure}${latest})`}. Leave empty to skip.`,
        placeHolder: item.milestone ? 'done' : 'e.g. 14, 41%, 10 days',
        value: item.milestone ? 'done' : '',
        ignoreFocusOut: true,
        validateInput: text => (text.trim() === '' ? undefined : problem({ value: text })),
    });
    if (value === undefined) return 'cancelled';
    if (value.trim() === '') return 'skipped';

    const confidence = await vscode.window.showInputBox({
        title,
        prompt: 'How likely is the target to be reached? 0.0 to 1.0, or a percentage (optional).',
        placeHolder: item.latest?.confidence ? `last time ${item.latest.confidence}` : 'e.g. 0.6 or 60%',
        ignoreFocusOut: true,
        validateInput: text => (text.trim() === '' ? undefined : problem({ value, confidence: text })),
    });
    if (confidence === undefined) return 'cancelled';

    const note = await vscode.window.showInputBox({
        title,
        prompt: 'A note: what moved the value (optional).',
        ignoreFocusOut: true,
        validateInput: text => (text === '' ? undefined : problem({ value, confidence, note: text })),
    });
    if (note === undefined) return 'cancelled';

    try {
        const result = await server.addCheckIn({ ...target, value, confidence: confidence || undefined, note: note || undefined });
        void vscode.window.showInformationMessage(`Checked in ${keyResultLabel(item)}: ${result.summary.progress}. Objective ${result.objective.id}: ${result.summary.score}.`);
        for (const warning of result.warnings) void vscode.window.showWarningMessage(`OKR: ${warning}`);
        return 'checked-in';
    } catch (error) {
        void vscode.window.showErrorMessage(`OKR: could not check in ${keyResultLabel(item)}: ${(error as Error).message}`);
        return 'cancelled';
    }
}
