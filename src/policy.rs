//! The admin's policy (SPEC.md "Policy"): which kinds are high-risk, which tickets go to a human
//! by rule, severities, budgets. It is data, not code: every decision that an admin may want to
//! change reads it from here. An unknown kind, rule, language or field is an error, because a
//! typo silently ignored in a safety setting is worse than a refusal to start.

use serde::{Deserialize, Serialize};

use serde_json::Value;

use crate::error::{deserialize_with_path, InputError};
use crate::value_de::{self, read_struct, read_unit_variant, FromValue};
use crate::kind::Kind;
use crate::language::Language;
use crate::ticket::Ticket;

/// Finding rules of the draft checker (SPEC.md "Finding rules").
pub const RULES: [&str; 13] = [
    "missing_citation",
    "unknown_citation",
    "citation_mismatch",
    "commitment",
    "false_action",
    "secret_leak",
    "pii_leak",
    "placeholder_leak",
    "internal_leak",
    "language_mismatch",
    "template",
    "injection_echo",
    "length",
];

/// Profile fields an admin may let through to the model. E-mail and phone never go.
pub const PROFILE_FIELDS: [&str; 6] = ["name", "locale", "tier", "plan", "region", "id"];

/// Read-only tools the session may call.
pub const TOOLS: [&str; 4] = ["get_ticket", "get_requester", "search_kb", "get_policy"];

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Block,
    Warn,
}

/// A manual rule: a ticket matching every condition given goes to a human.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ManualRule {
    #[serde(default)]
    pub kind: Option<Kind>,
    #[serde(default)]
    pub tier: Option<String>,
    #[serde(default)]
    pub plan: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default)]
    pub language: Option<Language>,
    #[serde(default)]
    pub channel: Option<String>,
    #[serde(default)]
    pub priority: Option<String>,
    #[serde(default)]
    pub tag: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Budgets {
    pub max_steps: u32,
    pub max_seconds: u32,
    pub max_model_calls: u32,
    pub rate_per_minute: u32,
}

