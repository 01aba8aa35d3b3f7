//! Sentences that need receipts: refund, credit, SLA and policy claims with their citations;
//! promises (`commitment`) and claimed actions (`false_action`).

use std::ops::Range;
use std::sync::OnceLock;

use serde::Serialize;

use super::context::{CheckContext, Snippet};
use super::lexicon;
use super::sentences::Sentence;
use super::template::{is_closing, is_greeting};
use super::{Claim, Raw};
use crate::phrase::{Phrase, PhraseSet};
use crate::text::{tokenize, Token};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    Refund,
    Credit,
    Sla,
    Policy,
    ActionTaken,
}

impl ClaimKind {
    fn describe(self) -> &'static str {
        match self {
            ClaimKind::Refund => "a refund statement",
            ClaimKind::Credit => "a credit or compensation statement",
            ClaimKind::Sla => "a timeline or response-time statement",
            ClaimKind::Policy => "a policy or eligibility statement",
            ClaimKind::ActionTaken => "a claim that something was done",
        }
    }

    /// Snippet topics that cover a claim of this kind.
    fn topics(self) -> &'static [&'static str] {
        match self {
            ClaimKind::Refund => &["refund", "refunds", "duplicate-charge", "chargeback", "money-back"],
            ClaimKind::Credit => &["credit", "credits", "service-credit", "compensation"],
            ClaimKind::Sla => &["sla", "response-time", "support-hours", "uptime"],
            ClaimKind::Policy | ClaimKind::ActionTaken => &[],
        }
    }
}

struct Lists {
    kinds: Vec<(ClaimKind, PhraseSet)>,
    actions: PhraseSet,
    not_done: PhraseSet,
    commitments: PhraseSet,
    acknowledgements: PhraseSet,
}

fn set(patterns: &[&str]) -> PhraseSet {
    PhraseSet::new(patterns.iter().map(|p| Phrase::new(p)).collect())
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| Lists {
        kinds: vec![
            (ClaimKind::Refund, set(lexicon::REFUND)),
            (ClaimKind::Credit, set(lexicon::CREDIT)),
            (ClaimKind::Sla, set(lexicon::SLA)),
            (ClaimKind::Policy, set(lexicon::POLICY)),
        ],
        actions: set(lexicon::ACTIONS),
        not_done: set(lexicon::NOT_DONE),
        commitments: set(lexicon::COMMITMENTS),
        acknowledgements: set(lexicon::ACKNOWLEDGEMENTS),
    })
}

/// `[policy:refund-v3]`, `[kb:reset-2fa]`, or several in one bracket: `[policy:a, kb:b]`.
/// Returns each id with the span of its bracket.
pub fn citations(text: &str) -> Vec<(String, Range<usize>)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('[').map(|i| from + i) {
        let Some(close) = text[open..].find(']').map(|i| open + i) else { break };
        let inner = &text[open + 1..close];
        if !inner.contains('[') {
            for part in inner.split([',', ';']).map(str::trim) {
                let is_ref = (part.starts_with("policy:") || part.starts_with("kb:")) && part.len() > part.find(':').unwrap_or(0) + 1;
                if is_ref && part.chars().all(|c| c.is_alphanumeric() || matches!(c, ':' | '-' | '_' | '.' | '/')) {
                    out.push((part.to_string(), open..close + 1));
                }
            }
        }
        from = open + 1;
    }
    out
}

const NEGATIONS: &[&str] = &["not", "cannot", "unable", "no", "never", "nunca", "jamais", "mai", "nooit", "niemals", "ninguna", "ningun", "nicht", "kein", "keine", "pas", "jamais", "non", "niet", "geen", "nao", "nunca", "nada", "t"];

/// Whether `tokens[range]` has a negation inside it ("we will not refund").
fn negated(tokens: &[Token], range: &Range<usize>) -> bool {
    tokens[range.clone()].iter().any(|t| NEGATIONS.contains(&t.folded.as_str()))
}

fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_digit() || (matches!(bytes[i], b'.' | b',') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))) {
                i += 1;
            }
            let mut number: String = text[start..i].replace(',', ".");
            if bytes.get(i) == Some(&b'%') || text[i..].starts_with(" %") {
                number.push('%');
            }
            out.push(number);
        } else {
            i += 1;
        }
    }
    out
}

/// Whether a snippet is about what the claim says: a topic of the claim's kind, the claim's
/// figures (`30 days`, `99.9%`), or most of its content words in the snippet's text.
fn covers(snippet: &Snippet, kind: ClaimKind, claim: &str) -> bool {
    if snippet.body.is_empty() && snippet.topics.is_empty() {
        return true; // given by id only: nothing to compare against
    }
    let topics: Vec<String> = snippet.topics.iter().map(|t| crate::text::lower(t)).collect();
    if kind.topics().iter().any(|t| topics.iter().any(|have| have == t)) || matches!(kind, ClaimKind::Policy) {
        return true;
    }
    let source = format!("{} {}", snippet.title, snippet.body);
    let source_numbers = numbers(&source);
    if numbers(claim).iter().any(|n| n.len() >= 2 && source_numbers.contains(n)) {
        return true;
    }
    let source_words: std::collections::HashSet<String> = tokenize(&source).into_iter().map(|t| t.folded).collect();
    let content: Vec<String> = tokenize(claim).into_iter().map(|t| t.folded).filter(|w| w.len() >= 5).collect();
    !content.is_empty() && content.iter().filter(|w| source_words.contains(*w)).count() * 2 >= content.len()
}

/// Figures with a unit of time or a percentage ("60 days", "25 %", "2 hours"): what a cited
/// policy must actually state.
fn stated_figures(text: &str) -> Vec<String> {
    const UNITS: &[&str] = &[
        "%", "day", "days", "hour", "hours", "minute", "minutes", "week", "weeks", "month", "months", "business", "working",
        "dia", "dias", "hora", "horas", "semana", "semanas", "mes", "meses", "jour", "jours", "heure", "heures", "semaine", "semaines",
        "mois", "tag", "tage", "tagen", "stunde", "stunden", "woche", "wochen", "monat", "monate", "monaten", "giorno", "giorni",
        "ora", "ore", "settimana", "settimane", "mese", "mesi", "dag", "dagen", "uur", "week", "weken", "maand", "maanden",
    ];
    let tokens = tokenize(text);
    let mut out = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        if !token.folded.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let percent = text[token.span.end..].trim_start().starts_with('%');
        let unit = tokens.get(i + 1).is_some_and(|next| UNITS.contains(&next.folded.as_str()));
        if percent || unit {
            out.push(token.folded.clone());
        }
    }
    out
}

/// Whether every figure the claim states appears in one of the cited snippets.
fn figures_stated(claim: &str, cited: &[&Snippet]) -> bool {
    let texts: Vec<&Snippet> = cited.iter().copied().filter(|s| !s.body.is_empty()).collect();
    if texts.is_empty() {
        return true;
    }
    let stated: Vec<String> = texts.iter().flat_map(|s| tokenize(&s.body).into_iter().map(|t| t.folded)).collect();
    stated_figures(claim).iter().all(|figure| stated.contains(figure))
}

/// Replaces citation brackets with spaces so their ids ("refund-v3") are not read as words.
fn without_citations(text: &str, cites: &[(String, Range<usize>)]) -> String {
    let mut out = text.to_string();
    for (_, range) in cites {
        out.replace_range(range.clone(), &" ".repeat(range.len()));
    }
    out
}

