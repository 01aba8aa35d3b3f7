//! The WebAssembly boundary, in the shape of ruff's `ruff_wasm`: one exported object built from
//! JS options, methods that take and return plain JS objects, and every error turned into a JS
//! `Error` by one helper. No decisions live here; input is validated by the core so that nothing
//! can reach the host as an opaque panic.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::error::InputError;
use crate::check::{CheckContext, Snippet};
use crate::session::{offline_answer, Effect, OfflineRequest, Session};
use crate::offsets::{utf8_to_utf16, Utf16Cursor};
use crate::redact::{model_view, parse_domains};
use crate::{Policy, Ticket};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
export type Kind = "security" | "billing_refund" | "billing" | "legal" | "outage" | "bug"
  | "how_to" | "account" | "feature_request" | "other";
export type LanguageCode = "en" | "es" | "fr" | "de" | "pt" | "it" | "nl";

export interface TicketInput {
  id: string | number;
  subject?: string;
  description?: string;
  comments?: { author_role?: "end_user" | "agent" | "system"; public?: boolean; body?: string; created_at?: string }[];
  requester?: { id?: string | number; name?: string; email?: string; locale?: string; tier?: string; plan?: string; region?: string };
  tags?: string[];
  priority?: string;
  channel?: string;
  attachments?: { filename?: string; content_type?: string; size?: number }[];
  language?: string;
}

/** A span of the ticket that triggered a rule; offsets are UTF-16 code units into `field`'s text. */
export interface Evidence {
  field: string;
  start: number;
  end: number;
  text: string;
  rule: string;
}

export interface TriageResult {
  ticket_id: string;
  kind: Kind;
  risk: "high" | "normal";
  should_draft: boolean;
  reason: string;
  language: LanguageCode;
  injection: { detected: boolean; evidence: Evidence[] };
  signals: string[];
}

export type RedactionKind = "email" | "phone" | "credit_card" | "iban" | "ssn" | "ip_address"
  | "aws_access_key" | "aws_secret_key" | "github_token" | "slack_token" | "stripe_key"
  | "google_api_key" | "jwt" | "private_key" | "password" | "bearer_token" | "url_credentials"
  | "generic_secret" | "internal_url";

export interface RedactOptions {
  /** Hosts (and their subdomains) whose links are `internal_url`, added to the policy's list. */
  internal_domains?: string[];
}

/** One replaced value; `start`/`end` are UTF-16 code units into the input text. */
export interface RedactionFinding {
  kind: RedactionKind;
  start: number;
  end: number;
  placeholder: string;
}

export interface RedactResult {
  text: string;
  findings: RedactionFinding[];
}

export interface Snippet {
  id: string;
  kind?: "policy" | "kb";
  title?: string;
  body?: string;
  topics?: string[];
  locale?: string;
  updated_at?: string;
}

export interface CheckContext {
  snippets?: (Snippet | string)[];
  internal_notes?: string[];
  language?: LanguageCode;
  ticket?: TicketInput;
  internal_domains?: string[];
}

export type FindingRule = "missing_citation" | "unknown_citation" | "citation_mismatch" | "commitment"
  | "false_action" | "secret_leak" | "pii_leak" | "placeholder_leak" | "internal_leak"
  | "language_mismatch" | "template" | "injection_echo" | "length";

/** `start`/`end` are UTF-16 code units into the draft. */
export interface CheckFinding {
  rule: FindingRule;
  severity: "block" | "warn";
  message: string;
  start: number;
  end: number;
}

export interface CheckResult {
  verdict: "pass" | "warn" | "block";
  claims: { kind: "refund" | "credit" | "sla" | "policy" | "action_taken"; text: string; citations: string[]; supported: boolean }[];
  findings: CheckFinding[];
}

export type EditClass = "unchanged" | "light_edit" | "major_rewrite";
export interface Comparison { distance: number; similarity: number; class: EditClass }
export interface SaveDecision { text: string; comment_type: "publicReply" | "internalNote"; idempotency_key: string; duplicate: boolean }