impl Default for Budgets {
    fn default() -> Self {
        Budgets { max_steps: 20, max_seconds: 45, max_model_calls: 3, rate_per_minute: 30 }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Policy {
    pub high_risk: Vec<Kind>,
    pub manual: Vec<ManualRule>,
    /// Overrides of a finding rule's default severity; validated against [`RULES`].
    pub severity: std::collections::BTreeMap<String, Severity>,
    pub no_commitments: bool,
    pub max_words: u32,
    pub team_language: Language,
    pub internal_domains: Vec<String>,
    pub profile_fields: Vec<String>,
    pub budgets: Budgets,
    pub tools: Vec<String>,
    pub kill_switch: bool,
}

impl Default for Policy {
    fn default() -> Self {
        let severity = [("template", Severity::Warn), ("length", Severity::Warn), ("language_mismatch", Severity::Warn)]
            .into_iter()
            .map(|(rule, sev)| (rule.to_string(), sev))
            .collect();
        Policy {
            high_risk: vec![Kind::Security, Kind::BillingRefund, Kind::Legal, Kind::Outage],
            manual: vec![ManualRule { kind: Some(Kind::Billing), tier: Some("enterprise".into()), ..Default::default() }],
            severity,
            no_commitments: true,
            max_words: 350,
            team_language: Language::En,
            internal_domains: Vec::new(),
            profile_fields: ["name", "locale", "tier", "plan", "region"].map(String::from).to_vec(),
            budgets: Budgets::default(),
            tools: TOOLS.map(String::from).to_vec(),
            kill_switch: false,
        }
    }
}

/// The core's readers (see `value_de::FromValue`); they accept and reject what the derives do.
impl FromValue for Severity {
    fn from_value(value: Value) -> Result<Self, value_de::Error> {
        let i = read_unit_variant(value, "enum Severity", &["block", "warn"])?;
        Ok([Severity::Block, Severity::Warn][i])
    }
}

impl FromValue for ManualRule {
    fn from_value(value: Value) -> Result<Self, value_de::Error> {
        const FIELDS: &[&str] = &["kind", "tier", "plan", "region", "language", "channel", "priority", "tag"];
        let mut r = ManualRule::default();
        read_struct(value, "struct ManualRule", FIELDS, 0, true, &mut |i, v| {
            match i {
                0 => r.kind = FromValue::from_value(v)?,
                1 => r.tier = FromValue::from_value(v)?,
                2 => r.plan = FromValue::from_value(v)?,
                3 => r.region = FromValue::from_value(v)?,
                4 => r.language = FromValue::from_value(v)?,
                5 => r.channel = FromValue::from_value(v)?,
                6 => r.priority = FromValue::from_value(v)?,
                _ => r.tag = FromValue::from_value(v)?,
            }
            Ok(())
        })?;
        Ok(r)
    }
}

impl FromValue for Budgets {
    fn from_value(value: Value) -> Result<Self, value_de::Error> {
        const FIELDS: &[&str] = &["max_steps", "max_seconds", "max_model_calls", "rate_per_minute"];
        let mut b = Budgets::default();
        read_struct(value, "struct Budgets", FIELDS, 0, true, &mut |i, v| {
            *[&mut b.max_steps, &mut b.max_seconds, &mut b.max_model_calls, &mut b.rate_per_minute][i] = FromValue::from_value(v)?;
            Ok(())
        })?;
        Ok(b)
    }
}

impl FromValue for Policy {
    fn from_value(value: Value) -> Result<Self, value_de::Error> {
        const FIELDS: &[&str] = &[
            "high_risk", "manual", "severity", "no_commitments", "max_words", "team_language", "internal_domains", "profile_fields", "budgets", "tools", "kill_switch",
        ];
        let mut p = Policy::default();
        read_struct(value, "struct Policy", FIELDS, 0, true, &mut |i, v| {
            match i {
                0 => p.high_risk = FromValue::from_value(v)?,
                1 => p.manual = FromValue::from_value(v)?,
                2 => p.severity = FromValue::from_value(v)?,
                3 => p.no_commitments = FromValue::from_value(v)?,
                4 => p.max_words = FromValue::from_value(v)?,
                5 => p.team_language = FromValue::from_value(v)?,
                6 => p.internal_domains = FromValue::from_value(v)?,
                7 => p.profile_fields = FromValue::from_value(v)?,
                8 => p.budgets = FromValue::from_value(v)?,
                9 => p.tools = FromValue::from_value(v)?,
                _ => p.kill_switch = FromValue::from_value(v)?,
            }
            Ok(())
        })?;
        Ok(p)
    }
}

impl Policy {
    /// Parses and validates a policy; every field is optional and defaults as in SPEC.md.
    pub fn from_json(value: serde_json::Value) -> Result<Policy, InputError> {
        if value.is_null() {
            return Ok(Policy::default());
        }
        if !value.is_object() {
            return Err(InputError::new("policy", "must be a JSON object"));
        }
        let policy: Policy = deserialize_with_path(value)?;
        policy.validate()?;
        Ok(policy)
    }

    pub fn from_json_str(text: &str) -> Result<Policy, InputError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| InputError::new("policy", format!("is not valid JSON: {e}")))?;
        Policy::from_json(value)
    }

