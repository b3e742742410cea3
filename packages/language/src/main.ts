/** The language server: `okr-language-server --stdio`, or started by the VS Code client over IPC. */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createOkrServices } from './okr-module.js';

const connection = createConnection(ProposedFeatures.all);
const { shared } = createOkrServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
