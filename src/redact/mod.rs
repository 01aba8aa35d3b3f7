//! Redaction: finds PII and secrets in text and replaces each with a `[KIND_N]` placeholder
//! before anything reaches the model.
//!
//! One pass over the bytes: every detector is keyed on a cheap trigger (a word start, an `@`,
//! a `://`, a label word), then validated (Luhn, mod-97, SSN areas, JWT header, entropy).
//! Overlapping matches are resolved in favour of the most specific kind. Spans are UTF-8 byte
//! offsets and always fall on character boundaries: detectors only cut at ASCII bytes.

mod contact;
mod finance;
mod input;
mod kind;
mod labelled;
mod network;
mod scan;
mod ticket;
mod tokens;

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

pub use input::{is_host_name, parse_domains, RedactInput, RedactOutput};
pub use kind::RedactionKind;
pub use ticket::{model_view, ModelComment, ModelView};

/// One detected value, before placeholders are assigned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub kind: RedactionKind,
    pub start: usize,
    pub end: usize,
}

/// One replaced value: its kind, its UTF-8 byte span in the input and its placeholder.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Finding {
    pub kind: RedactionKind,
    pub start: usize,
    pub end: usize,
    pub placeholder: String,
}

/// The redacted text and what was replaced.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Redaction {
    pub text: String,
    pub findings: Vec<Finding>,
}

/// Finds every PII and secret value in `text`. `internal_domains` are hosts (and their
/// subdomains) whose URLs count as `internal_url`.
pub fn detect(text: &str, internal_domains: &[String]) -> Vec<Span> {
    let mut candidates = scan::candidates(text, internal_domains);
    resolve_overlaps(&mut candidates);
    candidates
}

/// Redacts one text on its own. Use a [`Redactor`] to number placeholders across several
/// fields of one ticket.
pub fn redact(text: &str, internal_domains: &[String]) -> Redaction {
    Redactor::new(internal_domains.to_vec()).redact(text)
}

/// Assigns placeholders across the fields of one ticket: the same value always gets the same
/// placeholder, numbered per kind in order of first appearance. The value↔placeholder map
/// never leaves the core.
#[derive(Debug, Default)]
pub struct Redactor {
    internal_domains: Vec<String>,
    /// By normalized value and kind (`+1 617-555-0164` = `+16175550164`) …
    assigned: HashMap<(RedactionKind, String), String, FnvBuild>,
    /// … and by the exact text, whichever kind it was first found as.
    assigned_exact: HashMap<String, String, FnvBuild>,
    next_number: HashMap<RedactionKind, usize, FnvBuild>,
}

impl Redactor {
    pub fn new(internal_domains: Vec<String>) -> Redactor {
        let internal_domains = internal_domains.into_iter().map(|d| d.trim().trim_end_matches('.').to_ascii_lowercase()).filter(|d| !d.is_empty()).collect();
        Redactor { internal_domains, ..Redactor::default() }
    }

    pub fn redact(&mut self, text: &str) -> Redaction {
        let spans = detect(text, &self.internal_domains);
        let mut out = String::with_capacity(text.len());
        let mut findings = Vec::with_capacity(spans.len());
        let mut copied = 0;
        for span in spans {
            let placeholder = self.placeholder_for(span.kind, &text[span.start..span.end]);
            out.push_str(&text[copied..span.start]);
            out.push_str(&placeholder);
            copied = span.end;
            findings.push(Finding { kind: span.kind, start: span.start, end: span.end, placeholder });
        }
        out.push_str(&text[copied..]);
        Redaction { text: out, findings }
    }

    /// How many distinct values of each kind were replaced so far.
    pub fn counts(&self) -> Vec<(RedactionKind, usize)> {
        let mut counts: Vec<_> = self.next_number.iter().map(|(k, n)| (*k, *n)).collect();
        crate::sort::sort(&mut counts);
        counts
    }

    fn placeholder_for(&mut self, kind: RedactionKind, value: &str) -> String {
        if let Some(existing) = self.assigned_exact.get(value) {
            return existing.clone();
        }
        let key = (kind, kind.normalize(value));
        if let Some(existing) = self.assigned.get(&key) {
            let existing = existing.clone();
            self.assigned_exact.insert(value.to_string(), existing.clone());
            return existing;
        }
        let number = self.next_number.entry(kind).or_insert(0);
        *number += 1;
        let placeholder = format!("[{}_{}]", kind.tag(), number);
        self.assigned.insert(key, placeholder.clone());
        self.assigned_exact.insert(value.to_string(), placeholder.clone());
        placeholder
    }
}

/// FNV-1a: the keys are short values the core chose itself, so a hash-flooding-resistant
/// hasher buys nothing here and costs a lot per finding (notably in WebAssembly).
#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

type FnvBuild = BuildHasherDefault<Fnv>;

/// Keeps, among overlapping candidates, the most specific kind (then the longest match), and
/// returns the survivors in text order. A less specific match that sticks out of a more
/// specific one widens it instead of being dropped, so no part of either value leaks.
fn resolve_overlaps(candidates: &mut Vec<Span>) {
    crate::sort::sort_by_key(candidates, |c| (c.start, c.end));
    let mut resolved = Vec::with_capacity(candidates.len());
    // Overlaps only happen within a cluster of chained candidates, usually one to three long.
    let mut cluster: Vec<Span> = Vec::new();
    let mut cluster_end = 0;
    for candidate in candidates.drain(..) {
        if !cluster.is_empty() && candidate.start >= cluster_end {
            resolve_cluster(&mut cluster, &mut resolved);
        }
        cluster_end = if cluster.is_empty() { candidate.end } else { cluster_end.max(candidate.end) };
        cluster.push(candidate);
    }
    resolve_cluster(&mut cluster, &mut resolved);
    *candidates = resolved;
}

fn resolve_cluster(cluster: &mut Vec<Span>, resolved: &mut Vec<Span>) {
    if cluster.len() <= 1 {
        resolved.append(cluster);
        return;
    }
    crate::sort::sort_by_key(cluster, |s| (std::cmp::Reverse(s.kind.specificity()), std::cmp::Reverse(s.end - s.start), s.start));
    let mut kept: Vec<Span> = Vec::with_capacity(cluster.len());
    for candidate in cluster.drain(..) {
        // `kept` stays sorted by start and non-overlapping.
        let first = kept.partition_point(|k| k.end <= candidate.start);
        let last = kept.partition_point(|k| k.start < candidate.end);
        if first == last {
            kept.insert(first, candidate);
            continue;
        }
        let overlapping = &kept[first..last];
        let start = overlapping[0].start.min(candidate.start);
        let end = overlapping[overlapping.len() - 1].end.max(candidate.end);
        let kind = overlapping.iter().max_by_key(|k| k.kind.specificity()).map_or(candidate.kind, |k| k.kind);
        kept.splice(first..last, [Span { kind, start, end }]);
    }
    resolved.append(&mut kept);
}
