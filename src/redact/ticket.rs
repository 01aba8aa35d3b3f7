//! The model's view of a ticket: every text field redacted with one shared placeholder map, and
//! of the requester only the profile fields the admin allows (never e-mail or phone).

use serde::Serialize;

use super::Redactor;
use crate::policy::Policy;
use crate::ticket::{AuthorRole, Ticket};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ModelComment {
    pub author_role: AuthorRole,
    pub body: String,
}

/// What the model may see of a ticket. Internal (non-public) comments are left out: they are
/// the team's notes, not the customer's words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ModelView {
    pub subject: String,
    pub description: String,
    pub comments: Vec<ModelComment>,
    /// Allowlisted profile fields, in policy order.
    pub requester: Vec<(String, String)>,
}

/// Builds the model's view and returns the redactor that holds the value↔placeholder map.
pub fn model_view(ticket: &Ticket, policy: &Policy) -> (ModelView, Redactor) {
    let mut redactor = Redactor::new(policy.internal_domains.clone());
    let mut redact = |text: &str| redactor.redact(text).text;
    let subject = redact(ticket.subject.as_deref().unwrap_or(""));
    let description = redact(ticket.description.as_deref().unwrap_or(""));
    let comments = ticket.comments.iter().filter(|c| c.public).map(|c| ModelComment { author_role: c.author_role, body: redact(&c.body) }).collect();
    let requester = match &ticket.requester {
        None => Vec::new(),
        Some(r) => policy
            .profile_fields
            .iter()
            .filter_map(|field| {
                let value = match field.as_str() {
                    "name" => r.name.as_deref(),
                    "locale" => r.locale.as_deref(),
                    "tier" => r.tier.as_deref(),
                    "plan" => r.plan.as_deref(),
                    "region" => r.region.as_deref(),
                    "id" => r.id.as_deref(),
                    // Policy validation refuses any other field (e-mail, phone).
                    _ => None,
                }?;
                Some((field.clone(), redact(value)))
            })
            .collect(),
    };
    (ModelView { subject, description, comments, requester }, redactor)
}
