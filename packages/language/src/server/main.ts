/** The language server: `okr-language-server --stdio`, or started by the VS Code client over IPC. */
import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { OkrServerModule, OkrServerSharedModule, registerOkrLanguageServerFeatures } from './index.js';
import { checkCommandLine } from './command-line.js';
import { OkrFileSystem } from '../workspace/okr-file-system-provider.js';
import { createOkrServices } from '../okr-module.js';

checkCommandLine();
const connection = createConnection(ProposedFeatures.all);
const { shared, Okr } = createOkrServices({ connection, ...OkrFileSystem }, OkrServerModule, OkrServerSharedModule);
registerOkrLanguageServerFeatures(shared, Okr);
startLanguageServer(shared);
