#!/usr/bin/env bash
# Builds the installable Zendesk app from a clean checkout, in one command:
#   0. scripts/setup.sh: whatever is missing (wasm target, wasm-bindgen-cli, npm packages)
#   1. scripts/build-wasm.sh: the WebAssembly core into assets/wasm/ (with its size budget)
#   2. scripts/package.mjs: dist/safedraft-<version>.zip, after checking the manifest and the
#      translations; host-js/ is copied into assets/host-js/; anything outside the allowed file
#      set is refused. Extra arguments go to package.mjs (e.g. --out DIR).
# Upload the zip in Admin Center > Apps and integrations > Apps > Zendesk Support apps >
# Upload private app; docs/admin-install.md walks through it.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
bash scripts/build-wasm.sh
node scripts/package.mjs "$@"
