//! The `safedraft` command line: reads JSON Lines, calls the core, writes JSON Lines.
//! All decisions live in the library; this file only does I/O and argument handling.

use std::fs;
use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use safedraft::check::{check, CheckInput, CheckOutput, Snippet};

#[path = "cli/draft.rs"]
mod draft_command;
use safedraft::eval::{
    evaluate_check, evaluate_pipeline, evaluate_redact, evaluate_triage, render_check, render_pipeline, render_redact, render_triage, CheckCase, RedactCase,
    TriageCase,
};
use safedraft::redact::{redact, RedactInput, RedactOutput};
use safedraft::{triage, Policy, Ticket};

const USAGE: &str = "\
safedraft — the safety core of an LLM support-reply drafter

usage:
  safedraft triage [--policy FILE] [INPUT]   tickets (JSON Lines) → triage decisions
  safedraft redact [--policy FILE] [INPUT]   {\"id\", \"text\"} lines → redacted text and findings
                                             (UTF-8 byte offsets; internal hosts from the policy
                                             and from each line's \"internal_domains\")
  safedraft check [--policy FILE] [INPUT]    {\"id\", \"draft\", \"context\"} lines → verdict, claims, findings
  safedraft draft [--policy FILE] [--snippets FILE] [--model offline|URL] [--model-name NAME] [--audit FILE] [INPUT]
                                             tickets → review packets (offline drafter by default;
                                             an OpenAI-compatible URL uses SAFEDRAFT_API_KEY)
  safedraft audit verify FILE                 check an audit file's hash chain (exit 1 names the first bad line)
  safedraft eval CORPUS_DIR [--policy FILE] [--json]
                                             score the core against a labelled corpus
  safedraft --version

INPUT defaults to standard input. A bad input line yields {\"line\": N, \"error\": ...} and the
run goes on; the exit code is then 1. Unusable arguments exit 2.";

/// Exit code for unusable arguments (SPEC.md).
const EXIT_USAGE: u8 = 2;

struct Args {
    command: String,
    policy: Option<String>,
    json: bool,
    snippets: Option<String>,
    model: Option<String>,
    model_name: Option<String>,
    audit: Option<String>,
    positional: Vec<String>,
}

fn parse_args(raw: Vec<String>) -> Result<Args, String> {
    let mut iter = raw.into_iter();
    let command = iter.next().ok_or("missing subcommand")?;
    let mut args = Args { command, policy: None, json: false, snippets: None, model: None, model_name: None, audit: None, positional: Vec::new() };
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--policy" => args.policy = Some(iter.next().ok_or("--policy needs a file")?),
            s if s.starts_with("--policy=") => args.policy = Some(s["--policy=".len()..].to_string()),
            "--json" => args.json = true,
            "--snippets" => args.snippets = Some(iter.next().ok_or("--snippets needs a file")?),
            "--model" => args.model = Some(iter.next().ok_or("--model needs `offline` or a URL")?),
            "--model-name" => args.model_name = Some(iter.next().ok_or("--model-name needs a name")?),
            "--audit" => args.audit = Some(iter.next().ok_or("--audit needs a file")?),
            "-" => args.positional.push(arg),
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            _ => args.positional.push(arg),
        }
    }
    Ok(args)
}

fn load_policy(path: Option<&str>) -> Result<Policy, String> {
    match path {
        None => Ok(Policy::default()),
        Some(p) => {
            let text = fs::read_to_string(p).map_err(|e| format!("cannot read policy {p}: {e}"))?;
            Policy::from_json_str(&text).map_err(|e| format!("invalid policy {p}: {e}"))
        }
    }
}

fn open_input(positional: &[String]) -> Result<Box<dyn BufRead>, String> {
    match positional {
        [] => Ok(Box::new(io::stdin().lock())),
        [p] if p == "-" => Ok(Box::new(io::stdin().lock())),
        [p] => fs::File::open(p).map(|f| Box::new(io::BufReader::new(f)) as Box<dyn BufRead>).map_err(|e| format!("cannot read {p}: {e}")),
        _ => Err("expected at most one input file".into()),
    }
}

/// Runs `handle` on every non-blank input line; writes its output or an error line.
/// Returns whether any line failed.
fn run_lines(input: Box<dyn BufRead>, mut handle: impl FnMut(serde_json::Value) -> Result<String, String>) -> io::Result<bool> {
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = false;
    for (index, line) in input.lines().enumerate() {
        let number = index + 1;
        let result = match line {
            Err(e) => Err(format!("cannot read line: {e}")),
            Ok(line) if line.trim().is_empty() => continue,
            Ok(line) => serde_json::from_str(&line).map_err(|e| format!("not valid JSON: {e}")).and_then(&mut handle),
        };
        let line = result.unwrap_or_else(|error| {
            failed = true;
            serde_json::json!({"line": number, "error": error}).to_string()
        });
        out.write_all(line.as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(failed)
}

fn cmd_triage(args: &Args) -> Result<bool, String> {
    let policy = load_policy(args.policy.as_deref())?;
    let input = open_input(&args.positional)?;
    run_lines(input, |value| {
        let ticket = Ticket::from_json(value).map_err(|e| e.to_string())?;
        // Serialized from the struct so the fields keep SPEC.md's order.
        serde_json::to_string(&triage(&policy, &ticket)).map_err(|e| e.to_string())
    })
    .map_err(|e| format!("cannot write output: {e}"))
}

fn cmd_redact(args: &Args) -> Result<bool, String> {
    let policy = load_policy(args.policy.as_deref())?;
    let input = open_input(&args.positional)?;
    run_lines(input, |value| {
        let request = RedactInput::from_json(value).map_err(|e| e.to_string())?;
        let mut domains = policy.internal_domains.clone();
        domains.extend(request.internal_domains);
        let output = RedactOutput::new(request.id, redact(&request.text, &domains));
        serde_json::to_string(&output).map_err(|e| e.to_string())
    })
    .map_err(|e| format!("cannot write output: {e}"))
}

fn cmd_check(args: &Args) -> Result<bool, String> {
    let policy = load_policy(args.policy.as_deref())?;
    let input = open_input(&args.positional)?;
    run_lines(input, |value| {
        let mut request = CheckInput::from_json(value).map_err(|e| e.to_string())?;
        request.context.internal_domains.extend(policy.internal_domains.iter().cloned());
        let result = check(&request.draft, &request.context, &policy);
        serde_json::to_string(&CheckOutput::new(request.id, result)).map_err(|e| e.to_string())
    })
    .map_err(|e| format!("cannot write output: {e}"))
}

fn cmd_draft(args: &Args) -> Result<bool, String> {
    let policy = load_policy(args.policy.as_deref())?;
    let snippets: Vec<Snippet> = match &args.snippets {
        None => Vec::new(),
        Some(path) => {
            let text = fs::read_to_string(path).map_err(|e| format!("cannot read snippets {path}: {e}"))?;
            let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("{path}: not JSON: {e}"))?;
            safedraft::error::deserialize_with_path(value).map_err(|e| format!("{path}: {e}"))?
        }
    };
    let model = match args.model.as_deref() {
        None | Some("offline") => draft_command::Model::Offline,
        Some(url) if url.starts_with("http://") || url.starts_with("https://") => draft_command::Model::Http {
            url: url.to_string(),
            name: args.model_name.clone().unwrap_or_else(|| "gpt-4o-mini".into()),
            // From the environment only, never from an argument (it would show in `ps`).
            api_key: std::env::var("SAFEDRAFT_API_KEY").ok().filter(|k| !k.is_empty()),
        },
        Some(other) => return Err(format!("--model must be `offline` or an http(s) URL, not `{other}`")),
    };
    let options = draft_command::DraftOptions { policy, snippets, model, audit: args.audit.clone() };
    let input = open_input(&args.positional)?;
    let mut counter = 0;
    run_lines(input, |value| {
        counter += 1;
        draft_command::run(&options, value, counter)
    })
    .map_err(|e| format!("cannot write output: {e}"))
}

/// `safedraft audit verify FILE`: exit 0 when the chain holds, 1 naming the first bad line.
fn cmd_audit(args: &Args) -> ExitCode {
    let [action, path] = args.positional.as_slice() else {
        eprintln!("safedraft: usage: safedraft audit verify FILE");
        return ExitCode::from(EXIT_USAGE);
    };
    if action != "verify" {
        eprintln!("safedraft: unknown audit action `{action}`; expected `verify`");
        return ExitCode::from(EXIT_USAGE);
    }
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("safedraft: cannot read {path}: {e}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    match safedraft::audit::verify(text.lines()) {
        Ok(count) => {
            println!("{path}: {count} events, chain holds");
            ExitCode::SUCCESS
        }
        Err(broken) => {
            println!("{path}:{}: {}", broken.line, broken.reason);
            ExitCode::from(1)
        }
    }
}

/// Parses every non-blank line of a corpus file; a bad line is reported on stderr and skipped.
/// `None` when the file is absent (that section is then skipped).
fn read_cases<T, E: std::fmt::Display>(path: &std::path::Path, parse: impl Fn(&str) -> Result<T, E>) -> Result<Option<(Vec<T>, bool)>, String> {
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    let mut cases = Vec::new();
    let mut bad = false;
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        match parse(line) {
            Ok(case) => cases.push(case),
            Err(e) => {
                eprintln!("{}:{}: {e}", path.display(), i + 1);
                bad = true;
            }
        }
    }
    Ok(Some((cases, bad)))
}

fn cmd_eval(args: &Args) -> Result<bool, String> {
    let [dir] = args.positional.as_slice() else {
        return Err("eval needs exactly one CORPUS_DIR".into());
    };
    let dir = std::path::Path::new(dir);
    if !dir.is_dir() {
        return Err(format!("{} is not a directory", dir.display()));
    }
    let policy = load_policy(args.policy.as_deref())?;
    let mut bad = false;
    let mut json = serde_json::Map::new();
    let mut text = String::new();
    match read_cases(&dir.join("triage.jsonl"), TriageCase::parse)? {
        Some((cases, bad_lines)) => {
            bad |= bad_lines;
            let report = evaluate_triage(&policy, &cases);
            text.push_str(&render_triage(&report));
            json.insert("triage".into(), serde_json::to_value(&report).map_err(|e| e.to_string())?);
        }
        None => text.push_str("triage: no triage.jsonl, skipped\n"),
    }
    match read_cases(&dir.join("redact.jsonl"), RedactCase::parse)? {
        Some((mut cases, bad_lines)) => {
            bad |= bad_lines;
            for case in &mut cases {
                case.internal_domains.extend(policy.internal_domains.iter().cloned());
            }
            let report = evaluate_redact(&cases);
            text.push_str(&render_redact(&report));
            json.insert("redact".into(), serde_json::to_value(&report).map_err(|e| e.to_string())?);
        }
        None => text.push_str("redact: no redact.jsonl, skipped\n"),
    }
    let snippets: Vec<Snippet> = match fs::read_to_string(dir.join("snippets.json")) {
        Ok(raw) => serde_json::from_str(&raw).map_err(|e| format!("{}: {e}", dir.join("snippets.json").display()))?,
        Err(_) => Vec::new(),
    };
    if let Some((cases, _)) = read_cases(&dir.join("triage.jsonl"), TriageCase::parse)? {
        let report = evaluate_pipeline(&policy, &cases, &snippets);
        text.push_str(&render_pipeline(&report));
        json.insert("end_to_end".into(), serde_json::to_value(&report).map_err(|e| e.to_string())?);
    }
    match read_cases(&dir.join("check.jsonl"), |line| CheckCase::parse(line, &snippets))? {
        Some((cases, bad_lines)) => {
            bad |= bad_lines;
            let report = evaluate_check(&policy, &cases);
            text.push_str(&render_check(&report));
            json.insert("check".into(), serde_json::to_value(&report).map_err(|e| e.to_string())?);
        }
        None => text.push_str("check: no check.jsonl, skipped\n"),
    }
    if args.json {
        println!("{}", serde_json::Value::Object(json));
    } else {
        print!("{text}");
    }
    Ok(bad)
}

fn main() -> ExitCode {
    let raw: Vec<String> = std::env::args().skip(1).collect();
    match raw.first().map(String::as_str) {
        None | Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            return if raw.is_empty() { ExitCode::from(EXIT_USAGE) } else { ExitCode::SUCCESS };
        }
        Some("-V" | "--version") => {
            println!("safedraft {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        _ => {}
    }
    let args = match parse_args(raw) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("safedraft: {e}\n\n{USAGE}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let result = match args.command.as_str() {
        "triage" => cmd_triage(&args),
        "eval" => cmd_eval(&args),
        "redact" => cmd_redact(&args),
        "check" => cmd_check(&args),
        "audit" => return cmd_audit(&args),
        "draft" => cmd_draft(&args),
        other => {
            eprintln!("safedraft: unknown subcommand `{other}`\n\n{USAGE}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    match result {
        Ok(false) => ExitCode::SUCCESS,
        Ok(true) => ExitCode::from(1),
        Err(e) => {
            eprintln!("safedraft: {e}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}
