//! The drafting run as a sans-IO state machine (the quinn-proto shape): the host asks
//! [`Session::poll`] what to do, performs it (a read-only tool call, a model call, writing an
//! audit event), and hands the result back with the time. The session never performs a side
//! effect and never reads a clock; every path ends in [`Effect::Done`] with a review packet.
//!
//! get_ticket → triage → search_kb → (handoff, or the model) → parse → check → done.

mod answer;
mod packet;
mod prompt;

#[cfg(test)]
mod tests;

use std::collections::VecDeque;

use serde::Serialize;

pub use answer::{offline_answer, parse_answer};
pub use packet::{DraftText, Handoff, ReviewPacket, TraceEntry};
pub use prompt::Message;

use crate::audit::{AuditChain, AuditEvent, sha256_hex};
use crate::check::{check, CheckContext, Snippet};
use crate::redact::{model_view, ModelView};
use crate::{triage, Kind, Language, Policy, Ticket, Triage};

/// Largest tool result or model answer the session accepts, in bytes.
pub const MAX_INPUT_BYTES: usize = 1 << 20;

/// What the offline drafter needs to answer a model call (hosts using an HTTP model ignore it).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OfflineRequest {
    pub view: ModelView,
    pub kind: Kind,
    pub language: Language,
    pub snippets: Vec<Snippet>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "effect", rename_all = "snake_case")]
pub enum Effect {
    CallTool { call_id: u32, tool: String, args: serde_json::Value },
    CallModel { call_id: u32, messages: Vec<Message>, offline: Box<OfflineRequest> },
    Emit { event: AuditEvent },
    Done { packet: Box<ReviewPacket> },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Waiting {
    Ticket,
    Kb,
    Model { repaired: bool },
    Nothing,
}

pub struct Session {
    policy: Policy,
    ticket_ref: String,
    nonce: String,
    request_id: String,
    started_ms: u64,
    audit: AuditChain,
    queue: VecDeque<Effect>,
    waiting: Waiting,
    pending_call: u32,
    next_call: u32,
    steps: u32,
    model_calls: u32,
    ticket: Option<Ticket>,
    triage: Option<Triage>,
    view: Option<ModelView>,
    snippets: Vec<Snippet>,
    messages: Vec<Message>,
    trace: Vec<TraceEntry>,
    /// The packet the run ended with, for saves.
    outcome: Option<ReviewPacket>,
    /// Idempotency keys of the saves already recorded.
    saved: Vec<String>,
    /// Model calls allowed right now: a token bucket of `rate_per_minute`, refilled by the time
    /// the host passes in.
    bucket: f64,
    bucket_at: u64,
}

impl Session {
    /// A run for one ticket. `nonce` comes from the host (it fences the ticket in the prompt and
    /// makes the request id unique); `now_ms` is the host's clock.
    pub fn new(policy: Policy, ticket_ref: &str, now_ms: u64, nonce: &str) -> Session {
        let request_id = format!("req-{}", &sha256_hex(format!("{ticket_ref}\n{nonce}\n{now_ms}").as_bytes())[..16]);
        let mut session = Session {
            audit: AuditChain::new(request_id.clone()),
            policy,
            ticket_ref: ticket_ref.to_string(),
            nonce: nonce.to_string(),
            request_id,
            started_ms: now_ms,
            queue: VecDeque::new(),
            waiting: Waiting::Nothing,
            pending_call: 0,
            next_call: 1,
            steps: 0,
            model_calls: 0,
            ticket: None,
            triage: None,
            view: None,
            snippets: Vec::new(),
            messages: Vec::new(),
            trace: Vec::new(),
            outcome: None,
            saved: Vec::new(),
            bucket: 0.0,
            bucket_at: now_ms,
        };
        session.bucket = f64::from(session.policy.budgets.rate_per_minute);
        session.emit(now_ms, "start", serde_json::json!({"ticket_ref": ticket_ref}));
        // Even with the kill switch on, the run reads the ticket (read-only) so that the handoff
        // note tells the agent what the ticket is about; the model is never called.
        session.call_tool(now_ms, "get_ticket", serde_json::json!({"ticket_id": ticket_ref}), Waiting::Ticket);
        session
    }

    pub fn request_id(&self) -> &str {
        &self.request_id
    }

    /// The next thing the host must do, or `None` while the session waits for a result.
    pub fn poll(&mut self) -> Option<Effect> {
        self.queue.pop_front()
    }

    fn finished(&self) -> bool {
        self.waiting == Waiting::Nothing
    }

    fn emit(&mut self, at: u64, kind: &str, data: serde_json::Value) {
        let event = self.audit.append(at, kind, data);
        self.queue.push_back(Effect::Emit { event });
    }

