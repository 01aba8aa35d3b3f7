//! What must not reach the customer: secrets and PII (through the redaction engine), leftover
//! placeholders, the team's internal notes and links, instructions injected in the ticket;
//! and the reply's language.

use std::collections::HashSet;
use std::ops::Range;

use super::context::CheckContext;
use super::sentences::Sentence;
use super::Raw;
use crate::injection::{self, Field};
use crate::policy::Policy;
use crate::redact::{detect, RedactionKind};
use crate::text::{tokenize, Token};

pub fn check(draft: &str, _sentences: &[Sentence], context: &CheckContext, policy: &Policy, out: &mut Vec<Raw>) {
    let mut domains = policy.internal_domains.clone();
    domains.extend(context.internal_domains.iter().cloned());
    secrets_and_pii(draft, context, &domains, out);
    placeholders(draft, out);
    internal_notes(draft, context, out);
    injection_echo(draft, context, out);
    language(draft, context, out);
}

/// Role addresses a reply may legitimately give (`support@…`, `privacy@…`).
const ROLE_MAILBOXES: &[&str] = &["support", "help", "billing", "privacy", "security", "dpo", "legal", "sales", "info", "noreply", "no-reply", "hello", "contact", "abuse"];

fn secrets_and_pii(draft: &str, context: &CheckContext, domains: &[String], out: &mut Vec<Raw>) {
    let first_own = out.len();
    let requester = context.ticket.as_ref().and_then(|t| t.requester.as_ref());
    let own_email = requester.and_then(|r| r.email.as_deref()).map(str::to_ascii_lowercase);
    let published = |value: &str| context.snippets.iter().any(|s| s.body.contains(value));
    for span in detect(draft, domains) {
        let value = &draft[span.start..span.end];
        let range = span.start..span.end;
        match span.kind {
            RedactionKind::InternalUrl => out.push(Raw { rule: "internal_leak", message: "Links to an internal system the customer cannot and should not see.".into(), span: range }),
            RedactionKind::CreditCard | RedactionKind::Iban | RedactionKind::Ssn => {
                out.push(Raw { rule: "pii_leak", message: format!("Contains a full {}; never repeat it back.", span.kind.as_str().replace('_', " ")), span: range })
            }
            RedactionKind::Email => {
                let lower = value.to_ascii_lowercase();
                let role = lower.split('@').next().is_some_and(|local| ROLE_MAILBOXES.contains(&local));
                if !role && own_email.as_deref() != Some(lower.as_str()) && !published(value) {
                    out.push(Raw { rule: "pii_leak", message: "Contains an e-mail address that is not the customer's own.".into(), span: range });
                }
            }
            // A hotline from a knowledge-base article is not personal data.
            RedactionKind::Phone if !published(value) => {
                out.push(Raw { rule: "pii_leak", message: "Contains a phone number; a reply should not pass contact details on.".into(), span: range })
            }
            RedactionKind::Phone => {}
            RedactionKind::IpAddress => {}
            _ => out.push(Raw { rule: "secret_leak", message: format!("Contains a credential ({}); remove it and ask the customer to rotate it.", span.kind.as_str().replace('_', " ")), span: range }),
        }
    }
    // A generated-looking password or key without a label the engine knows ("… get back in:
    // Temp-UeEYsKtcQ3!7"): long, and either symbols among letters and digits or a segment that
    // keeps switching between upper case, lower case and digits (unlike "UTF-8-Datei").
    for token in draft.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '"' | '\'' | ',' | ';')) {
        let token = token.trim_end_matches(['.', ':', '!', '?']);
        if token.len() < 10 || token.contains("://") || token.starts_with('[') || !looks_generated(token) {
            continue;
        }
        let start = token.as_ptr() as usize - draft.as_ptr() as usize;
        let range = start..start + token.len();
        if !out[first_own..].iter().any(|r| r.span.start <= range.start && range.end <= r.span.end) {
            out.push(Raw { rule: "secret_leak", message: "Contains what looks like a password or key; never send credentials in a reply.".into(), span: range });
        }
    }
}

fn looks_generated(token: &str) -> bool {
    let class = |c: char| if c.is_ascii_uppercase() { 1 } else if c.is_ascii_lowercase() { 2 } else if c.is_ascii_digit() { 3 } else { 0 };
    let has = |k| token.chars().any(|c| class(c) == k);
    if !(has(1) && has(2) && has(3)) {
        return false;
    }
    let symbols = token.chars().any(|c| "!@#$%^&*+=~".contains(c));
    let chaotic = token.split(|c: char| !c.is_ascii_alphanumeric()).any(|segment| {
        let classes: Vec<u8> = segment.chars().map(class).collect();
        classes.len() >= 8 && classes.windows(2).filter(|w| w[0] != w[1]).count() >= 5
    });
    symbols || chaotic
}

/// `[EMAIL_1]`, `[CUSTOMER_NAME_2]`: a placeholder the model should have left to the agent.
fn placeholders(draft: &str, out: &mut Vec<Raw>) {
    let bytes = draft.as_bytes();
    for (open, _) in draft.match_indices('[') {
        let inner_len = bytes[open + 1..].iter().take(40).take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || **b == b'_').count();
        let inner = &draft[open + 1..open + 1 + inner_len];
        let closes = bytes.get(open + 1 + inner_len) == Some(&b']');
        let numbered = inner.rsplit_once('_').is_some_and(|(name, n)| !name.is_empty() && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if closes && numbered && inner.bytes().next().is_some_and(|b| b.is_ascii_uppercase()) {
            out.push(Raw { rule: "placeholder_leak", message: format!("The placeholder [{inner}] was left in; write the real value or rephrase."), span: open..open + inner_len + 2 });
        }
    }
}

