//! What a run produces: the review packet (SPEC.md `safedraft draft` output), the draft, the
//! handoff artifact and the tool trace.

use serde::Serialize;

use crate::check::{Claim, Finding, Verdict};
use crate::{Kind, Language, Triage};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DraftText {
    pub reply: String,
    pub internal_note: String,
    pub language: Language,
    /// Saving the same draft of the same run twice is one save.
    pub idempotency_key: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Handoff {
    pub summary: String,
    /// For the team, in the policy's team language.
    pub internal_note: String,
    pub kind: Option<Kind>,
    pub kb_hits: Vec<String>,
    pub stop_reason: String,
    pub tool_calls: Vec<TraceEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TraceEntry {
    pub step: u32,
    pub at: u64,
    pub tool: String,
    pub ok: bool,
    pub note: String,
}

/// SPEC.md's review packet (`safedraft draft` output).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewPacket {
    pub ticket_id: String,
    pub request_id: String,
    pub outcome: &'static str,
    pub triage: Option<Triage>,
    pub draft: Option<DraftText>,
    pub verdict: Option<Verdict>,
    pub claims: Vec<Claim>,
    pub findings: Vec<Finding>,
    pub handoff: Option<Handoff>,
    pub trace: Vec<TraceEntry>,
    pub stop_reason: String,
}
