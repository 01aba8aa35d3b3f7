//! The redact section of the labelled corpora, run as a test with the thresholds.
//! - ../shared/corpus/redact.jsonl: the shared development set.
//! - tests/data/redact_holdout.jsonl: our held-out set, generated independently of the engine
//!   (tests/data/README.md), held to the thresholds the unseen set is scored against.

use std::path::Path;

use safedraft::eval::{evaluate_redact, render_redact, RedactCase, RedactReport};

fn report(relative: &str) -> RedactReport {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let cases: Vec<RedactCase> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| RedactCase::parse(l).unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), i + 1)))
        .collect();
    assert!(!cases.is_empty(), "no cases in {}", path.display());
    let report = evaluate_redact(&cases);
    println!("{relative}\n{}", render_redact(&report));
    report
}

fn assert_thresholds(r: &RedactReport, recall: f64, per_kind: f64, keep: f64) {
    assert!(r.recall >= recall, "recall {:.3} < {recall}", r.recall);
    for (kind, score) in &r.per_kind {
        let kind_recall = score.removed as f64 / score.expected as f64;
        assert!(kind_recall >= per_kind, "{kind} recall {kind_recall:.3} < {per_kind}");
    }
    assert!(r.keep_precision >= keep, "keep precision {:.3} < {keep}", r.keep_precision);
}

#[test]
fn development_corpus_meets_the_thresholds() {
    let r = report("../shared/corpus/redact.jsonl");
    assert_thresholds(&r, 0.99, 0.95, 0.98);
    assert_eq!(r.leaked_cases, 0, "leaks: {:?}", r.leaks);
}

#[test]
fn held_out_set_meets_the_unseen_thresholds() {
    let r = report("tests/data/redact_holdout.jsonl");
    assert_thresholds(&r, 0.97, 0.90, 0.97);
}
