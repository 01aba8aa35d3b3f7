//! The redact section: recall per kind and overall (a value counts as removed when it no longer
//! appears in the output), agreement on the kind, keep precision, and cases that leaked.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::Serialize;

use super::{pct, ratio};
use crate::error::InputError;
use crate::redact::{parse_domains, redact, RedactionKind};

#[derive(Debug, Clone)]
pub struct RedactCase {
    pub id: String,
    pub text: String,
    pub internal_domains: Vec<String>,
    pub expect: Vec<(RedactionKind, String)>,
    pub keep: Vec<String>,
}

impl RedactCase {
    pub fn parse(line: &str) -> Result<RedactCase, InputError> {
        let value: serde_json::Value = serde_json::from_str(line).map_err(|e| InputError::new("", format!("not JSON: {e}")))?;
        let string = |v: &serde_json::Value, field: String| v.as_str().map(str::to_string).ok_or_else(|| InputError::new(field, "must be a string"));
        let id = match value.get("id") {
            Some(serde_json::Value::Number(n)) => n.to_string(),
            Some(v) => string(v, "id".into())?,
            None => return Err(InputError::new("id", "is required")),
        };
        let text = string(value.get("text").unwrap_or(&serde_json::Value::Null), "text".into())?;
        let list = |field: &str| value.get(field).and_then(|v| v.as_array()).cloned().unwrap_or_default();
        let mut expect = Vec::new();
        for (i, item) in list("expect").iter().enumerate() {
            let name = string(item.get("kind").unwrap_or(&serde_json::Value::Null), format!("expect[{i}].kind"))?;
            let kind = RedactionKind::parse(&name).ok_or_else(|| InputError::new(format!("expect[{i}].kind"), format!("unknown kind `{name}`")))?;
            let found = string(item.get("value").unwrap_or(&serde_json::Value::Null), format!("expect[{i}].value"))?;
            expect.push((kind, found));
        }
        let keep = list("keep").iter().enumerate().map(|(i, v)| string(v, format!("keep[{i}]"))).collect::<Result<_, _>>()?;
        let internal_domains = parse_domains(value.get("internal_domains").cloned())?;
        Ok(RedactCase { id, text, internal_domains, expect, keep })
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct KindScore {
    pub expected: usize,
    pub removed: usize,
    /// Removed values whose finding also carried the expected kind.
    pub same_kind: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Leak {
    pub id: String,
    pub kind: RedactionKind,
    pub value: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct RedactReport {
    pub cases: usize,
    pub recall: f64,
    pub per_kind: BTreeMap<String, KindScore>,
    pub kind_agreement: f64,
    pub keep_precision: f64,
    pub leaked_cases: usize,
    pub leaks: Vec<Leak>,
    /// Look-alikes that should have survived: (case id, text).
    pub over_redacted: Vec<(String, String)>,
}

pub fn evaluate_redact(cases: &[RedactCase]) -> RedactReport {
    let mut report = RedactReport { cases: cases.len(), ..Default::default() };
    let (mut keep_total, mut kept) = (0, 0);
    for case in cases {
        let out = redact(&case.text, &case.internal_domains);
        let mut leaked = false;
        for (kind, value) in &case.expect {
            let score = report.per_kind.entry(kind.as_str().to_string()).or_default();
            score.expected += 1;
            if out.text.contains(value.as_str()) {
                leaked = true;
                report.leaks.push(Leak { id: case.id.clone(), kind: *kind, value: value.clone() });
                continue;
            }
            score.removed += 1;
            let same_kind = case.text.match_indices(value.as_str()).any(|(start, v)| {
                out.findings.iter().any(|f| f.kind == *kind && f.start < start + v.len() && f.end > start)
            });
            score.same_kind += usize::from(same_kind);
        }
        report.leaked_cases += usize::from(leaked);
        for keep in &case.keep {
            keep_total += 1;
            if out.text.contains(keep.as_str()) {
                kept += 1;
            } else {
                report.over_redacted.push((case.id.clone(), keep.clone()));
            }
        }
    }
    let expected: usize = report.per_kind.values().map(|s| s.expected).sum();
    let removed: usize = report.per_kind.values().map(|s| s.removed).sum();
    let same_kind: usize = report.per_kind.values().map(|s| s.same_kind).sum();
    report.recall = ratio(removed, expected);
    report.kind_agreement = ratio(same_kind, removed);
    report.keep_precision = ratio(kept, keep_total);
    report
}

/// The redact section of `safedraft eval`, as a plain-text table.
pub fn render_redact(report: &RedactReport) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "redact ({} cases)", report.cases);
    let _ = writeln!(out, "  {:<34} {}", "recall", pct(report.recall));
    for (kind, s) in &report.per_kind {
        let _ = writeln!(out, "    {:<32} {}  ({}/{}, kind agrees on {})", kind, pct(ratio(s.removed, s.expected)), s.removed, s.expected, s.same_kind);
    }
    let _ = writeln!(out, "  {:<34} {}", "kind agreement", pct(report.kind_agreement));
    let _ = writeln!(out, "  {:<34} {}", "keep precision", pct(report.keep_precision));
    let _ = writeln!(out, "  {:<34} {:>7}", "cases with a leaked value", report.leaked_cases);
    for leak in &report.leaks {
        let shown: String = leak.value.chars().take(40).collect();
        let _ = writeln!(out, "    leaked   {:<10} {:<16} {shown}", leak.id, leak.kind.as_str());
    }
    for (id, keep) in &report.over_redacted {
        let _ = writeln!(out, "    removed  {id:<10} {:<16} {keep}", "(keep)");
    }
    out
}
