//! Triage: what the customer needs now (`kind`), how risky that is, the language they wrote in,
//! and whether the ticket carries a prompt injection.
//!
//! The steps:
//! 1. Scan every customer-visible field for injections ([`crate::injection`]), quoted mail, logs
//!    and signatures included.
//! 2. Keep the customer's own prose: drop quoted replies, pasted logs, signatures, HTML comments,
//!    the injected sentences, and agents' comments.
//! 3. Score each kind by the cues in [`lexicon`] and `concepts.rs`; suppressors cancel look-alikes
//!    ("I don't want a refund", a merchant refunding *their* customers, "only for me"). From the
//!    staff's comments two things are read: a link to an incident and a hand-over to security (`staff.rs`).
//! 4. The learned scorer ([`model`]) weighs those cue scores with the words themselves. Once the
//!    high-risk kinds together are likely enough, the likeliest of them wins (a cancellation that
//!    turns into "can I get the charge back?" is a refund); otherwise the likeliest everyday kind.
//! 5. Risk and `should_draft` come from the admin's policy, never from code.

mod concepts;
mod staff;
pub mod lexicon;
pub mod model;

use std::ops::Range;
use std::sync::OnceLock;

use serde::Serialize;

use crate::injection::{self, Evidence, Field, Injection};
use crate::kind::Kind;
use crate::language::{self, Language};
use crate::phrase::{byte_span, Phrase, PhraseSet};
use crate::policy::Policy;
use crate::text::{own_ranges, subtract, tokenize, Token};
use crate::ticket::{AuthorRole, Ticket};

/// The high-risk kinds in the order they win when a ticket mixes asks.
const RISK_ORDER: [Kind; 4] = [Kind::Security, Kind::Legal, Kind::BillingRefund, Kind::Outage];
/// The everyday kinds, in the order that breaks a tie.
const EVERYDAY_ORDER: [Kind; 6] = [Kind::Billing, Kind::Account, Kind::Bug, Kind::HowTo, Kind::FeatureRequest, Kind::Other];
/// Score a high-risk kind needs to win: one clear cue, or two supporting ones.
const HIGH_RISK_THRESHOLD: f32 = 2.0;
/// Weight of a cue that is clear on its own; weaker ones ("everyone", "is down") need company,
/// even when the subject's extra weight lifts one of them over the threshold.
const CLEAR_CUE: f32 = 2.0;
/// Words in the subject say what the ticket is about more than words in the body.
const SUBJECT_WEIGHT: f32 = 1.5;

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Risk {
    High,
    Normal,
}

/// The triage decision (SPEC.md `safedraft triage` output).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Triage {
    pub ticket_id: String,
    pub kind: Kind,
    pub risk: Risk,
    pub should_draft: bool,
    pub reason: String,
    pub language: Language,
    pub injection: Injection,
    pub signals: Vec<String>,
}

impl Triage {
    /// Converts evidence offsets from UTF-8 bytes to UTF-16 code units (for JavaScript).
    pub fn with_utf16_offsets(mut self, ticket: &Ticket) -> Triage {
        for e in &mut self.injection.evidence {
            if let Some(text) = field_text(ticket, &e.field) {
                e.start = crate::offsets::utf8_to_utf16(text, e.start);
                e.end = crate::offsets::utf8_to_utf16(text, e.end);
            }
        }
        self
    }
}

/// The text of a field named as in evidence: `subject`, `description`, `comments[N].body`.
pub fn field_text<'t>(ticket: &'t Ticket, field: &str) -> Option<&'t str> {
    match field {
        "subject" => ticket.subject.as_deref(),
        "description" => ticket.description.as_deref(),
        _ => {
            let index: usize = field.strip_prefix("comments[")?.strip_suffix("].body")?.parse().ok()?;
            ticket.comments.get(index).map(|c| c.body.as_str())
        }
    }
}

struct Scored {
    score: f32,
    cues: Vec<String>,
    /// Distinct cues that counted, and whether one of them is clear on its own.
    distinct: usize,
    clear: bool,
}

