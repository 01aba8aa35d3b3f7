//! Reading a parsed `serde_json::Value` into the input types, with errors that name the field and
//! never format a float.
//!
//! Every input (ticket, policy, check context, snippets, tool results) is parsed to a `Value`
//! first and then read into its type here, by [`FromValue`]: small hand-written readers that
//! behave exactly as serde's derives do through [`ValueDeserializer`] (the derives stay, as the
//! specification and for the native tools that read these types with serde_json directly). serde's own error text for a mistyped number prints
//! the float ("floating point `1.5`"), and that one `Display` pulls Rust's float formatting into
//! the WebAssembly module: about 9 KB of the gzipped budget. This reader says "a decimal number"
//! instead, in serde_json's words otherwise. Errors also carry the path of the field they are
//! about (`comments[0].author_role`), tracked here rather than by wrapping every visitor in
//! `serde_path_to_error`, which doubled the deserialization code in the wasm.

use std::fmt;

use serde::de::{self, DeserializeSeed, Expected, IntoDeserializer, MapAccess, SeqAccess, Unexpected, Visitor};
use serde_json::{Map, Value};

/// Why a value does not fit its type, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    message: String,
    /// Innermost segment first: pushed as the error travels out of nested values.
    path: Vec<Segment>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Index(usize),
    Key(String),
}

impl Error {
    fn new(message: String) -> Self {
        Error { message, path: Vec::new() }
    }

    fn at(mut self, segment: Segment) -> Self {
        self.path.push(segment);
        self
    }

    /// The field's path, `requester.tier` or `comments[0].public`; `.` for the value itself.
    pub fn path(&self) -> String {
        if self.path.is_empty() {
            return ".".to_string();
        }
        let mut out = String::new();
        for segment in self.path.iter().rev() {
            match segment {
                Segment::Index(i) => out.push_str(&format!("[{i}]")),
                Segment::Key(key) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(key);
                }
            }
        }
        out
    }

    pub fn into_message(self) -> String {
        self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error::new(msg.to_string())
    }

    fn invalid_type(unexpected: Unexpected<'_>, expected: &dyn Expected) -> Self {
        Error::new(format!("invalid type: {}, expected {expected}", describe(unexpected)))
    }

    fn invalid_value(unexpected: Unexpected<'_>, expected: &dyn Expected) -> Self {
        Error::new(format!("invalid value: {}, expected {expected}", describe(unexpected)))
    }
}

/// What serde's `Unexpected` says, in serde_json's words, except that a float is not printed.
fn describe(unexpected: Unexpected<'_>) -> String {
    match unexpected {
        Unexpected::Bool(b) => format!("boolean `{b}`"),
        Unexpected::Unsigned(n) => format!("integer `{n}`"),
        Unexpected::Signed(n) => format!("integer `{n}`"),
        Unexpected::Float(_) => "a decimal number".to_string(),
        Unexpected::Char(c) => format!("character `{c}`"),
        Unexpected::Str(s) => format!("string {s:?}"),
        Unexpected::Bytes(_) => "byte array".to_string(),
        Unexpected::Unit => "null".to_string(),
        Unexpected::Option => "Option value".to_string(),
        Unexpected::NewtypeStruct => "newtype struct".to_string(),
        Unexpected::Seq => "array".to_string(),
        Unexpected::Map => "map".to_string(),
        Unexpected::Enum => "enum".to_string(),
        Unexpected::UnitVariant => "unit variant".to_string(),
        Unexpected::NewtypeVariant => "newtype variant".to_string(),
        Unexpected::TupleVariant => "tuple variant".to_string(),
        Unexpected::StructVariant => "struct variant".to_string(),
        Unexpected::Other(other) => other.to_string(),
    }
}

/// Reads a parsed `Value` into an input type, as serde's derived `Deserialize` does through
/// [`ValueDeserializer`]: the same values accepted, the same error messages and paths.
///
/// The input types keep their derives (the native tools also read them with serde_json), but the
/// core reads them here: one non-generic reader per struct instead of a derived visitor per type
/// and per `Deserializer` method, which was about a third of the WebAssembly module's code.
/// `tests/input_parity.rs` checks every reader against `ValueDeserializer` and the derive.
pub trait FromValue: Sized {
    fn from_value(value: Value) -> Result<Self, Error>;
}

fn invalid_type(value: &Value, expected: &str) -> Error {
    de::Error::invalid_type(unexpected(value), &expected)
}

impl FromValue for String {
    fn from_value(value: Value) -> Result<Self, Error> {
        match value {
            Value::String(s) => Ok(s),
            other => Err(invalid_type(&other, "a string")),
        }
    }
}

impl FromValue for bool {
    fn from_value(value: Value) -> Result<Self, Error> {
        match value {
            Value::Bool(b) => Ok(b),
            other => Err(invalid_type(&other, "a boolean")),
        }
    }
}

