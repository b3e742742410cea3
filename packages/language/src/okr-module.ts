/** Dependency injection for the OKR language, following Langium's five steps. */
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
    type PartialLangiumSharedServices,
} from 'langium/lsp';
import { OkrGeneratedModule, OkrGeneratedSharedModule } from './grammar/generated/module.js';
import { OkrCodeActionProvider } from './lsp/okr-code-action-provider.js';
import { OkrCodeLensProvider } from './lsp/okr-code-lens-provider.js';
import { OkrCompletionProvider } from './lsp/okr-completion-provider.js';
import { OkrDocumentBuilder } from './workspace/okr-document-builder.js';
import { OkrDocumentSymbolProvider } from './lsp/okr-document-symbol-provider.js';
import { OkrDocumentValidator } from './validation/okr-document-validator.js';
import { OkrFormatter } from './lsp/okr-formatter.js';
import { OkrHoverProvider } from './lsp/okr-hover-provider.js';
import { OkrNodeKindProvider } from './lsp/okr-node-kind-provider.js';
import { OkrRenameProvider } from './lsp/okr-rename-provider.js';
import { createOkrParser } from './grammar/okr-parser.js';
import { OkrScopeComputation } from './workspace/okr-scope-computation.js';
import { OkrSemanticTokenProvider } from './lsp/okr-semantic-token-provider.js';
import { OkrSettings } from './config/settings.js';
import { registerValidationChecks } from './validation/checks.js';
import { WorkspaceModelProvider } from './workspace/workspace-model-provider.js';
import { LazyAstNodeDescriptionProvider } from './workspace/lazy-node-descriptions.js';

// 1. Declare the services this language adds.
export type OkrAddedServices = {
    okr: {
        Settings: OkrSettings;
        WorkspaceModel: WorkspaceModelProvider;
    };
};

// 2. The full set of services.
export type OkrServices = LangiumServices & OkrAddedServices;

// 3. Bind the custom services; anything not listed keeps Langium's default.
export const OkrModule: Module<OkrServices, PartialLangiumServices & OkrAddedServices> = {
    okr: {
        Settings: () => new OkrSettings(),
        WorkspaceModel: (services) => new WorkspaceModelProvider(services.shared, services.okr.Settings),
    },
    parser: {
        LangiumParser: (services) => createOkrParser(services),
    },
    references: {
        ScopeComputation: (services) => new OkrScopeComputation(services),
    },
    validation: {
        DocumentValidator: (services) => new OkrDocumentValidator(services),
    },
    lsp: {
        Formatter: () => new OkrFormatter(),
        HoverProvider: (services) => new OkrHoverProvider(services),
        CodeLensProvider: (services) => new OkrCodeLensProvider(services),
        CodeActionProvider: (services) => new OkrCodeActionProvider(services),
        DocumentSymbolProvider: (services) => new OkrDocumentSymbolProvider(services),
        CompletionProvider: (services) => new OkrCompletionProvider(services),
        RenameProvider: (services) => new OkrRenameProvider(services),
        SemanticTokenProvider: (services) => new OkrSemanticTokenProvider(services),
    },
};

/** Shared (language-independent) services: symbol and completion icons. */
export const OkrSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        NodeKindProvider: () => new OkrNodeKindProvider(),
    },
    workspace: {
        DocumentBuilder: (shared) => new OkrDocumentBuilder(shared),
    },
};

/**
 * For one-shot runs (the CLI): nobody asks "where is this used?", so the index of references
 * that find-references and rename need is not built (about 6% of a large check), and no
 * editor reads the symbols' whole ranges (lazy-node-descriptions.ts).
 */
export const OkrBatchModule: Module<OkrServices, PartialLangiumServices> = {
    workspace: {
        ReferenceDescriptionProvider: () => ({ createDescriptions: async () => [] }),
        AstNodeDescriptionProvider: (services) => new LazyAstNodeDescriptionProvider(services),
    },
};

// 4. Create the injected services for the shared workspace and the language (`extra` overrides, e.g. OkrBatchModule;
//    `sharedExtra` adds shared services, e.g. the language server's commands).
export function createOkrServices(
    context: DefaultSharedModuleContext,
    extra?: Module<OkrServices, PartialLangiumServices>,
    sharedExtra?: Module<LangiumSharedServices, PartialLangiumSharedServices>,
): { shared: LangiumSharedServices; Okr: OkrServices } {
    const shared = inject(createDefaultSharedModule(context), OkrGeneratedSharedModule, OkrSharedModule, sharedExtra ?? {});
    const Okr = inject(createDefaultModule({ shared }), OkrGeneratedModule, OkrModule, extra ?? {});
    shared.ServiceRegistry.register(Okr);
    // 5. Register the validation checks.
    registerValidationChecks(Okr);
    if (!context.connection) {
        // No language client: nothing else configures the workspace.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Okr };
}
