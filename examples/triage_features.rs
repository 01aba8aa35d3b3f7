//! Dumps what the learned kind scorer reads, one JSON line per ticket, for training it
//! (`scripts/train_kind_model.py`). Input: triage JSONL (`{"ticket", "expect"}`) on stdin.
use std::io::{BufRead, Write};

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::stdout().lock();
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line.expect("stdin");
        if line.trim().is_empty() {
            continue;
        }
        let case: serde_json::Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
        let ticket: safedraft::ticket::Ticket =
            serde_json::from_value(case["ticket"].clone()).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
        let ev = safedraft::triage::kind_evidence(&ticket);
        let row = serde_json::json!({
            "id": ticket.id,
            "words": ev.words.iter().map(|(w, s)| if *s { format!("s:{w}") } else { w.clone() }).collect::<Vec<_>>(),
            "cue_scores": ev.cue_scores,
            "cue_kind": ev.cue_kind.as_str(),
            "expect": case["expect"],
        });
        writeln!(out, "{row}").expect("stdout");
    }
}
