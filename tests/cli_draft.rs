//! `safedraft draft` as a black box: the offline drafter by default, and an OpenAI-compatible
//! endpoint played by a real HTTP server on 127.0.0.1 with scripted answers.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;

const SNIPPETS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/snippets.json");

fn draft(args: &[&str], tickets: &str, env_key: Option<&str>) -> (Option<i32>, Vec<serde_json::Value>) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_safedraft"));
    command.arg("draft").args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    match env_key {
        Some(key) => command.env("SAFEDRAFT_API_KEY", key),
        None => command.env_remove("SAFEDRAFT_API_KEY"),
    };
    let mut child = command.spawn().expect("start safedraft");
    child.stdin.take().unwrap().write_all(tickets.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let lines = String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect();
    (out.status.code(), lines)
}

const HOW_TO: &str = r#"{"id": "t1", "subject": "Export", "description": "Hi, how can I export all my data as CSV? Thanks, Ana", "requester": {"name": "Ana", "email": "ana@example.com"}}"#;
const REFUND: &str = r#"{"id": "t2", "subject": "charged twice", "description": "You charged my card twice, I want my money back."}"#;

#[test]
fn offline_by_default_drafts_or_hands_off_and_audits() {
    let dir = std::env::temp_dir().join(format!("safedraft-draft-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let audit = dir.join("audit.jsonl");
    let (code, packets) = draft(&["--snippets", SNIPPETS, "--audit", audit.to_str().unwrap()], &format!("{HOW_TO}\n{REFUND}\n"), None);
    assert_eq!(code, Some(0));
    assert_eq!(packets[0]["outcome"], "draft");
    assert_eq!(packets[0]["verdict"], "pass");
    assert_eq!(packets[1]["outcome"], "handoff");
    assert_eq!(packets[1]["handoff"]["stop_reason"], "high_risk");
    let verify = Command::new(env!("CARGO_BIN_EXE_safedraft")).args(["audit", "verify", audit.to_str().unwrap()]).output().unwrap();
    assert!(verify.status.success(), "{}", String::from_utf8_lossy(&verify.stdout));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A Chat Completions server that answers each request with the next scripted (status, body).
fn serve(script: Vec<(u16, String)>) -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/v1/chat/completions", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    thread::spawn(move || {
        for (status, body) in script {
            let Ok((stream, _)) = listener.accept() else { return };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut head = String::new();
            let mut length = 0;
            loop {
                let mut line = String::new();
                reader.read_line(&mut line).unwrap();
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap();
                }
                head.push_str(&line);
                if line == "\r\n" || line.is_empty() {
                    break;
                }
            }
            let mut request = vec![0; length];
            reader.read_exact(&mut request).unwrap();
            log.lock().unwrap().push(format!("{head}{}", String::from_utf8_lossy(&request)));
            let mut stream = stream;
            let _ = write!(stream, "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}", body.len());
        }
    });
    (url, seen)
}

fn completion(content: &str) -> String {
    serde_json::json!({"choices": [{"message": {"role": "assistant", "content": content}}]}).to_string()
}

#[test]
fn an_openai_compatible_endpoint_with_good_and_adversarial_answers() {
    let good = r#"{"reply": "Hi Ana,\n\nThanks for getting in touch.\n\nOwners and admins can export all workspace data as JSON or CSV under Settings > Export [kb:data-export].\n\nBest regards,\nSupport", "internal_note": "Export question.", "questions": []}"#;
    let promise = r#"{"reply": "Hi Ana,\n\nWe will refund you in full tomorrow.\n\nBest regards,\nSupport", "internal_note": "", "questions": []}"#;
    let script = vec![
        (200, completion("Sure! Here you go.")), // malformed, then repaired
        (200, completion(good)),
        (200, completion(promise)),
        (500, "{\"error\": \"overloaded\"}".to_string()),
    ];
    let (url, seen) = serve(script);
    let tickets = [HOW_TO, HOW_TO, HOW_TO].join("\n") + "\n";
    let (code, packets) = draft(&["--snippets", SNIPPETS, "--model", &url, "--model-name", "test-model"], &tickets, Some("sk-test-FAKE-not-a-real-key"));
    assert_eq!(code, Some(0));
    assert_eq!(packets[0]["outcome"], "draft", "{}", packets[0]);
    assert_eq!(packets[0]["verdict"], "pass", "{}", packets[0]);
    assert_eq!(packets[1]["verdict"], "block");
    assert_eq!(packets[2]["outcome"], "handoff");
    assert_eq!(packets[2]["stop_reason"], "model_error");
    let requests = seen.lock().unwrap();
    assert_eq!(requests.len(), 4);
    assert!(requests[0].to_ascii_lowercase().contains("authorization: bearer sk-test-fake-not-a-real-key"));
    assert!(requests[0].contains("\"model\":\"test-model\""));
    assert!(requests[0].contains("BEGIN UNTRUSTED TICKET"));
    assert!(!requests[0].contains("ana@example.com"), "the requester's e-mail never reaches the model");
    assert!(requests[1].contains("could not be used"), "the second call is the repair request");
}

#[test]
fn a_bad_model_argument_exits_2() {
    let (code, _) = draft(&["--model", "ftp://example"], "", None);
    assert_eq!(code, Some(2));
}
