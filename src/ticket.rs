//! The ticket as the helpdesk hands it to us (SPEC.md "Ticket"), and its validation.
//!
//! Only `id` is required. Unknown fields are ignored; a known field with the wrong type is an
//! error that names the field's path (`comments[2].public`), never a silent default.

use serde::{Deserialize, Deserializer, Serialize};

use serde_json::Value;

use crate::error::InputError;
use crate::value_de::{self, read_struct, read_unit_variant, FromValue};

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

/// The core's readers (see `value_de::FromValue`); they accept and reject what the derives do.
impl FromValue for Ticket {
    fn from_value(value: Value) -> Result<Self, value_de::Error> {
        const FIELDS: &[&str] = &["id", "subject", "description", "comments", "requester", "tags", "priority", "channel", "attachments", "language"];
        let mut t = Ticket::default();
        read_struct(value, "struct Ticket", FIELDS, 1, false, &mut |i, v| {
            match i {
                0 => t.id = read_id(v)?,
                1 => t.subject = FromValue::from_value(v)?,
                2 => t.description = FromValue::from_value(v)?,
                3 => t.comments = FromValue::from_value(v)?,
                4 => t.requester = FromValue::from_value(v)?,
                5 => t.tags = FromValue::from_value(v)?,
                6 => t.priority = FromValue::from_value(v)?,
                7 => t.channel = FromValue::from_value(v)?,
                8 => t.attachments = FromValue::from_value(v)?,
                _ => t.language = FromValue::from_value(v)?,
            }
            Ok(())
        })?;
        Ok(t)
    }
}

impl FromValue for AuthorRole {
    fn from_value(value: Value) -> Result<Self, value_de::Error> {
        let i = read_unit_variant(value, "enum AuthorRole", &["end_user", "agent", "system"])?;
        Ok([AuthorRole::EndUser, AuthorRole::Agent, AuthorRole::System][i])
    }
}

impl FromValue for Comment {
    fn from_value(value: Value) -> Result<Self, value_de::Error> {
        let mut c = Comment { author_role: AuthorRole::default(), public: true, body: String::new(), created_at: None };
        read_struct(value, "struct Comment", &["author_role", "public", "body", "created_at"], 0, false, &mut |i, v| {
            match i {
                0 => c.author_role = FromValue::from_value(v)?,
                1 => c.public = FromValue::from_value(v)?,
                2 => c.body = FromValue::from_value(v)?,
                _ => c.created_at = FromValue::from_value(v)?,
            }
            Ok(())
        })?;
        Ok(c)
    }
}

impl FromValue for Requester {
    fn from_value(value: Value) -> Result<Self, value_de::Error> {
        const FIELDS: &[&str] = &["id", "name", "email", "locale", "tier", "plan", "region"];
        let mut r = Requester::default();
        read_struct(value, "struct Requester", FIELDS, 0, false, &mut |i, v| {
            match i {
                0 => r.id = read_opt_id(v)?,
                1 => r.name = FromValue::from_value(v)?,
                2 => r.email = FromValue::from_value(v)?,
                3 => r.locale = FromValue::from_value(v)?,
                4 => r.tier = FromValue::from_value(v)?,
                5 => r.plan = FromValue::from_value(v)?,
                _ => r.region = FromValue::from_value(v)?,
            }
            Ok(())
        })?;
        Ok(r)
    }
}

impl FromValue for Attachment {
    fn from_value(value: Value) -> Result<Self, value_de::Error> {
        let mut a = Attachment { filename: None, content_type: None, size: None };
        read_struct(value, "struct Attachment", &["filename", "content_type", "size"], 0, false, &mut |i, v| {
            match i {
                0 => a.filename = FromValue::from_value(v)?,
                1 => a.content_type = FromValue::from_value(v)?,
                _ => a.size = FromValue::from_value(v)?,
            }
            Ok(())
        })?;
        Ok(a)
    }
}

/// `id_string` for the core's reader.
fn read_id(value: Value) -> Result<String, value_de::Error> {
    read_opt_id(value)?.ok_or_else(|| serde::de::Error::custom("must be a non-empty string or number"))
}

/// `opt_id_string` for the core's reader: a number is written as serde_json writes it.
fn read_opt_id(value: Value) -> Result<Option<String>, value_de::Error> {
    match value {
        Value::Null => Ok(None),
        Value::String(s) if !s.trim().is_empty() => Ok(Some(s)),
        Value::Number(n) => Ok(Some(n.to_string())),
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
