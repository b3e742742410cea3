/**
 * Shows the problems of okr.config.json files as diagnostics on those files (in VS Code's
 * Problems panel, in Neovim's diagnostic list), refreshed after every build, each on the value
 * at fault. The checks themselves already fell back to the defaults for whatever was wrong.
 */
import * as path from 'node:path';
import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigProblem } from '../config/config.js';
import type { OkrServices } from '../okr-module.js';
import { MAX_CONFIG_BYTES, readRegularFile } from '../io/source-files.js';

export function publishConfigProblems(shared: LangiumSharedServices, okr: OkrServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    let published = new Set<string>();

    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        const problemsByFile = new Map<string, ConfigProblem[]>();
        const seenDirectories = new Set<string>();
        for (const document of shared.workspace.LangiumDocuments.all) {
            if (document.uri.scheme !== 'file') continue;
            const directory = path.dirname(document.uri.fsPath);
            if (seenDirectories.has(directory)) continue;
            seenDirectories.add(directory);
            const { configPath, configProblems } = okr.okr.Settings.forDocument(document.uri);
            const fileProblems = configProblems.filter(problem => problem.source === 'file');
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

/** "okr.config.json has an unknown key …", "okr.config.json: rule "x" needs …" */
export function configProblemSentence(configPath: string, problem: ConfigProblem): string {
    return `${path.basename(configPath)}${/^(is|has|must|cannot) /.test(problem.message) ? ' ' : ': '}${problem.message}`;
}

function toDiagnostics(configPath: string, problems: ConfigProblem[]): Diagnostic[] {
    let text = '';
    try {
        const bytes = readRegularFile(configPath, MAX_CONFIG_BYTES);
        if (!('tooLarge' in bytes)) text = bytes.toString('utf8');
    } catch {
        // unreadable: the problem says so; point at the start
    }
    const document = TextDocument.create(URI.file(configPath).toString(), 'json', 0, text);
    const tree = text ? parseTree(text) : undefined;
    return problems.map(problem => ({
        range: locate(document, tree, problem.path),
        severity: DiagnosticSeverity.Error,
        source: 'okr',
        message: `${configProblemSentence(configPath, problem)}. The default applies instead.`,
    }));
}

/** The key of the value at fault (its value when the key is an array index); else the first line. */
function locate(document: TextDocument, tree: JsonNode | undefined, jsonPath: string[]): Diagnostic['range'] {
    for (let depth = jsonPath.length; tree && depth > 0; depth--) {
        const segments = jsonPath.slice(0, depth).map(segment => (/^\d+$/.test(segment) ? Number(segment) : segment));
        const node = findNodeAtLocation(tree, segments);
        const target = node?.parent?.type === 'property' ? node.parent.children![0] : node;
        if (target) return { start: document.positionAt(target.offset), end: document.positionAt(target.offset + target.length) };
    }
    const firstLine = document.getText().split(/\r?\n/, 1)[0] ?? '';
    return { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } };
}
