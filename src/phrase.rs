//! A small phrase pattern language over folded tokens, so the rule lists read like the phrases
//! they catch and stay data, not code.
//!
//! A pattern is words separated by spaces. Each word is one or more alternatives joined by `|`;
//! an alternative ending in `*` matches any token with that prefix, and `#` any number (not as
//! a phrase's first word). `~N` skips up to N tokens.
//! Whole-phrase alternatives are separated by `, `. Patterns are written folded (lower case, no
//! accents): `ignore|disregard ~3 instruction*`, `money back, chargeback*`.

use std::collections::HashMap;
use std::ops::Range;

use crate::text::Token;

#[derive(Debug, Clone)]
enum Alt {
    Exact(Box<str>),
    Prefix(Box<str>),
    Number,
}

#[derive(Debug, Clone)]
enum Element {
    Word(Vec<Alt>),
    Gap(usize),
}

/// A compiled phrase pattern.
#[derive(Debug, Clone)]
pub struct Phrase {
    alternatives: Vec<Vec<Element>>,
    pub source: String,
}

impl Phrase {
    /// Compiles a pattern. Patterns are constants of this crate, so a malformed one is a
    /// programming error caught by the unit tests that compile every list.
    pub fn new(source: &str) -> Phrase {
        let alternatives = source.split(',').map(Self::sequence).filter(|seq| !seq.is_empty()).collect();
        Phrase { alternatives, source: source.to_string() }
    }

    fn sequence(source: &str) -> Vec<Element> {
        let mut elements = Vec::new();
        for part in source.split_whitespace() {
            if let Some(n) = part.strip_prefix('~') {
                elements.push(Element::Gap(n.parse().unwrap_or(3)));
                continue;
            }
            let alts = part
                .split('|')
                .filter(|a| !a.is_empty())
                .map(|a| match a.strip_suffix('*') {
                    _ if a == "#" => Alt::Number,
                    Some(p) => Alt::Prefix(p.into()),
                    None => Alt::Exact(a.into()),
                })
                .collect();
            elements.push(Element::Word(alts));
        }
        elements
    }

    pub fn is_empty(&self) -> bool {
        self.alternatives.is_empty()
    }

    fn word_matches(alts: &[Alt], token: &str) -> bool {
        alts.iter().any(|a| match a {
            Alt::Exact(w) => token == &**w,
            Alt::Prefix(p) => token.starts_with(&**p),
            Alt::Number => !token.is_empty() && token.bytes().all(|b| b.is_ascii_digit()),
        })
    }

    /// Matches starting exactly at token `at`; returns the index one past the last token.
    fn match_seq(seq: &[Element], tokens: &[Token], at: usize) -> Option<usize> {
        match seq.first() {
            None => Some(at),
            Some(Element::Word(alts)) => {
                let token = tokens.get(at)?;
                if Self::word_matches(alts, &token.folded) {
                    Self::match_seq(&seq[1..], tokens, at + 1)
                } else {
                    None
                }
            }
            Some(Element::Gap(n)) => (0..=*n).find_map(|skip| Self::match_seq(&seq[1..], tokens, at + skip)),
        }
    }

    /// The longest alternative matching at token `at`; returns one past its last token.
    fn match_at(&self, tokens: &[Token], at: usize) -> Option<usize> {
        self.alternatives.iter().filter_map(|seq| Self::match_seq(seq, tokens, at)).max()
    }

    /// Every non-overlapping match, as token index ranges.
    pub fn find_all(&self, tokens: &[Token]) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            match self.match_at(tokens, i) {
                Some(end) if end > i => {
                    out.push(i..end);
                    i = end;
                }
                _ => i += 1,
            }
        }
        out
    }

    pub fn first(&self, tokens: &[Token]) -> Option<Range<usize>> {
        (0..tokens.len()).find_map(|i| self.match_at(tokens, i).filter(|end| *end > i).map(|end| i..end))
    }
}

/// Words listed twice among one element's alternatives ("patient|…|patient"): a copy-paste slip
/// in a pattern, and wasted bytes in the wasm.
#[cfg(test)]
pub(crate) fn repeated_alternatives(source: &str) -> Vec<String> {
    let mut repeated = Vec::new();
    for element in source.split([',', ' ']).filter(|e| e.contains('|')) {
        let mut words: Vec<&str> = element.split('|').collect();
        words.sort_unstable();
        repeated.extend(words.windows(2).filter(|w| w[0] == w[1]).map(|w| format!("{} in {element}", w[0])));
    }
    repeated
}

/// Many phrases matched together: an index from first words to the phrases that can start
/// there, so a ticket is read once instead of once per phrase.
#[derive(Debug, Clone)]
pub struct PhraseSet {
    phrases: Vec<Phrase>,
    exact: HashMap<Box<str>, Vec<usize>>,
    /// Keyed by the first (up to) [`PREFIX_KEY`] characters of a prefix alternative.
    prefix: HashMap<Box<str>, Vec<usize>>,
}

const PREFIX_KEY: usize = 3;

impl PhraseSet {
    pub fn new(phrases: Vec<Phrase>) -> PhraseSet {
        let mut exact: HashMap<Box<str>, Vec<usize>> = HashMap::new();
        let mut prefix: HashMap<Box<str>, Vec<usize>> = HashMap::new();
        for (id, phrase) in phrases.iter().enumerate() {
            for seq in &phrase.alternatives {
                let Some(Element::Word(alts)) = seq.first() else { continue };
                for alt in alts {
                    let (map, key) = match alt {
                        Alt::Exact(w) => (&mut exact, w.to_string()),
                        Alt::Prefix(p) => (&mut prefix, p.chars().take(PREFIX_KEY).collect()),
                        Alt::Number => panic!("`#` cannot start a phrase: {}", phrase.source),
                    };
                    let ids = map.entry(key.into_boxed_str()).or_default();
                    if ids.last() != Some(&id) {
                        ids.push(id);
                    }
                }
            }
        }
        PhraseSet { phrases, exact, prefix }
    }

