//! What a draft is checked against (SPEC.md `safedraft check`): the snippets the model was
//! given, the team's internal notes, the customer's language and the ticket.

use serde::{Deserialize, Serialize};

use crate::error::{deserialize_with_path, take_id, take_string, InputError};
use crate::redact::parse_domains;
use crate::value_de::{self, read_struct, FromValue};
use crate::{Language, Ticket};

/// A knowledge-base article or policy text (SPEC.md "Snippet").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Snippet {
    pub id: String,
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub locale: Option<String>,
    #[serde(default)]
    pub updated_at: Option<String>,
}

/// The core's reader (see `value_de::FromValue`); it accepts and rejects what the derive does.
impl FromValue for Snippet {
    fn from_value(value: serde_json::Value) -> Result<Self, value_de::Error> {
        const FIELDS: &[&str] = &["id", "kind", "title", "body", "topics", "locale", "updated_at"];
        let mut s = Snippet::default();
        read_struct(value, "struct Snippet", FIELDS, 1, false, &mut |i, v| {
            match i {
                0 => s.id = FromValue::from_value(v)?,
                1 => s.kind = FromValue::from_value(v)?,
                2 => s.title = FromValue::from_value(v)?,
                3 => s.body = FromValue::from_value(v)?,
                4 => s.topics = FromValue::from_value(v)?,
                5 => s.locale = FromValue::from_value(v)?,
                _ => s.updated_at = FromValue::from_value(v)?,
            }
            Ok(())
        })?;
        Ok(s)
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct CheckContext {
    pub snippets: Vec<Snippet>,
    pub internal_notes: Vec<String>,
    /// The language the reply must be in; `None` skips the language check.
    pub language: Option<Language>,
    pub ticket: Option<Ticket>,
    pub internal_domains: Vec<String>,
}

/// One `check` input line: `{"id", "draft", "context"}`.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckInput {
    pub id: serde_json::Value,
    pub draft: String,
    pub context: CheckContext,
}

impl CheckInput {
    pub fn from_json(value: serde_json::Value) -> Result<CheckInput, InputError> {
        let serde_json::Value::Object(mut map) = value else {
            return Err(InputError::new("", "a check input must be a JSON object with \"id\", \"draft\" and \"context\""));
        };
        let id = take_id(&mut map)?;
        let draft = take_string(&mut map, "draft")?;
        let context = CheckContext::from_json(map.remove("context").unwrap_or(serde_json::Value::Null)).map_err(|e| e.within("context"))?;
        Ok(CheckInput { id, draft, context })
    }
}

impl CheckContext {
    /// Parses a context object; every field is optional. A snippet given as a bare id string
    /// counts as provided (so citing it is not `unknown_citation`) but has no text to match.
    pub fn from_json(value: serde_json::Value) -> Result<CheckContext, InputError> {
        let mut map = match value {
            serde_json::Value::Null => return Ok(CheckContext::default()),
            serde_json::Value::Object(map) => map,
            _ => return Err(InputError::new("", "must be an object")),
        };
        let mut snippets = Vec::new();
        match map.remove("snippets") {
            None | Some(serde_json::Value::Null) => {}
            Some(serde_json::Value::Array(items)) => {
                for (i, item) in items.into_iter().enumerate() {
                    let snippet = match item {
                        serde_json::Value::String(id) => Snippet { id, ..Snippet::default() },
                        other => deserialize_with_path::<Snippet>(other).map_err(|e| e.within(&format!("snippets[{i}]")))?,
                    };
                    snippets.push(snippet);
                }
            }
            Some(_) => return Err(InputError::new("snippets", "must be a list of snippets")),
        }
        let internal_notes = match map.remove("internal_notes") {
            None | Some(serde_json::Value::Null) => Vec::new(),
            Some(value) => deserialize_with_path::<Vec<String>>(value).map_err(|e| e.within("internal_notes"))?,
        };
        let language = match map.remove("language") {
            None | Some(serde_json::Value::Null) => None,
            Some(serde_json::Value::String(code)) => {
                Some(Language::parse(&code).ok_or_else(|| InputError::new("language", format!("`{code}` is not one of en, es, fr, de, pt, it, nl")))?)
            }
            Some(_) => return Err(InputError::new("language", "must be a language code such as \"en\"")),
        };
        let ticket = match map.remove("ticket") {
            None | Some(serde_json::Value::Null) => None,
            Some(mut value) => {
                // The ticket here is context, not something to route: an id is not required.
                if let Some(object) = value.as_object_mut() {
                    object.entry("id").or_insert_with(|| "context".into());
                }
                Some(Ticket::from_json(value).map_err(|e| e.within("ticket"))?)
            }
        };
        let internal_domains = parse_domains(map.remove("internal_domains"))?;
        Ok(CheckContext { snippets, internal_notes, language, ticket, internal_domains })
    }

    pub fn snippet(&self, id: &str) -> Option<&Snippet> {
        self.snippets.iter().find(|s| s.id == id)
    }
}