/// An unsigned integer up to `max`, in the words of serde's visitor for the type `expected`.
fn unsigned(value: Value, max: u64, expected: &str) -> Result<u64, Error> {
    if let Value::Number(n) = &value {
        if let Some(u) = n.as_u64() {
            return if u <= max { Ok(u) } else { Err(de::Error::invalid_value(Unexpected::Unsigned(u), &expected)) };
        }
        if let Some(i) = n.as_i64() {
            return Err(de::Error::invalid_value(Unexpected::Signed(i), &expected));
        }
    }
    Err(invalid_type(&value, expected))
}

impl FromValue for u32 {
    fn from_value(value: Value) -> Result<Self, Error> {
        unsigned(value, u32::MAX.into(), "u32").map(|n| n as u32)
    }
}

impl FromValue for u64 {
    fn from_value(value: Value) -> Result<Self, Error> {
        unsigned(value, u64::MAX, "u64")
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(value: Value) -> Result<Self, Error> {
        match value {
            Value::Null => Ok(None),
            other => T::from_value(other).map(Some),
        }
    }
}

impl<T: FromValue> FromValue for Vec<T> {
    fn from_value(value: Value) -> Result<Self, Error> {
        match value {
            Value::Array(items) => items.into_iter().enumerate().map(|(i, item)| T::from_value(item).map_err(|e| e.at(Segment::Index(i)))).collect(),
            other => Err(invalid_type(&other, "a sequence")),
        }
    }
}

impl<T: FromValue> FromValue for std::collections::BTreeMap<String, T> {
    fn from_value(value: Value) -> Result<Self, Error> {
        let Value::Object(map) = value else { return Err(invalid_type(&value, "a map")) };
        let mut out = std::collections::BTreeMap::new();
        for (key, item) in map {
            match T::from_value(item) {
                Ok(item) => {
                    out.insert(key, item);
                }
                Err(e) => return Err(e.at(Segment::Key(key))),
            }
        }
        Ok(out)
    }
}

/// A unit variant given as its name (`"end_user"`): the index of the name in `variants`.
/// `expecting` is what serde's derive says, `enum AuthorRole`.
pub fn read_unit_variant(value: Value, expecting: &str, variants: &'static [&'static str]) -> Result<usize, Error> {
    match value {
        Value::String(s) => variants.iter().position(|v| *v == s).ok_or_else(|| de::Error::unknown_variant(&s, variants)),
        other => Err(invalid_type(&other, expecting)),
    }
}

/// A struct as serde's derive reads it: an object by field name, or an array in field order.
/// `expecting` is `struct Ticket`; `fields` the field names in declaration order; `required` a
/// bit per field without a default. `field(i, value)` reads field `i`; fields not given keep
/// the value the caller started with (their default).
pub fn read_struct(
    value: Value,
    expecting: &str,
    fields: &'static [&'static str],
    required: u32,
    deny_unknown_fields: bool,
    field: &mut dyn FnMut(usize, Value) -> Result<(), Error>,
) -> Result<(), Error> {
    match value {
        Value::Object(map) => {
            let mut seen = 0u32;
            for (key, item) in map {
                match fields.iter().position(|f| *f == key) {
                    Some(i) => {
                        seen |= 1 << i;
                        if let Err(e) = field(i, item) {
                            return Err(e.at(Segment::Key(key)));
                        }
                    }
                    None if deny_unknown_fields => {
                        let e: Error = de::Error::unknown_field(&key, fields);
                        return Err(e.at(Segment::Key(key)));
                    }
                    None => {}
                }
            }
            match fields.iter().enumerate().find(|(i, _)| required & !seen & (1 << i) != 0) {
                Some((_, name)) => Err(de::Error::missing_field(name)),
                None => Ok(()),
            }
        }
        Value::Array(items) => {
            let given = items.len();
            for (i, item) in items.into_iter().take(fields.len()).enumerate() {
                field(i, item).map_err(|e| e.at(Segment::Index(i)))?;
            }
            match (given..fields.len()).find(|i| required & (1 << i) != 0) {
                Some(i) => {
                    let n = fields.len();
                    let elements = if n == 1 { "element" } else { "elements" };
                    Err(de::Error::invalid_length(i, &format!("{expecting} with {n} {elements}").as_str()))
                }
                None => Ok(()),
            }
        }
        other => Err(invalid_type(&other, expecting)),
    }
}

/// Reads `value` into a type through serde.
pub struct ValueDeserializer(pub Value);

