//! The redaction kinds of SPEC.md, their placeholder tags and how specific each one is.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RedactionKind {
    Email,
    Phone,
    CreditCard,
    Iban,
    Ssn,
    IpAddress,
    AwsAccessKey,
    AwsSecretKey,
    GithubToken,
    SlackToken,
    StripeKey,
    GoogleApiKey,
    Jwt,
    PrivateKey,
    Password,
    BearerToken,
    UrlCredentials,
    GenericSecret,
    InternalUrl,
}

impl RedactionKind {
    pub const ALL: [RedactionKind; 19] = [
        RedactionKind::Email,
        RedactionKind::Phone,
        RedactionKind::CreditCard,
        RedactionKind::Iban,
        RedactionKind::Ssn,
        RedactionKind::IpAddress,
        RedactionKind::AwsAccessKey,
        RedactionKind::AwsSecretKey,
        RedactionKind::GithubToken,
        RedactionKind::SlackToken,
        RedactionKind::StripeKey,
        RedactionKind::GoogleApiKey,
        RedactionKind::Jwt,
        RedactionKind::PrivateKey,
        RedactionKind::Password,
        RedactionKind::BearerToken,
        RedactionKind::UrlCredentials,
        RedactionKind::GenericSecret,
        RedactionKind::InternalUrl,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RedactionKind::Email => "email",
            RedactionKind::Phone => "phone",
            RedactionKind::CreditCard => "credit_card",
            RedactionKind::Iban => "iban",
            RedactionKind::Ssn => "ssn",
            RedactionKind::IpAddress => "ip_address",
            RedactionKind::AwsAccessKey => "aws_access_key",
            RedactionKind::AwsSecretKey => "aws_secret_key",
            RedactionKind::GithubToken => "github_token",
            RedactionKind::SlackToken => "slack_token",
            RedactionKind::StripeKey => "stripe_key",
            RedactionKind::GoogleApiKey => "google_api_key",
            RedactionKind::Jwt => "jwt",
            RedactionKind::PrivateKey => "private_key",
            RedactionKind::Password => "password",
            RedactionKind::BearerToken => "bearer_token",
            RedactionKind::UrlCredentials => "url_credentials",
            RedactionKind::GenericSecret => "generic_secret",
            RedactionKind::InternalUrl => "internal_url",
        }
    }

    pub fn parse(name: &str) -> Option<RedactionKind> {
        RedactionKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// The placeholder tag: `[EMAIL_1]`, `[AWS_SECRET_KEY_2]`.
    pub fn tag(self) -> String {
        self.as_str().to_ascii_uppercase()
    }

    /// Whether the kind is personal data (as opposed to a secret or an internal link).
    pub fn is_pii(self) -> bool {
        matches!(
            self,
            RedactionKind::Email | RedactionKind::Phone | RedactionKind::CreditCard | RedactionKind::Iban | RedactionKind::Ssn | RedactionKind::IpAddress
        )
    }

    /// Which kind wins when two matches overlap: a vendor-specific format beats a generic
    /// label match (`STRIPE_SECRET_KEY=sk_live_…` is a Stripe key, `refresh_token=eyJ…` a JWT).
    pub fn specificity(self) -> u8 {
        match self {
            RedactionKind::PrivateKey => 100,
            RedactionKind::Jwt => 95,
            RedactionKind::AwsAccessKey
            | RedactionKind::GithubToken
            | RedactionKind::SlackToken
            | RedactionKind::StripeKey
            | RedactionKind::GoogleApiKey => 90,
            RedactionKind::AwsSecretKey => 85,
            // An internal URL is removed whole, credentials and all.
            RedactionKind::InternalUrl => 82,
            RedactionKind::UrlCredentials => 80,
            RedactionKind::BearerToken => 70,
            RedactionKind::Iban | RedactionKind::CreditCard => 60,
            RedactionKind::Ssn => 55,
            RedactionKind::Email => 50,
            RedactionKind::IpAddress => 45,
            RedactionKind::Phone => 40,
            RedactionKind::Password => 30,
            RedactionKind::GenericSecret => 20,
        }
    }

    /// The form under which two writings of one value share a placeholder
    /// (`+1 617-555-0164` and `+16175550164`, `Ann@X.com` and `ann@x.com`).
    pub fn normalize(self, value: &str) -> String {
        match self {
            RedactionKind::Phone | RedactionKind::CreditCard | RedactionKind::Ssn => {
                value.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
            }
            RedactionKind::Iban => value.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase(),
            RedactionKind::Email => value.to_ascii_lowercase(),
            _ => value.to_string(),
        }
    }
}
