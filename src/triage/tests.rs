//! Unit tests for triage: one behaviour each, in several languages.

use super::*;
use crate::ticket::{Comment, Requester};

fn ticket(subject: &str, body: &str) -> Ticket {
    Ticket { id: "t1".into(), subject: Some(subject.into()), description: Some(body.into()), ..Default::default() }
}

fn kind_of(subject: &str, body: &str) -> Kind {
    triage(&Policy::default(), &ticket(subject, body)).kind
}

#[test]
fn refund_request_is_high_risk_and_not_drafted() {
    let t = triage(&Policy::default(), &ticket("charged after cancelling", "I cancelled last week and you still charged me. I want my money back."));
    assert_eq!(t.kind, Kind::BillingRefund);
    assert_eq!(t.risk, Risk::High);
    assert!(!t.should_draft);
    assert!(t.reason.contains("high-risk"));
}
