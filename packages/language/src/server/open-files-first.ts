/**
 * Cold start in a large workspace: the editor restores its open files right after start-up,
 * and Langium would show their diagnostics only once every file of the workspace has been
 * read, parsed and linked (seconds for 1,000 files). Before that scan, the files already open
 * are checked on their own, and what that can tell for sure is published at once: the
 * diagnostics no other file can change (syntax, missing owners, measures, text rules, …).
 * Anything that reads other files (references, IDs, counts across files, alignment, cycles)
 * waits for the scan; the full build that follows publishes the complete diagnostics, the
 * same a build of the whole workspace gives. The early pass leaves nothing behind: the
 * documents go back to "parsed" and join the workspace build.
 */
import { Cancellation, DefaultWorkspaceManager, DocumentState, URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { WorkspaceFolder } from 'vscode-languageserver';
import { DiagnosticCode } from '../config/catalog.js';
import type { OkrServices } from '../okr-module.js';
import { diagnosticCode } from '../validation/okr-document-validator.js';

/**
 * The codes whose checks read only the node they check, its file's settings and its own
 * subtree: a file checked alone gets exactly the ones a workspace build gives it. A code
 * missing here is only published after the scan (the safe default for a new check).
 */
const FILE_LOCAL_CODES: ReadonlySet<string> = new Set([
    DiagnosticCode.Syntax, DiagnosticCode.InvalidDate, DiagnosticCode.InvalidNumber, DiagnosticCode.InvalidConfidence,
    DiagnosticCode.InvalidWeight, DiagnosticCode.InvalidRange, DiagnosticCode.NoChange, DiagnosticCode.TooManyKeyResults,
    DiagnosticCode.MissingKeyResults, DiagnosticCode.ActivityKeyResult, DiagnosticCode.UnmeasurableKeyResult,
    DiagnosticCode.MaintenanceObjective, DiagnosticCode.KpiMissingRange, DiagnosticCode.KpiMissingOwner,
    DiagnosticCode.KpiMissingCadence, DiagnosticCode.KpiMissingDefinition, DiagnosticCode.MissingOwner, DiagnosticCode.UnitMismatch,
]);

export function isFileLocalCode(code: string | undefined): boolean {
    return code !== undefined && FILE_LOCAL_CODES.has(code);
}

export class OpenFilesFirstWorkspaceManager extends DefaultWorkspaceManager {
    private readonly shared: LangiumSharedServices;
    private early: LangiumDocument[] = [];

    constructor(shared: LangiumSharedServices) {
        super(shared as LangiumSharedCoreServices);
        this.shared = shared;
    }

    override async initializeWorkspace(folders: WorkspaceFolder[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        try {
            await this.checkOpenFilesAlone();
        } catch (error) {
            // Only a head start: the workspace build below checks these files anyway.
            console.error('OKR: checking the open files before the workspace scan failed:', error);
            this.forgetEarlyPass();
        }
        await super.initializeWorkspace(folders, cancelToken);
    }

    /** The workspace scan skips documents that already exist: the early ones join its build here. */
    protected override async performStartup(folders: WorkspaceFolder[]): Promise<LangiumDocument[]> {
        const documents = await super.performStartup(folders);
        const early = this.early.filter(document => this.langiumDocuments.hasDocument(document.uri) && !documents.includes(document));
        this.early = [];
        return [...early, ...documents];
    }

    private async checkOpenFilesAlone(): Promise<void> {
        const { TextDocuments, LangiumDocuments, LangiumDocumentFactory, IndexManager } = this.shared.workspace;
        const connection = this.shared.lsp.Connection;
        if (!TextDocuments || !connection) return;
        // The editor sends didOpen right after `initialized`: let notifications already received be handled.
        await new Promise(resolve => setImmediate(resolve));
        const open = TextDocuments.all().map(buffer => ({ buffer, uri: URI.parse(buffer.uri) }))
            .filter(({ uri }) => this.serviceRegistry.hasServices(uri) && !LangiumDocuments.hasDocument(uri));
        if (open.length === 0) return;
        for (const { buffer, uri } of open) {
            // From the editor's buffer, not the disk: it may hold unsaved edits, or a file not created yet.
            const document = LangiumDocumentFactory.fromTextDocument(buffer, uri);
            LangiumDocuments.addDocument(document);
            this.early.push(document);
        }
        const token = Cancellation.CancellationToken.None;
        for (const document of this.early) {
            await IndexManager.updateContent(document, token);
            document.state = DocumentState.IndexedContent;
        }
        for (const document of this.early) {
            const services = this.serviceRegistry.getServices(document.uri);
            document.localSymbols = await services.references.ScopeComputation.collectLocalSymbols(document, token);
            document.state = DocumentState.ComputedScopes;
        }
        const okr = this.serviceRegistry.all.find(services => 'okr' in services) as OkrServices | undefined;
        okr?.okr.WorkspaceModel.invalidate();
        for (const document of this.early) {
            const services = this.serviceRegistry.getServices(document.uri);
            await services.references.Linker.link(document, token);
            document.state = DocumentState.Linked;
            const diagnostics = await services.validation.DocumentValidator.validateDocument(document, {}, token);
            const sure = diagnostics.filter(diagnostic => isFileLocalCode(diagnosticCode(diagnostic)));
            await connection.sendDiagnostics({ uri: document.uri.toString(), diagnostics: sure });
        }
        this.forgetEarlyPass();
    }

    /** Back to "parsed": no index entries, scopes, links or diagnostics of the lone check stay. */
    private forgetEarlyPass(): void {
        for (const document of this.early) this.documentBuilder.resetToState(document, DocumentState.Parsed);
        const okr = this.serviceRegistry.all.find(services => 'okr' in services) as OkrServices | undefined;
        okr?.okr.WorkspaceModel.invalidate();
    }
}
