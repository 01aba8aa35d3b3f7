//! Native triage throughput: every ticket of the development corpus and our regression probes,
//! triaged one after another. Run with `cargo bench --bench triage`.

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use safedraft::eval::TriageCase;
use safedraft::{triage, Policy, Ticket};

fn tickets() -> Vec<Ticket> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    ["../shared/corpus/triage.jsonl", "tests/data/triage_regressions.jsonl"]
        .iter()
        .filter_map(|p| std::fs::read_to_string(root.join(p)).ok())
        .flat_map(|text| text.lines().filter(|l| !l.trim().is_empty()).map(|l| TriageCase::parse(l).expect("corpus line").ticket).collect::<Vec<_>>())
        .collect()
}

fn bench_triage(c: &mut Criterion) {
    let tickets = tickets();
    let policy = Policy::default();
    let mut group = c.benchmark_group("triage");
    group.throughput(Throughput::Elements(tickets.len() as u64));
    group.bench_function(format!("{} corpus tickets", tickets.len()), |b| {
        b.iter(|| tickets.iter().map(|t| triage(&policy, t).should_draft as usize).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, bench_triage);
criterion_main!(benches);