impl<'de> de::Deserializer<'de> for ValueDeserializer {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(b),
            Value::Number(n) => {
                if let Some(u) = n.as_u64() {
                    visitor.visit_u64(u)
                } else if let Some(i) = n.as_i64() {
                    visitor.visit_i64(i)
                } else {
                    visitor.visit_f64(n.as_f64().unwrap_or(f64::NAN))
                }
            }
            Value::String(s) => visitor.visit_string(s),
            Value::Array(items) => visitor.visit_seq(Items { items: items.into_iter(), index: 0 }),
            Value::Object(map) => visitor.visit_map(Entries { entries: map.into_iter(), current: None }),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_none(),
            other => visitor.visit_some(ValueDeserializer(other)),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(self, _name: &'static str, _variants: &'static [&'static str], visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            // Unit variants are strings ("end_user"); data-carrying variants are not used in inputs.
            Value::String(s) => visitor.visit_enum(s.into_deserializer()),
            other => Err(de::Error::invalid_type(unexpected(&other), &visitor)),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf unit
        unit_struct seq tuple tuple_struct map struct identifier ignored_any
    }
}

fn unexpected(value: &Value) -> Unexpected<'_> {
    match value {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => n.as_u64().map(Unexpected::Unsigned).or_else(|| n.as_i64().map(Unexpected::Signed)).unwrap_or(Unexpected::Float(0.0)),
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

struct Items {
    items: std::vec::IntoIter<Value>,
    index: usize,
}

impl<'de> SeqAccess<'de> for Items {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        let Some(value) = self.items.next() else { return Ok(None) };
        let index = self.index;
        self.index += 1;
        seed.deserialize(ValueDeserializer(value)).map(Some).map_err(|e| e.at(Segment::Index(index)))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct Entries {
    entries: <Map<String, Value> as IntoIterator>::IntoIter,
    /// The entry whose key was read and whose value is next.
    current: Option<(String, Value)>,
}

impl<'de> MapAccess<'de> for Entries {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        let Some((key, value)) = self.entries.next() else { return Ok(None) };
        // An unknown field or a bad map key is reported at that key.
        let read = seed.deserialize(key.as_str().into_deserializer()).map_err(|e: Error| e.at(Segment::Key(key.clone())))?;
        self.current = Some((key, value));
        Ok(Some(read))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let (key, value) = self.current.take().ok_or_else(|| de::Error::custom("a map value was read before its key"))?;
        seed.deserialize(ValueDeserializer(value)).map_err(|e| e.at(Segment::Key(key)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "snake_case")]
    enum Role {
        EndUser,
        Agent,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Sample {
        count: u32,
        ratio: Option<f64>,
        role: Role,
        tags: Vec<String>,
        #[serde(default)]
        public: bool,
    }

    fn read(value: Value) -> Result<Sample, Error> {
        Sample::deserialize(ValueDeserializer(value))
    }

    #[test]
    fn reads_what_serde_json_reads() {
        let value = serde_json::json!({"count": 3, "ratio": 0.5, "role": "end_user", "tags": ["a", "b"], "extra": {"x": [1, null]}});
        assert_eq!(read(value.clone()).unwrap(), serde_json::from_value::<Sample>(value).unwrap());
        assert_eq!(read(serde_json::json!({"count": 1, "ratio": null, "role": "agent", "tags": []})).unwrap().ratio, None);
    }

    #[test]
    fn errors_say_what_was_found_and_expected_without_printing_floats() {
        let err = |value: Value| read(value).unwrap_err().to_string();
        assert_eq!(err(serde_json::json!({"count": "3", "role": "agent", "tags": []})), "invalid type: string \"3\", expected u32");
        assert_eq!(err(serde_json::json!({"count": 1.5, "role": "agent", "tags": []})), "invalid type: a decimal number, expected u32");
        assert_eq!(err(serde_json::json!({"count": -1, "role": "agent", "tags": []})), "invalid value: integer `-1`, expected u32");
        assert!(err(serde_json::json!({"count": 1, "role": "bot", "tags": []})).contains("unknown variant `bot`"));
        assert_eq!(err(serde_json::json!({"count": 1, "role": 7, "tags": []})), "invalid type: integer `7`, expected enum Role");
        assert_eq!(err(serde_json::json!({"role": "agent", "tags": []})), "missing field `count`");
        assert_eq!(err(serde_json::json!([])), "invalid length 0, expected struct Sample with 5 elements");
    }

    #[test]
    fn errors_carry_the_path_of_their_field() {
        let path = |value: Value| read(value).unwrap_err().path();
        assert_eq!(path(serde_json::json!({"count": "3", "role": "agent", "tags": []})), "count");
        assert_eq!(path(serde_json::json!({"count": 1, "role": "agent", "tags": ["a", 2]})), "tags[1]");
        assert_eq!(path(serde_json::json!({"role": "agent", "tags": []})), ".");
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Outer {
            inner: Vec<Sample>,
        }
        let err = Outer::deserialize(ValueDeserializer(serde_json::json!({"inner": [{"count": 1, "role": "bot", "tags": []}]}))).unwrap_err();
        assert_eq!(err.path(), "inner[0].role");
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Strict {
            a: u8,
        }
        let err = Strict::deserialize(ValueDeserializer(serde_json::json!({"a": 1, "b": 2}))).unwrap_err();
        assert_eq!((err.path().as_str(), err.to_string().starts_with("unknown field `b`")), ("b", true));
    }
}
