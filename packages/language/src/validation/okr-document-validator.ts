/**
 * Turns Langium's diagnostics into the product's: every diagnostic gets its catalog code
 * (`syntax`, `unresolved-reference`, …), the configured severity (or is dropped when "off"),
 * and suppression comments apply, with unused ones reported.
 */
import { Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck, type AstNode, type LangiumDocument, type ValidationAcceptor, type ValidationOptions } from 'langium';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { DiagnosticCode, isDiagnosticCode, lspSeverity, type SeveritySetting } from '../config/catalog.js';
import { ruleHelpUri } from '../config/rule-docs.js';
import type { OkrConfig } from '../config/config.js';
import type { OkrServices } from '../okr-module.js';
import type { OkrSettings } from '../config/settings.js';
import { findSuppressions, suppresses } from './suppressions.js';
import { syntaxMessage } from './syntax-messages.js';
import { uncountedDiagnostics } from './check-context.js';
import { OkrFileSystemProvider } from '../workspace/okr-file-system-provider.js';
import { exceedsFileLimit, tooLargeMessage } from '../io/source-files.js';
import { nodesInOrder } from '../workspace/ast-walk.js';


/** The catalog code of a diagnostic, also for Langium's built-in lexing, parsing and linking errors. */
export function diagnosticCode(diagnostic: Diagnostic): string | undefined {
    const code = (diagnostic.data as { code?: string } | undefined)?.code ?? diagnostic.code;
    if (code === DocumentValidator.LinkingError) return DiagnosticCode.UnresolvedReference;
    if (typeof code === 'string' && (code.startsWith('lexing-') || code === DocumentValidator.ParsingError)) return DiagnosticCode.Syntax;
    return typeof code === 'string' ? code : undefined;
}

export class OkrDocumentValidator extends DefaultDocumentValidator {
    protected readonly settings: OkrSettings;
    private readonly fileSystem: unknown;

    constructor(services: OkrServices) {
        super(services);
        this.settings = services.okr.Settings;
        this.fileSystem = services.shared.workspace.FileSystemProvider;
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const unread = this.whyNotRead(document);
        if (unread) {
            return [withCode({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: unread }, DiagnosticCode.Syntax, 'error')];
        }
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const { config } = this.settings.forDocument(document.uri);
        return applyPolicy(document, diagnostics, config);
    }

    /**
     * As Langium's, node by node in the same order, over a plain list of the nodes (ast-walk.ts),
     * and without waiting between nodes when nothing can cancel (the CLI).
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        const cancellable = cancelToken !== Cancellation.CancellationToken.None;
        const nodes = nodesInOrder(rootNode, { skipBelow: node => !this.validateSingleNodeOptions(node, options).validateChildren });
        for (const node of nodes) {
            if (cancellable) await interruptAndCheck(cancelToken);
            if (!this.validateSingleNodeOptions(node, options).validateNode) continue;
            for (const check of this.validationRegistry.getChecks(node.$type, options.categories)) {
                await check(node, acceptor, cancelToken);
            }
        }
    }

    /** Why a document's text was not parsed: over the size limit, or a file that could not be read. */
    private whyNotRead(document: LangiumDocument): string | undefined {
        const text = document.textDocument.getText();
        if (exceedsFileLimit(text)) return tooLargeMessage(Buffer.byteLength(text, 'utf8'));
        return this.fileSystem instanceof OkrFileSystemProvider && text === '' ? this.fileSystem.problemOf(document.uri) : undefined;
    }
}

/** The code, its configured severity, and the link to the code's page (editors show the code as that link). */
function withCode(diagnostic: Diagnostic, code: string, setting: SeveritySetting): Diagnostic {
    const severity = lspSeverity(setting === 'off' ? 'error' : setting);
    const link = isDiagnosticCode(code) ? { codeDescription: { href: ruleHelpUri(code) } } : {};
    return { ...diagnostic, code, ...link, severity, source: 'okr', data: { ...(diagnostic.data as object), code } };
}

