/**
 * What the fuzzer asks of every case: parse and validate it in its workspace, hover, complete,
 * navigate, format, apply every quick fix and build the preview model, through the language
 * services' own interfaces. Nothing may throw or log an error, and no case may take over 1 s.
 * Where the text parses, formatting must be idempotent and keep the AST, the diagnostics and
 * every comment; a quick fix must leave text that parses and keep the user's words.
 */
import { AstUtils, CstUtils, GrammarAST, TextDocument, type AstNode, type LangiumDocument, type URI } from 'langium';
import type { CodeAction, Command, Diagnostic, Position, TextEdit } from 'vscode-languageserver';
import { isDiagnosticCode, type OkrServices } from 'okr-language';
import type { Random } from './random.js';
import { previewModel, type FuzzServices, type FuzzWorkspaces } from './workspace.js';

export const CASE_BUDGET_MS = 1000;

export interface CaseOutcome {
    ms: number;
    parses: boolean;
    /** Each a one-line headline, then details (stack, texts). Empty: the case passed. */
    problems: string[];
}

/** Runs one case: `text` in place of `file` in its workspace, probed at random positions. */
export async function runCase(workspaces: FuzzWorkspaces, file: { path: string; workspace: string }, text: string, random: Random): Promise<CaseOutcome> {
    const services = await workspaces.servicesFor(file.workspace);
    const { Okr } = services;
    const uri = workspaces.uriOf(file.path);
    const problems: string[] = [];
    const logged: string[] = [];
    const timings = new Map<string, number>();
    const stage: Stage = async (name, run) => {
        const start = performance.now();
        try {
            return await run();
        } catch (error) {
            problems.push(`${name} threw: ${describe(error)}`);
            return undefined;
        } finally {
            timings.set(name, (timings.get(name) ?? 0) + performance.now() - start);
        }
    };
    const started = performance.now();
    const restoreConsole = captureConsole(logged);
    let parses = false;
    try {
        const replaced = await stage('parse and validate', () => workspaces.replace(services, uri, text));
        if (!replaced) return { ms: performance.now() - started, parses, problems };
        try {
            const { document } = replaced;
            parses = parsesCleanly(document);
            checkDiagnostics(document, problems);
            await probeEditorFeatures(Okr, document, random, stage);
            await stage('preview model', () => checkPreview(Okr, services.shared.workspace.LangiumDocuments.all, uri, random, problems));
            await stage('quick fixes', () => checkQuickFixes(Okr, document, parses, problems));
            if (parses) await stage('formatting', () => checkFormatting(workspaces, services, document, problems));
            else await stage('formatting', () => Okr.lsp.Formatter!.formatDocument(document, { textDocument: { uri: uri.toString() }, options: { insertSpaces: true, tabSize: 2 } }));
        } finally {
            await stage('restore workspace', replaced.restore);
        }
    } finally {
        restoreConsole();
    }
    const ms = performance.now() - started;
    if (logged.length > 0) problems.push(`logged an error: ${logged.join('\n')}`);
    if (ms > CASE_BUDGET_MS) {
        const slowest = [...timings].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([name, time]) => `${name} ${Math.round(time)} ms`);
        problems.push(`slow: ${Math.round(ms)} ms (budget ${CASE_BUDGET_MS} ms); ${slowest.join(', ')}`);
    }
    return { ms, parses, problems };
}

/** Runs one step of a case: an exception becomes a problem, the time counts towards the step's name. */
type Stage = <T>(name: string, run: () => T | Promise<T>) => Promise<T | undefined>;

function describe(error: unknown): string {
    return error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
}

/** Langium reports exceptions in checks and providers on the console and carries on: those are crashes too. */
function captureConsole(into: string[]): () => void {
    const { error, warn } = console;
    const capture = (...args: unknown[]) => { into.push(args.map(arg => (arg instanceof Error ? describe(arg) : String(arg))).join(' ')); };
    console.error = capture;
    console.warn = capture;
    return () => {
        console.error = error;
        console.warn = warn;
    };
}

export function parsesCleanly(document: { parseResult: { lexerErrors: unknown[]; parserErrors: unknown[] } }): boolean {
    return document.parseResult.lexerErrors.length === 0 && document.parseResult.parserErrors.length === 0;
}

/** Every diagnostic has a catalog code and a range inside the document. */
function checkDiagnostics(document: LangiumDocument, problems: string[]): void {
    const lines = document.textDocument.lineCount;
    for (const diagnostic of document.diagnostics ?? []) {
        const { start, end } = diagnostic.range;
        if (!isDiagnosticCode(diagnostic.code)) problems.push(`diagnostic without a catalog code: ${JSON.stringify(diagnostic)}`);
        if (start.line > end.line || (start.line === end.line && start.character > end.character) || end.line >= lines) {
            problems.push(`diagnostic range outside the document: ${JSON.stringify(diagnostic)}`);
        }
    }
}

