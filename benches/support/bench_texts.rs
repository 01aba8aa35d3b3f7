//! The texts the redaction and check benchmarks and the profiling harness run on, shared with the browser
//! timing page through bench/bench-texts.json (all values fake).

const TEXTS: &str = include_str!("../../bench/bench-texts.json");

fn text(name: &str) -> String {
    let texts: serde_json::Value = serde_json::from_str(TEXTS).expect("bench/bench-texts.json is JSON");
    texts[name].as_str().unwrap_or_else(|| panic!("bench/bench-texts.json lacks {name}")).to_string()
}

/// Every line carries PII or a secret.
pub fn dense() -> String {
    text("dense")
}

/// Ordinary support prose with look-alikes (versions, dates, prices, references) and no PII.
pub fn clean() -> String {
    text("clean")
}

/// `unit` repeated to at least `size` bytes.
pub fn text_of(size: usize, unit: &str) -> String {
    unit.repeat(size.div_ceil(unit.len()))
}

/// A typical cited draft and its check context (JSON, as the `check` input's fields).
pub fn typical_draft() -> (String, serde_json::Value) {
    let texts: serde_json::Value = serde_json::from_str(TEXTS).expect("bench/bench-texts.json is JSON");
    let draft = texts["typical_draft"]["draft"].as_str().expect("typical_draft.draft").to_string();
    (draft, texts["typical_draft"]["context"].clone())
}
