"""Side by side: safedraft vs Presidio (default recognizers) vs detect-secrets on the same
redaction corpus. Prints recall per kind, overall recall, and throughput (MB/s) from one run.

Run through bench/compare_python.sh, which makes its own venv. Not part of the test command.

Notes on fairness:
- Presidio's default recognizers include spaCy NER (PERSON, LOCATION, ...). The spaCy models
  are downloaded from GitHub, which this machine cannot reach, so Presidio runs with a blank
  English pipeline: every pattern recognizer (e-mail, phone, card, IBAN, IP, SSN, URL, crypto,
  ...) works; NER-only entities do not. Corpus kinds are all pattern-shaped, so this costs
  Presidio little recall and makes it faster than with a full model.
- A value counts as found when the tool's spans cover all of it (the same rule safedraft's
  scorer applies: the value must be gone from the output).
"""
import json
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "../shared/corpus/redact.jsonl", ROOT / "tests/data/redact_holdout.jsonl"]
BINARY = ROOT / "target/release/safedraft"


def load_cases():
    cases = []
    for path in CORPORA:
        if path.exists():
            cases += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return cases


def covered(text, value, spans):
    """Whether every occurrence of value lies inside one of the (start, end) char spans."""
    start = text.find(value)
    if start < 0:
        return False
    while start >= 0:
        end = start + len(value)
        if not any(s <= start and end <= e for s, e in spans):
            return False
        start = text.find(value, start + 1)
    return True


SAFEDRAFT_REPEAT = 200  # amortises process start-up; the time reported is per pass


def safedraft_spans(cases):
    lines = "\n".join(json.dumps({"id": i, "text": c["text"], **({"internal_domains": c["internal_domains"]} if c.get("internal_domains") else {})}) for i, c in enumerate(cases))
    started = time.perf_counter()
    out = subprocess.run([str(BINARY), "redact"], input=("\n".join([lines] * SAFEDRAFT_REPEAT)).encode(), capture_output=True, check=True).stdout
    elapsed = (time.perf_counter() - started) / SAFEDRAFT_REPEAT
    spans = []
    for case, line in zip(cases, out.decode().splitlines()):
        raw = case["text"].encode()
        # Byte offsets → character offsets.
        spans.append([(len(raw[: f["start"]].decode()), len(raw[: f["end"]].decode())) for f in json.loads(line)["findings"]])
    return spans, elapsed


def presidio_spans(cases):
    import logging

    # Without network access tldextract logs a traceback, then uses its bundled suffix list.
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    import spacy
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    blank = ROOT / "target/bench-venv/blank_en"
    if not blank.exists():
        spacy.blank("en").to_disk(blank)
    provider = NlpEngineProvider(nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": str(blank)}]})
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    analyzer.analyze(text="warm up", language="en")
    started = time.perf_counter()
    spans = [[(r.start, r.end) for r in analyzer.analyze(text=c["text"], language="en")] for c in cases]
    return spans, time.perf_counter() - started


def detect_secrets_spans(cases):
    from detect_secrets.core.scan import scan_line
    from detect_secrets.settings import default_settings

    spans = []
    with default_settings():
        started = time.perf_counter()
        for c in cases:
            found, offset = [], 0
            for line in c["text"].split("\n"):
                for secret in scan_line(line):
                    value = secret.secret_value or ""
                    at = line.find(value) if value else -1
                    if at >= 0:
                        found.append((offset + at, offset + at + len(value)))
                offset += len(line) + 1
            spans.append(found)
        elapsed = time.perf_counter() - started
    return spans, elapsed


def main():
    cases = load_cases()
    megabytes = sum(len(c["text"].encode()) for c in cases) / 1e6
    tools = {"safedraft": safedraft_spans, "presidio": presidio_spans, "detect-secrets": detect_secrets_spans}
    results = {}
    for name, run in tools.items():
        spans, elapsed = run(cases)
        per_kind = defaultdict(Counter)
        for case, case_spans in zip(cases, spans):
            for exp in case["expect"]:
                per_kind[exp["kind"]]["n"] += 1
                per_kind[exp["kind"]]["found"] += covered(case["text"], exp["value"], case_spans)
        results[name] = (per_kind, elapsed)
    kinds = sorted({k for per_kind, _ in results.values() for k in per_kind})
    print(f"{len(cases)} cases, {megabytes * 1000:.1f} KB of text\n")
    print(f"{'kind':<18}" + "".join(f"{name:>16}" for name in tools))
    for kind in kinds:
        row = f"{kind:<18}"
        for name in tools:
            c = results[name][0][kind]
            row += f"{c['found']:>3}/{c['n']:<3} {100 * c['found'] / c['n']:4.0f}%".rjust(16)
        print(row)
    print()
    base_recall = base_speed = None
    for name in tools:
        per_kind, elapsed = results[name]
        n = sum(c["n"] for c in per_kind.values())
        found = sum(c["found"] for c in per_kind.values())
        recall, speed = found / n, megabytes / elapsed
        if base_recall is None:
            base_recall, base_speed = recall, speed
        print(f"{name:<16} recall {100 * recall:5.1f}%   {speed:10.3f} MB/s   ({elapsed * 1000:8.1f} ms)"
              + ("" if name == "safedraft" else f"   safedraft is {base_speed / speed:,.0f}x faster, recall {100 * (base_recall - recall):+.1f} points"))
    print(f"\nsafedraft runs as the CLI (JSON Lines in and out) over {SAFEDRAFT_REPEAT} passes of the corpus; the others run in-process.")


if __name__ == "__main__":
    sys.exit(main())