async function probeEditorFeatures(Okr: OkrServices, document: LangiumDocument, random: Random, stage: Stage): Promise<void> {
    const textDocument = { uri: document.uri.toString() };
    const length = document.textDocument.getText().length;
    const at = (): Position => document.textDocument.positionAt(random.int(length + 1));
    const { lsp } = Okr;
    for (let probe = 0; probe < 4; probe++) await stage('hover', () => lsp.HoverProvider?.getHoverContent(document, { textDocument, position: at() }));
    // Completion re-parses the text up to the cursor, so it is the costliest probe: one per case, sometimes at the very end.
    const completeAt = random.chance(0.2) ? document.textDocument.positionAt(length) : at();
    await stage('completion', () => lsp.CompletionProvider?.getCompletion(document, { textDocument, position: completeAt }));
    const position = at();
    await stage('definition', () => lsp.DefinitionProvider?.getDefinition(document, { textDocument, position }));
    await stage('references', () => lsp.ReferencesProvider?.findReferences(document, { textDocument, position, context: { includeDeclaration: true } }));
    await stage('prepare rename', () => lsp.RenameProvider?.prepareRename(document, { textDocument, position }));
    await stage('code lens', () => lsp.CodeLensProvider?.provideCodeLens(document, { textDocument }));
    await stage('document symbols', () => lsp.DocumentSymbolProvider?.getSymbols(document, { textDocument }));
    await stage('semantic tokens', () => lsp.SemanticTokenProvider?.semanticHighlight(document, { textDocument }));
    await stage('folding', () => lsp.FoldingRangeProvider?.getFoldingRanges(document, { textDocument }));
    const [from, to] = [at(), at()].sort((a, b) => a.line - b.line || a.character - b.character);
    await stage('range formatting', () => lsp.Formatter?.formatDocumentRange(document, { textDocument, range: { start: from, end: to }, options: { insertSpaces: true, tabSize: 2 } }));
}

/** The preview model for the current cycle and one other: JSON-safe plain data with finite numbers. */
function checkPreview(Okr: OkrServices, documents: Iterable<LangiumDocument>, uri: URI, random: Random, problems: string[]): void {
    const all = [...documents];
    const current = previewModel(Okr, all, uri);
    for (const cycle of [undefined, ...(current.cycles.length > 0 ? [random.pick(current.cycles)] : [])]) {
        const tree = cycle === undefined ? current : previewModel(Okr, all, uri, cycle);
        const json = JSON.stringify(tree);
        if (JSON.stringify(JSON.parse(json)) !== json) problems.push(`preview model for ${cycle ?? 'the current cycle'} is not plain JSON data`);
        const bad = JSON.stringify(tree, (key, value) => (typeof value === 'number' && !Number.isFinite(value) ? `<<${value}>>` : value)).match(/"[^"]*":"<<[^>]*>>"/g);
        if (bad) problems.push(`preview model has numbers that are not finite: ${bad.slice(0, 3).join(', ')}`);
        const outOfRange = /"(?:progress|score)":(-[\d.e-]+|[2-9][\d.]*|1\.\d*[1-9])/.exec(json);
        if (outOfRange) problems.push(`preview model has a progress or score outside 0..1: ${outOfRange[0]}`);
    }
}

/**
 * The user's text as the language's lexer splits it: IDs, values, strings, the words of comments
 * and every character the lexer rejects; keywords left out. `except` (what a fix is about) is skipped.
 */
