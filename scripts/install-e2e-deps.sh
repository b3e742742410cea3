#!/usr/bin/env bash
# Debian packages the end-to-end tests need (`npm run test:e2e`):
#   chromium          the browser playwright-core drives (never `playwright install`)
#   ripgrep           stands in for the binary @vscode/ripgrep would download from GitHub
#   neovim            the second LSP client (test/e2e/neovim.e2e.mjs)
#   build headers     code-server's native modules (kerberos, @vscode/spdlog, node-pty, native-keymap)
# Idempotent and quiet: does nothing when everything is present. Needs root (or sudo) to install.
# CI runs it first, as root, with CI=true and no stdin.
set -euo pipefail
PKGS=(chromium ripgrep neovim libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev python3 make g++ pkg-config tar)
missing=()
for p in "${PKGS[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p"); done
if ((${#missing[@]} == 0)); then
  echo "e2e dependencies present"
  exit 0
fi
SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO=(sudo -n)
  else echo "missing Debian packages: ${missing[*]} — run this script as root (or with passwordless sudo)" >&2; exit 1; fi
fi
echo "installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq </dev/null >/dev/null
"${SUDO[@]}" apt-get install -y -qq "${missing[@]}" </dev/null >/dev/null
echo "e2e dependencies installed"
