//! Native check of a typical cited draft (bench/bench-texts.json). Run: `cargo bench --bench check`.

use criterion::{criterion_group, criterion_main, Criterion};
use safedraft::check::{check, CheckContext};
use safedraft::Policy;

#[path = "support/bench_texts.rs"]
#[allow(dead_code)]
mod texts;

fn bench_check(c: &mut Criterion) {
    let (draft, context) = texts::typical_draft();
    let context = CheckContext::from_json(context).expect("bench context");
    let policy = Policy::default();
    c.bench_function("check typical draft", |b| b.iter(|| check(&draft, &context, &policy)));
}

criterion_group!(benches, bench_check);
criterion_main!(benches);
