//! The ticket as the helpdesk hands it to us (SPEC.md "Ticket"), and its validation.
//!
//! Only `id` is required. Unknown fields are ignored; a known field with the wrong type is an
//! error that names the field's path (`comments[2].public`), never a silent default.

use serde::{Deserialize, Deserializer, Serialize};

use crate::error::InputError;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Ticket {
    #[serde(deserialize_with = "id_string")]
    pub id: String,
    #[serde(default)]
    pub subject: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub comments: Vec<Comment>,
    #[serde(default)]
    pub requester: Option<Requester>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub priority: Option<String>,
    #[serde(default)]
    pub channel: Option<String>,
    #[serde(default)]
    pub attachments: Vec<Attachment>,
    /// A hint only: it may be wrong, and triage never trusts it over the customer's own words.
    #[serde(default)]
    pub language: Option<String>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum AuthorRole {
    #[default]
    EndUser,
    Agent,
    System,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Comment {
    #[serde(default)]
    pub author_role: AuthorRole,
    #[serde(default = "default_true")]
    pub public: bool,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub created_at: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Requester {
    #[serde(default, deserialize_with = "opt_id_string")]
    pub id: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub locale: Option<String>,
    #[serde(default)]
    pub tier: Option<String>,
    #[serde(default)]
    pub plan: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Attachment {
    #[serde(default)]
    pub filename: Option<String>,
    #[serde(default)]
    pub content_type: Option<String>,
    #[serde(default)]
    pub size: Option<u64>,
}

fn default_true() -> bool {
    true
}

/// Helpdesks disagree on whether ids are strings or numbers (Zendesk's are numbers); accept both.
fn id_string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    match opt_id_string(d)? {
        Some(id) => Ok(id),
        None => Err(serde::de::Error::custom("must be a non-empty string or number")),
    }
}

fn opt_id_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Id {
        Text(String),
        Number(serde_json::Number),
    }
    match Option::<Id>::deserialize(d) {
        Ok(Some(Id::Text(s))) if !s.trim().is_empty() => Ok(Some(s)),
        Ok(Some(Id::Number(n))) => Ok(Some(n.to_string())),
        Ok(None) => Ok(None),
        _ => Err(serde::de::Error::custom("must be a non-empty string or number")),
    }
}

impl Ticket {
    /// Parses a ticket from JSON, naming the offending field on error.
    pub fn from_json(value: serde_json::Value) -> Result<Ticket, InputError> {
        if !value.is_object() {
            return Err(InputError::new("ticket", "must be a JSON object"));
        }
        if value.get("id").is_none_or(|v| v.is_null()) {
            return Err(InputError::new("id", "is required"));
        }
        crate::error::deserialize_with_path(value)
    }

    /// The requester's tier, if the helpdesk gave one.
    pub fn tier(&self) -> Option<&str> {
        self.requester.as_ref().and_then(|r| r.tier.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn id_may_be_a_string_or_a_number() {
        assert_eq!(Ticket::from_json(json!({"id": 1042})).unwrap().id, "1042");
        assert_eq!(Ticket::from_json(json!({"id": "a-7"})).unwrap().id, "a-7");
    }

    #[test]
    fn errors_name_the_field() {
        assert_eq!(Ticket::from_json(json!({"subject": "x"})).unwrap_err().field, "id");
        assert_eq!(Ticket::from_json(json!({"id": ""})).unwrap_err().field, "id");
        assert_eq!(Ticket::from_json(json!({"id": 1, "comments": {}})).unwrap_err().field, "comments");
        assert_eq!(Ticket::from_json(json!({"id": 1, "comments": [{"public": "yes"}]})).unwrap_err().field, "comments[0].public");
        assert_eq!(Ticket::from_json(json!({"id": 1, "requester": {"tier": 3}})).unwrap_err().field, "requester.tier");
        assert_eq!(Ticket::from_json(json!({"id": 1, "comments": [{"author_role": "bot"}]})).unwrap_err().field, "comments[0].author_role");
        assert_eq!(Ticket::from_json(json!("text")).unwrap_err().field, "ticket");
    }

    #[test]
    fn unknown_fields_are_ignored() {
        assert!(Ticket::from_json(json!({"id": 1, "via": {"channel": "web"}, "custom": [1, 2]})).is_ok());
    }
}
