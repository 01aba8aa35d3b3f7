#!/usr/bin/env bash
# Builds the core as WebAssembly for the sidebar: cargo → wasm-bindgen (glue + TypeScript types)
# → wasm-opt -Oz (npm binaryen; Debian's older binaryen emits broken output). Prints the raw and
# gzipped sizes and fails above the 250 KB gzipped budget.
set -euo pipefail
cd "$(dirname "$0")/.."
out=assets/wasm
budget_kb=250

cargo build --lib --profile wasm --target wasm32-unknown-unknown
rm -rf "$out"
wasm-bindgen target/wasm32-unknown-unknown/wasm/safedraft.wasm --out-dir "$out" --target web --typescript
# --one-caller-inline-max-function-size: inlining big functions that have one caller makes the
# module smaller raw but larger gzipped (the copies compress worse), and gzipped is what the
# sidebar downloads. Measured (bench/wasm-timing.mjs, bench/sidebar-cold-start.mjs): no cap
# 264.9 KB gz; 100 → 252.7 KB; 50 → 244.5 KB with init and first triage as fast as uncapped;
# 20 → 242.6 KB but init +8 ms, first triage +6 ms. --low-memory-unused: Rust never uses the
# first 1 KB of memory.
node_modules/.bin/wasm-opt -Oz --low-memory-unused --one-caller-inline-max-function-size=50 --converge --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-reference-types --enable-multivalue --enable-mutable-globals --strip-producers --strip-target-features \
  "$out/safedraft_bg.wasm" -o "$out/safedraft_bg.wasm"

raw=$(stat -c %s "$out/safedraft_bg.wasm")
gz=$(gzip -9 -c "$out/safedraft_bg.wasm" | wc -c)
awk -v raw="$raw" -v gz="$gz" -v b="$budget_kb" 'BEGIN { printf "wasm: %d bytes raw, %d bytes gzipped (%.1f KB; budget %d KB)\n", raw, gz, gz / 1024, b }'
if [ "$gz" -gt $((budget_kb * 1024)) ]; then
  echo "wasm is over the ${budget_kb} KB gzipped budget" >&2
  exit 1
fi
