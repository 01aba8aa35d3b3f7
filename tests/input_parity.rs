//! The core reads its inputs with hand-written readers (`value_de::FromValue`) rather than
//! serde's derived visitors, which cost a third of the WebAssembly module's code. The derives
//! stay as the specification: for thousands of generated values, each reader must return
//! exactly what the derive returns through `ValueDeserializer`, value or error (message and path).

use std::collections::BTreeMap;
use std::fmt::Debug;

use safedraft::check::Snippet;
use safedraft::policy::{Budgets, ManualRule, Severity};
use safedraft::ticket::{Attachment, AuthorRole, Comment, Requester};
use safedraft::value_de::{FromValue, ValueDeserializer};
use safedraft::{Kind, Language, Policy, Ticket};
use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

const KEYS: &[&str] = &[
    "id", "subject", "description", "comments", "requester", "tags", "priority", "channel", "attachments", "language",
    "author_role", "public", "body", "created_at", "name", "email", "locale", "tier", "plan", "region", "filename",
    "content_type", "size", "high_risk", "manual", "severity", "no_commitments", "max_words", "team_language",
    "internal_domains", "profile_fields", "budgets", "tools", "kill_switch", "kind", "tag", "max_steps", "max_seconds",
    "max_model_calls", "rate_per_minute", "title", "topics", "updated_at", "template", "length", "made_up", "teir", "",
];

const STRINGS: &[&str] = &[
    "", " ", "x", "end_user", "agent", "system", "bot", "security", "billing", "billing_refund", "how_to", "feature_request",
    "other", "en", "de", "pt-BR", "ja", "EN", "block", "warn", "loud", "name", "enterprise", "1042", "é\"\\\n", "template",
];

fn scalar(r: &mut Rng) -> Value {
    match r.below(13) {
        0 => Value::Null,
        1 => Value::Bool(r.below(2) == 0),
        2 => json!(r.below(5)),
        3 => json!(-(r.below(5) as i64) - 1),
        4 => json!(1.5),
        5 => json!(4_294_967_295u64 + r.below(2) as u64),
        6 => json!(u64::MAX),
        7 => json!(i64::MIN),
        8 => json!(-0.0),
        9 => json!(1e300),
        _ => Value::String(STRINGS[r.below(STRINGS.len())].to_string()),
    }
}

fn value(r: &mut Rng, depth: usize) -> Value {
    if depth == 0 {
        return scalar(r);
    }
    match r.below(10) {
        0..=3 => scalar(r),
        4..=5 => Value::Array((0..r.below(5)).map(|_| value(r, depth - 1)).collect()),
        _ => {
            let mut map = Map::new();
            for _ in 0..r.below(6) {
                map.insert(KEYS[r.below(KEYS.len())].to_string(), value(r, depth - 1));
            }
            Value::Object(map)
        }
    }
}

/// Replaces, removes or adds something somewhere in `v`.
fn mutate(r: &mut Rng, v: &mut Value) {
    match v {
        Value::Object(map) if !map.is_empty() && r.below(4) != 0 => {
            let keys: Vec<String> = map.keys().cloned().collect();
            let key = &keys[r.below(keys.len())];
            if r.below(6) == 0 {
                map.remove(key);
            } else {
                mutate(r, map.get_mut(key).unwrap());
            }
            if r.below(5) == 0 {
                map.insert(KEYS[r.below(KEYS.len())].to_string(), value(r, 2));
            }
        }
        Value::Array(items) if !items.is_empty() && r.below(4) != 0 => {
            let i = r.below(items.len());
            mutate(r, &mut items[i]);
        }
        _ => *v = value(r, 3),
    }
}

