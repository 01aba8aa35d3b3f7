//! Scoring the core against a labelled corpus (../shared/corpus format), with the metrics the
//! corpus README names. The caller reads the files; these modules only parse and count.

mod check;
mod pipeline;
mod redact;
mod triage;

pub use check::{evaluate_check, render_check, CheckCase, CheckReport};
pub use pipeline::{evaluate_pipeline, render_pipeline, run_offline, PipelineReport};
pub use redact::{evaluate_redact, render_redact, RedactCase, RedactReport};
pub use triage::{evaluate_triage, render_triage, Miss, TriageCase, TriageReport};

/// `num / den`, and 1.0 when there is nothing to count.
fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        1.0
    } else {
        num as f64 / den as f64
    }
}

fn pct(x: f64) -> String {
    format!("{:6.1}%", 100.0 * x)
}
