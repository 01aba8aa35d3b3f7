//! The audit trail: every step of a drafting run is an event `{request_id, seq, at, type, data,
//! prev, hash}`, chained with SHA-256 so that a changed, dropped or reordered event is detected.
//!
//! `hash` = SHA-256 over the canonical JSON (keys sorted, no spaces) of the event without its
//! `hash`; `prev` is the previous event's hash in the same request (64 zeros for the first).
//! Events of several requests may be interleaved in one file; each request is its own chain.
//! A chain cut off after its last event cannot be told from a shorter run by hashes alone:
//! the session ends every run with a `done` event, so a missing ending shows there.

use std::collections::HashMap;
use std::fmt::Write;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditEvent {
    pub request_id: String,
    pub seq: u64,
    /// Milliseconds since the Unix epoch, as the host passed the time in.
    pub at: u64,
    #[serde(rename = "type")]
    pub kind: String,
    pub data: serde_json::Value,
    pub prev: String,
    pub hash: String,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}

pub fn sha256_hex(data: &[u8]) -> String {
    hex(&Sha256::digest(data))
}

/// JSON with object keys sorted at every level and no insignificant whitespace, so that a hash
/// does not depend on how a map happened to be ordered.
pub fn canonical_json(value: &serde_json::Value) -> String {
    fn write(value: &serde_json::Value, out: &mut String) {
        match value {
            serde_json::Value::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                crate::sort::sort(&mut keys);
                out.push('{');
                for (i, key) in keys.into_iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&serde_json::Value::String(key.clone()).to_string());
                    out.push(':');
                    write(&map[key], out);
                }
                out.push('}');
            }
            serde_json::Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write(item, out);
                }
                out.push(']');
            }
            scalar => out.push_str(&scalar.to_string()),
        }
    }
    let mut out = String::new();
    write(value, &mut out);
    out
}

fn event_hash(request_id: &str, seq: u64, at: u64, kind: &str, data: &serde_json::Value, prev: &str) -> String {
    let body = serde_json::json!({"request_id": request_id, "seq": seq, "at": at, "type": kind, "data": data, "prev": prev});
    sha256_hex(canonical_json(&body).as_bytes())
}

/// Appends events to one request's chain.
#[derive(Debug, Clone)]
pub struct AuditChain {
    request_id: String,
    next_seq: u64,
    last_hash: String,
}

impl AuditChain {
    pub fn new(request_id: impl Into<String>) -> AuditChain {
        AuditChain { request_id: request_id.into(), next_seq: 0, last_hash: GENESIS.to_string() }
    }

    pub fn append(&mut self, at: u64, kind: &str, data: serde_json::Value) -> AuditEvent {
        let hash = event_hash(&self.request_id, self.next_seq, at, kind, &data, &self.last_hash);
        let event = AuditEvent { request_id: self.request_id.clone(), seq: self.next_seq, at, kind: kind.to_string(), data, prev: self.last_hash.clone(), hash: hash.clone() };
        self.next_seq += 1;
        self.last_hash = hash;
        event
    }
}

/// The key that makes saving one draft idempotent: the same request and the same draft text
/// always give the same key, a different draft a different one.
pub fn idempotency_key(request_id: &str, draft: &str) -> String {
    sha256_hex(format!("{request_id}\n{}", sha256_hex(draft.as_bytes())).as_bytes())
}

/// Where a chain breaks: the 1-based line and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainBreak {
    pub line: usize,
    pub reason: String,
}