/// Turns objects into arrays of their values (serde's sequence form of a struct), sometimes.
fn to_sequences(r: &mut Rng, v: &mut Value) {
    match v {
        Value::Object(map) => {
            map.values_mut().for_each(|item| to_sequences(r, item));
            if r.below(3) == 0 {
                let mut items: Vec<Value> = std::mem::take(map).into_iter().map(|(_, item)| item).collect();
                items.truncate(r.below(items.len() + 2));
                *v = Value::Array(items);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| to_sequences(r, item)),
        _ => {}
    }
}

fn templates() -> Vec<Value> {
    vec![
        json!({"id": 7, "subject": "s", "description": "d", "comments": [{"author_role": "agent", "public": false, "body": "b", "created_at": "t"}, {"body": "x"}],
               "requester": {"id": 3, "name": "n", "email": "e", "locale": "l", "tier": "t", "plan": "p", "region": "r"}, "tags": ["a", "b"],
               "priority": "high", "channel": "web", "attachments": [{"filename": "f", "content_type": "c", "size": 12}], "language": "en"}),
        json!({"high_risk": ["security", "billing"], "manual": [{"kind": "billing", "tier": "enterprise", "plan": "p", "region": "r", "language": "de", "channel": "c", "priority": "p", "tag": "t"}],
               "severity": {"template": "block", "length": "warn"}, "no_commitments": false, "max_words": 100, "team_language": "fr",
               "internal_domains": ["wiki.example"], "profile_fields": ["name", "tier"], "budgets": {"max_steps": 1, "max_seconds": 2, "max_model_calls": 3, "rate_per_minute": 4},
               "tools": ["search_kb"], "kill_switch": true}),
        json!([{"id": "a", "kind": "kb", "title": "t", "body": "b", "topics": ["x"], "locale": "en", "updated_at": "u"}, {"id": 1}]),
    ]
}

fn same<T: FromValue + DeserializeOwned + PartialEq + Debug>(v: &Value) {
    let ours = T::from_value(v.clone()).map_err(|e| (e.path(), e.to_string()));
    let serde = T::deserialize(ValueDeserializer(v.clone())).map_err(|e| (e.path(), e.to_string()));
    assert_eq!(ours, serde, "{} from {v}", std::any::type_name::<T>());
}

fn all_types(v: &Value) {
    same::<Ticket>(v);
    same::<Comment>(v);
    same::<Requester>(v);
    same::<Attachment>(v);
    same::<AuthorRole>(v);
    same::<Policy>(v);
    same::<ManualRule>(v);
    same::<Budgets>(v);
    same::<Severity>(v);
    same::<Kind>(v);
    same::<Language>(v);
    same::<Snippet>(v);
    same::<Vec<Snippet>>(v);
    same::<Vec<String>>(v);
    same::<BTreeMap<String, Severity>>(v);
    same::<Option<u64>>(v);
    same::<u32>(v);
    same::<bool>(v);
}

#[test]
fn readers_agree_with_the_derives() {
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    let templates = templates();
    let mut inputs: Vec<Value> = templates.clone();
    inputs.extend(templates.iter().flat_map(|t| t.as_array().cloned().unwrap_or_else(|| vec![t.clone()])));
    for _ in 0..20_000 {
        let mut v = templates[r.below(templates.len())].clone();
        for _ in 0..1 + r.below(3) {
            mutate(&mut r, &mut v);
        }
        if r.below(4) == 0 {
            to_sequences(&mut r, &mut v);
        }
        inputs.push(v);
    }
    for _ in 0..5_000 {
        inputs.push(value(&mut r, 4));
    }
    for v in &inputs {
        all_types(v);
        // Nested parts on their own, e.g. a comment or a manual rule.
        if let Some(items) = v.as_object().map(|m| m.values().cloned().collect::<Vec<_>>()).or_else(|| v.as_array().cloned()) {
            for item in items.iter().chain(items.iter().filter_map(|i| i.as_array()).flatten()) {
                all_types(item);
            }
        }
    }
}

/// A field added to an input type must be read by its hand-written reader too: the templates
/// above must then name it, or the parity check never sees it. Each template, read by the
/// derive and written back, must have the keys it started with.
#[test]
fn the_templates_name_every_field_of_the_types() {
    fn keys(v: &Value) -> Vec<String> {
        let mut k: Vec<String> = v.as_object().map(|m| m.keys().cloned().collect()).unwrap_or_default();
        k.sort();
        k
    }
    fn round_trip<T: DeserializeOwned + serde::Serialize>(v: &Value) {
        let back = serde_json::to_value(T::deserialize(ValueDeserializer(v.clone())).unwrap()).unwrap();
        assert_eq!(keys(&back), keys(v), "{}: a field the template does not name", std::any::type_name::<T>());
    }
    let t = templates();
    round_trip::<Ticket>(&t[0]);
    round_trip::<Comment>(&t[0]["comments"][0]);
    round_trip::<Requester>(&t[0]["requester"]);
    round_trip::<Attachment>(&t[0]["attachments"][0]);
    round_trip::<Policy>(&t[1]);
    round_trip::<ManualRule>(&t[1]["manual"][0]);
    round_trip::<Budgets>(&t[1]["budgets"]);
    round_trip::<Snippet>(&t[2][0]);
}
