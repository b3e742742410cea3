#!/usr/bin/env node
// `okr-language-server --stdio`: the language server for any LSP client.
require('../out/server.cjs');