/// Verifies audit JSON Lines: every event parses, its hash matches its content, and within
/// each request `seq` counts up from 0 and `prev` is the previous event's hash. Returns the
/// number of events, or the first break.
pub fn verify<'a>(lines: impl IntoIterator<Item = &'a str>) -> Result<usize, ChainBreak> {
    let mut heads: HashMap<String, (u64, String)> = HashMap::new();
    let mut count = 0;
    for (index, line) in lines.into_iter().enumerate() {
        let line_number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let fail = |reason: String| ChainBreak { line: line_number, reason };
        let event: AuditEvent = serde_json::from_str(line).map_err(|e| fail(format!("not an audit event: {e}")))?;
        let expected = event_hash(&event.request_id, event.seq, event.at, &event.kind, &event.data, &event.prev);
        if expected != event.hash {
            return Err(fail(format!("event {} of {} was changed (its hash does not match its content)", event.seq, event.request_id)));
        }
        let (next_seq, last_hash) = heads.get(&event.request_id).cloned().unwrap_or((0, GENESIS.to_string()));
        if event.seq != next_seq {
            return Err(fail(format!("{}: expected event {next_seq}, found {} (an event was dropped or reordered)", event.request_id, event.seq)));
        }
        if event.prev != last_hash {
            return Err(fail(format!("{}: event {} does not follow the previous event's hash", event.request_id, event.seq)));
        }
        heads.insert(event.request_id.clone(), (event.seq + 1, event.hash.clone()));
        count += 1;
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn chain_lines() -> Vec<String> {
        let mut a = AuditChain::new("req-a");
        let mut b = AuditChain::new("req-b");
        let events = [
            a.append(1_000, "start", json!({"ticket": "1"})),
            b.append(1_001, "start", json!({"ticket": "2"})),
            a.append(1_002, "tool_call", json!({"tool": "get_ticket", "ok": true})),
            a.append(1_050, "done", json!({"outcome": "draft"})),
            b.append(1_060, "done", json!({"outcome": "handoff", "note": "Grüße 😀"})),
        ];
        events.iter().map(|e| serde_json::to_string(e).unwrap()).collect()
    }

    fn verify_lines(lines: &[String]) -> Result<usize, ChainBreak> {
        verify(lines.iter().map(String::as_str))
    }

    #[test]
    fn an_untouched_file_verifies() {
        assert_eq!(verify_lines(&chain_lines()), Ok(5));
    }

    #[test]
    fn a_changed_event_is_found() {
        let mut lines = chain_lines();
        lines[2] = lines[2].replace("\"ok\":true", "\"ok\":false");
        assert_eq!(verify_lines(&lines).unwrap_err().line, 3);
    }

    #[test]
    fn a_dropped_event_is_found() {
        let mut lines = chain_lines();
        lines.remove(2);
        let err = verify_lines(&lines).unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.reason.contains("dropped or reordered"), "{}", err.reason);
    }

    #[test]
    fn reordered_events_are_found() {
        let mut lines = chain_lines();
        lines.swap(2, 3);
        assert_eq!(verify_lines(&lines).unwrap_err().line, 3);
    }

    #[test]
    fn a_rehashed_forgery_still_breaks_the_link() {
        // Changing an event and recomputing its own hash breaks the next event's `prev`.
        let mut lines = chain_lines();
        let mut event: AuditEvent = serde_json::from_str(&lines[0]).unwrap();
        event.data = json!({"ticket": "999"});
        event.hash = event_hash(&event.request_id, event.seq, event.at, &event.kind, &event.data, &event.prev);
        lines[0] = serde_json::to_string(&event).unwrap();
        assert_eq!(verify_lines(&lines).unwrap_err().line, 3);
    }

    #[test]
    fn canonical_json_sorts_keys_at_every_level() {
        let a: serde_json::Value = serde_json::from_str(r#"{"b": 1, "a": {"d": [1, {"y": 2, "x": 1}], "c": "é"}}"#).unwrap();
        assert_eq!(canonical_json(&a), r#"{"a":{"c":"é","d":[1,{"x":1,"y":2}]},"b":1}"#);
    }

    #[test]
    fn idempotency_keys_depend_on_request_and_draft() {
        let key = idempotency_key("req-a", "Hi Ana");
        assert_eq!(key, idempotency_key("req-a", "Hi Ana"));
        assert_ne!(key, idempotency_key("req-a", "Hi Ana!"));
        assert_ne!(key, idempotency_key("req-b", "Hi Ana"));
        assert_eq!(key.len(), 64);
    }

    #[test]
    fn sha256_matches_the_standard_vector() {
        assert_eq!(sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
