#!/usr/bin/env bash
# README command #1: installs what is missing, builds the wasm core, starts the local demo
# helpdesk and prints its URL (http://127.0.0.1:8787/ unless PORT is set; PORT=0 picks a free one).
# Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
bash scripts/build-wasm.sh
# exec: the server gets Ctrl-C / SIGTERM directly and shuts down cleanly.
exec node demo/server.js
