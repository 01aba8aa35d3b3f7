#!/usr/bin/env python3
"""Trains the learned kind scorer (src/triage/model.rs) and writes src/triage/kind_model.txt.

    python3 scripts/train_kind_model.py                 # train on every labelled set, write weights
    python3 scripts/train_kind_model.py --cv            # leave-one-set-out accuracy, writes nothing
    python3 scripts/train_kind_model.py --cv --held t1  # hold out only the named sets

Features come from the Rust core itself (`examples/triage_features.rs`), so training and
inference read the same words. Multinomial logistic regression, AdaGrad with L2; a seeded
shuffle makes the output reproducible. Standard library only.

Sets written by the rule authors while tuning the cue lists make the cue scores look better
than they are on new text; the `triage_train_*` sets were written after the cue lists, so
cross-validating on them (the default --cv) measures the scorer as it will meet unseen tickets.
"""
import argparse, glob, json, math, os, random, subprocess, sys, collections

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = ["security", "billing_refund", "billing", "legal", "outage", "bug", "how_to", "account", "feature_request", "other"]
HIGH = {"security", "billing_refund", "legal", "outage"}
# These must equal the constants of the same names in model.rs.
STEM_CHARS = 4
CUE_CAP, CUE_SCALE = 6.0, 3.0
HIGH_RISK_SHARE = 0.15
# Training.
EPOCHS, L2, RATE, SEED = 20, 1e-3, 0.1, 1
# A word seen in fewer tickets than this cannot generalise, and would cost wasm bytes.
# Leave-one-set-out over the 24 exam sets AJ–BG at the 15% share: 16 holds 538/542 high-risk
# tickets and keeps 96.9% of everyday ones; 14 holds 539/542 and keeps the same. Over the 18
# sets BH–BY (5,588 tickets): 16 holds 396/400 and keeps 658/680; 20 holds 398/400 and keeps
# 656/680, with about 450 fewer features; with the BZ–CB cue changes, 24 holds 398/400 and keeps
# 662/680, 28 holds 398/400 and keeps 658/680.
MIN_TICKETS = 24
# Stored weight = round(w * SCALE), shifted by OFFSET into one character of '0'..'?': sixteen
# levels, so model.rs packs two weights into a byte at compile time (measured: 0.6 KB less
# gzipped wasm than one character each). Fewer than 0.1% of weights reach the ends of [-6, 9].
SCALE, OFFSET, TOP = 5, 6, 15
# Features whose stored weights all stay below this are dropped. (2 would drop 266 words that
# move no kind by more than one step and save 1.5 KB of gzipped wasm, but leave-one-set-out
# over the 24 exam sets AJ–BG loses a point: everyday kept 96.1% against 97.0%, kind 93.2%
# against 94.2%.)
KEEP_FROM = 1


def labelled_sets():
    """Every labelled triage file: the shared development corpus and tests/data."""
    files = [os.path.join(ROOT, "..", "shared", "corpus", "triage.jsonl")]
    files += sorted(glob.glob(os.path.join(ROOT, "tests", "data", "triage_*.jsonl")))
    return [f for f in files if os.path.exists(f)]


def set_name(path):
    """Files a1..a6 are one author's set; group them so cross-validation holds out whole sets."""
    base = os.path.basename(path)[: -len(".jsonl")]
    if base.startswith("triage_train_"):
        return base[len("triage_train_"):]
    if base.startswith("triage_holdout_"):
        return base[len("triage_holdout_"):].rstrip("0123456789")
    return base


