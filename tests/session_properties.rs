//! Property tests for the drafting session: whatever the tools, the model and the clock do, a
//! run ends, never issues a call past its step or time budget, and its audit chain verifies.

use proptest::prelude::*;
use safedraft::audit::verify;
use safedraft::session::{offline_answer, Effect, Session};
use safedraft::Policy;

#[derive(Debug, Clone)]
enum Reply {
    Good,
    Malformed,
    Error,
    WrongCallId,
    Timeout,
}

fn reply() -> impl Strategy<Value = Reply> {
    prop_oneof![4 => Just(Reply::Good), 1 => Just(Reply::Malformed), 1 => Just(Reply::Error), 1 => Just(Reply::WrongCallId), 1 => Just(Reply::Timeout)]
}

fn ticket() -> serde_json::Value {
    serde_json::json!({"id": 9, "subject": "Export", "description": "How do I export my data as CSV?"})
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_run_ends_within_its_budgets(replies in prop::collection::vec((reply(), 0u64..20_000), 1..40), max_steps in 1u32..8, max_seconds in 1u32..60) {
        let policy = Policy::from_json(serde_json::json!({"budgets": {"max_steps": max_steps, "max_seconds": max_seconds, "max_model_calls": 3, "rate_per_minute": 30}})).unwrap();
        let start = 5_000_000u64;
        let mut now = start;
        let mut session = Session::new(policy.clone(), "9", now, "n");
        let mut replies = replies.into_iter();
        let mut calls = 0u32;
        let mut lines = Vec::new();
        let mut done = false;
        for _ in 0..500 {
            let Some(effect) = session.poll() else {
                // Waiting: the host's timer fires later and later until the budget ends the run.
                now += 10_000;
                session.handle_timeout(now);
                continue;
            };
            let (reply, delay) = match &effect {
                Effect::CallTool { .. } | Effect::CallModel { .. } => replies.next().unwrap_or((Reply::Good, 1)),
                _ => (Reply::Good, 0),
            };
            now += delay;
            match effect {
                Effect::Emit { event } => lines.push(serde_json::to_string(&event).unwrap()),
                Effect::Done { .. } => { done = true; break; }
                Effect::CallTool { call_id, tool, .. } => {
                    calls += 1;
                    prop_assert!(now - delay - start <= u64::from(max_seconds) * 1000, "a call was issued after the time budget");
                    match reply {
                        Reply::Good if tool == "get_ticket" => session.handle_tool_result(call_id, ticket(), now),
                        Reply::Good => session.handle_tool_result(call_id, serde_json::json!([]), now),
                        Reply::Malformed => session.handle_tool_result(call_id, serde_json::json!({"nonsense": true}), now),
                        Reply::Error => session.handle_error(call_id, "tool failed", now),
                        Reply::WrongCallId => { session.handle_tool_result(call_id + 100, ticket(), now); session.handle_timeout(now); }
                        Reply::Timeout => session.handle_timeout(now),
                    }
                }
                Effect::CallModel { call_id, offline, .. } => {
                    calls += 1;
                    prop_assert!(now - delay - start <= u64::from(max_seconds) * 1000, "a call was issued after the time budget");
                    match reply {
                        Reply::Good => session.handle_model_output(call_id, &offline_answer(&offline, &policy), now),
                        Reply::Malformed => session.handle_model_output(call_id, "not json", now),
                        Reply::Error => session.handle_error(call_id, "model failed", now),
                        Reply::WrongCallId => { session.handle_model_output(call_id + 100, "{}", now); session.handle_timeout(now); }
                        Reply::Timeout => session.handle_timeout(now),
                    }
                }
            }
        }
        prop_assert!(done, "the run never ended");
        prop_assert!(calls <= max_steps, "{calls} calls with max_steps {max_steps}");
        prop_assert!(verify(lines.iter().map(String::as_str)).is_ok());
    }
}
