/**
 * "Treat 'bookings' as an outcome word in this workspace": when `activity-key-result` misreads a
 * word of the team's own language, the word goes into `vocabulary.outcome` of okr.config.json, as
 * a prose linter's accept list. The edit is a WorkspaceEdit on that file (so the editor can undo
 * it), made with jsonc-parser so that the file keeps its layout, comments and other settings; with
 * no configuration file yet, one is created at the workspace root (the first workspace folder).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AstUtils, URI } from 'langium';
// The ES module build: the default (UMD) one loads its parts with a require that esbuild cannot follow.
import { applyEdits, modify, parseTree, type FormattingOptions } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { isKeyResult } from '../../grammar/generated/ast.js';
import { CONFIG_FILE_NAME } from '../../config/settings.js';
import { judgeKeyResultTitle } from '../../text-rules/index.js';
import { matchVocabulary, MAX_ENTRY_LENGTH } from '../../config/vocabulary.js';
import type { FixContext, QuickFix } from './fix-context.js';

/** At most this many words are offered for one diagnostic: the ones the message named. */
const MAX_OFFERS = 3;
/** Function words a verdict may name ("is" in "… is live") but that no team would teach as an outcome. */
const FUNCTION_WORDS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'can', 'will', 'the', 'a', 'an', 'of', 'to', 'with', 'and', 'or']);

export const treatAsOutcomeWord: QuickFix = context => {
    const kr = AstUtils.getContainerOfType(context.node, isKeyResult);
    const title = kr?.title ?? '';
    const settings = context.services.okr.Settings.forDocument(context.document.uri);
    // A verdict the vocabulary forced is undone in the vocabulary itself, not by adding to it.
    if (!kr || matchVocabulary(title, settings.config.vocabulary)) return [];
    const verdict = judgeKeyResultTitle(title);
    const known = new Set(settings.config.vocabulary.outcome.map(word => word.toLowerCase()));
    const words = [...new Set((verdict?.triggers ?? []).map(word => word.toLowerCase()))]
        .filter(word => /\p{L}/u.test(word) && word.length <= MAX_ENTRY_LENGTH && !known.has(word) && !FUNCTION_WORDS.has(word))
        .slice(0, MAX_OFFERS);
    return words.flatMap(word => {
        const edit = vocabularyEdit(context, settings.configPath, word);
        return edit ? [action(context, `Treat '${word}' as an outcome word in this workspace`, edit)] : [];
    });
};

function action(context: FixContext, title: string, edit: WorkspaceEdit): CodeAction {
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [context.diagnostic], isPreferred: false, edit };
}

/** The edit that adds the word to `vocabulary.outcome`, in the file that applies or in a new one. */
function vocabularyEdit(context: FixContext, configPath: string | undefined, word: string): WorkspaceEdit | undefined {
    if (!configPath) return newConfigFile(context, word);
    let text: string;
    try {
        text = fs.readFileSync(configPath, 'utf8');
    } catch {
        return undefined;
    }
    const errors: Parameters<typeof parseTree>[1] = [];
    const tree = parseTree(text, errors, { allowTrailingComma: true });
    // A file that does not parse is reported as a configuration problem; editing it could make it worse.
    if (errors.length > 0 || tree?.type !== 'object') return undefined;
    const edits = modify(text, ['vocabulary', 'outcome', -1], word, { formattingOptions: formattingOf(text) });
    const before = TextDocument.create(URI.file(configPath).toString(), 'json', 0, text);
    const changes: TextEdit[] = edits.map(e => ({ range: { start: before.positionAt(e.offset), end: before.positionAt(e.offset + e.length) }, newText: e.content }));
    // jsonc-parser keeps everything else as it was; check that the result still parses before offering it.
    const after: Parameters<typeof parseTree>[1] = [];
    parseTree(applyEdits(text, edits), after, { allowTrailingComma: true });
    return after.length === 0 ? { changes: { [before.uri]: changes } } : undefined;
}

/** The file's own indentation and line ending, so the inserted lines look like the rest. */
function formattingOf(text: string): FormattingOptions {
    const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
    return { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

/**
 * okr.config.json at the workspace root. Without a workspace there is no "this workspace" to
 * teach, and no place that every file of it would find: the fix is not offered.
 */
function newConfigFile(context: FixContext, word: string): WorkspaceEdit | undefined {
    const folder = context.services.shared.workspace.WorkspaceManager.workspaceFolders?.[0];
    if (!folder) return undefined;
    const uri = URI.file(path.join(URI.parse(folder.uri).fsPath, CONFIG_FILE_NAME)).toString();
    const content = `${JSON.stringify({ vocabulary: { outcome: [word] } }, null, 2)}\n`;
    return {
        documentChanges: [
            { kind: 'create', uri, options: { ignoreIfExists: true } },
            { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }] },
        ],
    };
}