    /// Checks the step and time budgets before any new effect; false when one ran out.
    fn within_budget(&mut self, now_ms: u64) -> bool {
        let budgets = &self.policy.budgets;
        let reason = if now_ms.saturating_sub(self.started_ms) > u64::from(budgets.max_seconds) * 1000 {
            Some("time_budget")
        } else if self.steps >= budgets.max_steps {
            Some("step_budget")
        } else {
            None
        };
        match reason {
            Some(reason) => {
                self.handoff(now_ms, reason);
                false
            }
            None => true,
        }
    }

    fn call_tool(&mut self, now_ms: u64, tool: &str, args: serde_json::Value, waiting: Waiting) {
        if !self.within_budget(now_ms) {
            return;
        }
        if !self.policy.tools.iter().any(|t| t == tool) {
            self.handoff(now_ms, "tool_not_allowed");
            return;
        }
        self.steps += 1;
        let call_id = self.next_call;
        self.next_call += 1;
        self.pending_call = call_id;
        self.waiting = waiting;
        self.emit(now_ms, "tool_call", serde_json::json!({"call_id": call_id, "tool": tool, "args": args}));
        self.queue.push_back(Effect::CallTool { call_id, tool: tool.to_string(), args });
    }

    fn call_model(&mut self, now_ms: u64, repaired: bool) {
        if !self.within_budget(now_ms) {
            return;
        }
        if self.model_calls >= self.policy.budgets.max_model_calls {
            self.handoff(now_ms, "model_budget");
            return;
        }
        let rate = f64::from(self.policy.budgets.rate_per_minute);
        self.bucket = (self.bucket + now_ms.saturating_sub(self.bucket_at) as f64 * rate / 60_000.0).min(rate);
        self.bucket_at = now_ms;
        if self.bucket < 1.0 {
            self.handoff(now_ms, "rate_limited");
            return;
        }
        self.bucket -= 1.0;
        let (Some(view), Some(decision)) = (self.view.clone(), self.triage.clone()) else { return };
        self.steps += 1;
        self.model_calls += 1;
        let call_id = self.next_call;
        self.next_call += 1;
        self.pending_call = call_id;
        self.waiting = Waiting::Model { repaired };
        self.emit(now_ms, "model_call", serde_json::json!({"call_id": call_id, "repair": repaired, "prompt_sha256": sha256_hex(serde_json::to_string(&self.messages).unwrap_or_default().as_bytes())}));
        let offline = Box::new(OfflineRequest { view, kind: decision.kind, language: decision.language, snippets: self.snippets.clone() });
        self.queue.push_back(Effect::CallModel { call_id, messages: self.messages.clone(), offline });
    }

    /// A result that arrives after the time budget is not used: the run ends in a handoff.
    fn too_late(&mut self, now_ms: u64) -> bool {
        if now_ms.saturating_sub(self.started_ms) > u64::from(self.policy.budgets.max_seconds) * 1000 {
            self.record(now_ms, "clock", false, "result arrived after the time budget");
            self.handoff(now_ms, "time_budget");
            return true;
        }
        false
    }

    /// Refuses a result that was not asked for, without disturbing the run.
    fn unexpected(&mut self, call_id: u32, now_ms: u64, what: &str) -> bool {
        if self.finished() || call_id != self.pending_call {
            self.emit(now_ms, "refused", serde_json::json!({"call_id": call_id, "reason": format!("unrequested {what}")}));
            return true;
        }
        false
    }

    fn record(&mut self, now_ms: u64, tool: &str, ok: bool, note: impl Into<String>) {
        let step = self.steps;
        self.trace.push(TraceEntry { step, at: now_ms, tool: tool.to_string(), ok, note: note.into() });
        if self.trace.len() > 20 {
            self.trace.remove(0);
        }
    }