/// Every cue of every kind in one set, and the suppressors in another.
struct Compiled {
    cues: PhraseSet,
    /// Per cue id: its kind and weight.
    cue_meta: Vec<(Kind, f32)>,
    suppressors: PhraseSet,
    /// After an outage suppressor: "(my colleague sees) the same" (id 0), "(only me) or everyone?" (id 1).
    turn: PhraseSet,
    /// Cue id of "are the fees returned to us?", "can you refund her?": a refund cue that also
    /// keeps merchant-refund suppressors local.
    refund_from_us: usize,
    /// Cue id of "Twitter is full of people saying the same": an outage cue that also keeps
    /// "works for my friend" suppressors local.
    crowd: usize,
}

fn compiled() -> &'static Compiled {
    static COMPILED: OnceLock<Compiled> = OnceLock::new();
    COMPILED.get_or_init(|| {
        let mut phrases = Vec::new();
        let mut cue_meta = Vec::new();
        for kind in Kind::ALL {
            for (weight, source) in lexicon::cues(kind) {
                phrases.push(Phrase::new(source));
                cue_meta.push((kind, weight));
            }
        }
        let refund_from_us = phrases.len();
        phrases.push(Phrase::new(lexicon::REFUND_FROM_US));
        cue_meta.push((Kind::BillingRefund, 3.0));
        let crowd = phrases.len();
        phrases.push(Phrase::new(lexicon::CROWD));
        cue_meta.push((Kind::Outage, 2.0));
        for (kind, weight, source) in concepts::CONCEPT_CUES {
            phrases.push(Phrase::new(source));
            cue_meta.push((*kind, *weight));
        }
        let suppressors = PhraseSet::new(lexicon::SUPPRESSORS.iter().map(|rule| Phrase::new(rule.phrase)).collect());
        Compiled {
            cues: PhraseSet::new(phrases),
            cue_meta,
            suppressors,
            turn: PhraseSet::new(vec![Phrase::new(lexicon::NOT_ONLY_ME), Phrase::new(lexicon::OR)]),
            refund_from_us,
            crowd,
        }
    })
}

/// One field of the customer's own words, tokenised.
struct OwnText<'t> {
    text: &'t str,
    tokens: Vec<Token>,
    is_subject: bool,
}

fn customer_fields(ticket: &Ticket) -> Vec<Field<'_>> {
    let mut fields = Vec::new();
    if let Some(s) = ticket.subject.as_deref() {
        fields.push(Field { name: "subject".into(), text: s });
    }
    if let Some(d) = ticket.description.as_deref() {
        fields.push(Field { name: "description".into(), text: d });
    }
    for (i, c) in ticket.comments.iter().enumerate() {
        // Agents' words are not the customer's; the first comment often repeats the description.
        let repeats_description = ticket.description.as_deref().is_some_and(|d| d.trim() == c.body.trim());
        if c.author_role != AuthorRole::Agent && !repeats_description && !c.body.trim().is_empty() {
            fields.push(Field { name: format!("comments[{i}].body"), text: &c.body });
        }
    }
    fields
}

fn own_texts<'t>(fields: &[Field<'t>], ticket: &Ticket, evidence: &[Evidence]) -> Vec<OwnText<'t>> {
    fields
        .iter()
        .filter(|f| {
            // System comments (automated notices) are scanned for injections but are not the customer's words.
            match f.name.strip_prefix("comments[").and_then(|r| r.split(']').next()).and_then(|n| n.parse::<usize>().ok()) {
                Some(i) => ticket.comments[i].author_role == AuthorRole::EndUser,
                None => true,
            }
        })
        .map(|f| {
            let is_subject = f.name == "subject";
            let own = if is_subject { vec![0..f.text.len()] } else { own_ranges(f.text) };
            let injected: Vec<Range<usize>> = evidence.iter().filter(|e| e.field == f.name).map(|e| e.start..e.end).collect();
            let kept = subtract(&own, &injected);
            let mut tokens = Vec::new();
            for r in kept {
                for mut t in tokenize(&f.text[r.clone()]) {
                    t.span = t.span.start + r.start..t.span.end + r.start;
                    if !in_identifier(f.text, &t.span) && !thousands_group(f.text, &t.span) {
                        tokens.push(t);
                    }
                }
            }
            OwnText { text: f.text, tokens, is_subject }
        })
        .collect()
}

