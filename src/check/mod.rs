//! The pre-save gate: decides `pass`, `warn` or `block` for a model's draft and explains every
//! finding with a span the agent can see. The draft is untrusted; nothing here asks the model.
//!
//! - [`template`]: greeting first, closing last, at most five bullets, length.
//! - [`claims`]: sentences that need receipts (refund, credit, SLA, policy, action taken), their
//!   citations, promises (`commitment`) and claimed actions (`false_action`).
//! - [`leaks`]: secrets, PII, leftover placeholders, internal notes and links, injected
//!   instructions echoed back, and the reply's language.

mod claims;
mod context;
mod leaks;
mod lexicon;
mod sentences;
mod template;

#[cfg(test)]
mod tests;

use serde::Serialize;

pub use claims::ClaimKind;
pub use context::{CheckContext, CheckInput, Snippet};

use crate::policy::{Policy, Severity};

/// A sentence of the draft that needs a receipt, with what it cites.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    pub kind: ClaimKind,
    pub text: String,
    pub citations: Vec<String>,
    /// Every citation is in the context and its snippet covers the claim's kind.
    pub supported: bool,
    #[serde(skip)]
    pub start: usize,
    #[serde(skip)]
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    /// UTF-8 byte offsets into the draft (the wasm boundary converts to UTF-16).
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Pass,
    Warn,
    Block,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckResult {
    pub verdict: Verdict,
    pub claims: Vec<Claim>,
    pub findings: Vec<Finding>,
}

/// The `check` output line, fields in SPEC.md's order.
#[derive(Debug, Clone, Serialize)]
pub struct CheckOutput {
    pub id: serde_json::Value,
    pub verdict: Verdict,
    pub claims: Vec<Claim>,
    pub findings: Vec<Finding>,
}

impl CheckOutput {
    pub fn new(id: serde_json::Value, result: CheckResult) -> CheckOutput {
        CheckOutput { id, verdict: result.verdict, claims: result.claims, findings: result.findings }
    }
}

/// A finding before the policy gives it a severity.
pub(crate) struct Raw {
    pub rule: &'static str,
    pub message: String,
    pub span: std::ops::Range<usize>,
}

fn severity(policy: &Policy, rule: &str) -> Severity {
    match policy.severity.get(rule) {
        Some(s) => *s,
        None if matches!(rule, "template" | "length" | "language_mismatch") => Severity::Warn,
        None => Severity::Block,
    }
}

/// Checks a draft against its context under the admin's policy.
pub fn check(draft: &str, context: &CheckContext, policy: &Policy) -> CheckResult {
    let sentences = sentences::split(draft);
    let mut raw = Vec::new();
    template::check(draft, &sentences, policy.max_words as usize, &mut raw);
    let claims = claims::check(draft, &sentences, context, policy.no_commitments, &mut raw);
    leaks::check(draft, &sentences, context, policy, &mut raw);
    let mut findings: Vec<Finding> = raw
        .into_iter()
        .map(|r| Finding { rule: r.rule, severity: severity(policy, r.rule), message: r.message, start: r.span.start, end: r.span.end })
        .collect();
    crate::sort::sort_by_key(&mut findings, |f| (f.start, f.end, f.rule));
    findings.dedup_by(|a, b| a.rule == b.rule && a.start == b.start && a.end == b.end);
    let verdict = if findings.iter().any(|f| f.severity == Severity::Block) {
        Verdict::Block
    } else if findings.is_empty() {
        Verdict::Pass
    } else {
        Verdict::Warn
    };
    CheckResult { verdict, claims, findings }
}
