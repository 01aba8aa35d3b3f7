//! The texts the redaction benchmark and profiling harness run on, shared with the browser
//! timing page through bench/redact-texts.json (all values fake).

const TEXTS: &str = include_str!("../../bench/redact-texts.json");

fn text(name: &str) -> String {
    let texts: serde_json::Value = serde_json::from_str(TEXTS).expect("bench/redact-texts.json is JSON");
    texts[name].as_str().unwrap_or_else(|| panic!("bench/redact-texts.json lacks {name}")).to_string()
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