/// A word glued to another by a dot or an underscore is part of a name a machine reads, not
/// prose: the `donation.refunded` webhook, `refund_status`, `hooks.example.org`. A dot between
/// digits is a decimal point ("the $4.99 back"), and a dot before a capital a hasty sentence
/// end ("charged twice.I want a refund").
fn in_identifier(text: &str, span: &Range<usize>) -> bool {
    let word = &text[span.clone()];
    // `joint` and `neighbour` are read outwards from the word; `edge` is the word's own character
    // at that side, so the character right after a dot is `edge` before the word, `neighbour` after.
    let glued = |joint: Option<char>, neighbour: Option<char>, edge: Option<char>, after_dot: Option<char>| {
        let decimal = neighbour.is_some_and(|c| c.is_ascii_digit()) && edge.is_some_and(|c| c.is_ascii_digit());
        let sentence_end = after_dot.is_some_and(char::is_uppercase);
        match joint {
            Some('_') => neighbour.is_some_and(char::is_alphanumeric),
            Some('.') => neighbour.is_some_and(char::is_alphanumeric) && !decimal && !sentence_end,
            _ => false,
        }
    };
    let mut before = text[..span.start].chars().rev();
    let mut after = text[span.end..].chars();
    let (first, last) = (word.chars().next(), word.chars().next_back());
    let (b_joint, b_neighbour) = (before.next(), before.next());
    let (a_joint, a_neighbour) = (after.next(), after.next());
    glued(b_joint, b_neighbour, first, first) || glued(a_joint, a_neighbour, last, a_neighbour)
}

/// The "500" of "1 500 €", "1.500 €" or "1,500": a group of a larger number, not an HTTP status.
/// The number still reads as its first group. "HTTP/1.1 500" is no such group: "1.1" is a decimal.
fn thousands_group(text: &str, span: &Range<usize>) -> bool {
    let word = &text[span.clone()];
    if word.len() != 3 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut before = text[..span.start].chars().rev().peekable();
    if !matches!(before.next(), Some(' ' | '.' | ',' | '\u{a0}' | '\u{202f}')) {
        return false;
    }
    let digits = std::iter::from_fn(|| before.next_if(char::is_ascii_digit)).count();
    (1..=3).contains(&digits) && !matches!(before.next(), Some('.' | ','))
}

