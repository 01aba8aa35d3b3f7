//! Property tests for the audit chain: any run of events verifies; any change, drop or swap
//! of events never does.

use proptest::prelude::*;
use safedraft::audit::{verify, AuditChain};

fn lines_of(events: &[(u8, u64, String)]) -> Vec<String> {
    let mut chains = [AuditChain::new("req-a"), AuditChain::new("req-b")];
    events
        .iter()
        .map(|(which, at, text)| {
            let event = chains[usize::from(*which % 2)].append(*at, "step", serde_json::json!({"text": text}));
            serde_json::to_string(&event).unwrap()
        })
        .collect()
}

fn events() -> impl Strategy<Value = Vec<(u8, u64, String)>> {
    prop::collection::vec((any::<u8>(), 0u64..10_000_000, "[a-zA-Z0-9 éü😀]{0,12}"), 2..12)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_run_always_verifies(events in events()) {
        let lines = lines_of(&events);
        prop_assert_eq!(verify(lines.iter().map(String::as_str)), Ok(lines.len()));
    }

    #[test]
    fn a_changed_event_never_verifies(events in events(), pick in any::<prop::sample::Index>(), at in 10_000_000u64..20_000_000) {
        let mut lines = lines_of(&events);
        let i = pick.index(lines.len());
        let mut event: serde_json::Value = serde_json::from_str(&lines[i]).unwrap();
        event["at"] = at.into();
        lines[i] = event.to_string();
        prop_assert!(verify(lines.iter().map(String::as_str)).is_err());
    }

    #[test]
    fn a_dropped_event_never_verifies(events in events(), pick in any::<prop::sample::Index>()) {
        let mut lines = lines_of(&events);
        let i = pick.index(lines.len());
        // Dropping the very last event of a chain is a shorter run, not a broken one (the
        // session's `done` event covers that); drop one that has a successor in its chain.
        let request = |l: &str| serde_json::from_str::<serde_json::Value>(l).unwrap()["request_id"].clone();
        let has_successor = lines[i + 1..].iter().any(|l| request(l) == request(&lines[i]));
        prop_assume!(has_successor);
        lines.remove(i);
        prop_assert!(verify(lines.iter().map(String::as_str)).is_err());
    }

    #[test]
    fn swapped_events_of_one_request_never_verify(events in events(), pick in any::<prop::sample::Index>()) {
        let mut lines = lines_of(&events);
        let request = |l: &str| serde_json::from_str::<serde_json::Value>(l).unwrap()["request_id"].clone();
        let i = pick.index(lines.len());
        let j = (i + 1..lines.len()).find(|&j| request(&lines[j]) == request(&lines[i]));
        prop_assume!(j.is_some());
        lines.swap(i, j.unwrap());
        prop_assert!(verify(lines.iter().map(String::as_str)).is_err());
    }
}
