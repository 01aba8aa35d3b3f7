//! `safedraft draft`: the host side of a drafting session on the command line. It performs the
//! session's effects: the read-only tools (the input ticket, a snippet search), the model call
//! (the offline drafter, or an OpenAI-compatible Chat Completions endpoint over HTTP), and the
//! audit file. Every decision stays in the session.

use std::fs::OpenOptions;
use std::io::Write;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use safedraft::check::Snippet;
use safedraft::drafter::search_text;
use safedraft::session::{offline_answer, Effect, Message, Session};
use safedraft::{Policy, Ticket};

// The wasm32 build of the binary (compiled by `cargo test --target wasm32…`) has no HTTP
// client, so it never reads the endpoint fields.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
pub enum Model {
    Offline,
    Http { url: String, name: String, api_key: Option<String> },
}

pub struct DraftOptions {
    pub policy: Policy,
    pub snippets: Vec<Snippet>,
    pub model: Model,
    pub audit: Option<String>,
}

fn now_ms() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64)
}

/// A nonce for the prompt fence: unpredictable enough that a ticket cannot close it.
fn nonce(ticket_id: &str, counter: u64) -> String {
    let seed = format!("{ticket_id}:{counter}:{}:{}", now_ms(), std::process::id());
    safedraft::audit::sha256_hex(seed.as_bytes())[..24].to_string()
}

#[cfg(target_arch = "wasm32")]
fn call_model(_: &Model, _: &[Message], _: Duration) -> Result<String, String> {
    Err("this build has no HTTP client".into())
}

#[cfg(not(target_arch = "wasm32"))]
fn call_model(model: &Model, messages: &[Message], timeout: Duration) -> Result<String, String> {
    let Model::Http { url, name, api_key } = model else { unreachable!("offline answers in process") };
    let body = serde_json::json!({"model": name, "messages": messages, "temperature": 0});
    let mut request = ureq::post(url).timeout(timeout).set("content-type", "application/json");
    if let Some(key) = api_key {
        request = request.set("authorization", &format!("Bearer {key}"));
    }
    let response = request.send_string(&body.to_string()).map_err(|e| format!("model endpoint: {e}"))?;
    // Read at most 10 MB: a runaway answer is cut here and refused by the session's own limit.
    let mut text = String::new();
    std::io::Read::read_to_string(&mut std::io::Read::take(response.into_reader(), 10 << 20), &mut text).map_err(|e| format!("model endpoint: {e}"))?;
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("model endpoint: not JSON ({e})"))?;
    value["choices"][0]["message"]["content"].as_str().map(String::from).ok_or_else(|| "model endpoint: no choices[0].message.content".into())
}

/// Runs one ticket to its review packet, appending the audit events to the audit file.
pub fn run(options: &DraftOptions, ticket_json: serde_json::Value, counter: u64) -> Result<String, String> {
    let ticket = Ticket::from_json(ticket_json.clone()).map_err(|e| e.to_string())?;
    let mut session = Session::new(options.policy.clone(), &ticket.id, now_ms(), &nonce(&ticket.id, counter));
    let mut audit = match &options.audit {
        Some(path) => Some(OpenOptions::new().create(true).append(true).open(path).map_err(|e| format!("cannot open audit file {path}: {e}"))?),
        None => None,
    };
    let time_left = Duration::from_secs(u64::from(options.policy.budgets.max_seconds));
    loop {
        let Some(effect) = session.poll() else {
            // Waiting with nothing to do cannot happen on this host; let the timer decide.
            session.handle_timeout(now_ms());
            if session.poll().is_none() {
                return Err("the session stalled".into());
            }
            continue;
        };
        match effect {
            Effect::Emit { event } => {
                if let Some(file) = audit.as_mut() {
                    let line = serde_json::to_string(&event).map_err(|e| e.to_string())?;
                    writeln!(file, "{line}").map_err(|e| format!("cannot write audit file: {e}"))?;
                }
            }
            Effect::CallTool { call_id, tool, args } => match tool.as_str() {
                "get_ticket" => session.handle_tool_result(call_id, ticket_json.clone(), now_ms()),
                "search_kb" => {
                    let query = args["query"].as_str().unwrap_or("");
                    let hits: Vec<&Snippet> = search_text(query, &options.snippets, 3);
                    session.handle_tool_result(call_id, serde_json::to_value(hits).unwrap_or_default(), now_ms());
                }
                other => session.handle_error(call_id, &format!("this host has no tool {other}"), now_ms()),
            },
            Effect::CallModel { call_id, messages, offline } => match &options.model {
                Model::Offline => session.handle_model_output(call_id, &offline_answer(&offline, &options.policy), now_ms()),
                model => match call_model(model, &messages, time_left) {
                    Ok(text) => session.handle_model_output(call_id, &text, now_ms()),
                    Err(e) => session.handle_error(call_id, &e, now_ms()),
                },
            },
            Effect::Done { packet } => return serde_json::to_string(&packet).map_err(|e| e.to_string()),
        }
    }
}
