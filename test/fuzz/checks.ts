/**
 * What the fuzzer asks of every case: parse and validate it in its workspace, hover, complete,
 * navigate, format, apply every quick fix and build the preview model, through the language
 * services' own interfaces. Nothing may throw or log an error, and no case may keep the services
 * busy for over 1 s (the checker's own verification is not counted).
 * Where the text parses, formatting must be idempotent and keep the AST, the diagnostics and
 * every comment; a quick fix must leave text that parses and keep the user's words.
 */
import { AstUtils, CstUtils, GrammarAST, TextDocument, type AstNode, type LangiumDocument, type URI } from 'langium';
import type { CodeAction, Command, Diagnostic, Position, TextEdit } from 'vscode-languageserver';
import { CONFIG_FILE_NAME, isDiagnosticCode, type OkrServices } from 'okr-language';
import type { Random } from './random.js';
import { previewModel, type FuzzServices, type FuzzWorkspaces } from './workspace.js';

/** Time the language services may spend on one case (the checker's own verification is not counted). */
export const CASE_BUDGET_MS = 1000;

export interface CaseOutcome {
    /** Time spent in the language services (what an editor would wait for). */
    ms: number;
    parses: boolean;
    /** Each a one-line headline, then details (stack, texts). Empty: the case passed. */
    problems: string[];
}

/** Times calls into the language services, by feature. */
class ServiceClock {
    readonly byFeature = new Map<string, number>();
    total = 0;

    async time<T>(feature: string, run: () => T | Promise<T>): Promise<T> {
        const start = performance.now();
        try {
            return await run();
        } finally {
            const elapsed = performance.now() - start;
            this.total += elapsed;
            this.byFeature.set(feature, (this.byFeature.get(feature) ?? 0) + elapsed);
        }
    }

    slowest(count: number): string {
        return [...this.byFeature].sort((a, b) => b[1] - a[1]).slice(0, count).map(([feature, ms]) => `${feature} ${Math.round(ms)} ms`).join(', ');
    }
}

/** Runs one step of a case: an exception becomes a problem. */
type Stage = <T>(name: string, run: () => T | Promise<T>) => Promise<T | undefined>;

/** Runs one case: `text` in place of `file` in its workspace, probed at random positions. */
export async function runCase(workspaces: FuzzWorkspaces, file: { path: string; workspace: string }, text: string, random: Random): Promise<CaseOutcome> {
    const problems: string[] = [];
    const logged: string[] = [];
    const clock = new ServiceClock();
    const stage: Stage = async (name, run) => {
        try {
            return await run();
        } catch (error) {
            problems.push(`${name} threw: ${describe(error)}`);
            return undefined;
        }
    };
    const releaseConsole = captureConsole(logged);
    let parses = false;
    try {
        const services = await workspaces.servicesFor(file.workspace);
        const { Okr } = services;
        const uri = workspaces.uriOf(file.path);
        const replaced = await stage('parse and validate', () => clock.time('parse and validate', () => workspaces.replace(services, uri, text)));
        if (replaced) {
            try {
                const { document } = replaced;
                parses = parsesCleanly(document);
                checkDiagnostics(document, problems);
                const serve: Stage = (name, run) => stage(name, () => clock.time(name, run));
                await probeEditorFeatures(Okr, document, random, serve);
                await serve('preview model', () => checkPreview(Okr, services.shared.workspace.LangiumDocuments.all, uri, random, problems));
                await stage('quick fixes', () => checkQuickFixes(Okr, document, parses, problems, clock));
                if (parses) await stage('formatting', () => checkFormatting(workspaces, services, document, problems, clock));
                else await serve('formatting', () => Okr.lsp.Formatter!.formatDocument(document, { textDocument: { uri: uri.toString() }, options: { insertSpaces: true, tabSize: 2 } }));
            } finally {
                await stage('restore workspace', replaced.restore);
            }
        }
    } finally {
        releaseConsole();
    }
    if (logged.length > 0) problems.push(`logged an error: ${logged.join('\n')}`);
    if (clock.total > CASE_BUDGET_MS) problems.push(`slow: ${Math.round(clock.total)} ms (budget ${CASE_BUDGET_MS} ms); ${clock.slowest(4)}`);
    return { ms: clock.total, parses, problems };
}

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