    fn validate(&self) -> Result<(), InputError> {
        for rule in self.severity.keys() {
            if !RULES.contains(&rule.as_str()) {
                return Err(InputError::new(
                    format!("severity.{rule}"),
                    format!("unknown rule; known rules: {}", RULES.join(", ")),
                ));
            }
        }
        for (i, rule) in self.manual.iter().enumerate() {
            if *rule == ManualRule::default() {
                return Err(InputError::new(format!("manual[{i}]"), "needs at least one condition (kind, tier, plan, region, language, channel, priority or tag)"));
            }
        }
        for (i, field) in self.profile_fields.iter().enumerate() {
            if !PROFILE_FIELDS.contains(&field.as_str()) {
                return Err(InputError::new(
                    format!("profile_fields[{i}]"),
                    format!("`{field}` may not be passed to the model; allowed: {}", PROFILE_FIELDS.join(", ")),
                ));
            }
        }
        for (i, tool) in self.tools.iter().enumerate() {
            if !TOOLS.contains(&tool.as_str()) {
                return Err(InputError::new(format!("tools[{i}]"), format!("unknown tool `{tool}`; known tools: {}", TOOLS.join(", "))));
            }
        }
        for (i, domain) in self.internal_domains.iter().enumerate() {
            if !crate::redact::is_host_name(domain) {
                return Err(InputError::new(format!("internal_domains[{i}]"), format!("`{domain}` is not a host name")));
            }
        }
        if self.max_words == 0 {
            return Err(InputError::new("max_words", "must be at least 1"));
        }
        let b = &self.budgets;
        for (name, v) in [("max_steps", b.max_steps), ("max_seconds", b.max_seconds), ("max_model_calls", b.max_model_calls), ("rate_per_minute", b.rate_per_minute)] {
            if v == 0 {
                return Err(InputError::new(format!("budgets.{name}"), "must be at least 1"));
            }
        }
        Ok(())
    }

    pub fn is_high_risk(&self, kind: Kind) -> bool {
        self.high_risk.contains(&kind)
    }

    /// The first manual rule that matches, with its index.
    pub fn manual_rule_for(&self, kind: Kind, language: Language, ticket: &Ticket) -> Option<(usize, &ManualRule)> {
        let requester = ticket.requester.as_ref();
        let same = |want: &Option<String>, have: Option<&str>| match want {
            None => true,
            Some(w) => have.is_some_and(|h| h.eq_ignore_ascii_case(w)),
        };
        self.manual.iter().enumerate().find(|(_, rule)| {
            rule.kind.is_none_or(|k| k == kind)
                && rule.language.is_none_or(|l| l == language)
                && same(&rule.tier, requester.and_then(|r| r.tier.as_deref()))
                && same(&rule.plan, requester.and_then(|r| r.plan.as_deref()))
                && same(&rule.region, requester.and_then(|r| r.region.as_deref()))
                && same(&rule.channel, ticket.channel.as_deref())
                && same(&rule.priority, ticket.priority.as_deref())
                && rule.tag.as_ref().is_none_or(|t| ticket.tags.iter().any(|have| have.eq_ignore_ascii_case(t)))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn error(value: serde_json::Value) -> InputError {
        Policy::from_json(value).expect_err("should be rejected")
    }

    #[test]
    fn defaults_match_the_spec() {
        let p = Policy::from_json(json!({})).unwrap();
        assert_eq!(p, Policy::default());
        assert!(p.is_high_risk(Kind::Outage));
        assert_eq!(p.budgets.max_steps, 20);
        assert_eq!(p.severity.get("template"), Some(&Severity::Warn));
    }

    #[test]
    fn bad_values_name_their_field() {
        assert!(error(json!({"high_risk": ["security", "nope"]})).field.starts_with("high_risk"));
        assert_eq!(error(json!({"severity": {"made_up": "block"}})).field, "severity.made_up");
        assert!(error(json!({"severity": {"template": "loud"}})).field.starts_with("severity"));
        assert_eq!(error(json!({"team_language": "ja"})).field, "team_language");
        assert_eq!(error(json!({"profile_fields": ["name", "email"]})).field, "profile_fields[1]");
        assert_eq!(error(json!({"manual": [{}]})).field, "manual[0]");
        assert!(error(json!({"manual": [{"kind": "billing", "teir": "x"}]})).to_string().contains("teir"));
        assert_eq!(error(json!({"budgets": {"max_steps": 0}})).field, "budgets.max_steps");
        assert!(error(json!({"high_risks": []})).to_string().contains("high_risks"));
        assert_eq!(error(json!({"internal_domains": ["https://x.example"]})).field, "internal_domains[0]");
        assert_eq!(error(json!([1])).field, "policy");
    }

    #[test]
    fn null_means_defaults() {
        assert_eq!(Policy::from_json(serde_json::Value::Null).unwrap(), Policy::default());
    }
}
