//! Native cost of a whole drafting session per ticket (triage, redaction, prompt, the offline
//! drafter as the model, the check, the audit chain), over the development corpus.
//! Prints p50/p95 per ticket, then criterion's mean. Run: `cargo bench --bench pipeline`.

use std::path::Path;
use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion};
use safedraft::check::Snippet;
use safedraft::eval::{run_offline, TriageCase};
use safedraft::Policy;

fn corpus() -> (Vec<serde_json::Value>, Vec<Snippet>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let tickets = std::fs::read_to_string(root.join("triage.jsonl")).expect("triage corpus");
    let tickets = tickets.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::to_value(TriageCase::parse(l).expect("case").ticket).unwrap()).collect();
    let snippets = serde_json::from_str(&std::fs::read_to_string(root.join("snippets.json")).expect("snippets")).expect("snippets JSON");
    (tickets, snippets)
}

fn bench_pipeline(c: &mut Criterion) {
    let (tickets, snippets) = corpus();
    let policy = Policy::default();
    let mut samples: Vec<f64> = Vec::new();
    for _ in 0..20 {
        for ticket in &tickets {
            let start = Instant::now();
            run_offline(&policy, ticket, &snippets).expect("packet");
            samples.push(start.elapsed().as_secs_f64() * 1e6);
        }
    }
    samples.sort_by(|a, b| a.total_cmp(b));
    let pick = |q: f64| samples[((samples.len() as f64 * q) as usize).min(samples.len() - 1)];
    println!("session per ticket: p50 {:.0} µs, p95 {:.0} µs ({} runs)", pick(0.5), pick(0.95), samples.len());
    c.bench_function("session, whole dev corpus", |b| b.iter(|| tickets.iter().filter_map(|t| run_offline(&policy, t, &snippets)).count()));
}

criterion_group!(benches, bench_pipeline);
criterion_main!(benches);