/** What the model may see of a ticket: redacted text, public comments, allowlisted profile fields. */
export interface ModelView {
  subject: string;
  description: string;
  comments: { author_role: "end_user" | "agent" | "system"; body: string }[];
  requester: [string, string][];
}
"#;

/// Turns a core error into the JS `Error` the host sees; the message names the field.
fn js_error(context: &str, err: impl std::fmt::Display) -> JsError {
    JsError::new(&format!("{context}: {err}"))
}

fn from_js(context: &str, value: JsValue) -> Result<serde_json::Value, JsError> {
    if value.is_undefined() {
        return Ok(serde_json::Value::Null);
    }
    // Through JSON text rather than serde-wasm-bindgen's deserializer: its error messages would
    // pull float formatting into the module (see `value_de`). Functions and `undefined` members
    // are dropped, as in any JSON the host would send.
    // A BigInt or a cycle throws; a function or a Symbol stringifies to `undefined`, not a string.
    let text = js_sys::JSON::stringify(&value)
        .ok()
        .and_then(|json| json.as_string())
        .ok_or_else(|| js_error(context, InputError::new(context, "cannot be turned into JSON (a BigInt, a function or a cycle?)")))?;
    serde_json::from_str(&text).map_err(|e| js_error(context, InputError::new(context, e.to_string())))
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    // json_compatible: maps become plain objects, not JS Maps.
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| js_error("output", e))
}

/// A large text can carry tens of thousands of findings. Writing their JSON by hand (every
/// field is a known kind, a number or a `[KIND_N]` placeholder: nothing to escape) and
/// building them with one `JSON.parse` is several times faster than serde_json plus
/// serde-wasm-bindgen setting each field across the boundary.
fn redaction_to_js(redaction: &crate::redact::Redaction) -> Result<JsValue, JsError> {
    fn push_number(out: &mut String, mut n: usize) {
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        out.extend(digits[i..].iter().map(|&d| d as char));
    }
    let mut json = String::with_capacity(2 + redaction.findings.len() * 72);
    json.push('[');
    for (i, f) in redaction.findings.iter().enumerate() {
        if i > 0 {
            json.push(',');
        }
        json.push_str("{\"kind\":\"");
        json.push_str(f.kind.as_str());
        json.push_str("\",\"start\":");
        push_number(&mut json, f.start);
        json.push_str(",\"end\":");
        push_number(&mut json, f.end);
        json.push_str(",\"placeholder\":\"");
        json.push_str(&f.placeholder);
        json.push_str("\"}");
    }
    json.push(']');
    let findings = js_sys::JSON::parse(&json).map_err(|_| js_error("output", "findings are not valid JSON"))?;
    let result = js_sys::Object::new();
    js_sys::Reflect::set(&result, &"text".into(), &JsValue::from_str(&redaction.text)).map_err(|_| js_error("output", "cannot set text"))?;
    js_sys::Reflect::set(&result, &"findings".into(), &findings).map_err(|_| js_error("output", "cannot set findings"))?;
    Ok(result.into())
}

/// The safety core, configured by the admin's policy.
#[wasm_bindgen]
pub struct Safedraft {
    policy: Policy,
}

#[wasm_bindgen]
impl Safedraft {
    /// Builds the core from a policy object (or `undefined` for the defaults).
    /// Throws an `Error` naming the field when the policy is invalid.
    #[wasm_bindgen(constructor)]
    pub fn new(policy: JsValue) -> Result<Safedraft, JsError> {
        let value = from_js("policy", policy)?;
        let policy = Policy::from_json(value).map_err(|e| js_error("invalid policy", e))?;
        Ok(Safedraft { policy })
    }

    /// Triage of one ticket. Throws an `Error` naming the field when the ticket is invalid.
    #[wasm_bindgen(unchecked_return_type = "TriageResult")]
    pub fn triage(&self, #[wasm_bindgen(unchecked_param_type = "TicketInput")] ticket: JsValue) -> Result<JsValue, JsError> {
        let value = from_js("ticket", ticket)?;
        let ticket = Ticket::from_json(value).map_err(|e| js_error("invalid ticket", e))?;
        let result = crate::triage(&self.policy, &ticket).with_utf16_offsets(&ticket);
        to_js(&result)
    }

