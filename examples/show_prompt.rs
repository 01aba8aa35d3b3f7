//! Prints the exact prompt the session sends for a ticket read from standard input (one JSON
//! ticket), with the snippets file given as the first argument. For reviewing the prompt:
//! `echo '{"id": 1, "description": "…"}' | cargo run --release --example show_prompt -- snippets.json`

use std::io::Read;

use safedraft::drafter::search_text;
use safedraft::session::{Effect, Session};
use safedraft::Policy;

fn main() {
    let snippets: Vec<safedraft::check::Snippet> = std::env::args()
        .nth(1)
        .map(|path| serde_json::from_str(&std::fs::read_to_string(path).expect("snippets file")).expect("snippets JSON"))
        .unwrap_or_default();
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).expect("ticket on stdin");
    let ticket: serde_json::Value = serde_json::from_str(&input).expect("ticket JSON");
    let mut session = Session::new(Policy::default(), &ticket["id"].to_string(), 0, "3f9c1a7e5b2d");
    while let Some(effect) = session.poll() {
        match effect {
            Effect::CallTool { call_id, tool, .. } if tool == "get_ticket" => session.handle_tool_result(call_id, ticket.clone(), 1),
            Effect::CallTool { call_id, args: query, .. } => {
                let hits = search_text(query["query"].as_str().unwrap_or(""), &snippets, 3);
                session.handle_tool_result(call_id, serde_json::to_value(hits).unwrap(), 2);
            }
            Effect::CallModel { messages, .. } => {
                for m in messages {
                    println!("----- {} -----\n{}", m.role, m.content);
                }
                return;
            }
            Effect::Done { packet } => {
                println!("no model call: {}", packet.stop_reason);
                return;
            }
            Effect::Emit { .. } => {}
        }
    }
}
