//! The end-to-end section: every triage-corpus ticket runs through the drafting session with the
//! offline drafter and a snippet-search tool; reported are the share of non-draftable tickets
//! that end in a handoff and the share of draftable ones whose draft the checker lets through.

use std::fmt::Write;

use serde::Serialize;

use super::{pct, ratio, TriageCase};
use crate::check::{Snippet, Verdict};
use crate::drafter::search_text;
use crate::session::{offline_answer, Effect, ReviewPacket, Session};
use crate::Policy;

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

/// Runs one ticket through a session as a host would (tools answered from the ticket and the
/// snippets, the model by the offline drafter) and returns the review packet.
pub fn run_offline(policy: &Policy, ticket: &serde_json::Value, snippets: &[Snippet]) -> Option<ReviewPacket> {
    let id = ticket.get("id").map(|v| v.to_string()).unwrap_or_default();
    let mut now = 1_700_000_000_000u64;
    let mut session = Session::new(policy.clone(), &id, now, "eval");
    for _ in 0..100 {
        now += 1;
        match session.poll()? {
            Effect::Emit { .. } => {}
            Effect::CallTool { call_id, tool, args } => {
                let result = if tool == "get_ticket" {
                    ticket.clone()
                } else {
                    let query = args["query"].as_str().unwrap_or("");
                    serde_json::to_value(search_text(query, snippets, 3)).unwrap_or_default()
                };
                session.handle_tool_result(call_id, result, now);
            }
            Effect::CallModel { call_id, offline, .. } => session.handle_model_output(call_id, &offline_answer(&offline, policy), now),
            Effect::Done { packet } => return Some(*packet),
        }
    }
    None
}

pub fn evaluate_pipeline(policy: &Policy, cases: &[TriageCase], snippets: &[Snippet]) -> PipelineReport {
    let mut report = PipelineReport::default();
    for case in cases {
        let Ok(ticket) = serde_json::to_value(&case.ticket) else { continue };
        let packet = run_offline(policy, &ticket, snippets);
        let handed_off = packet.as_ref().is_none_or(|p| p.outcome == "handoff");
        if !case.should_draft {
            report.non_draftable += 1;
            report.handed_off += usize::from(handed_off);
            continue;
        }
        report.draftable += 1;
        match packet.as_ref().and_then(|p| p.verdict) {
            Some(Verdict::Pass) => report.drafted_pass += 1,
            Some(Verdict::Warn) => report.drafted_warn += 1,
            Some(Verdict::Block) => {
                let rules = packet.map(|p| p.findings.iter().map(|f| f.rule.to_string()).collect()).unwrap_or_default();
                report.blocked.push((case.ticket.id.clone(), rules));
            }
            None => report.blocked.push((case.ticket.id.clone(), vec![packet.map_or("no packet".to_string(), |p| p.stop_reason)])),
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