    pub fn phrase(&self, id: usize) -> &Phrase {
        &self.phrases[id]
    }

    /// Every phrase's non-overlapping matches, as (phrase id, token range), the same matches
    /// [`Phrase::find_all`] gives for each phrase alone.
    pub fn find_all(&self, tokens: &[Token]) -> Vec<(usize, Range<usize>)> {
        let mut candidates: Vec<(usize, usize)> = Vec::new();
        for (start, token) in tokens.iter().enumerate() {
            if let Some(ids) = self.exact.get(token.folded.as_str()) {
                candidates.extend(ids.iter().map(|&id| (id, start)));
            }
            for (k, (i, _)) in token.folded.char_indices().skip(1).chain([(token.folded.len(), ' ')]).enumerate() {
                if k >= PREFIX_KEY {
                    break;
                }
                if let Some(ids) = self.prefix.get(&token.folded[..i]) {
                    candidates.extend(ids.iter().map(|&id| (id, start)));
                }
            }
        }
        // Candidates come in token order, so a stable counting sort by phrase id puts them in
        // (id, start) order without a comparison sort on the hot path.
        let mut next_slot = vec![0usize; self.phrases.len() + 1];
        for &(id, _) in &candidates {
            next_slot[id + 1] += 1;
        }
        for i in 1..next_slot.len() {
            next_slot[i] += next_slot[i - 1];
        }
        let mut sorted = vec![(0, 0); candidates.len()];
        for &(id, start) in &candidates {
            sorted[next_slot[id]] = (id, start);
            next_slot[id] += 1;
        }
        let mut candidates = sorted;
        candidates.dedup();
        let mut out = Vec::new();
        let mut cursor: Option<(usize, usize)> = None; // (phrase id, first free token)
        for (id, start) in candidates {
            if let Some((cid, free)) = cursor {
                if cid == id && start < free {
                    continue;
                }
            }
            if let Some(end) = self.phrases[id].match_at(tokens, start).filter(|end| *end > start) {
                out.push((id, start..end));
                cursor = Some((id, end));
            }
        }
        out
    }
}

/// Byte span in the original text covered by tokens `range`.
pub fn byte_span(tokens: &[Token], range: &Range<usize>) -> Range<usize> {
    tokens[range.start].span.start..tokens[range.end - 1].span.end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    #[test]
    fn alternatives_prefixes_and_gaps() {
        let p = Phrase::new("ignore|disregard ~4 instruction*|prompt");
        let toks = tokenize("Please IGNORE all of the previous instructions now");
        let m = p.first(&toks).expect("matches");
        assert_eq!(&"Please IGNORE all of the previous instructions now"[byte_span(&toks, &m)], "IGNORE all of the previous instructions");
        assert!(p.first(&tokenize("I tried the previous instructions")).is_none());
        assert!(p.first(&tokenize("ignore the content length header")).is_none());
    }

    #[test]
    fn comma_separates_whole_phrases() {
        let p = Phrase::new("money back, charge back");
        assert!(p.first(&tokenize("I want my money back")).is_some());
        assert!(p.first(&tokenize("filing a charge back")).is_some());
        assert!(p.first(&tokenize("money charge")).is_none());
    }

    #[test]
    fn a_set_finds_what_each_phrase_finds() {
        let sources = ["refund*", "money back, charge back", "ignore ~4 instruction*", "re", "a|b ~2 c", "rembours*|reembols*"];
        let set = PhraseSet::new(sources.iter().map(|s| Phrase::new(s)).collect());
        for text in ["Refund me, refunded twice: money back or charge back", "ignore all of the previous instructions", "a x c b c re reembolso", ""] {
            let toks = tokenize(text);
            let mut alone: Vec<(usize, Range<usize>)> =
                sources.iter().enumerate().flat_map(|(i, s)| Phrase::new(s).find_all(&toks).into_iter().map(move |r| (i, r))).collect();
            let mut together = set.find_all(&toks);
            alone.sort_by_key(|(i, r)| (*i, r.start));
            together.sort_by_key(|(i, r)| (*i, r.start));
            assert_eq!(alone, together, "{text}");
        }
    }

    #[test]
    fn a_hash_matches_any_number() {
        let p = Phrase::new("recuperer ~1 mes ~1 #");
        assert!(p.first(&tokenize("Est-ce que je peux récupérer mes 22 € ?")).is_some());
        assert!(p.first(&tokenize("récupérer mes fichiers")).is_none());
    }

    #[test]
    fn a_repeated_alternative_is_reported() {
        assert_eq!(repeated_alternatives("a|b|a ~2 c, d|e"), vec!["a in a|b|a".to_string()]);
        assert!(repeated_alternatives("a|b ~2 a|b, a b").is_empty());
    }

    #[test]
    fn accents_are_folded_before_matching() {
        let p = Phrase::new("contrasena");
        assert!(p.first(&tokenize("Olvidé mi CONTRASEÑA")).is_some());
    }

    #[test]
    fn find_all_does_not_overlap() {
        let p = Phrase::new("refund*");
        assert_eq!(p.find_all(&tokenize("refund, refunded, not a refundable")).len(), 3);
    }
}
