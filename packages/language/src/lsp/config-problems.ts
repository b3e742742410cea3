/**
 * Shows the problems of okr.config.json files as diagnostics on those files (in VS Code's
 * Problems panel, in Neovim's diagnostic list), refreshed after every build. The checks
 * themselves already fell back to the defaults for whatever was wrong.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { OkrServices } from '../okr-module.js';

/** OkrSettings.forDocument marks problems of the editor settings so; those are not in a file. */
const EDITOR_SETTINGS_PREFIX = 'editor settings: ';

export function publishConfigProblems(shared: LangiumSharedServices, okr: OkrServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    let published = new Set<string>();

    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        const problemsByFile = new Map<string, string[]>();
        const seenDirectories = new Set<string>();
        for (const document of shared.workspace.LangiumDocuments.all) {
            if (document.uri.scheme !== 'file') continue;
            const directory = path.dirname(document.uri.fsPath);
            if (seenDirectories.has(directory)) continue;
            seenDirectories.add(directory);
            const { configPath, configProblems } = okr.okr.Settings.forDocument(document.uri);
            const fileProblems = configProblems.filter(p => !p.startsWith(EDITOR_SETTINGS_PREFIX));
            if (configPath && fileProblems.length) problemsByFile.set(configPath, fileProblems);
        }
        const now = new Set<string>();
        for (const [configPath, problems] of problemsByFile) {
            const uri = URI.file(configPath).toString();
            now.add(uri);
            connection.sendDiagnostics({ uri, diagnostics: toDiagnostics(configPath, problems) }).catch(() => undefined);
        }
        for (const uri of published) {
            if (!now.has(uri)) connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
        }
        published = now;
    });
}

function toDiagnostics(configPath: string, problems: string[]): Diagnostic[] {
    let lines: string[] = [];
    try {
        lines = fs.readFileSync(configPath, 'utf8').split(/\r?\n/);
    } catch {
        // unreadable: the problem says so; point at the start
    }
    return problems.map(problem => ({
        range: locate(lines, problem),
        severity: DiagnosticSeverity.Error,
        source: 'okr',
        // Most problems read as a predicate of the file ("has an unknown rule …").
        message: `${path.basename(configPath)}${/^(is|has|must|cannot) /.test(problem) ? ' ' : ': '}${problem}. The default applies instead.`,
    }));
}

/** The first quoted name in the message ("missing-owner", "max"…), found in the file; else line 1. */
function locate(lines: string[], problem: string): Diagnostic['range'] {
    const quoted = /"[^"]+"/.exec(problem)?.[0];
    if (quoted) {
        const line = lines.findIndex(text => text.includes(quoted));
        if (line >= 0) {
            const character = lines[line].indexOf(quoted);
            return { start: { line, character }, end: { line, character: character + quoted.length } };
        }
    }
    return { start: { line: 0, character: 0 }, end: { line: 0, character: lines[0]?.length ?? 0 } };
}
