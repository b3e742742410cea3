/** What `okr checkin` does once its arguments are parsed (commands/checkin.ts). */
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { checkIn, findKeyResultById, summarizeCheckIn, visible, writeFileSafely, type KeyResult } from 'okr-language';
import { loadWorkspace, type LoadedFile } from '../load-workspace.js';
import { readSource } from '../read-source.js';
import { UsageError } from '../usage-error.js';

export interface CheckinOptions { confidence?: string; note?: string; date?: string; today?: string; config?: string }

/** A value may be negative (`-1%`, `-$5`): that is no option. */
const NEGATIVE_VALUE = /^-[$€£¥]?\d/;

export async function checkin(id: string, words: string[], options: CheckinOptions): Promise<void> {
    const unknown = [id, ...words].find(word => word.startsWith('-') && !NEGATIVE_VALUE.test(word));
    if (unknown) throw new UsageError(`unknown option '${unknown}' (see okr checkin --help).`);
    const cwd = process.cwd();
    const { services, files } = await loadWorkspace([], { today: options.today, config: options.config, validation: false, requireValidConfig: true }, cwd);
    const documents = services.shared.workspace.LangiumDocuments.all.toArray();
    const display = (document: LangiumDocument) => path.relative(cwd, document.uri.fsPath) || document.uri.fsPath;
    const placeOf = (kr: KeyResult) => `${visible(display(documentOf(documents, kr)))}:${kr.$cstNode!.range.start.line + 1}`;

    const found = findKeyResultById(documents, id, placeOf);
    if (!found.ok) throw new UsageError(found.problem + unreadFiles(files));
    const document = documentOf(documents, found.value);
    const name = display(document);
    const edit = checkIn(services, document, found.value, { value: words.join(' '), confidence: options.confidence, note: options.note, date: options.date });
    if (!edit.ok) throw new UsageError(`${name}: ${edit.problem}`);

    write(document, name, edit.value.text);
    const summary = summarizeCheckIn(edit.value, found.value.name!);
    process.stdout.write([
        `Checked in ${summary.keyResult} at ${visible(name)}:${edit.value.lineNumber + 1}`,
        `  ${visible(edit.value.line.text)}`,
        `Key result ${summary.keyResult}: ${summary.progress}`,
        `Objective ${summary.objective}: ${summary.score}`,
    ].join('\n') + '\n');
    for (const warning of edit.value.warnings) process.stderr.write(`okr: warning: ${visible(warning)}\n`);
}

/** A key result may be in a file that could not be read: say which. */
function unreadFiles(files: LoadedFile[]): string {
    const unread = files.filter(file => file.notParsed);
    if (unread.length === 0) return '';
    const more = unread.length > 1 ? ` (and ${unread.length - 1} more file${unread.length > 2 ? 's' : ''})` : '';
    return ` ${visible(unread[0].display)} was not read: ${unread[0].notParsed}${more}`;
}

function documentOf(documents: LangiumDocument[], kr: KeyResult): LangiumDocument {
    return documents.find(document => document.parseResult.value === kr.$container.$container.$container)!;
}

/** Only over the text the edit was made on: the file is read again, and a file changed since is left alone. */
function write(document: LangiumDocument, name: string, text: string): void {
    const file = document.uri.fsPath;
    const now = readSource(file, name);
    if (now.notParsed || now.text !== document.textDocument.getText()) {
        throw new UsageError(`${name} changed on disk while the check-in was prepared; nothing was written. Run okr checkin again.`);
    }
    try {
        writeFileSafely(file, (now.bom ? '\uFEFF' : '') + text);
    } catch (error) {
        throw new UsageError(`cannot write ${name}: ${(error as Error).message}.`);
    }
}
