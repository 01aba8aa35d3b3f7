//! The end-to-end section: on the triage corpus, the share of non-draftable tickets that end in
//! a handoff, and the share of draftable ones whose offline draft the checker lets through
//! (pass or warn). The drafting session will replace the direct calls here.

use std::fmt::Write;

use serde::Serialize;

use super::{pct, ratio, TriageCase};
use crate::check::{check, CheckContext, Snippet, Verdict};
use crate::drafter::{draft, search};
use crate::redact::model_view;
use crate::{triage, Policy};

#[derive(Debug, Clone, Default, Serialize)]
pub struct PipelineReport {
    pub non_draftable: usize,
    pub handed_off: usize,
    pub draftable: usize,
    pub drafted_pass: usize,
    pub drafted_warn: usize,
    /// Draftable tickets whose offline draft was blocked: (ticket id, rules).
    pub blocked: Vec<(String, Vec<String>)>,
}

pub fn evaluate_pipeline(policy: &Policy, cases: &[TriageCase], snippets: &[Snippet]) -> PipelineReport {
    let mut report = PipelineReport::default();
    for case in cases {
        let decision = triage(policy, &case.ticket);
        if !case.should_draft {
            report.non_draftable += 1;
            report.handed_off += usize::from(!decision.should_draft);
            continue;
        }
        report.draftable += 1;
        if !decision.should_draft {
            continue; // handed off though draftable: counts against the draft share
        }
        let (view, _) = model_view(&case.ticket, policy);
        let answer = draft(&view, decision.kind, decision.language, snippets, policy);
        let given: Vec<Snippet> = search(&view, snippets, 2).into_iter().cloned().collect();
        let context = CheckContext { snippets: given, language: Some(decision.language), ticket: Some(case.ticket.clone()), ..CheckContext::default() };
        let result = check(&answer.reply, &context, policy);
        match result.verdict {
            Verdict::Pass => report.drafted_pass += 1,
            Verdict::Warn => report.drafted_warn += 1,
            Verdict::Block => report.blocked.push((case.ticket.id.clone(), result.findings.iter().map(|f| f.rule.to_string()).collect())),
        }
    }
    report
}

pub fn render_pipeline(report: &PipelineReport) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "end to end (offline drafter, triage corpus)");
    let _ = writeln!(out, "  {:<34} {}  ({}/{})", "non-draftable → handoff", pct(ratio(report.handed_off, report.non_draftable)), report.handed_off, report.non_draftable);
    let ok = report.drafted_pass + report.drafted_warn;
    let _ = writeln!(out, "  {:<34} {}  ({ok}/{}; {} pass, {} warn)", "draftable → draft passes the check", pct(ratio(ok, report.draftable)), report.draftable, report.drafted_pass, report.drafted_warn);
    for (id, rules) in &report.blocked {
        let _ = writeln!(out, "    blocked {id:<10} {}", rules.join(","));
    }
    out
}