pub fn check(draft: &str, sentences: &[Sentence], context: &CheckContext, no_commitments: bool, out: &mut Vec<Raw>) -> Vec<Claim> {
    let lists = lists();
    let mut claims = Vec::new();
    let last_line = sentences.last().map_or(0, |s| s.line);
    for sentence in sentences {
        let text = &draft[sentence.span.clone()];
        let cites = citations(text);
        for (id, range) in &cites {
            if context.snippet(id).is_none() {
                let span = sentence.span.start + range.start..sentence.span.start + range.end;
                out.push(Raw { rule: "unknown_citation", message: format!("Cites {id}, which is not among the snippets provided for this ticket (superseded, from another ticket, or invented)."), span });
            }
        }
        let plain = without_citations(text, &cites);
        let tokens = tokenize(&plain);
        if tokens.is_empty() || (sentence.line == 0 && is_greeting(text)) || (sentence.line + 2 >= last_line && is_closing(text)) {
            continue;
        }
        let not_done = lists.not_done.find_all(&tokens);
        for (_, m) in lists.actions.find_all(&tokens) {
            let undone = not_done.iter().any(|(_, n)| n.start <= m.start) || negated(&tokens, &m);
            if !undone {
                out.push(Raw { rule: "false_action", message: "Claims something was done that the assistant cannot do; say what the team will look at instead.".into(), span: sentence.span.clone() });
                claims.push(Claim { kind: ClaimKind::ActionTaken, text: text.to_string(), citations: Vec::new(), supported: false, start: sentence.span.start, end: sentence.span.end });
                break;
            }
        }
        if no_commitments {
            // "we can't promise", "I won't guarantee": a negation just before the promise word.
            let negated_before = |m: &Range<usize>| negated(&tokens, &(m.start.saturating_sub(5)..m.end));
            if let Some((_, m)) = lists.commitments.find_all(&tokens).into_iter().find(|(_, m)| !negated_before(m)) {
                let _ = m;
                out.push(Raw { rule: "commitment", message: "Promises an outcome, amount or date; describe the policy's conditions instead of committing.".into(), span: sentence.span.clone() });
            }
        }
        let question = text.trim_end().ends_with('?');
        let acknowledgement = lists.acknowledgements.find_all(&tokens).first().is_some_and(|(_, m)| m.start == 0);
        if question || acknowledgement {
            continue;
        }
        let kinds: Vec<ClaimKind> = lists.kinds.iter().filter(|(_, set)| !set.find_all(&tokens).is_empty()).map(|(k, _)| *k).collect();
        if kinds.is_empty() {
            continue;
        }
        let ids: Vec<String> = cites.iter().map(|(id, _)| id.clone()).collect();
        if ids.is_empty() {
            out.push(Raw {
                rule: "missing_citation",
                message: format!("{} without a citation; cite the policy or article it comes from, e.g. [policy:…].", capitalise(kinds[0].describe())),
                span: sentence.span.clone(),
            });
        }
        let known: Vec<&Snippet> = ids.iter().filter_map(|id| context.snippet(id)).collect();
        let figures_ok = figures_stated(&plain, &known);
        if !known.is_empty() && known.len() == ids.len() && !figures_ok {
            out.push(Raw {
                rule: "citation_mismatch",
                message: "States a figure (days, hours, a percentage) that the cited snippet does not contain; quote the policy's own terms.".into(),
                span: sentence.span.clone(),
            });
        }
        for kind in kinds {
            let covered = !known.is_empty() && known.iter().any(|s| covers(s, kind, &plain));
            if !known.is_empty() && known.len() == ids.len() && !covered {
                out.push(Raw {
                    rule: "citation_mismatch",
                    message: format!("The cited snippet is not about {}; cite the one that says this.", kind.describe()),
                    span: sentence.span.clone(),
                });
            }
            let supported = !ids.is_empty() && known.len() == ids.len() && covered && figures_ok;
            claims.push(Claim { kind, text: text.to_string(), citations: ids.clone(), supported, start: sentence.span.start, end: sentence.span.end });
        }
    }
    claims
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| format!("{}{}", crate::text::upper_char(c), chars.as_str())).unwrap_or_default()
}
