//! The triage categories (SPEC.md "Vocabularies").

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Security,
    BillingRefund,
    Billing,
    Legal,
    Outage,
    Bug,
    HowTo,
    Account,
    FeatureRequest,
    Other,
}

impl Kind {
    pub const ALL: [Kind; 10] = [
        Kind::Security,
        Kind::BillingRefund,
        Kind::Billing,
        Kind::Legal,
        Kind::Outage,
        Kind::Bug,
        Kind::HowTo,
        Kind::Account,
        Kind::FeatureRequest,
        Kind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Security => "security",
            Kind::BillingRefund => "billing_refund",
            Kind::Billing => "billing",
            Kind::Legal => "legal",
            Kind::Outage => "outage",
            Kind::Bug => "bug",
            Kind::HowTo => "how_to",
            Kind::Account => "account",
            Kind::FeatureRequest => "feature_request",
            Kind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// The core's reader (see `value_de::FromValue`); it accepts and rejects what the derive does.
impl crate::value_de::FromValue for Kind {
    fn from_value(value: serde_json::Value) -> Result<Self, crate::value_de::Error> {
        const VARIANTS: &[&str] = &["security", "billing_refund", "billing", "legal", "outage", "bug", "how_to", "account", "feature_request", "other"];
        Ok(Kind::ALL[crate::value_de::read_unit_variant(value, "enum Kind", VARIANTS)?])
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
