#!/usr/bin/env bash
# Side-by-side comparison with the Python tools people use today (Presidio, detect-secrets) on
# the redaction corpus. Makes its own venv under target/ (pinned versions, from PyPI) and
# builds the release binary. Not part of the test command: `bash bench/compare_python.sh`.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/bench-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q presidio-analyzer==2.2.366 detect-secrets==1.5.0
fi
cargo build --release --bin safedraft
"$venv/bin/python" bench/compare_python.py
