//! The offline drafter: the embedded default model. Deterministic, no network: it writes a reply
//! inside the template in the customer's language from the best matching snippets, cites them,
//! asks the clarifying question the ticket's kind needs, and never promises anything. It sees
//! only the model's view of the ticket (redacted, allowlisted profile fields), like any model.

mod phrases;

use std::collections::HashSet;

use serde::Serialize;

use crate::check::{check, CheckContext, Snippet, Verdict};
use crate::redact::ModelView;
use crate::text::tokenize;
use crate::{Kind, Language, Policy};

/// What a model answers (the JSON object the prompt asks for).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ModelAnswer {
    pub reply: String,
    pub internal_note: String,
    pub questions: Vec<String>,
}

/// Words too common to say what a ticket is about.
fn is_content_word(word: &str) -> bool {
    word.chars().count() >= 4 && !word.chars().all(|c| c.is_ascii_digit())
}

/// Snippets ranked by how many of the ticket's content words their title, topics and body
/// share (title and topics count double); only those sharing at least two.
pub fn search<'s>(view: &ModelView, snippets: &'s [Snippet], limit: usize) -> Vec<&'s Snippet> {
    let ticket_text = format!("{} {} {}", view.subject, view.description, view.comments.iter().map(|c| c.body.as_str()).collect::<Vec<_>>().join(" "));
    search_text(&ticket_text, snippets, limit)
}

/// The same ranking for a free-text query (the `search_kb` tool).
pub fn search_text<'s>(ticket_text: &str, snippets: &'s [Snippet], limit: usize) -> Vec<&'s Snippet> {
    let words: HashSet<String> = tokenize(ticket_text).into_iter().map(|t| t.folded).filter(|w| is_content_word(w)).collect();
    let mut scored: Vec<(usize, &Snippet)> = snippets
        .iter()
        .map(|s| {
            let heading: HashSet<String> = tokenize(&format!("{} {}", s.title, s.topics.join(" "))).into_iter().map(|t| t.folded).collect();
            let body: HashSet<String> = tokenize(&s.body).into_iter().map(|t| t.folded).collect();
            let score = words.iter().map(|w| 2 * usize::from(heading.contains(w)) + usize::from(body.contains(w))).sum();
            (score, s)
        })
        .filter(|(score, _)| *score >= 2)
        .collect();
    crate::sort::sort_by(&mut scored, |a, b| (std::cmp::Reverse(a.0), &a.1.id) < (std::cmp::Reverse(b.0), &b.1.id));
    scored.into_iter().take(limit).map(|(_, s)| s).collect()
}

/// The first sentence of a snippet, when it can be quoted in the reply's language.
fn quotable(snippet: &Snippet, language: Language) -> Option<String> {
    let locale = snippet.locale.as_deref().and_then(Language::parse).unwrap_or(Language::En);
    if locale != language {
        return None;
    }
    let body = snippet.body.trim();
    let end = body.find(". ").map_or(body.len(), |i| i + 1);
    let sentence = body[..end].trim();
    (!sentence.is_empty() && sentence.len() <= 300).then(|| sentence.to_string())
}

/// Writes the offline draft. `name` is the requester's allowlisted first name, if any.
pub fn draft(view: &ModelView, kind: Kind, language: Language, snippets: &[Snippet], policy: &Policy) -> ModelAnswer {
    let words = phrases::for_language(language);
    let name = view.requester.iter().find(|(field, _)| field == "name").map(|(_, v)| v.split_whitespace().next().unwrap_or("").to_string());
    let greeting = match name.as_deref() {
        Some(n) if !n.is_empty() && !n.starts_with('[') => words.greeting_named.replace("{name}", n),
        _ => words.greeting.to_string(),
    };
    let hits = search(view, snippets, 2);
    let question = words.question(kind).to_string();
    let context = CheckContext { snippets: hits.iter().map(|s| (*s).clone()).collect(), language: Some(language), ..CheckContext::default() };
    // Quote the best snippet when it is in the customer's language and the result passes the
    // checker; otherwise point to the articles by title, which states no policy of its own.
    let mut body_options: Vec<String> = Vec::new();
    if let Some(best) = hits.first() {
        if let Some(sentence) = quotable(best, language) {
            body_options.push(format!("{} [{}]", sentence.trim_end_matches('.'), best.id) + ".");
        }
        let pointers: Vec<String> = hits.iter().map(|s| words.article.replace("{title}", &s.title).replace("{id}", &s.id)).collect();
        body_options.push(pointers.join(" "));
    }
    body_options.push(words.no_article.to_string());
    let mut reply = String::new();
    for body in &body_options {
        reply = format!("{greeting}\n\n{}\n\n{body}\n\n{question}\n\n{}\n{}", words.thanks, words.closing, words.signature);
        if check(&reply, &context, policy).verdict != Verdict::Block {
            break;
        }
    }
    let team = phrases::for_language(policy.team_language);
    let cited: Vec<&str> = hits.iter().map(|s| s.id.as_str()).collect();
    let internal_note = team
        .internal_note
        .replace("{kind}", kind.as_str())
        .replace("{language}", language.code())
        .replace("{snippets}", &if cited.is_empty() { "—".to_string() } else { cited.join(", ") });
    ModelAnswer { reply, internal_note, questions: vec![question] }
}

/// The internal note of a handoff, in the team's language.
pub fn handoff_note(team_language: Language, stop_reason: &str, kind: Option<Kind>, kb_hits: &[String]) -> String {
    let words = phrases::for_language(team_language);
    words
        .handoff_note
        .replace("{reason}", stop_reason)
        .replace("{kind}", kind.map_or("?", Kind::as_str))
        .replace("{snippets}", &if kb_hits.is_empty() { "—".to_string() } else { kb_hits.join(", ") })
}

#[cfg(test)]
mod tests;
