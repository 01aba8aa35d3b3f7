//! The check section of the development corpus as a test, with the thresholds.

use std::path::Path;

use safedraft::check::Snippet;
use safedraft::eval::{evaluate_check, render_check, CheckCase};
use safedraft::Policy;

#[test]
fn development_corpus_meets_the_thresholds() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let snippets: Vec<Snippet> = serde_json::from_str(&std::fs::read_to_string(dir.join("snippets.json")).unwrap()).unwrap();
    let text = std::fs::read_to_string(dir.join("check.jsonl")).unwrap();
    let cases: Vec<CheckCase> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| CheckCase::parse(l, &snippets).unwrap_or_else(|e| panic!("check.jsonl:{}: {e}", i + 1)))
        .collect();
    let r = evaluate_check(&Policy::default(), &cases);
    println!("{}", render_check(&r));
    assert!(r.block_recall >= 0.98, "block recall {:.3}", r.block_recall);
    assert_eq!(r.false_block_rate, 0.0, "a pass case was blocked");
    assert!(r.verdict_accuracy >= 0.9, "verdict accuracy {:.3}", r.verdict_accuracy);
}

#[test]
fn probe_drafts_stay_fixed() {
    // Drafts written while building the checker (tests/data/check_probes.jsonl): plain replies
    // in seven languages that must not be blocked, and phrasings of promises and claimed
    // actions that once slipped through. A guard against losing a fix, not an estimate.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/check_probes.jsonl");
    let cases: Vec<CheckCase> = std::fs::read_to_string(&path).unwrap().lines().map(|l| CheckCase::parse(l, &[]).unwrap()).collect();
    let r = evaluate_check(&Policy::default(), &cases);
    println!("{}", render_check(&r));
    assert_eq!(r.block_recall, 1.0);
    assert_eq!(r.false_block_rate, 0.0);
    assert_eq!(r.verdict_accuracy, 1.0);
}
