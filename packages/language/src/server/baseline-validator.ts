/**
 * The editor honours the baseline that okr.config.json names (`"baseline": "okr-baseline.json"`)
 * the way `okr check` does (baseline.ts): the problems it records are not shown, and an
 * allowance larger than what is left shows as `stale-baseline`. A baseline that cannot be used
 * hides nothing, and its problem is shown on the baseline file itself.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumDocument, type ValidationOptions } from 'langium';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { applyBaseline, BaselineError, baselineKey, readBaseline, staleBaselineMessage, type Baseline } from '../config/baseline.js';
import { DiagnosticCode, lspSeverity } from '../config/catalog.js';
import type { OkrServices } from '../okr-module.js';
import { diagnosticCode, OkrDocumentValidator } from '../validation/okr-document-validator.js';
import { ruleHelpUri } from '../config/rule-docs.js';


interface Loaded { stamp: string; baseline?: Baseline; problem?: string }

export class BaselineDocumentValidator extends OkrDocumentValidator {
    private readonly loaded = new Map<string, Loaded>();
    private readonly services: OkrServices;

    constructor(services: OkrServices) {
        super(services);
        this.services = services;
    }

    /** The baseline files in use, so that a change to one re-checks the workspace. */
    baselineFiles(): string[] {
        return [...this.loaded.keys()];
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        if (document.uri.scheme !== 'file') return diagnostics;
        const { config, configPath } = this.settings.forDocument(document.uri);
        if (!config.baseline || !configPath) return diagnostics;
        const file = path.resolve(path.dirname(configPath), config.baseline);
        const baseline = this.load(file);
        if (!baseline) return diagnostics;
        const outcome = applyBaseline(diagnostics, d => diagnosticCode(d) ?? DiagnosticCode.Syntax, baseline.get(baselineKey(file, document.uri.fsPath)));
        const setting = config.rules[DiagnosticCode.StaleBaseline].severity;
        if (setting === 'off') return outcome.kept;
        const stale: Diagnostic[] = outcome.stale.map(entry => ({
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: lspSeverity(setting), code: DiagnosticCode.StaleBaseline, codeDescription: { href: ruleHelpUri(DiagnosticCode.StaleBaseline) },
            source: 'okr', data: { code: DiagnosticCode.StaleBaseline },
            message: staleBaselineMessage(entry, config.baseline!),
        }));
        return [...stale, ...outcome.kept];
    }

    /** Read again only when the file changed (size or time); a missing file hides nothing. */
    private load(file: string): Baseline | undefined {
        const stat = fs.statSync(file, { throwIfNoEntry: false });
        const stamp = stat ? `${stat.size}:${stat.mtimeMs}` : 'missing';
        const previous = this.loaded.get(file);
        if (previous?.stamp === stamp) return previous.baseline;
        let next: Loaded;
        try {
            next = stat ? { stamp, baseline: readBaseline(file, path.basename(file)) } : { stamp };
        } catch (error) {
            next = { stamp, problem: error instanceof BaselineError ? error.message : String(error) };
        }
        this.loaded.set(file, next);
        if (stat && previous?.problem !== next.problem) this.publishProblem(file, next.problem);
        return next.baseline;
    }

    private publishProblem(file: string, problem: string | undefined): void {
        const diagnostics: Diagnostic[] = problem ? [{
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: DiagnosticSeverity.Error, source: 'okr',
            message: `${problem.replace(/^baseline /, 'This baseline ')} Until then every problem is shown.`,
        }] : [];
        this.services.shared.lsp.Connection?.sendDiagnostics({ uri: URI.file(file).toString(), diagnostics }).catch(() => undefined);
    }
}