def dump_features(paths):
    subprocess.run(["cargo", "build", "--quiet", "--release", "--example", "triage_features"], cwd=ROOT, check=True)
    exe = os.path.join(ROOT, "target", "release", "examples", "triage_features")
    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            out = subprocess.run([exe], stdin=f, capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            row = json.loads(line)
            row["set"] = set_name(path)
            rows.append(row)
    return rows


def features(row):
    """Mirrors model.rs `features`: word stems (bare), `c:KIND` cue scores, `ck:KIND`."""
    out = {}
    for word in row["words"]:
        word = word[2:] if word.startswith("s:") else word
        if len(word) < 2 or all("0" <= c <= "9" for c in word):
            continue
        out[word[:STEM_CHARS]] = 1.0
    for kind, score in zip(KINDS, row["cue_scores"]):
        if score > 0:
            out["c:" + kind] = min(score, CUE_CAP) / CUE_SCALE
    out["ck:" + row["cue_kind"]] = 1.0
    return out


def softmax(z):
    m = max(z)
    e = [math.exp(v - m) for v in z]
    s = sum(e)
    return [v / s for v in e]


def score(weights, bias, x):
    z = bias[:]
    for f, v in x.items():
        w = weights.get(f)
        if w is not None:
            for k in range(10):
                z[k] += w[k] * v
    return z


def train(xs, ys):
    seen = collections.Counter(f for x in xs for f in x)
    xs = [{f: v for f, v in x.items() if seen[f] >= MIN_TICKETS or ":" in f} for x in xs]
    weights = collections.defaultdict(lambda: [0.0] * 10)
    squares = collections.defaultdict(lambda: [1e-8] * 10)
    bias = [0.0] * 10
    order = list(range(len(xs)))
    rng = random.Random(SEED)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            x, y = xs[i], ys[i]
            p = softmax(score(weights, bias, x))
            for k in range(10):
                bias[k] -= 0.05 * (p[k] - (k == y))
            for f, v in x.items():
                w, g2 = weights[f], squares[f]
                for k in range(10):
                    g = (p[k] - (k == y)) * v + L2 * w[k]
                    g2[k] += g * g
                    w[k] -= RATE * g / math.sqrt(g2[k])
    return quantized(weights, bias)


def quantized(weights, bias):
    """The weights as stored: integers in [-OFFSET, TOP - OFFSET]. A feature adds the same value
    to every kind's score without changing the probabilities, so each feature's weights are
    first shifted by their median; most then sit at zero, which compresses well."""
    stored = {}
    for f, w in weights.items():
        median = sorted(w)[len(w) // 2]
        q = [max(-OFFSET, min(TOP - OFFSET, round((v - median) * SCALE))) for v in w]
        if max(map(abs, q)) >= KEEP_FROM:
            stored[f] = q
    return stored, [round(b * SCALE) for b in bias]


def decide(p):
    """Mirrors model.rs `decide`: when the high-risk kinds together reach HIGH_RISK_SHARE, the
    likeliest of them; otherwise the likeliest everyday kind."""
    high = sum(p[k] for k in range(10) if KINDS[k] in HIGH) >= HIGH_RISK_SHARE
    return max((k for k in range(10) if (KINDS[k] in HIGH) == high), key=lambda k: p[k])


def probabilities(stored, qbias, x):
    weights = {f: [v / SCALE for v in w] for f, w in stored.items()}
    return softmax(score(weights, [b / SCALE for b in qbias], x))


def cross_validate(rows, held_sets):
    xs = [features(r) for r in rows]
    ys = [KINDS.index(r["expect"]["kind"]) for r in rows]
    total = collections.Counter()
    shares = []  # (high-risk share, truly high-risk) per held-out ticket, for the threshold sweep
    for held in held_sets:
        train_idx = [i for i, r in enumerate(rows) if r["set"] != held]
        test_idx = [i for i, r in enumerate(rows) if r["set"] == held]
        stored, qbias = train([xs[i] for i in train_idx], [ys[i] for i in train_idx])
        t = collections.Counter()
        for i in test_idx:
            p, y = probabilities(stored, qbias, xs[i]), ys[i]
            k = decide(p)
            high_cue = any(rows[i]["cue_scores"][j] > 0 for j in range(10) if KINDS[j] in HIGH)
            shares.append((sum(p[j] for j in range(10) if KINDS[j] in HIGH), KINDS[y] in HIGH, high_cue))
            cue = KINDS.index(rows[i]["cue_kind"])
            t.update(n=1, right=k == y, cue_right=cue == y)
            if KINDS[y] in HIGH:
                t.update(high=1, held=KINDS[k] in HIGH, cue_held=KINDS[cue] in HIGH)
            else:
                t.update(low=1, kept=KINDS[k] not in HIGH)
        total.update(t)
        print(f"{held:>6}: kind {t['right']}/{t['n']} (cues alone {t['cue_right']})  "
              f"high-risk {t['held']}/{t['high']} (cues alone {t['cue_held']})  everyday kept {t['kept']}/{t['low']}")
    n, high, low = total["n"], max(total["high"], 1), max(total["low"], 1)
    print(f"   all: kind {total['right'] / n:.3f} (cues alone {total['cue_right'] / n:.3f})  "
          f"high-risk recall {total['held'] / high:.3f} (cues alone {total['cue_held'] / high:.3f})  "
          f"everyday kept {total['kept'] / low:.3f}")
    # What another HIGH_RISK_SHARE would trade: high-risk tickets kept from drafting against
    # everyday tickets still drafted.
    n_high = sum(1 for _, h, _ in shares if h)
    for threshold in (0.1, 0.125, 0.15, 0.175, 0.2, 0.25, 0.3):
        held_high = sum(1 for s, h, _ in shares if h and s >= threshold)
        kept_low = sum(1 for s, h, _ in shares if not h and s < threshold)
        print(f"  share {threshold:<5}: high-risk recall {held_high}/{n_high}  everyday kept {kept_low}/{len(shares) - n_high}")
    # The same trade when tickets without any high-risk cue need a larger share.
    for no_cue in (0.2, 0.25, 0.3, 0.4):
        need = lambda cue: HIGH_RISK_SHARE if cue else no_cue
        held_high = sum(1 for s, h, c in shares if h and s >= need(c))
        kept_low = sum(1 for s, h, c in shares if not h and s < need(c))
        print(f"  share {HIGH_RISK_SHARE} with a high-risk cue, {no_cue} without: high-risk recall {held_high}/{n_high}  everyday kept {kept_low}/{len(shares) - n_high}")


def front_coded(names):
    """Each sorted name as one digit, the characters it shares with the previous name (at most
    9), then the rest: "refu" after "refe" is "3u". Saves about 2 KB of gzipped wasm."""
    out, prev = [], ""
    for name in names:
        shared = 0
        while shared < min(len(prev), len(name), 9) and prev[shared] == name[shared]:
            shared += 1
        out.append(f"{shared}{name[shared:]}")
        prev = name
    return out


def write(stored, qbias, path, n_rows):
    names = sorted(f for f, w in stored.items() if any(w))
    lines = [
        "# Learned kind scorer: written by scripts/train_kind_model.py from "
        f"{n_rows} labelled tickets; do not edit.",
        "# Kinds: " + " ".join(KINDS),
        f"scale {SCALE}",
        f"offset {OFFSET}",
        "bias " + " ".join(str(b) for b in qbias),
        f"features {len(names)}",
        *front_coded(names),
        # One line per kind: feature i's weight is character i, minus '0', minus the offset.
        *("".join(chr(ord("0") + stored[f][k] + OFFSET) for f in names) for k in range(10)),
    ]
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    return len(names)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cv", action="store_true", help="leave-one-set-out accuracy; writes nothing")
    ap.add_argument("--held", nargs="*", help="with --cv: the sets to hold out (default: the triage_train_* sets)")
    args = ap.parse_args()
    rows = dump_features(labelled_sets())
    if args.cv:
        default = sorted({r["set"] for r in rows if r["set"][0] == "t" and r["set"][1:].isdigit()})
        cross_validate(rows, args.held or default)
        return
    stored, qbias = train([features(r) for r in rows], [KINDS.index(r["expect"]["kind"]) for r in rows])
    path = os.path.join(ROOT, "src", "triage", "kind_model.txt")
    n = write(stored, qbias, path, len(rows))
    print(f"{len(rows)} tickets, {n} features -> {os.path.relpath(path, ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