export function userWords(Okr: OkrServices, text: string, except?: { start: number; end: number }): Map<string, number> {
    const keywords = keywordsOf(Okr);
    const words = new Map<string, number>();
    const add = (word: string, offset: number) => {
        if (keywords.has(word) || (except && offset >= except.start && offset < except.end)) return;
        words.set(word, (words.get(word) ?? 0) + 1);
    };
    const { tokens, hidden, errors } = Okr.parser.Lexer.tokenize(text);
    for (const token of [...tokens, ...hidden]) {
        if (/COMMENT/.test(token.tokenType.name)) {
            for (const word of token.image.matchAll(/[^\s/*]+/g)) add(word[0], token.startOffset + word.index!);
        } else if (!/^\s*$/.test(token.image)) {
            add(token.image, token.startOffset);
        }
    }
    for (const error of errors) [...text.slice(error.offset, error.offset + error.length)].forEach(char => { if (char.trim()) add(char, error.offset); });
    return words;
}

const keywordCache = new WeakMap<OkrServices, Set<string>>();
function keywordsOf(Okr: OkrServices): Set<string> {
    let keywords = keywordCache.get(Okr);
    if (!keywords) {
        keywords = new Set(AstUtils.streamAllContents(Okr.Grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value));
        keywordCache.set(Okr, keywords);
    }
    return keywords;
}

/** What `before` has more often than `after` (multisets). */
export function lostItems(before: Map<string, number>, after: Map<string, number>): string[] {
    return [...before].filter(([word, count]) => (after.get(word) ?? 0) < count).map(([word]) => word);
}

/** Every quick fix offered for every diagnostic, applied: the result parses (when the original did) and keeps the user's words. */
async function checkQuickFixes(Okr: OkrServices, document: LangiumDocument, parses: boolean, problems: string[]): Promise<void> {
    const uri = document.uri.toString();
    const text = document.textDocument.getText();
    for (const diagnostic of (document.diagnostics ?? []).slice(0, 40)) {
        const actions = await Okr.lsp.CodeActionProvider?.getCodeActions(document, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }) ?? [];
        for (const action of actions) {
            const edits = editsOf(action, uri, problems);
            if (!edits) continue;
            const fixed = TextDocument.applyEdits(document.textDocument, edits);
            const label = `quick fix "${action.title}" for ${diagnostic.code} at ${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`;
            if (parses && !parsesCleanly({ parseResult: Okr.parser.LangiumParser.parse(fixed) })) problems.push(`${label} leaves text that does not parse:\n${fixed}`);
            const about = { start: document.textDocument.offsetAt(diagnostic.range.start), end: document.textDocument.offsetAt(diagnostic.range.end) };
            const lost = lostItems(userWords(Okr, text, about), userWords(Okr, fixed));
            if (lost.length > 0) problems.push(`${label} loses user text (${lost.slice(0, 5).join(', ')}):\n${fixed}`);
        }
    }
}

function editsOf(action: CodeAction | Command, uri: string, problems: string[]): TextEdit[] | undefined {
    if (!('edit' in action) || !action.edit) return undefined;
    const changes = action.edit.changes ?? {};
    const elsewhere = Object.keys(changes).filter(target => target !== uri);
    if (elsewhere.length > 0 || action.edit.documentChanges) problems.push(`quick fix "${action.title}" edits other documents: ${elsewhere.join(', ')}`);
    return changes[uri];
}

/** Formatting keeps the AST, the diagnostics and every comment, and formatting again changes nothing. */
async function checkFormatting(workspaces: FuzzWorkspaces, services: FuzzServices, document: LangiumDocument, problems: string[]): Promise<void> {
    const { Okr } = services;
    const original = document.textDocument.getText();
    const formatted = await formatOnce(Okr, document);
    if (formatted === original) return;
    const { document: reformatted, restore } = await workspaces.replace(services, document.uri, formatted);
    try {
        if (!parsesCleanly(reformatted)) {
            problems.push(`formatted text does not parse:\n${formatted}`);
            return;
        }
        if (astOf(Okr, reformatted) !== astOf(Okr, document)) problems.push(`formatting changes the AST:\n${formatted}`);
        const [before, after] = [diagnosticsOf(document), diagnosticsOf(reformatted)];
        if (before !== after) problems.push(`formatting changes the diagnostics:\n- ${before}\n+ ${after}`);
        const lostComments = lostItems(commentsOf(document), commentsOf(reformatted));
        if (lostComments.length > 0) problems.push(`formatting loses comments: ${lostComments.join(' | ')}`);
        const again = await formatOnce(Okr, reformatted);
        if (again !== formatted) problems.push(`formatting is not idempotent; second pass gives:\n${again}`);
    } finally {
        await restore();
    }
}

async function formatOnce(Okr: OkrServices, document: LangiumDocument): Promise<string> {
    const edits = await Okr.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { insertSpaces: false, tabSize: 8 } });
    return TextDocument.applyEdits(document.textDocument, edits);
}

/** The AST without positions; references by name and target path. */
export function astOf(Okr: OkrServices, document: LangiumDocument): string {
    return Okr.serializer.JsonSerializer.serialize(document.parseResult.value as AstNode, { refText: true, textRegions: false, comments: false });
}

/** Diagnostics as severity, code and message; messages may cite other lines (`a.okr:12`), which formatting moves. */
export function diagnosticsOf(document: LangiumDocument): string {
    return (document.diagnostics ?? []).map((d: Diagnostic) => `${d.severity} ${d.code} ${d.message.replace(/(\.okr):\d+/g, '$1:…')}`).sort().join('\n  ');
}

/** Comment texts (line comments without trailing blanks, which the formatter trims). */
export function commentsOf(document: LangiumDocument): Map<string, number> {
    const comments = new Map<string, number>();
    const root = document.parseResult.value.$cstNode;
    if (!root) return comments;
    for (const node of CstUtils.streamCst(root)) {
        if (!node.hidden || !/^\/[/*]/.test(node.text)) continue;
        const text = node.text.startsWith('//') ? node.text.trimEnd() : node.text;
        comments.set(text, (comments.get(text) ?? 0) + 1);
    }
    return comments;
}