    pub fn handle_tool_result(&mut self, call_id: u32, result: serde_json::Value, now_ms: u64) {
        if self.unexpected(call_id, now_ms, "tool result") || self.too_late(now_ms) {
            return;
        }
        let size = serde_json::to_string(&result).map_or(usize::MAX, |s| s.len());
        let tool = if self.waiting == Waiting::Ticket { "get_ticket" } else { "search_kb" };
        if size > MAX_INPUT_BYTES {
            self.record(now_ms, tool, false, format!("refused: {size} bytes"));
            self.emit(now_ms, "refused", serde_json::json!({"call_id": call_id, "reason": "oversized", "bytes": size}));
            self.handoff(now_ms, "tool_result_refused");
            return;
        }
        match self.waiting {
            Waiting::Ticket => match Ticket::from_json(result) {
                Ok(ticket) => {
                    self.record(now_ms, tool, true, format!("ticket {}", ticket.id));
                    let decision = triage(&self.policy, &ticket);
                    let (view, _map_stays_here) = model_view(&ticket, &self.policy);
                    self.emit(now_ms, "triage", serde_json::json!({"kind": decision.kind, "risk": decision.risk, "should_draft": decision.should_draft, "language": decision.language, "injection": decision.injection.detected}));
                    let query = format!("{} {}", view.subject, view.description.chars().take(300).collect::<String>());
                    self.ticket = Some(ticket);
                    self.triage = Some(decision);
                    self.view = Some(view);
                    if self.policy.tools.iter().any(|t| t == "search_kb") {
                        self.call_tool(now_ms, "search_kb", serde_json::json!({"query": query}), Waiting::Kb);
                    } else {
                        self.after_search(now_ms);
                    }
                }
                Err(e) => {
                    self.record(now_ms, tool, false, format!("refused: {e}"));
                    self.emit(now_ms, "refused", serde_json::json!({"call_id": call_id, "reason": format!("malformed ticket: {e}")}));
                    self.handoff(now_ms, "tool_result_refused");
                }
            },
            Waiting::Kb => match crate::error::deserialize_with_path::<Vec<Snippet>>(result) {
                Ok(snippets) => {
                    self.record(now_ms, tool, true, format!("{} snippets", snippets.len()));
                    self.emit(now_ms, "kb_hits", serde_json::json!({"ids": snippets.iter().map(|s| s.id.clone()).collect::<Vec<_>>()}));
                    self.snippets = snippets.into_iter().take(5).collect();
                    self.after_search(now_ms);
                }
                Err(e) => {
                    self.record(now_ms, tool, false, format!("refused: {e}"));
                    self.emit(now_ms, "refused", serde_json::json!({"call_id": call_id, "reason": format!("malformed snippets: {e}")}));
                    self.handoff(now_ms, "tool_result_refused");
                }
            },
            _ => {}
        }
    }

    fn after_search(&mut self, now_ms: u64) {
        let Some(decision) = self.triage.clone() else { return };
        if self.policy.kill_switch {
            self.handoff(now_ms, "kill_switch");
            return;
        }
        if !decision.should_draft {
            self.handoff(now_ms, if decision.reason.contains("manual") { "manual_rule" } else { "high_risk" });
            return;
        }
        let Some(view) = &self.view else { return };
        self.messages = vec![
            Message { role: "system", content: prompt::system(decision.language, self.policy.team_language, self.policy.max_words) },
            Message { role: "user", content: prompt::user(view, &self.snippets, &self.nonce) },
        ];
        self.call_model(now_ms, false);
    }

    pub fn handle_model_output(&mut self, call_id: u32, text: &str, now_ms: u64) {
        if self.unexpected(call_id, now_ms, "model output") || self.too_late(now_ms) {
            return;
        }
        let Waiting::Model { repaired } = self.waiting else { return };
        self.emit(now_ms, "model_output", serde_json::json!({"call_id": call_id, "bytes": text.len(), "sha256": sha256_hex(text.as_bytes())}));
        match parse_answer(text) {
            Ok(answer) => self.finish_draft(now_ms, answer),
            Err(problem) => {
                self.record(now_ms, "model", false, problem.clone());
                if repaired {
                    self.handoff(now_ms, "model_output_invalid");
                } else {
                    self.messages.push(Message { role: "assistant", content: text.chars().take(2000).collect() });
                    self.messages.push(Message { role: "user", content: prompt::repair(&problem) });
                    self.call_model(now_ms, true);
                }
            }
        }
    }

    pub fn handle_error(&mut self, call_id: u32, message: &str, now_ms: u64) {
        if self.unexpected(call_id, now_ms, "error") {
            return;
        }
        let reason = if matches!(self.waiting, Waiting::Model { .. }) { "model_error" } else { "tool_error" };
        self.record(now_ms, if reason == "model_error" { "model" } else { "tool" }, false, message.chars().take(200).collect::<String>());
        self.handoff(now_ms, reason);
    }

    /// The host's timer fired: ends the run if the time budget is spent.
    pub fn handle_timeout(&mut self, now_ms: u64) {
        if !self.finished() {
            self.within_budget(now_ms);
        }
    }

    fn finish_draft(&mut self, now_ms: u64, answer: crate::drafter::ModelAnswer) {
        let (Some(ticket), Some(decision)) = (self.ticket.clone(), self.triage.clone()) else { return };
        let internal_notes = ticket.comments.iter().filter(|c| !c.public).map(|c| c.body.clone()).collect();
        let context = CheckContext { snippets: self.snippets.clone(), internal_notes, language: Some(decision.language), ticket: Some(ticket.clone()), internal_domains: Vec::new() };
        let result = check(&answer.reply, &context, &self.policy);
        self.emit(now_ms, "check", serde_json::json!({"verdict": result.verdict, "rules": result.findings.iter().map(|f| f.rule).collect::<Vec<_>>()}));
        let idempotency_key = crate::audit::idempotency_key(&self.request_id, &answer.reply);
        let draft = DraftText { reply: answer.reply, internal_note: answer.internal_note, language: decision.language, idempotency_key };
        let packet = ReviewPacket {
            ticket_id: ticket.id.clone(),
            request_id: self.request_id.clone(),
            outcome: "draft",
            triage: Some(decision),
            draft: Some(draft),
            verdict: Some(result.verdict),
            claims: result.claims,
            findings: result.findings,
            handoff: None,
            trace: self.trace.clone(),
            stop_reason: "drafted".into(),
        };
        self.done(now_ms, packet);
    }

