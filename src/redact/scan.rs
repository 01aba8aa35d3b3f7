//! The single pass over the text: cheap triggers dispatch to the detectors, which validate.

use super::{contact, finance, labelled, network, tokens, RedactionKind, Span};

pub(super) fn candidates(text: &str, internal_domains: &[String]) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // Noted on the way so that unlabelled AWS secret keys need no extra pass to find context.
    let mut mentions_aws = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'@' => push(&mut out, contact::email_at(bytes, i)),
            b':' if byte_at(bytes, i + 1) == b'/' && byte_at(bytes, i + 2) == b'/' => network::url_credentials_at(bytes, i, &mut out),
            b'-' if byte_at(bytes, i + 4) == b'-' && bytes[i..].starts_with(b"-----BEGIN") => push(&mut out, tokens::private_key_at(bytes, i)),
            b'+' | b'(' if is_word_start(bytes, i) => push(&mut out, contact::phone_at(bytes, i)),
            b'0'..=b'9' | b'A'..=b'Z' | b'a'..=b'z' if is_word_start(bytes, i) => {
                // No detector starts inside a run of word bytes: handle the word, then skip it.
                let word_end = run_end(bytes, i + 1, is_word_byte);
                // IPv6 needs a colon right after its first group of one to four hex digits.
                let maybe_ipv6 = byte_at(bytes, word_end) == b':' && word_end - i <= 4;
                if b.is_ascii_digit() {
                    // The first run of digits already rules most detectors out.
                    let digits = run_end(bytes, i, |b| b.is_ascii_digit()) - i;
                    let next = byte_at(bytes, i + digits);
                    if digits == 4 || digits >= 13 {
                        push(&mut out, finance::card_at(bytes, i));
                    }
                    if (digits == 3 && matches!(next, b'-' | b' ')) || digits == 9 {
                        push(&mut out, finance::ssn_at(bytes, i));
                    }
                    if digits <= 3 && next == b'.' {
                        push(&mut out, network::ipv4_at(bytes, i));
                    }
                    if !(next.is_ascii_alphabetic() || next == b'_') {
                        push(&mut out, contact::phone_at(bytes, i));
                    }
                } else {
                    mentions_aws |= b | 0x20 == b'a' && bytes.get(i + 1..i + 3).is_some_and(|w| w.eq_ignore_ascii_case(b"ws"));
                    push(&mut out, tokens::prefixed_at(bytes, i));
                    push(&mut out, finance::iban_at(bytes, i));
                    labelled::label_at(text, i, word_end, &mut out);
                }
                if maybe_ipv6 {
                    push(&mut out, network::ipv6_at(bytes, i));
                }
                i = word_end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    if !internal_domains.is_empty() {
        network::internal_urls(text, internal_domains, &mut out);
    }
    labelled::aws_secret_keys(bytes, mentions_aws, &mut out);
    out
}

#[inline]
fn push(out: &mut Vec<Span>, span: Option<Span>) {
    if let Some(span) = span {
        debug_assert!(span.start < span.end);
        out.push(span);
    }
}

pub(super) fn span(kind: RedactionKind, start: usize, end: usize) -> Option<Span> {
    (start < end).then_some(Span { kind, start, end })
}

/// Letters, digits, `_` and any non-ASCII byte (accented letters) continue a word.
#[inline]
pub(super) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// `+` and `(` start a word too (phone numbers), so only the previous byte matters.
#[inline]
pub(super) fn is_word_start(bytes: &[u8], i: usize) -> bool {
    i == 0 || !is_word_byte(bytes[i - 1])
}

#[inline]
pub(super) fn byte_at(bytes: &[u8], i: usize) -> u8 {
    bytes.get(i).copied().unwrap_or(b' ')
}

/// The byte before `i`, or a space at the start of the text.
#[inline]
pub(super) fn byte_before(bytes: &[u8], i: usize) -> u8 {
    if i == 0 { b' ' } else { bytes[i - 1] }
}

/// The end of the run of bytes from `start` that satisfy `pred`.
#[inline]
pub(super) fn run_end(bytes: &[u8], start: usize, pred: impl Fn(u8) -> bool) -> usize {
    let mut end = start;
    while end < bytes.len() && pred(bytes[end]) {
        end += 1;
    }
    end
}

/// The text of the current line before `i`, at most `max` bytes, lower-cased (ASCII).
pub(super) fn line_before(bytes: &[u8], i: usize, max: usize) -> Vec<u8> {
    let mut start = i.saturating_sub(max);
    if let Some(newline) = bytes[start..i].iter().rposition(|&b| b == b'\n') {
        start += newline + 1;
    }
    bytes[start..i].to_ascii_lowercase()
}

pub(super) fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    let Some((&first, rest)) = needle.split_first() else { return true };
    // Compare only where the first byte matches; a memcmp per window costs more than the scan.
    haystack.iter().enumerate().any(|(i, &b)| b == first && haystack[i + 1..].starts_with(rest))
}

/// Shannon entropy in bits per byte.
pub(super) fn entropy(value: &[u8]) -> f64 {
    let mut counts = [0u32; 256];
    for &b in value {
        counts[b as usize] += 1;
    }
    let n = value.len() as f64;
    counts.iter().filter(|&&c| c > 0).map(|&c| {
        let p = c as f64 / n;
        -p * p.log2()
    }).sum()
}
