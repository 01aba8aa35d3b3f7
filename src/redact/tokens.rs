//! Vendor tokens recognised by their prefix and shape, JWTs, PEM private keys and
//! `Authorization` header values.

use super::scan::{byte_at, run_end, span};
use super::{RedactionKind, Span};

fn is_alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

fn is_base64url(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}

/// A token of `prefix` followed by `min..=max` bytes satisfying `body`, not running on into
/// more token bytes.
fn prefixed(bytes: &[u8], start: usize, prefix: &[u8], body: fn(u8) -> bool, min: usize, max: usize, kind: RedactionKind) -> Option<Span> {
    if !bytes[start..].starts_with(prefix) {
        return None;
    }
    let body_start = start + prefix.len();
    let end = run_end(bytes, body_start, body);
    let len = end - body_start;
    ((min..=max).contains(&len) && !is_base64url(byte_at(bytes, end))).then(|| span(kind, start, end)).flatten()
}

fn mixed_enough(value: &[u8]) -> bool {
    let digits = value.iter().any(u8::is_ascii_digit);
    let upper = value.iter().any(u8::is_ascii_uppercase);
    let lower = value.iter().any(u8::is_ascii_lowercase);
    usize::from(digits) + usize::from(upper) + usize::from(lower) >= 2
}

/// Tokens at a word start, chosen by their first bytes.
pub(super) fn prefixed_at(bytes: &[u8], start: usize) -> Option<Span> {
    use RedactionKind::*;
    let rest = &bytes[start..];
    // The second byte rules out almost every ordinary word before any prefix comparison.
    let second = byte_at(bytes, start + 1);
    let plausible = match rest[0] {
        b'A' => matches!(second, b'K' | b'S' | b'G' | b'I' | b'R' | b'N' | b'B' | b'C'),
        b'g' => matches!(second, b'h' | b'i' | b'l'),
        b'x' => matches!(second, b'o' | b'a'),
        b's' | b'r' => matches!(second, b'k' | b'h'),
        b'h' => second == b'o',
        b'w' => second == b'h',
        b'n' => second == b'p',
        b'S' => second == b'G',
        b'e' => second == b'y',
        b'B' | b'b' => matches!(second, b'e' | b'E' | b'a' | b'A'),
        _ => false,
    };
    if !plausible {
        return None;
    }
    match rest[0] {
        b'A' => {
            if rest.starts_with(b"AIza") {
                return prefixed(bytes, start, b"AIza", is_base64url, 33, 40, GoogleApiKey);
            }
            // AWS access key ids: AKIA (long-term), ASIA (temporary) and the other IAM prefixes.
            let aws = [&b"AKIA"[..], b"ASIA", b"AGPA", b"AIDA", b"AROA", b"AIPA", b"ANPA", b"ANVA", b"ABIA", b"ACCA"];
            let prefix = aws.iter().find(|p| rest.starts_with(p))?;
            let end = start + 4 + rest[4..].iter().take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit()).count();
            (end - start == 20 && !is_alnum(byte_at(bytes, end)) && prefix.len() == 4).then(|| span(AwsAccessKey, start, end)).flatten()
        }
        b'g' => {
            for prefix in [&b"ghp_"[..], b"gho_", b"ghu_", b"ghs_", b"ghr_"] {
                if let Some(found) = prefixed(bytes, start, prefix, is_alnum, 30, 255, GithubToken) {
                    return Some(found);
                }
            }
            prefixed(bytes, start, b"github_pat_", |b| is_alnum(b) || b == b'_', 22, 255, GithubToken)
                .or_else(|| prefixed(bytes, start, b"glpat-", is_base64url, 20, 64, GenericSecret))
        }
        b'x' => {
            for prefix in [&b"xoxb-"[..], b"xoxp-", b"xoxa-", b"xoxr-", b"xoxs-", b"xoxe-", b"xoxe.xoxp-", b"xapp-"] {
                if let Some(found) = prefixed(bytes, start, prefix, |b| is_alnum(b) || b == b'-', 10, 255, SlackToken) {
                    return Some(found);
                }
            }
            None
        }
        b's' | b'r' => {
            for prefix in [&b"sk_live_"[..], b"sk_test_", b"rk_live_", b"rk_test_"] {
                if let Some(found) = prefixed(bytes, start, prefix, is_alnum, 10, 255, StripeKey) {
                    return Some(found);
                }
            }
            prefixed(bytes, start, b"shpat_", is_alnum, 20, 64, GenericSecret)
                .or_else(|| prefixed(bytes, start, b"shpss_", is_alnum, 20, 64, GenericSecret))
                // OpenAI-style `sk-…` and `sk-proj-…` keys.
                .or_else(|| prefixed(bytes, start, b"sk-", is_base64url, 32, 200, GenericSecret))
        }
        // Slack incoming-webhook URLs carry their secret in the path.
        b'h' => {
            let found = prefixed(bytes, start, b"hooks.slack.com/services/", |b| is_alnum(b) || b == b'/', 20, 80, SlackToken)?;
            Some(found)
        }
        b'w' => prefixed(bytes, start, b"whsec_", |b| is_alnum(b) || b == b'+' || b == b'/', 16, 128, GenericSecret),
        b'n' => prefixed(bytes, start, b"npm_", is_alnum, 30, 64, GenericSecret),
        b'S' => prefixed(bytes, start, b"SG.", |b| is_base64url(b) || b == b'.', 40, 80, GenericSecret),
        b'e' => jwt_at(bytes, start),
        b'B' | b'b' => authorization_value(bytes, start),
        _ => None,
    }
}

