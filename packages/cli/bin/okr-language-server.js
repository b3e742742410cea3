#!/usr/bin/env node
// `okr-language-server --stdio`: the language server for any LSP client (Neovim, Helix, Emacs…).
require('../out/server.cjs');