    /// Replaces PII and secrets in `text` with `[KIND_N]` placeholders. Offsets are UTF-16.
    /// Throws an `Error` naming the field when the options are invalid.
    #[wasm_bindgen(unchecked_return_type = "RedactResult")]
    pub fn redact(&self, text: &str, #[wasm_bindgen(unchecked_param_type = "RedactOptions | undefined")] options: JsValue) -> Result<JsValue, JsError> {
        let options = from_js("options", options)?;
        let extra = match options {
            serde_json::Value::Null => Vec::new(),
            serde_json::Value::Object(mut map) => parse_domains(map.remove("internal_domains")).map_err(|e| js_error("invalid options", e.within("options")))?,
            _ => return Err(js_error("invalid options", InputError::new("options", "must be an object"))),
        };
        let mut domains = self.policy.internal_domains.clone();
        domains.extend(extra);
        let mut redaction = crate::redact::redact(text, &domains);
        let mut cursor = Utf16Cursor::new(text);
        for finding in &mut redaction.findings {
            finding.start = cursor.convert(finding.start);
            finding.end = cursor.convert(finding.end);
        }
        redaction_to_js(&redaction)
    }

    /// The ticket as the model may see it: every field redacted with one placeholder map, only
    /// public comments, only the policy's profile fields of the requester.
    #[wasm_bindgen(js_name = modelView, unchecked_return_type = "ModelView")]
    pub fn model_view(&self, #[wasm_bindgen(unchecked_param_type = "TicketInput")] ticket: JsValue) -> Result<JsValue, JsError> {
        let value = from_js("ticket", ticket)?;
        let ticket = Ticket::from_json(value).map_err(|e| js_error("invalid ticket", e))?;
        let (view, _map_stays_in_the_core) = model_view(&ticket, &self.policy);
        to_js(&view)
    }

    /// Checks a model's draft before it may be saved: `block` cannot be saved, `warn` needs the
    /// agent's acknowledgement. Throws an `Error` naming the field when the context is invalid.
    #[wasm_bindgen(unchecked_return_type = "CheckResult")]
    pub fn check(&self, draft: &str, #[wasm_bindgen(unchecked_param_type = "CheckContext")] context: JsValue) -> Result<JsValue, JsError> {
        let value = from_js("context", context)?;
        let mut context = CheckContext::from_json(value).map_err(|e| js_error("invalid context", e.within("context")))?;
        context.internal_domains.extend(self.policy.internal_domains.iter().cloned());
        let mut result = crate::check::check(draft, &context, &self.policy);
        let mut cursor = Utf16Cursor::new(draft);
        crate::sort::sort_by_key(&mut result.findings, |f| f.start);
        for finding in &mut result.findings {
            let end = finding.end;
            finding.start = cursor.convert(finding.start);
            finding.end = utf8_to_utf16(draft, end);
        }
        to_js(&result)
    }

    /// Starts a drafting session for one ticket. The host drives it: `poll()` for the next
    /// effect, then `handle*` with the result and the time (milliseconds since the epoch).
    #[wasm_bindgen(js_name = startSession)]
    pub fn start_session(&self, ticket_ref: &str, now_ms: f64, nonce: &str) -> DraftSession {
        DraftSession { inner: Session::new(self.policy.clone(), ticket_ref, now_ms as u64, nonce), policy: self.policy.clone(), offline: None }
    }

    /// Ranks knowledge-base and policy snippets for a query (the `search_kb` tool's ranking,
    /// so the host only fetches candidates). Throws an `Error` naming the snippet field.
    #[wasm_bindgen(js_name = searchSnippets, unchecked_return_type = "Snippet[]")]
    pub fn search_snippets(&self, query: &str, #[wasm_bindgen(unchecked_param_type = "Snippet[]")] snippets: JsValue, limit: u32) -> Result<JsValue, JsError> {
        let value = from_js("snippets", snippets)?;
        let snippets: Vec<Snippet> = crate::error::deserialize_with_path(value).map_err(|e| js_error("invalid snippets", e.within("snippets")))?;
        let hits: Vec<&Snippet> = crate::drafter::search_text(query, &snippets, limit as usize);
        to_js(&hits)
    }