fn base64url_decode(input: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(input.len() * 3 / 4);
    let mut buffer = 0u32;
    let mut bits = 0;
    for &c in input {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            b'=' => break,
            _ => return None,
        };
        buffer = (buffer << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    Some(out)
}

/// A JWT: `header.payload.signature` in base64url, the header decoding to a JSON object.
fn jwt_at(bytes: &[u8], start: usize) -> Option<Span> {
    if !bytes[start..].starts_with(b"eyJ") {
        return None;
    }
    let header_end = run_end(bytes, start, is_base64url);
    if byte_at(bytes, header_end) != b'.' {
        return None;
    }
    let payload_end = run_end(bytes, header_end + 1, is_base64url);
    if payload_end == header_end + 1 || byte_at(bytes, payload_end) != b'.' {
        return None;
    }
    let end = run_end(bytes, payload_end + 1, is_base64url);
    let header = base64url_decode(&bytes[start..header_end])?;
    let parsed: serde_json::Value = serde_json::from_str(std::str::from_utf8(&header).ok()?).ok()?;
    parsed.is_object().then(|| span(RedactionKind::Jwt, start, end)).flatten()
}

/// A whole PEM private-key block, `-----BEGIN … PRIVATE KEY-----` through its END line. When
/// the END line is missing (a truncated paste) the block runs to the last base64 line.
pub(super) fn private_key_at(bytes: &[u8], start: usize) -> Option<Span> {
    let header_end = start + 10 + bytes[start + 10..].iter().take(60).position(|&b| b == b'\n' || b == b'\r').unwrap_or(bytes.len() - start - 10).min(bytes.len() - start - 10);
    let header = &bytes[start..header_end];
    if !header.windows(11).any(|w| w == b"PRIVATE KEY") || !header.ends_with(b"-----") {
        return None;
    }
    let body_start = header_end;
    let footer = bytes[body_start..].windows(8).position(|w| w == b"-----END").map(|p| body_start + p);
    let end = match footer {
        Some(footer) => {
            let dashes = footer + 8 + bytes[footer + 8..].iter().take(60).position(|&b| b == b'\n').unwrap_or(bytes.len() - footer - 8);
            let line = &bytes[footer..dashes];
            match line.windows(5).rposition(|w| w == b"-----") {
                Some(p) if p > 0 => footer + p + 5,
                _ => dashes,
            }
        }
        None => {
            let mut end = body_start;
            for line in bytes[body_start..].split(|&b| b == b'\n').skip(1) {
                let trimmed = line.trim_ascii();
                let base64 = trimmed.iter().all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b':' | b'-' | b','));
                if trimmed.is_empty() || !base64 {
                    break;
                }
                end = line.as_ptr() as usize - bytes.as_ptr() as usize + line.len();
            }
            end
        }
    };
    span(RedactionKind::PrivateKey, start, end)
}

/// The credential after `Bearer` or `Basic` (an `Authorization` header value).
fn authorization_value(bytes: &[u8], start: usize) -> Option<Span> {
    let word_end = run_end(bytes, start, |b| b.is_ascii_alphabetic());
    let word = bytes[start..word_end].to_ascii_lowercase();
    let min = match word.as_slice() {
        b"bearer" => 16,
        b"basic" => 8,
        _ => return None,
    };
    let value_start = run_end(bytes, word_end, |b| b == b' ' || b == b'\t');
    if value_start == word_end {
        return None;
    }
    let end = run_end(bytes, value_start, |b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'~' | b'+' | b'/' | b'=' | b'-'));
    let value = &bytes[value_start..end];
    // Basic credentials are base64 of `user:password`.
    let basic_credentials = word == b"basic" && base64url_decode(value).is_some_and(|decoded| decoded.contains(&b':') && decoded.iter().all(|b| b.is_ascii_graphic()));
    let opaque_token = mixed_enough(value) && value.iter().any(u8::is_ascii_digit);
    (value.len() >= min && (basic_credentials || (word == b"bearer" && opaque_token))).then(|| span(RedactionKind::BearerToken, value_start, end)).flatten()
}
