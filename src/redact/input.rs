//! The `redact` input line (SPEC.md): `{"id", "text"}`, plus the optional per-input
//! `internal_domains` the corpus sends. Unknown fields are ignored by contract.

use serde::Serialize;

use super::{Finding, Redaction};
use crate::error::{take_id, take_string, InputError};

#[derive(Debug, Clone, PartialEq)]
pub struct RedactInput {
    /// Echoed back as given (a string or a number).
    pub id: serde_json::Value,
    pub text: String,
    pub internal_domains: Vec<String>,
}

/// The `redact` output line, fields in SPEC.md's order.
#[derive(Debug, Clone, Serialize)]
pub struct RedactOutput {
    pub id: serde_json::Value,
    pub text: String,
    pub findings: Vec<Finding>,
}

impl RedactOutput {
    pub fn new(id: serde_json::Value, redaction: Redaction) -> RedactOutput {
        RedactOutput { id, text: redaction.text, findings: redaction.findings }
    }
}

impl RedactInput {
    pub fn from_json(value: serde_json::Value) -> Result<RedactInput, InputError> {
        let serde_json::Value::Object(mut map) = value else {
            return Err(InputError::new("", "a redact input must be a JSON object with \"id\" and \"text\""));
        };
        let id = take_id(&mut map)?;
        let text = take_string(&mut map, "text")?;
        let internal_domains = parse_domains(map.remove("internal_domains"))?;
        Ok(RedactInput { id, text, internal_domains })
    }
}

/// An optional list of host names, as in policy `internal_domains`.
pub fn parse_domains(value: Option<serde_json::Value>) -> Result<Vec<String>, InputError> {
    match value {
        None | Some(serde_json::Value::Null) => Ok(Vec::new()),
        Some(serde_json::Value::Array(items)) => items
            .into_iter()
            .enumerate()
            .map(|(i, item)| match item {
                serde_json::Value::String(host) if is_host_name(&host) => Ok(host),
                _ => Err(InputError::new(format!("internal_domains[{i}]"), "must be a host name such as wiki.example.internal")),
            })
            .collect(),
        Some(_) => Err(InputError::new("internal_domains", "must be a list of host names")),
    }
}

pub fn is_host_name(host: &str) -> bool {
    !host.is_empty() && host.len() <= 253 && host.split('.').all(|label| !label.is_empty() && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
}
