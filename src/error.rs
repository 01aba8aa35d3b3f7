//! Input errors that name the field they are about.

use std::fmt;

use crate::value_de::FromValue;

/// Bad input: which field (a path such as `comments[1].body`) and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub field: String,
    pub message: String,
}

impl InputError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        InputError { field: field.into(), message: message.into() }
    }

    /// Prefixes the field path, e.g. `budgets` + `max_steps` → `budgets.max_steps`.
    pub fn within(mut self, parent: &str) -> Self {
        self.field = if self.field.is_empty() || self.field == "." {
            parent.to_string()
        } else if self.field.starts_with('[') {
            format!("{parent}{}", self.field)
        } else {
            format!("{parent}.{}", self.field)
        };
        self
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() || self.field == "." {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.field, self.message)
        }
    }
}

impl std::error::Error for InputError {}

/// Deserializes `value` into `T`; a type error reports the path of the field that caused it.
pub fn deserialize_with_path<T: FromValue>(value: serde_json::Value) -> Result<T, InputError> {
    T::from_value(value).map_err(|e| InputError::new(e.path(), e.into_message()))
}

/// Takes an input line's `id` (a string or a number, echoed back as given).
pub fn take_id(map: &mut serde_json::Map<String, serde_json::Value>) -> Result<serde_json::Value, InputError> {
    match map.remove("id") {
        Some(id @ (serde_json::Value::String(_) | serde_json::Value::Number(_))) => Ok(id),
        Some(_) => Err(InputError::new("id", "must be a string or a number")),
        None => Err(InputError::new("id", "is required")),
    }
}

/// Takes a required string field.
pub fn take_string(map: &mut serde_json::Map<String, serde_json::Value>, field: &str) -> Result<String, InputError> {
    match map.remove(field) {
        Some(serde_json::Value::String(text)) => Ok(text),
        Some(_) => Err(InputError::new(field, "must be a string")),
        None => Err(InputError::new(field, "is required")),
    }
}
