#!/usr/bin/env node
// `okr-language-server --stdio`: the language server for any LSP client.
import '../out/server.cjs';