    fn handoff(&mut self, now_ms: u64, stop_reason: &str) {
        let decision = self.triage.clone();
        let summary = match &self.view {
            Some(view) => format!("{}: {}", view.subject, view.description.chars().take(280).collect::<String>()),
            None => format!("ticket {} could not be read", self.ticket_ref),
        };
        let kb_hits: Vec<String> = self.snippets.iter().map(|s| s.id.clone()).collect();
        let internal_note = crate::drafter::handoff_note(self.policy.team_language, stop_reason, decision.as_ref().map(|d| d.kind), &kb_hits);
        let handoff = Handoff {
            summary,
            internal_note,
            kind: decision.as_ref().map(|d| d.kind),
            kb_hits: self.snippets.iter().map(|s| s.id.clone()).collect(),
            stop_reason: stop_reason.to_string(),
            tool_calls: self.trace.clone(),
        };
        let packet = ReviewPacket {
            ticket_id: self.ticket.as_ref().map_or(self.ticket_ref.clone(), |t| t.id.clone()),
            request_id: self.request_id.clone(),
            outcome: "handoff",
            triage: decision,
            draft: None,
            verdict: None,
            claims: Vec::new(),
            findings: Vec::new(),
            handoff: Some(handoff),
            trace: self.trace.clone(),
            stop_reason: stop_reason.to_string(),
        };
        self.done(now_ms, packet);
    }

    fn done(&mut self, now_ms: u64, packet: ReviewPacket) {
        self.waiting = Waiting::Nothing;
        self.pending_call = 0;
        self.emit(now_ms, "done", serde_json::json!({"outcome": packet.outcome, "stop_reason": packet.stop_reason}));
        self.outcome = Some(packet.clone());
        self.queue.push_back(Effect::Done { packet: Box::new(packet) });
    }
}

/// What the host may write into the editor after [`Session::record_save`] allowed it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SaveDecision {
    /// Exactly this text goes into the editor.
    pub text: String,
    /// `publicReply` or `internalNote` (the helpdesk's comment types).
    pub comment_type: &'static str,
    pub idempotency_key: String,
    /// The same text of this run was saved before: the host writes nothing again.
    pub duplicate: bool,
}

impl Session {
    /// The agent asked to save this run's text into the editor: `target` is `reply` (the draft)
    /// or `internal_note` (the draft's note, or the handoff note). The core decides what may be
    /// saved — never a blocked draft, a warned one only with the agent's acknowledgement, never
    /// a customer reply from a handoff — and records the save as an audit event (polled next).
    pub fn record_save(&mut self, target: &str, acknowledged: bool, now_ms: u64) -> Result<SaveDecision, String> {
        let packet = self.outcome.as_ref().ok_or("the run has not finished")?;
        let (text, comment_type) = match (target, &packet.draft, &packet.handoff) {
            ("reply", Some(draft), _) => {
                match packet.verdict {
                    Some(crate::check::Verdict::Block) => return Err("a blocked draft cannot be saved".into()),
                    Some(crate::check::Verdict::Warn) if !acknowledged => {
                        return Err("this draft has warnings: the agent must acknowledge them before saving".into())
                    }
                    _ => {}
                }
                (draft.reply.clone(), "publicReply")
            }
            ("reply", None, _) => return Err("a handed-off ticket has no customer reply to save".into()),
            ("internal_note", Some(draft), _) => (draft.internal_note.clone(), "internalNote"),
            ("internal_note", None, Some(handoff)) => (format!("{}\n\n{}", handoff.internal_note, handoff.summary), "internalNote"),
            ("internal_note", None, None) => return Err("the run produced no internal note".into()),
            (other, _, _) => return Err(format!("target: expected reply or internal_note, got {other:?}")),
        };
        let idempotency_key = crate::audit::idempotency_key(&self.request_id, &text);
        let duplicate = self.saved.contains(&idempotency_key);
        if !duplicate {
            self.saved.push(idempotency_key.clone());
            self.emit(now_ms, "save", serde_json::json!({"target": target, "comment_type": comment_type, "idempotency_key": idempotency_key, "acknowledged_warnings": acknowledged}));
        }
        Ok(SaveDecision { text, comment_type, idempotency_key, duplicate })
    }
}
