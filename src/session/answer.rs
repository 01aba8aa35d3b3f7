//! The model's side of the interface: strict parsing of its answer, and the offline drafter
//! answering in its place.

use super::{OfflineRequest, MAX_INPUT_BYTES};
use crate::drafter::ModelAnswer;
use crate::Policy;

/// Parses the model's answer strictly: one JSON object (optionally in a ```json fence) with a
/// non-empty string `reply`, a string `internal_note` and a list of strings `questions`.
pub fn parse_answer(text: &str) -> Result<ModelAnswer, String> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(format!("the answer is {} bytes, over the limit", text.len()));
    }
    let trimmed = text.trim();
    let body = trimmed.strip_prefix("```json").or_else(|| trimmed.strip_prefix("```")).and_then(|t| t.strip_suffix("```")).unwrap_or(trimmed).trim();
    let value: serde_json::Value = serde_json::from_str(body).map_err(|e| format!("not a JSON object ({e})"))?;
    let reply = value.get("reply").and_then(|v| v.as_str()).filter(|r| !r.trim().is_empty()).ok_or("\"reply\" must be a non-empty string")?;
    let internal_note = value.get("internal_note").and_then(|v| v.as_str()).ok_or("\"internal_note\" must be a string")?;
    let questions = match value.get("questions") {
        None => Vec::new(),
        Some(serde_json::Value::Array(items)) => items.iter().map(|q| q.as_str().map(String::from).ok_or("\"questions\" must be strings")).collect::<Result<_, _>>()?,
        Some(_) => return Err("\"questions\" must be a list of strings".into()),
    };
    Ok(ModelAnswer { reply: reply.to_string(), internal_note: internal_note.to_string(), questions })
}

/// The offline drafter behind the model interface: the JSON text a model would answer.
pub fn offline_answer(request: &OfflineRequest, policy: &Policy) -> String {
    let answer = crate::drafter::draft(&request.view, request.kind, request.language, &request.snippets, policy);
    serde_json::to_string(&answer).unwrap_or_default()
}