    /// How much the agent changed the saved draft before sending it.
    #[wasm_bindgen(js_name = compareSent, unchecked_return_type = "Comparison")]
    pub fn compare_sent(&self, draft: &str, sent: &str) -> Result<JsValue, JsError> {
        to_js(&crate::metrics::compare(draft, sent))
    }

    /// The effective policy, defaults filled in.
    #[wasm_bindgen(js_name = policy)]
    pub fn policy_json(&self) -> Result<JsValue, JsError> {
        to_js(&self.policy)
    }
}

/// The core's version, for the sidebar's footer and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// A drafting session driven from JavaScript (see `Session` in the core).
#[wasm_bindgen]
pub struct DraftSession {
    inner: Session,
    policy: Policy,
    /// The last model request, for `offlineAnswer`.
    offline: Option<OfflineRequest>,
}

#[wasm_bindgen]
impl DraftSession {
    #[wasm_bindgen(js_name = requestId)]
    pub fn request_id(&self) -> String {
        self.inner.request_id().to_string()
    }

    /// The next effect (`{effect: "call_tool" | "call_model" | "emit" | "done", ...}`), or
    /// `undefined` while the session waits for a result. Spans in a done packet are UTF-16.
    pub fn poll(&mut self) -> Result<JsValue, JsError> {
        let Some(mut effect) = self.inner.poll() else { return Ok(JsValue::UNDEFINED) };
        match &mut effect {
            Effect::CallModel { offline, .. } => self.offline = Some((**offline).clone()),
            Effect::Done { packet } => {
                if let Some(reply) = packet.draft.as_ref().map(|d| d.reply.clone()) {
                    for finding in &mut packet.findings {
                        finding.start = utf8_to_utf16(&reply, finding.start);
                        finding.end = utf8_to_utf16(&reply, finding.end);
                    }
                }
            }
            _ => {}
        }
        to_js(&effect)
    }

    #[wasm_bindgen(js_name = handleToolResult)]
    pub fn handle_tool_result(&mut self, call_id: u32, result: JsValue, now_ms: f64) -> Result<(), JsError> {
        let value = from_js("result", result)?;
        self.inner.handle_tool_result(call_id, value, now_ms as u64);
        Ok(())
    }

    #[wasm_bindgen(js_name = handleModelOutput)]
    pub fn handle_model_output(&mut self, call_id: u32, text: &str, now_ms: f64) {
        self.inner.handle_model_output(call_id, text, now_ms as u64);
    }

    #[wasm_bindgen(js_name = handleError)]
    pub fn handle_error(&mut self, call_id: u32, message: &str, now_ms: f64) {
        self.inner.handle_error(call_id, message, now_ms as u64);
    }

    #[wasm_bindgen(js_name = handleTimeout)]
    pub fn handle_timeout(&mut self, now_ms: f64) {
        self.inner.handle_timeout(now_ms as u64);
    }

    /// The agent asked to save (`target` "reply" or "internal_note"); returns the text to write
    /// and its comment type, or throws when the core refuses (blocked draft, unacknowledged
    /// warnings, a reply from a handoff). The save's audit event is the next `poll()`.
    #[wasm_bindgen(js_name = recordSave, unchecked_return_type = "SaveDecision")]
    pub fn record_save(&mut self, target: &str, acknowledged: bool, now_ms: f64) -> Result<JsValue, JsError> {
        let decision = self.inner.record_save(target, acknowledged, now_ms as u64).map_err(|e| js_error("save refused", e))?;
        to_js(&decision)
    }

    /// The offline drafter's answer to the last model call (the embedded default model).
    #[wasm_bindgen(js_name = offlineAnswer)]
    pub fn offline_answer(&self) -> Result<String, JsError> {
        let request = self.offline.as_ref().ok_or_else(|| JsError::new("no model call is pending"))?;
        Ok(offline_answer(request, &self.policy))
    }
}
