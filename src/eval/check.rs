//! The check section: verdict accuracy, block recall, false-block rate on pass cases, and
//! recall per rule (a rule counts as found when the checker fires it on a case that expects it).

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::Serialize;

use super::{pct, ratio};
use crate::check::{check, CheckContext, Snippet, Verdict};
use crate::error::InputError;
use crate::Policy;

#[derive(Debug, Clone)]
pub struct CheckCase {
    pub id: String,
    pub draft: String,
    pub context: CheckContext,
    pub verdict: Verdict,
    pub rules: Vec<String>,
}

impl CheckCase {
    /// Parses a corpus line; `context.snippets` may list ids, resolved against `snippets`.
    pub fn parse(line: &str, snippets: &[Snippet]) -> Result<CheckCase, InputError> {
        let mut value: serde_json::Value = serde_json::from_str(line).map_err(|e| InputError::new("", format!("not JSON: {e}")))?;
        let id = match value.get("id") {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(serde_json::Value::Number(n)) => n.to_string(),
            _ => return Err(InputError::new("id", "must be a string or a number")),
        };
        let draft = value.get("draft").and_then(|d| d.as_str()).ok_or_else(|| InputError::new("draft", "must be a string"))?.to_string();
        let mut context = value.get_mut("context").map(serde_json::Value::take).unwrap_or_default();
        if let Some(list) = context.get_mut("snippets").and_then(|s| s.as_array_mut()) {
            for item in list.iter_mut() {
                if let Some(found) = item.as_str().and_then(|id| snippets.iter().find(|s| s.id == id)) {
                    *item = serde_json::json!({"id": found.id, "kind": found.kind, "title": found.title, "body": found.body, "topics": found.topics});
                }
            }
        }
        let context = CheckContext::from_json(context).map_err(|e| e.within("context"))?;
        let expect = value.get("expect").ok_or_else(|| InputError::new("expect", "is required"))?;
        let verdict = match expect.get("verdict").and_then(|v| v.as_str()) {
            Some("pass") => Verdict::Pass,
            Some("warn") => Verdict::Warn,
            Some("block") => Verdict::Block,
            _ => return Err(InputError::new("expect.verdict", "must be pass, warn or block")),
        };
        let rules = expect.get("rules").and_then(|r| r.as_array()).map(|r| r.iter().filter_map(|x| x.as_str().map(String::from)).collect()).unwrap_or_default();
        Ok(CheckCase { id, draft, context, verdict, rules })
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct CheckReport {
    pub cases: usize,
    pub verdict_accuracy: f64,
    pub block_recall: f64,
    pub false_block_rate: f64,
    pub pass_with_findings: f64,
    /// Per rule: (found, expected).
    pub per_rule: BTreeMap<String, (usize, usize)>,
    /// (case id, expected verdict, got verdict, rules fired).
    pub misses: Vec<(String, String, String, Vec<String>)>,
}

fn verdict_name(v: Verdict) -> &'static str {
    match v {
        Verdict::Pass => "pass",
        Verdict::Warn => "warn",
        Verdict::Block => "block",
    }
}

pub fn evaluate_check(policy: &Policy, cases: &[CheckCase]) -> CheckReport {
    let mut report = CheckReport { cases: cases.len(), ..Default::default() };
    let (mut right, mut blocks, mut blocked, mut passes, mut false_blocks, mut noisy) = (0, 0, 0, 0, 0, 0);
    for case in cases {
        let mut context = case.context.clone();
        context.internal_domains.extend(policy.internal_domains.iter().cloned());
        let got = check(&case.draft, &context, policy);
        let fired: Vec<String> = got.findings.iter().map(|f| f.rule.to_string()).collect();
        right += usize::from(got.verdict == case.verdict);
        if case.verdict == Verdict::Block {
            blocks += 1;
            blocked += usize::from(got.verdict == Verdict::Block);
        }
        if case.verdict == Verdict::Pass {
            passes += 1;
            false_blocks += usize::from(got.verdict == Verdict::Block);
            noisy += usize::from(!got.findings.is_empty());
        }
        let mut missed_rule = false;
        for rule in &case.rules {
            let entry = report.per_rule.entry(rule.clone()).or_insert((0, 0));
            entry.1 += 1;
            if fired.contains(rule) {
                entry.0 += 1;
            } else {
                missed_rule = true;
            }
        }
        if got.verdict != case.verdict || missed_rule || (case.verdict == Verdict::Pass && !fired.is_empty()) {
            report.misses.push((case.id.clone(), verdict_name(case.verdict).into(), verdict_name(got.verdict).into(), fired));
        }
    }
    report.verdict_accuracy = ratio(right, cases.len());
    report.block_recall = ratio(blocked, blocks);
    report.false_block_rate = if passes == 0 { 0.0 } else { false_blocks as f64 / passes as f64 };
    report.pass_with_findings = if passes == 0 { 0.0 } else { noisy as f64 / passes as f64 };
    report
}

pub fn render_check(report: &CheckReport) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "check ({} cases)", report.cases);
    let _ = writeln!(out, "  {:<34} {}", "verdict accuracy", pct(report.verdict_accuracy));
    let _ = writeln!(out, "  {:<34} {}", "block recall", pct(report.block_recall));
    let _ = writeln!(out, "  {:<34} {}", "false-block rate on pass cases", pct(report.false_block_rate));
    let _ = writeln!(out, "  {:<34} {}", "pass cases with any finding", pct(report.pass_with_findings));
    for (rule, (found, expected)) in &report.per_rule {
        let _ = writeln!(out, "    {:<32} {}  ({found}/{expected})", rule, pct(ratio(*found, *expected)));
    }
    for (id, expected, got, fired) in &report.misses {
        let _ = writeln!(out, "    miss {id:<8} expected {expected:<5} got {got:<5} fired {}", fired.join(","));
    }
    out
}