/** The preview model for the current cycle and one other: plain JSON data, finite numbers, progress and scores in 0..1. */
function checkPreview(Okr: OkrServices, documents: Iterable<LangiumDocument>, uri: URI, random: Random, problems: string[]): void {
    const all = [...documents];
    const current = previewModel(Okr, all);
    for (const cycle of [undefined, ...(current.cycles.length > 0 ? [random.pick(current.cycles)] : [])]) {
        const tree = cycle === undefined ? current : previewModel(Okr, all, cycle);
        JSON.stringify(tree); // throws on a circular tree
        const found: string[] = [];
        findNonPlainData(tree, 'tree', found);
        if (found.length > 0) problems.push(`preview model for ${cycle ?? 'the current cycle'}: ${found.slice(0, 5).join('; ')}`);
    }
}

function findNonPlainData(value: unknown, where: string, found: string[]): void {
    if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return;
    if (typeof value === 'number') {
        if (!Number.isFinite(value)) found.push(`${where} is ${value}`);
        else if (/\.(progress|score)$/.test(where) && (value < 0 || value > 1)) found.push(`${where} is ${value}, outside 0..1`);
    } else if (Array.isArray(value)) {
        value.forEach((item, index) => (item === undefined ? found.push(`${where}[${index}] is undefined`) : findNonPlainData(item, `${where}[${index}]`, found)));
    } else if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
        for (const [key, item] of Object.entries(value)) findNonPlainData(item, `${where}.${key}`, found);
    } else {
        found.push(`${where} is not plain data (${typeof value})`);
    }
}

/**
 * The words of the user's text, token by token as the language's lexer splits it (IDs, values,
 * strings, comments, characters it rejects), keywords left out: a fix may move words (a title
 * into an initiative, `aligns a` into a comment) but not lose them. Words that start inside
 * `except` (what a fix is about) are not counted.
 */
export function userWords(Okr: OkrServices, text: string, except?: { start: number; end: number }): Map<string, number> {
    const keywords = keywordsOf(Okr);
    const words = new Map<string, number>();
    const addWordsOf = (image: string, offset: number) => {
        for (const word of image.matchAll(/[\p{L}\p{N}_$€£¥%]+/gu)) {
            const at = offset + word.index!;
            if (except && at >= except.start && at < except.end) continue;
            words.set(word[0], (words.get(word[0]) ?? 0) + 1);
        }
    };
    const { tokens, hidden, errors } = Okr.parser.Lexer.tokenize(text);
    for (const token of [...tokens, ...hidden]) {
        if (!keywords.has(token.image)) addWordsOf(token.image, token.startOffset);
    }
    for (const error of errors) addWordsOf(text.slice(error.offset, error.offset + error.length), error.offset);
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
async function checkQuickFixes(Okr: OkrServices, document: LangiumDocument, parses: boolean, problems: string[], clock: ServiceClock): Promise<void> {
    const uri = document.uri.toString();
    const text = document.textDocument.getText();
    // As an editor asks at the cursor: one diagnostic at a time (the first 40 of them).
    for (const diagnostic of (document.diagnostics ?? []).slice(0, 40)) {
        const params = { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } };
        const actions = await clock.time('code actions', () => Okr.lsp.CodeActionProvider?.getCodeActions(document, params)) ?? [];
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

/** The edits a fix makes to its own document. Besides that document, a fix may only edit the workspace's okr.config.json (the vocabulary fix). */
function editsOf(action: CodeAction | Command, uri: string, problems: string[]): TextEdit[] | undefined {
    if (!('edit' in action) || !action.edit) return undefined;
    const changes = action.edit.changes ?? {};
    const isConfig = (target: string) => target.endsWith(`/${CONFIG_FILE_NAME}`);
    const created = (action.edit.documentChanges ?? []).map(change => ('textDocument' in change ? change.textDocument.uri : 'uri' in change ? change.uri : change.newUri));
    const elsewhere = [...Object.keys(changes), ...created].filter(target => target !== uri && !isConfig(target));
    if (elsewhere.length > 0) problems.push(`quick fix "${action.title}" edits other documents: ${elsewhere.join(', ')}`);
    return changes[uri];
}

/** Formatting keeps the AST, the diagnostics and every comment, and formatting again changes nothing. */
async function checkFormatting(workspaces: FuzzWorkspaces, services: FuzzServices, document: LangiumDocument, problems: string[], clock: ServiceClock): Promise<void> {
    const { Okr } = services;
    const original = document.textDocument.getText();
    const formatted = await clock.time('formatting', () => formatOnce(Okr, document));
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

/** Diagnostics as severity, code and message; messages may cite lines (`a.okr:12`, `at line 12`), which formatting moves. */
export function diagnosticsOf(document: LangiumDocument): string {
    return (document.diagnostics ?? []).map((d: Diagnostic) => `${d.severity} ${d.code} ${d.message.replace(/(\.okr:|\bline )\d+/g, '$1…')}`).sort().join('\n  ');
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