fn score_kinds(texts: &[OwnText<'_>], signals: &mut Vec<String>) -> Vec<Scored> {
    let compiled = compiled();
    let mut scores: Vec<Scored> = Kind::ALL.iter().map(|_| Scored { score: 0.0, cues: Vec::new(), distinct: 0, clear: false }).collect();
    // Suppressed regions per kind (token ranges per text), and kinds cancelled for the whole ticket.
    let mut local: Vec<(Kind, usize, Range<usize>)> = Vec::new();
    let mut cancelled: Vec<Kind> = Vec::new();
    // Every cue match, read once; the suppressors below decide which of them count.
    let found: Vec<Vec<(usize, Range<usize>)>> = texts.iter().map(|t| compiled.cues.find_all(&t.tokens)).collect();
    let asks_refund_from_us = found.iter().flatten().any(|(id, _)| *id == compiled.refund_from_us);
    let crowd_reports = found.iter().flatten().any(|(id, _)| *id == compiled.crowd);
    for (t, text) in texts.iter().enumerate() {
        for (id, m) in compiled.suppressors.find_all(&text.tokens) {
            let rule = &lexicon::SUPPRESSORS[id];
            if rule.kind == Kind::Outage && turned_round(compiled, &text.tokens, m.end) {
                continue;
            }
            let span = byte_span(&text.tokens, &m);
            signals.push(format!("not {}: \"{}\"", rule.kind, &text.text[span]));
            let kept_local = (rule.kind == Kind::BillingRefund && asks_refund_from_us) || (rule.kind == Kind::Outage && crowd_reports);
            if rule.whole_ticket && !kept_local {
                cancelled.push(rule.kind);
            } else {
                local.push((rule.kind, t, m.start.saturating_sub(2)..m.end + 2));
            }
            if let Some((instead, weight)) = rule.instead {
                scores[instead.index()].score += weight;
            }
        }
    }
    // Overlapping cues of one kind read the same words once: the strongest counts.
    let mut matches: Vec<(usize, usize, Range<usize>)> = Vec::new(); // (text, cue id, tokens)
    for (t, text_matches) in found.into_iter().enumerate() {
        for (id, m) in text_matches {
            let kind = compiled.cue_meta[id].0;
            // A crowd report answers the "works for my friend" beside it; it is never cancelled by it.
            let suppressed = id != compiled.crowd
                && (cancelled.contains(&kind) || local.iter().any(|(k, lt, r)| *k == kind && *lt == t && m.start < r.end && r.start < m.end));
            if !suppressed {
                matches.push((t, id, m));
            }
        }
    }
    // Strongest cue first, then text order.
    crate::sort::sort_by(&mut matches, |a, b| {
        let (wa, wb) = (compiled.cue_meta[a.1].1, compiled.cue_meta[b.1].1);
        wa > wb || (wa == wb && a.2.start < b.2.start)
    });
    let mut taken: Vec<(Kind, usize, Range<usize>)> = Vec::new();
    // A cue counts once, at its best weight, however often it repeats: repetition is emphasis,
    // not evidence.
    let mut best = vec![0f32; compiled.cue_meta.len()];
    for (t, id, m) in matches {
        let (kind, weight) = compiled.cue_meta[id];
        if taken.iter().any(|(k, tt, r)| *k == kind && *tt == t && m.start < r.end && r.start < m.end) {
            continue;
        }
        taken.push((kind, t, m.clone()));
        let text = &texts[t];
        let w = if text.is_subject { weight * SUBJECT_WEIGHT } else { weight };
        best[id] = best[id].max(w);
        let slot = &mut scores[kind.index()];
        if slot.cues.len() < 6 {
            let cue = text.text[byte_span(&text.tokens, &m)].to_string();
            if !slot.cues.contains(&cue) {
                slot.cues.push(cue);
            }
        }
    }
    for (id, w) in best.into_iter().enumerate() {
        let (kind, weight) = compiled.cue_meta[id];
        let slot = &mut scores[kind.index()];
        slot.score += w;
        if w > 0.0 {
            slot.distinct += 1;
            slot.clear |= weight >= CLEAR_CUE;
        }
    }
    scores
}

/// "My colleague sees the same", "only me or everyone?": words right after an "only me"
/// suppressor that say the opposite.
fn turned_round(compiled: &Compiled, tokens: &[Token], end: usize) -> bool {
    let after = &tokens[end.min(tokens.len())..(end + 3).min(tokens.len())];
    compiled.turn.find_all(after).iter().any(|(id, m)| *id == 0 || m.start == 0)
}

fn choose_kind(scores: &[Scored], texts: &[OwnText<'_>]) -> Kind {
    let enough = |s: &Scored| s.score >= HIGH_RISK_THRESHOLD && (s.clear || s.distinct >= 2);
    if let Some(kind) = RISK_ORDER.iter().copied().find(|k| enough(&scores[k.index()])) {
        return kind;
    }
    let best = EVERYDAY_ORDER
        .iter()
        .copied()
        .fold(None::<(Kind, f32)>, |acc, k| match acc {
            Some((_, s)) if s >= scores[k.index()].score => acc,
            _ => Some((k, scores[k.index()].score)),
        });
    match best {
        Some((kind, score)) if score > 0.0 => kind,
        // No cue at all: a question is a how-to, anything else is "other".
        _ if texts.iter().any(|t| t.text.contains('?')) => Kind::HowTo,
        _ => Kind::Other,
    }
}

fn identify_language(ticket: &Ticket, texts: &[OwnText<'_>], signals: &mut Vec<String>) -> Language {
    // The body says more than the subject; fall back to the subject only when there is no body.
    let body: Vec<&OwnText<'_>> = texts.iter().filter(|t| !t.is_subject && !t.tokens.is_empty()).collect();
    let chosen: Vec<&OwnText<'_>> = if body.is_empty() { texts.iter().collect() } else { body };
    let tokens: Vec<Token> = chosen.iter().flat_map(|t| t.tokens.iter().cloned()).collect();
    let prose: String = chosen
        .iter()
        .flat_map(|t| t.tokens.iter().map(move |tok| &t.text[tok.span.clone()]))
        .collect::<Vec<_>>()
        .join(" ");
    if let Some(lang) = language::identify(&prose, &tokens) {
        signals.push(format!("language {lang}: customer's own words"));
        return lang;
    }
    let hint = ticket
        .language
        .as_deref()
        .and_then(Language::parse)
        .or_else(|| ticket.requester.as_ref().and_then(|r| r.locale.as_deref()).and_then(Language::parse));
    match hint {
        Some(lang) => {
            signals.push(format!("language {lang}: too little prose, taken from the ticket's hint"));
            lang
        }
        None => {
            signals.push("language en: too little prose and no hint".into());
            Language::En
        }
    }
}

/// What the learned kind scorer reads: the customer's own words (folded; `true` for the
/// subject) and the cue score of every kind, with the kind the cues alone would choose.
pub struct KindEvidence {
    pub words: Vec<(String, bool)>,
    pub cue_scores: [f32; 10],
    pub cue_kind: Kind,
}

pub fn kind_evidence(ticket: &Ticket) -> KindEvidence {
    let fields = customer_fields(ticket);
    let injection = injection::detect(&fields);
    let texts = own_texts(&fields, ticket, &injection.evidence);
    let mut scores = score_kinds(&texts, &mut Vec::new());
    staff::add_staff_signals(ticket, &mut scores, &mut Vec::new());
    evidence(&texts, &scores)
}

fn evidence(texts: &[OwnText<'_>], scores: &[Scored]) -> KindEvidence {
    let mut cue_scores = [0f32; 10];
    for (slot, s) in cue_scores.iter_mut().zip(scores) {
        *slot = s.score;
    }
    let words = texts.iter().flat_map(|t| t.tokens.iter().map(move |tok| (tok.folded.clone(), t.is_subject))).collect();
    KindEvidence { words, cue_scores, cue_kind: choose_kind(scores, texts) }
}

/// The learned scorer's kind over the cue scores and the words, with the words that weighed most
/// for it; the signal says how sure it is, those words, and when it overrules the cue lists.
/// A kind a staff note ruled out ("Single site, school's own line down") is never the scorer's
/// answer: the agent who looked knows more than the customer's words.
fn learned_kind(evidence: &KindEvidence, ruled_out: &[Kind], signals: &mut Vec<String>) -> (Kind, Vec<String>) {
    let mut p = model::probabilities(&model::features(&evidence.words, &evidence.cue_scores, evidence.cue_kind));
    for kind in ruled_out {
        p[kind.index()] = 0.0;
    }
    let rest: f32 = p.iter().sum();
    if rest > 0.0 && !ruled_out.is_empty() {
        p.iter_mut().for_each(|v| *v /= rest);
    }
    let kind = model::decide(&p, |k| RISK_ORDER.contains(&k));
    let percent = (p[kind.index()] * 100.0).round() as u32;
    let words = model::strongest_words(&evidence.words, kind, 3);
    let mut signal = format!("learned scorer: {kind} {percent}%");
    if !words.is_empty() {
        signal.push_str(&format!(" (words: {})", words.join(", ")));
    }
    if kind != evidence.cue_kind {
        signal.push_str(&format!("; the cue lists alone say {}", evidence.cue_kind));
    }
    signals.push(signal);
    (kind, words)
}

/// The kind of the customer's words (cue lists, staff notes, then the learned scorer), with the
/// scorer's strongest words and the cue scores.
fn read_kind(ticket: &Ticket, texts: &[OwnText<'_>], signals: &mut Vec<String>) -> (Kind, Vec<String>, Vec<Scored>) {
    let mut scores = score_kinds(texts, signals);
    let ruled_out = staff::add_staff_signals(ticket, &mut scores, signals);
    let (kind, words) = learned_kind(&evidence(texts, &scores), &ruled_out, signals);
    (kind, words, scores)
}

/// Triage of one ticket under the admin's policy.
pub fn triage(policy: &Policy, ticket: &Ticket) -> Triage {
    let fields = customer_fields(ticket);
    let injection = injection::detect(&fields);
    let texts = own_texts(&fields, ticket, &injection.evidence);
    let mut signals = Vec::new();
    let (mut kind, mut learned_words, mut scores) = read_kind(ticket, &texts, &mut signals);
    // Setting text aside as an injection must never lower a ticket's risk when that text may be
    // the customer's own ("I am exercising my right to erasure: please delete my data and confirm
    // in writing that…" beside a P.S. to the AI). When some evidence is not aimed at the AI beyond
    // doubt, the ticket is read again with only the certain evidence set aside: a high-risk kind
    // from that reading wins, and the language is read from it too ("… para confirmar que está a
    // entregar a encomenda certa" is Portuguese, whatever the P.S. to the AI says).
    let customer_texts = injection.evidence.iter().any(|e| !e.directed).then(|| {
        let certain: Vec<Evidence> = injection.evidence.iter().filter(|e| e.directed).cloned().collect();
        own_texts(&fields, ticket, &certain)
    });
    if let Some(texts) = customer_texts.as_ref().filter(|_| !RISK_ORDER.contains(&kind)) {
        let reread = read_kind(ticket, texts, &mut Vec::new());
        if RISK_ORDER.contains(&reread.0) {
            (kind, learned_words, scores) = reread;
            signals.push(format!("{kind} when the customer's own requests that read like instructions to the AI are counted"));
        }
    }
    let language = identify_language(ticket, customer_texts.as_ref().unwrap_or(&texts), &mut signals);

    // The reason quotes the cues of the chosen kind, or the words the scorer weighed when no
    // cue of that kind fired.
    let evidence = &scores[kind.index()].cues;
    let because = if evidence.is_empty() { wording(&learned_words) } else { because(evidence) };
    if !evidence.is_empty() {
        signals.insert(0, format!("{kind}: {}", evidence.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", ")));
    }
    for other in RISK_ORDER {
        let s = &scores[other.index()];
        if other != kind && s.score > 0.0 && !s.cues.is_empty() {
            // Tenths by integer arithmetic: float formatting would add ~8 KB to the wasm.
            let tenths = (s.score * 10.0).round() as i64;
            signals.push(format!("also {other} (score {}.{}): \"{}\"", tenths / 10, tenths % 10, s.cues[0]));
        }
    }
    if injection.detected {
        let rules: Vec<&str> = injection.evidence.iter().map(|e| e.rule.as_str()).collect();
        signals.push(format!("prompt injection: {}", rules.join(", ")));
    }

    let high = policy.is_high_risk(kind);
    let manual = policy.manual_rule_for(kind, language, ticket);
    let (should_draft, reason) = if policy.kill_switch {
        (false, "The kill switch is on: every ticket goes to a human.".to_string())
    } else if high {
        (false, format!("{} is high-risk under the policy: handed to a human{because}.", kind_label(kind)))
    } else if let Some((i, _)) = manual {
        (false, format!("{} matches manual rule {} of the policy{}: handed to a human.", kind_label(kind), i + 1, manual_detail(ticket, kind)))
    } else {
        (true, format!("{}, normal risk: a draft may be prepared{because}.", kind_label(kind)))
    };
    let reason = if injection.detected {
        format!("{reason} The ticket contains text aimed at the AI; it is treated as data and never followed.")
    } else {
        reason
    };
    Triage {
        ticket_id: ticket.id.clone(),
        kind,
        risk: if high { Risk::High } else { Risk::Normal },
        should_draft,
        reason,
        language,
        injection,
        signals,
    }
}

fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Security => "Security (account access, 2FA, suspicious activity or a vulnerability)",
        Kind::BillingRefund => "Refund, chargeback or credit request",
        Kind::Billing => "Billing question",
        Kind::Legal => "Legal or data-protection request",
        Kind::Outage => "Possible outage or incident",
        Kind::Bug => "Bug report",
        Kind::HowTo => "How-to question",
        Kind::Account => "Account administration",
        Kind::FeatureRequest => "Feature request",
        Kind::Other => "General enquiry",
    }
}

fn because(cues: &[String]) -> String {
    match cues.first() {
        Some(c) => format!(" (\"{c}\")"),
        None => String::new(),
    }
}

fn wording(words: &[String]) -> String {
    if words.is_empty() {
        return String::new();
    }
    format!(" (its wording: {})", words.iter().map(|w| format!("\"{w}\"")).collect::<Vec<_>>().join(", "))
}

fn manual_detail(ticket: &Ticket, kind: Kind) -> String {
    match ticket.tier() {
        Some(tier) => format!(" ({kind} for a {tier} customer)"),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests;
