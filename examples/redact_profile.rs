//! A profiling harness for redaction: redacts 1 MB of the benchmark's dense or clean text 50
//! times, so that `perf record ./target/release/examples/redact_profile dense` has one hot loop
//! to look at. Pass a second argument to time detection alone (no placeholders).
//! Criterion (`cargo bench --bench redact`) gives the figures; this gives the profile.

#[path = "../benches/support/bench_texts.rs"]
#[allow(dead_code)]
mod bench_texts;

fn main() {
    let mut args = std::env::args().skip(1);
    let unit = if args.next().as_deref() == Some("dense") { bench_texts::dense() } else { bench_texts::clean() };
    let detect_only = args.next().is_some();
    let text = bench_texts::text_of(1 << 20, &unit);
    let mut found = 0;
    for _ in 0..50 {
        found += if detect_only { safedraft::redact::detect(&text, &[]).len() } else { safedraft::redact::redact(&text, &[]).findings.len() };
    }
    println!("{found} findings");
}