export function applyPolicy(document: LangiumDocument, diagnostics: Diagnostic[], config: OkrConfig): Diagnostic[] {
    const suppressions = findSuppressions(document.parseResult.value);
    const used = suppressions.map(() => new Set<string>());
    const result: Diagnostic[] = [];
    for (const diagnostic of diagnostics) {
        const code = diagnosticCode(diagnostic) ?? DiagnosticCode.Syntax;
        const line = diagnostic.range.start.line;
        // A suppression is used even where the configuration turns its code off: the file may be checked with another one.
        const silencedBy = code === DiagnosticCode.Syntax ? -1 : suppressions.findIndex(s => suppresses(s, code, line));
        if (silencedBy >= 0) {
            used[silencedBy].add(code);
            continue;
        }
        // A file that does not parse is always an error: no configuration turns that off.
        const setting = code === DiagnosticCode.Syntax ? 'error' : config.rules[code as DiagnosticCode]?.severity ?? 'error';
        if (setting === 'off') continue;
        const message = code === DiagnosticCode.UnresolvedReference ? unresolvedMessage(diagnostic)
            : code === DiagnosticCode.Syntax ? syntaxMessage(diagnostic.message) : diagnostic.message;
        result.push(withCode({ ...diagnostic, message }, code, setting));
    }
    const unusedSetting = config.rules[DiagnosticCode.UnusedSuppression].severity;
    if (unusedSetting !== 'off') {
        suppressions.forEach((suppression, index) => {
            for (const message of unusedMessages(suppression.codes, suppression.unknownCodes, used[index])) {
                result.push(withCode({ range: suppression.range, message, severity: DiagnosticSeverity.Information }, DiagnosticCode.UnusedSuppression, unusedSetting));
            }
        });
    }
    result.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    return capPerCode(result, uncountedDiagnostics.get(document));
}

/**
 * At most this many diagnostics of one code in one file; the rest become one that says how many
 * there are. Past it they tell the reader nothing new, and a generated or hostile file (40,000
 * copies of one ID) would otherwise flood the editor, the terminal and CI logs.
 */
export const MAX_DIAGNOSTICS_PER_CODE = 1000;

function capPerCode(diagnostics: Diagnostic[], uncounted = new Map<string, number>()): Diagnostic[] {
    const counts = new Map<string, number>(uncounted);
    for (const diagnostic of diagnostics) counts.set(String(diagnostic.code), (counts.get(String(diagnostic.code)) ?? 0) + 1);
    if ([...counts.values()].every(count => count <= MAX_DIAGNOSTICS_PER_CODE)) return diagnostics;
    const seen = new Map<string, number>();
    return diagnostics.flatMap(diagnostic => {
        const code = String(diagnostic.code);
        const index = (seen.get(code) ?? 0) + 1;
        seen.set(code, index);
        if (index <= MAX_DIAGNOSTICS_PER_CODE) return [diagnostic];
        if (index > MAX_DIAGNOSTICS_PER_CODE + 1) return [];
        const hidden = counts.get(code)! - MAX_DIAGNOSTICS_PER_CODE;
        return [{ ...diagnostic, message: `${hidden.toLocaleString('en-US')} more "${code}" problems in this file are not shown: okr reports at most ${MAX_DIAGNOSTICS_PER_CODE.toLocaleString('en-US')} of each kind per file. Fix the ones above first.` }];
    });
}

function unusedMessages(codes: string[], unknownCodes: string[], used: Set<string>): string[] {
    const messages = unknownCodes.map(code => `"${code}" is not a diagnostic code, so this suppression silences nothing. Check the spelling or remove it.`);
    if (codes.length === 0 && used.size === 0) {
        messages.push('This suppression silences nothing here. Remove it.');
    }
    for (const code of codes) {
        if (!unknownCodes.includes(code) && !used.has(code)) {
            messages.push(`This suppression of "${code}" silences nothing here. Remove it.`);
        }
    }
    return messages;
}

const REFERENCE_KIND: Record<string, string> = {
    aligns: 'objective or strategy', guardrails: 'KPI', moves: 'KPI', unit: 'unit', parent: 'unit', custom: 'cycle',
};
const DEFINE_HINT: Record<string, string> = {
    aligns: '`objective NAME "…" { … }` in an okrs block, or `strategy NAME "…"`',
    guardrails: '`kpi NAME "…" { … }` in a kpis block', moves: '`kpi NAME "…" { … }` in a kpis block',
    unit: '`team NAME "…" in PARENT`', parent: '`department NAME "…" in PARENT`', custom: '`cycle NAME "…" from DATE to DATE`',
};

/** "No KPI named `x`. Define it with `kpi x …`, or fix the name." instead of Langium's generic text. */
function unresolvedMessage(diagnostic: Diagnostic): string {
    const data = diagnostic.data as { refText?: string; property?: string } | undefined;
    const property = data?.property ?? '';
    const name = data?.refText;
    if (!name || !REFERENCE_KIND[property]) return diagnostic.message;
    const hint = DEFINE_HINT[property].replaceAll('NAME', name);
    return `No ${REFERENCE_KIND[property]} named "${name}" exists in the workspace. Define it with ${hint}, or fix the name.`;
}
