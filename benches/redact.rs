//! Native redaction throughput on dense-PII and clean text at 1 KB, 64 KB and 1 MB, to show
//! the cost is linear in input length. Run: `cargo bench --bench redact`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use safedraft::redact::redact;

#[path = "support/bench_texts.rs"]
#[allow(dead_code)]
mod bench_texts;

use bench_texts::{clean, dense, text_of};

fn throughput(c: &mut Criterion) {
    for (name, unit) in [("dense", dense()), ("clean", clean())] {
        let mut group = c.benchmark_group(format!("redact_{name}"));
        for size in [1 << 10, 64 << 10, 1 << 20] {
            let text = text_of(size, &unit);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(size), &text, |b, text| b.iter(|| redact(text, &[])));
        }
        group.finish();
    }
}

criterion_group!(benches, throughput);
criterion_main!(benches);
