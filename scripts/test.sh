#!/usr/bin/env bash
# README command #2: every test. Installs what is missing first (wasm target, wasm-bindgen-cli,
# npm packages, Debian's chromium + chromedriver), then runs, stopping at the first failure:
#   1. native Rust tests (unit, CLI, corpus thresholds)
#   2. the wasm build (prints raw/gzipped size, fails over budget)
#   3. the Zendesk app package: manifest and translations against ZAF's rules, the zip's contents,
#      and a scan proving the bundle has no send path
#   4. the wasm API in headless Chromium (wasm-bindgen-test)
#   5. browser end-to-end tests of the demo helpdesk and sidebar (Playwright + Chromium)
set -euo pipefail
cd "$(dirname "$0")/.."

section() { printf '\n=== %s ===\n' "$*"; }
started=$SECONDS

section "setup"
bash scripts/setup.sh --browser

section "native tests (cargo test --release)"
cargo test --release

section "wasm build"
bash scripts/build-wasm.sh

section "Zendesk app package (manifest, translations, zip; offline ZAF rules)"
npm run --silent test:package

section "wasm API in headless Chromium (wasm-bindgen-test)"
# wasm-bindgen-test-runner reads webdriver.json from the working directory (Chromium flags).
CHROMEDRIVER=$(command -v chromedriver) \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --release --target wasm32-unknown-unknown --test wasm_api

section "browser end-to-end (Playwright, Debian chromium)"
npm run test:e2e

section "all tests passed in $((SECONDS - started)) s"