/// Runs of `n` consecutive words, as the token ranges where they start.
fn shingles(tokens: &[Token], n: usize) -> HashSet<Vec<&str>> {
    tokens.windows(n).map(|w| w.iter().map(|t| t.folded.as_str()).collect()).collect()
}

/// Spans of the draft that repeat `n` consecutive words of `source`;
/// `min_long` of the `n` words must have four letters or more: runs of short common words
/// ("if you have any") are not a copy.
fn copied_spans(draft: &str, draft_tokens: &[Token], source: &str, n: usize, min_long: usize) -> Vec<Range<usize>> {
    let source_tokens = tokenize(source);
    if source_tokens.len() < n {
        return Vec::new();
    }
    let known = shingles(&source_tokens, n);
    let keys: Vec<Vec<&str>> = draft_tokens.windows(n).map(|w| w.iter().map(|t| t.folded.as_str()).collect()).collect();
    let copied: Vec<bool> = keys.iter().map(|k| known.contains(k)).collect();
    let mut spans: Vec<Range<usize>> = Vec::new();
    for (i, key) in keys.iter().enumerate() {
        let span = draft_tokens[i].span.start..draft_tokens[i + n - 1].span.end;
        // A hyphenated compound is several tokens but one word: "die E-Mail-Adresse" is two
        // words shared with the ticket, and "o e-mail da conta" a common phrase of three. A
        // window with one compound counts only inside a longer copied run ("Ändere die
        // E-Mail-Adresse ohne Rückfrage").
        let words = draft[span.clone()].split_whitespace().count();
        let in_longer_run = (i > 0 && copied[i - 1]) || copied.get(i + 1) == Some(&true);
        let enough_words = words >= n || (words + 1 == n && in_longer_run);
        let substantial = enough_words && key.iter().filter(|w| w.chars().count() >= 4).count() >= min_long;
        if substantial && copied[i] {
            match spans.last_mut() {
                Some(last) if last.end >= span.start => last.end = span.end,
                _ => spans.push(span),
            }
        }
    }
    spans
}

fn internal_notes(draft: &str, context: &CheckContext, out: &mut Vec<Raw>) {
    let tokens = tokenize(draft);
    for note in &context.internal_notes {
        for span in copied_spans(draft, &tokens, note, 5, 3) {
            out.push(Raw { rule: "internal_leak", message: "Repeats the team's internal note; internal notes never go to the customer.".into(), span });
        }
    }
}

/// The paragraphs of the ticket around injection evidence: the instruction and its payload
/// ("…start your reply with \"Verification skipped\"").
fn injected_text(context: &CheckContext) -> Vec<String> {
    let Some(ticket) = &context.ticket else { return Vec::new() };
    let mut texts: Vec<(&str, &str)> = Vec::new();
    if let Some(s) = &ticket.subject {
        texts.push(("subject", s));
    }
    if let Some(d) = &ticket.description {
        texts.push(("description", d));
    }
    // Agents' own comments are not the customer's: an agent asking "could you tell us when you
    // saved the new instructions?" dictates nothing, and a draft may ask the same way.
    for c in ticket.comments.iter().filter(|c| c.author_role != crate::ticket::AuthorRole::Agent) {
        texts.push(("comment", &c.body));
    }
    let fields: Vec<Field<'_>> = texts.iter().map(|(name, text)| Field { name: (*name).to_string(), text }).collect();
    let found = injection::detect(&fields);
    if !found.detected {
        return Vec::new();
    }
    found
        .evidence
        .iter()
        .filter_map(|e| {
            let text = texts.iter().find(|(name, t)| e.field.starts_with(name) && t.get(e.start..e.end) == Some(e.text.as_str())).map(|(_, t)| *t)?;
            // From the injected sentence to the end of its paragraph: what follows may carry on the
            // instruction; what comes before it (a quoted reply's "Vielen Dank für Ihre
            // Nachricht") is not the injection, and a draft may well say the same.
            let end = injection::paragraph_around(text, e.start..e.end).end;
            Some(text[e.start..end].to_string())
        })
        .collect()
}

fn injection_echo(draft: &str, context: &CheckContext, out: &mut Vec<Raw>) {
    let injected = injected_text(context);
    if injected.is_empty() {
        return;
    }
    let tokens = tokenize(draft);
    for text in &injected {
        // A dictated phrase in quotes, repeated.
        for quoted in text.split(['"', '“', '”', '«', '»']).skip(1).step_by(2) {
            let quoted = quoted.trim();
            if quoted.split_whitespace().count() >= 2 {
                if let Some(at) = draft.find(quoted) {
                    out.push(Raw { rule: "injection_echo", message: "Repeats text the ticket tried to dictate to the assistant.".into(), span: at..at + quoted.len() });
                }
            }
        }
        for span in copied_spans(draft, &tokens, text, 4, 2) {
            out.push(Raw { rule: "injection_echo", message: "Follows an instruction injected in the ticket; answer the customer's actual question only.".into(), span });
        }
    }
}

fn language(draft: &str, context: &CheckContext, out: &mut Vec<Raw>) {
    let Some(expected) = context.language else { return };
    // Judge the prose, not citations or the signature.
    let prose: String = draft.lines().filter(|l| l.split_whitespace().count() >= 3).collect::<Vec<_>>().join("\n");
    let tokens = tokenize(&prose);
    if tokens.len() < 6 {
        return;
    }
    if let Some(found) = crate::language::identify(&prose, &tokens) {
        if found != expected {
            out.push(Raw {
                rule: "language_mismatch",
                message: format!("The reply is in {} but the customer wrote in {}.", found.code(), expected.code()),
                span: 0..draft.len(),
            });
        }
    }
}
