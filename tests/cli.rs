//! The command line as a black box: JSON Lines contract, error lines and exit codes (SPEC.md).

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_safedraft"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start safedraft");
    // The binary may exit before reading (bad arguments): a broken pipe here is expected.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).expect("each output line is JSON")).collect()
}

#[test]
fn triage_writes_one_object_per_input_line_in_spec_order() {
    let out = run(&["triage"], "{\"id\": 7, \"subject\": \"refund\", \"description\": \"I want my money back.\"}\n");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    assert!(text.starts_with("{\"ticket_id\":\"7\",\"kind\":\"billing_refund\",\"risk\":\"high\",\"should_draft\":false"), "{text}");
    let v = &lines(&out)[0];
    for field in ["reason", "language", "injection", "signals"] {
        assert!(v.get(field).is_some(), "missing {field}");
    }
}

#[test]
fn a_bad_line_is_reported_by_number_and_the_run_goes_on() {
    let input = "{\"id\": 1, \"description\": \"How do I export?\"}\nnot json\n\n{\"subject\": \"no id\"}\n{\"id\": 2, \"requester\": {\"tier\": 5}}\n{\"id\": 3}\n";
    let out = run(&["triage"], input);
    assert_eq!(out.status.code(), Some(1));
    let v = lines(&out);
    assert_eq!(v.len(), 5, "one output per non-blank input line");
    assert_eq!(v[0]["ticket_id"], "1");
    assert_eq!(v[1]["line"], 2);
    assert_eq!(v[2]["line"], 4);
    assert!(v[2]["error"].as_str().unwrap().starts_with("id:"), "{}", v[2]);
    assert_eq!(v[3]["line"], 5);
    assert!(v[3]["error"].as_str().unwrap().contains("requester.tier"), "{}", v[3]);
    assert_eq!(v[4]["ticket_id"], "3");
}

#[test]
fn unusable_arguments_exit_2() {
    assert_eq!(run(&["triage", "--bogus"], "").status.code(), Some(2));
    assert_eq!(run(&["frobnicate"], "").status.code(), Some(2));
    assert_eq!(run(&["triage", "/nonexistent/tickets.jsonl"], "").status.code(), Some(2));
    assert_eq!(run(&["eval"], "").status.code(), Some(2));
}

#[test]
fn a_bad_policy_file_exits_2_naming_the_field() {
    let dir = std::env::temp_dir().join(format!("safedraft-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let policy = dir.join("policy.json");
    std::fs::write(&policy, r#"{"manual": [{"kind": "billing", "tier": "enterprise"}], "severity": {"tone": "warn"}}"#).unwrap();
    let out = run(&["triage", "--policy", policy.to_str().unwrap()], "{\"id\": 1}\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("severity.tone"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn redact_gives_utf8_byte_offsets_in_spec_order() {
    let input = "{\"id\": \"r1\", \"text\": \"Grüße 😀 ann@example.com\"}\n{\"id\": 2, \"text\": \"wiki: https://wiki.corp.example.net/x\", \"internal_domains\": [\"corp.example.net\"]}\n";
    let out = run(&["redact"], input);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    // "Grüße 😀 " is 13 bytes: ü and ß take 2 each, the emoji 4.
    assert_eq!(
        text.lines().next().unwrap(),
        r#"{"id":"r1","text":"Grüße 😀 [EMAIL_1]","findings":[{"kind":"email","start":13,"end":28,"placeholder":"[EMAIL_1]"}]}"#
    );
    let second = &lines(&out)[1];
    assert_eq!(second["id"], 2);
    assert_eq!(second["text"], "wiki: [INTERNAL_URL_1]");
}

#[test]
fn redact_reports_a_bad_line_naming_the_field() {
    let out = run(&["redact"], "{\"id\": 1}\n{\"id\": 2, \"text\": 5}\n{\"id\": 3, \"text\": \"x\", \"internal_domains\": [\"http://x\"]}\n{\"id\": 4, \"text\": \"ok\"}\n");
    assert_eq!(out.status.code(), Some(1));
    let v = lines(&out);
    assert_eq!(v.len(), 4);
    assert_eq!(v[0]["line"], 1);
    assert!(v[0]["error"].as_str().unwrap().starts_with("text"), "{}", v[0]);
    assert!(v[1]["error"].as_str().unwrap().starts_with("text"), "{}", v[1]);
    assert!(v[2]["error"].as_str().unwrap().starts_with("internal_domains[0]"), "{}", v[2]);
    assert_eq!(v[3]["text"], "ok");
}

#[test]
fn check_outputs_spec_order_and_names_bad_context_fields() {
    let good = r#"{"id": "c1", "draft": "Hi Ana,\n\nWe will refund you tomorrow.\n\nBest regards,\nSupport", "context": {"language": "en", "snippets": [{"id": "policy:refund-v3", "kind": "policy", "title": "Refunds", "body": "…", "topics": ["refund"]}]}}"#;
    let bad = r#"{"id": "c2", "draft": "x", "context": {"language": "klingon"}}"#;
    let out = run(&["check"], &format!("{good}\n{bad}\n"));
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    assert!(text.starts_with(r#"{"id":"c1","verdict":"block","claims":[{"kind":"refund""#), "{text}");
    let v = lines(&out);
    let rules: Vec<&str> = v[0]["findings"].as_array().unwrap().iter().map(|f| f["rule"].as_str().unwrap()).collect();
    assert!(rules.contains(&"commitment") && rules.contains(&"missing_citation"), "{rules:?}");
    assert_eq!(v[1]["line"], 2);
    assert!(v[1]["error"].as_str().unwrap().starts_with("context.language"), "{}", v[1]);
}

#[test]
fn eval_prints_the_triage_table() {
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
    let out = run(&["eval", corpus], "");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    for metric in [
        "kind accuracy",
        "high-risk recall",
        "should_draft precision",
        "injection recall",
        "injection false-positive rate",
        "language accuracy",
        "redact (60 cases)",
        "keep precision",
        "cases with a leaked value",
        "check (45 cases)",
        "block recall",
        "false-block rate on pass cases",
    ] {
        assert!(text.contains(metric), "missing {metric}");
    }
}

#[test]
fn audit_verify_holds_and_names_the_first_bad_line() {
    use safedraft::audit::AuditChain;
    let dir = std::env::temp_dir().join(format!("safedraft-audit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut chain = AuditChain::new("req-1");
    let lines: Vec<String> = (0..3)
        .map(|i| serde_json::to_string(&chain.append(1_000 + i, "step", serde_json::json!({"i": i}))).unwrap())
        .collect();
    let good = dir.join("good.jsonl");
    std::fs::write(&good, lines.join("\n") + "\n").unwrap();
    let out = run(&["audit", "verify", good.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));

    let tampered = dir.join("tampered.jsonl");
    std::fs::write(&tampered, lines.join("\n").replace("\"i\":1", "\"i\":7")).unwrap();
    let out = run(&["audit", "verify", tampered.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains(":2:"), "{}", String::from_utf8_lossy(&out.stdout));

    assert_eq!(run(&["audit", "verify"], "").status.code(), Some(2));
    assert_eq!(run(&["audit", "check", good.to_str().unwrap()], "").status.code(), Some(2));
    std::fs::remove_dir_all(&dir).unwrap();
}
