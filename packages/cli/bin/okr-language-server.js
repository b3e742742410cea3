#!/usr/bin/env node
// `okr-language-server --stdio`: the language server for any LSP client (Neovim, Helix, Emacs…).
import '../out/server.cjs';
