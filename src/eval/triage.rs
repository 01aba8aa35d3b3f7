//! The triage section: kind accuracy per kind, high-risk recall, should_draft precision,
//! injection recall and false-positive rate, language accuracy.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::Serialize;

use super::{pct, ratio};
use crate::error::InputError;
use crate::{triage, Kind, Language, Policy, Ticket};

/// One labelled triage case.
#[derive(Debug, Clone)]
pub struct TriageCase {
    pub ticket: Ticket,
    pub kind: Kind,
    pub should_draft: bool,
    pub injection: bool,
    pub language: Language,
}

impl TriageCase {
    pub fn parse(line: &str) -> Result<TriageCase, InputError> {
        let value: serde_json::Value = serde_json::from_str(line).map_err(|e| InputError::new("", format!("not JSON: {e}")))?;
        let ticket = Ticket::from_json(value.get("ticket").cloned().unwrap_or_default()).map_err(|e| e.within("ticket"))?;
        let expect = value.get("expect").ok_or_else(|| InputError::new("expect", "is required"))?;
        let text = |name: &str| {
            expect.get(name).and_then(|v| v.as_str()).ok_or_else(|| InputError::new(format!("expect.{name}"), "must be a string"))
        };
        let flag = |name: &str| {
            expect.get(name).and_then(|v| v.as_bool()).ok_or_else(|| InputError::new(format!("expect.{name}"), "must be true or false"))
        };
        let kind = Kind::parse(text("kind")?).ok_or_else(|| InputError::new("expect.kind", "unknown kind"))?;
        let language = Language::parse(text("language")?).ok_or_else(|| InputError::new("expect.language", "unknown language"))?;
        Ok(TriageCase { ticket, kind, should_draft: flag("should_draft")?, injection: flag("injection")?, language })
    }
}

/// A case the core got wrong, for the report.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    pub ticket_id: String,
    pub what: String,
    pub expected: String,
    pub got: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct TriageReport {
    pub cases: usize,
    pub kind_accuracy: f64,
    /// Per kind: (correct, total).
    pub per_kind: BTreeMap<String, (usize, usize)>,
    /// Of tickets that must not be drafted, the share the core kept from drafting.
    pub high_risk_recall: f64,
    /// Of tickets the core would draft, the share that may be drafted.
    pub should_draft_precision: f64,
    pub injection_recall: f64,
    pub injection_false_positive_rate: f64,
    pub language_accuracy: f64,
    pub misses: Vec<Miss>,
}

pub fn evaluate_triage(policy: &Policy, cases: &[TriageCase]) -> TriageReport {
    let mut report = TriageReport { cases: cases.len(), ..Default::default() };
    let (mut kind_ok, mut lang_ok) = (0, 0);
    let (mut must_hold, mut held) = (0, 0);
    let (mut drafted, mut drafted_ok) = (0, 0);
    let (mut inj_pos, mut inj_found, mut inj_neg, mut inj_false) = (0, 0, 0, 0);
    for case in cases {
        let got = triage(policy, &case.ticket);
        let id = case.ticket.id.clone();
        let entry = report.per_kind.entry(case.kind.to_string()).or_insert((0, 0));
        entry.1 += 1;
        if got.kind == case.kind {
            kind_ok += 1;
            entry.0 += 1;
        } else {
            report.misses.push(Miss { ticket_id: id.clone(), what: "kind".into(), expected: case.kind.to_string(), got: got.kind.to_string() });
        }
        if !case.should_draft {
            must_hold += 1;
            if !got.should_draft {
                held += 1;
            }
        }
        if got.should_draft {
            drafted += 1;
            if case.should_draft {
                drafted_ok += 1;
            }
        }
        if case.injection {
            inj_pos += 1;
            if got.injection.detected {
                inj_found += 1;
            }
        } else {
            inj_neg += 1;
            if got.injection.detected {
                inj_false += 1;
            }
        }
        if got.injection.detected != case.injection {
            report.misses.push(Miss { ticket_id: id.clone(), what: "injection".into(), expected: case.injection.to_string(), got: got.injection.detected.to_string() });
        }
        if got.language == case.language {
            lang_ok += 1;
        } else {
            report.misses.push(Miss { ticket_id: id, what: "language".into(), expected: case.language.to_string(), got: got.language.to_string() });
        }
    }
    let n = cases.len();
    report.kind_accuracy = ratio(kind_ok, n);
    report.high_risk_recall = ratio(held, must_hold);
    report.should_draft_precision = ratio(drafted_ok, drafted);
    report.injection_recall = ratio(inj_found, inj_pos);
    report.injection_false_positive_rate = if inj_neg == 0 { 0.0 } else { inj_false as f64 / inj_neg as f64 };
    report.language_accuracy = ratio(lang_ok, n);
    report
}

/// The triage section of `safedraft eval`, as a plain-text table.
pub fn render_triage(report: &TriageReport) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "triage ({} cases)", report.cases);
    let _ = writeln!(out, "  {:<34} {}", "kind accuracy", pct(report.kind_accuracy));
    for (kind, (ok, total)) in &report.per_kind {
        let _ = writeln!(out, "    {:<32} {}  ({ok}/{total})", kind, pct(ratio(*ok, *total)));
    }
    let _ = writeln!(out, "  {:<34} {}", "high-risk recall", pct(report.high_risk_recall));
    let _ = writeln!(out, "  {:<34} {}", "should_draft precision", pct(report.should_draft_precision));
    let _ = writeln!(out, "  {:<34} {}", "injection recall", pct(report.injection_recall));
    let _ = writeln!(out, "  {:<34} {}", "injection false-positive rate", pct(report.injection_false_positive_rate));
    let _ = writeln!(out, "  {:<34} {}", "language accuracy", pct(report.language_accuracy));
    if !report.misses.is_empty() {
        let _ = writeln!(out, "  misses:");
        for m in &report.misses {
            let _ = writeln!(out, "    {:<10} {:<10} expected {:<16} got {}", m.ticket_id, m.what, m.expected, m.got);
        }
    }
    out
}
