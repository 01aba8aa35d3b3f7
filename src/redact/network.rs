//! IP addresses, credentials inside URLs, and links to the admin's internal hosts.

use super::scan::{byte_at, byte_before, line_before, span};
use super::{RedactionKind, Span};

const VERSION_WORDS: &[&[u8]] = &[b"version", b"versi\xc3\xb3n", b"vers\xc3\xa3o", b"versione", b"versie", b"build", b"release", b"ver", b"v"];

/// An IPv4 address: four octets 0–255. A CIDR range (`/16`) and a version string
/// (`version 1.2.3.4`, `10.0.19045.3803`) are not addresses.
pub(super) fn ipv4_at(bytes: &[u8], start: usize) -> Option<Span> {
    let prev = byte_before(bytes, start);
    if prev.is_ascii_alphanumeric() || matches!(prev, b'.' | b'-' | b'_') || prev >= 0x80 {
        return None;
    }
    let mut i = start;
    for octet in 0..4 {
        let digits = bytes[i..].iter().take(4).take_while(|b| b.is_ascii_digit()).count();
        if !(1..=3).contains(&digits) {
            return None;
        }
        let value: u32 = std::str::from_utf8(&bytes[i..i + digits]).ok()?.parse().ok()?;
        if value > 255 {
            return None;
        }
        i += digits;
        if octet < 3 {
            if byte_at(bytes, i) != b'.' {
                return None;
            }
            i += 1;
        }
    }
    let after = byte_at(bytes, i);
    let after2 = byte_at(bytes, i + 1);
    if after.is_ascii_alphanumeric() || after == b'_' || (matches!(after, b'.' | b'/' | b'-') && after2.is_ascii_digit()) {
        return None;
    }
    let before = line_before(bytes, start, 12);
    let trimmed = before.trim_ascii_end();
    if VERSION_WORDS.iter().any(|w| trimmed.ends_with(w) && trimmed[..trimmed.len() - w.len()].last().is_none_or(|b| !b.is_ascii_alphabetic())) {
        return None;
    }
    span(RedactionKind::IpAddress, start, i)
}

/// An IPv6 address, validated as the standard library's parser would. Needs `::` or all eight
/// groups, so times (`14:03:11`) and MAC addresses do not match.
pub(super) fn ipv6_at(bytes: &[u8], start: usize) -> Option<Span> {
    let prev = byte_before(bytes, start);
    if prev.is_ascii_alphanumeric() || matches!(prev, b':' | b'.' | b'_' | b'-') {
        return None;
    }
    // Cheap rejection: a colon must come within the first group.
    if !bytes[start..].iter().take(5).any(|&b| b == b':') {
        return None;
    }
    let mut end = start + bytes[start..].iter().take(45).take_while(|b| b.is_ascii_hexdigit() || matches!(b, b':' | b'.')).count();
    while end > start && bytes[end - 1] == b'.' {
        end -= 1;
    }
    if end > start + 1 && bytes[end - 1] == b':' && bytes[end - 2] != b':' {
        end -= 1;
    }
    if byte_at(bytes, end).is_ascii_alphanumeric() {
        return None;
    }
    let candidate = std::str::from_utf8(&bytes[start..end]).ok()?;
    let groups = candidate.split(':').filter(|g| !g.is_empty()).count();
    (groups >= 3 && is_ipv6(candidate.as_bytes())).then(|| span(RedactionKind::IpAddress, start, end)).flatten()
}

/// Whether `std::net::Ipv6Addr` would parse `s` (the unit test compares the two). Written out
/// because the standard parser, with its IPv4 and generic number readers, costs about 1 KB of
/// gzipped wasm.
fn is_ipv6(s: &[u8]) -> bool {
    let (head, head_ipv4, at) = ipv6_groups(s, 0, 8);
    if head == 8 {
        return at == s.len();
    }
    !head_ipv4 && s[at..].starts_with(b"::") && ipv6_groups(s, at + 2, 7 - head).2 == s.len()
}

/// Reads up to `limit` `:`-separated groups of one to four hex digits from `at`; an IPv4
/// address may stand for the last two. Returns the groups read, whether an IPv4 address ended
/// them, and where reading stopped (before a separator that no group followed).
fn ipv6_groups(s: &[u8], mut at: usize, limit: usize) -> (usize, bool, usize) {
    for i in 0..limit {
        let start = at + usize::from(i > 0);
        if i > 0 && s.get(at) != Some(&b':') {
            return (i, false, at);
        }
        if i + 1 < limit {
            if let Some(end) = ipv4_end(s, start) {
                return (i + 2, true, end);
            }
        }
        let digits = s[start..].iter().take_while(|b| b.is_ascii_hexdigit()).count();
        if !(1..=4).contains(&digits) {
            return (i, false, at);
        }
        at = start + digits;
    }
    (limit, false, at)
}

/// The end of four `.`-separated decimal octets at `at` (0–255, no leading zeros), as the
/// standard IPv4 parser reads them.
fn ipv4_end(s: &[u8], mut at: usize) -> Option<usize> {
    for octet in 0..4 {
        if octet > 0 {
            if s.get(at) != Some(&b'.') {
                return None;
            }
            at += 1;
        }
        let digits = s[at..].iter().take_while(|b| b.is_ascii_digit()).count();
        let value = s[at..at + digits].iter().fold(0u32, |v, b| v * 10 + u32::from(b - b'0'));
        if !(1..=3).contains(&digits) || value > 255 || (digits > 1 && s[at] == b'0') {
            return None;
        }
        at += digits;
    }
    Some(at)
}

fn is_scheme_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'+' | b'.' | b'-')
}

fn ends_authority(b: u8) -> bool {
    matches!(b, b'/' | b'?' | b'#' | b'"' | b'\'' | b'<' | b'>' | b'`' | b'\\' | b'|') || b.is_ascii_whitespace()
}

/// `user:password@` in `scheme://user:password@host`: the `user:password` part is the value.
pub(super) fn url_credentials_at(bytes: &[u8], colon: usize, out: &mut Vec<Span>) {
    if colon == 0 || !is_scheme_byte(bytes[colon - 1]) {
        return;
    }
    let authority_start = colon + 3;
    // A pasted password may hold `#` or `?` (unencoded); only `/`, space and quotes end it here.
    let authority_end = authority_start + bytes[authority_start..].iter().take(512).take_while(|&&b| !(ends_authority(b) && !matches!(b, b'#' | b'?'))).count();
    let authority = &bytes[authority_start..authority_end];
    let Some(at) = authority.iter().rposition(|&b| b == b'@') else { return };
    let userinfo = &authority[..at];
    if let Some(sep) = userinfo.iter().position(|&b| b == b':') {
        if sep > 0 && sep + 1 < userinfo.len() {
            out.extend(span(RedactionKind::UrlCredentials, authority_start, authority_start + at));
        }
    }
}

fn is_host_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.')
}

/// The end of a URL or path that continues at `from`: up to whitespace, quotes or angle
/// brackets, without trailing sentence punctuation or an unbalanced closing bracket.
fn url_end(bytes: &[u8], from: usize) -> usize {
    let mut end = from + bytes[from..].iter().take_while(|&&b| !(b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b'<' | b'>' | b'`' | b'|'))).count();
    loop {
        match byte_at(bytes, end.wrapping_sub(1)) {
            b'.' | b',' | b';' | b':' | b'!' | b'?' if end > from => end -= 1,
            b')' if end > from && !bytes[from..end].contains(&b'(') => end -= 1,
            b']' if end > from && !bytes[from..end].contains(&b'[') => end -= 1,
            _ => return end,
        }
    }
}

/// Every link to a host the admin lists as internal (or a subdomain of one), with or without
/// a scheme, redacted whole: scheme, credentials, host, path, query and fragment.
pub(super) fn internal_urls(text: &str, domains: &[String], out: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    let lower = text.to_ascii_lowercase();
    for domain in domains {
        for (found, _) in lower.match_indices(domain.as_str()) {
            let host_end = found + domain.len();
            // `wiki.corp.example.evil.com` is not under `corp.example`.
            let after = byte_at(bytes, host_end);
            if after.is_ascii_alphanumeric() || after == b'-' || (after == b'.' && byte_at(bytes, host_end + 1).is_ascii_alphanumeric()) {
                continue;
            }
            let before = byte_before(bytes, found);
            if before.is_ascii_alphanumeric() || before == b'-' {
                continue;
            }
            let mut start = found;
            while start > 0 && is_host_byte(bytes[start - 1]) {
                start -= 1;
            }
            let prefix = &bytes[..start];
            if prefix.ends_with(b"@") {
                // `user:pass@host` inside a URL, or an e-mail address at the internal domain.
                let userinfo_start = prefix[..start - 1].iter().rposition(|&b| b == b'/' || b.is_ascii_whitespace()).map_or(0, |p| p + 1);
                if prefix[..userinfo_start].ends_with(b"//") {
                    start = userinfo_start;
                } else {
                    continue;
                }
            }
            if bytes[..start].ends_with(b"://") {
                start -= 3;
                while start > 0 && is_scheme_byte(bytes[start - 1]) {
                    start -= 1;
                }
            }
            out.extend(span(RedactionKind::InternalUrl, start, url_end(bytes, host_end)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_ipv6;

    /// `is_ipv6` agrees with `std::net::Ipv6Addr` on every string up to four characters over
    /// a small alphabet and on a million random ones built from address-like pieces.
    #[test]
    fn is_ipv6_agrees_with_the_standard_parser() {
        let agree = |s: &str| assert_eq!(is_ipv6(s.as_bytes()), s.parse::<std::net::Ipv6Addr>().is_ok(), "{s:?}");
        let alphabet = ["0", "1", "f", "A", ":", "."];
        let mut short = vec![String::new()];
        for _ in 0..5 {
            short = short.iter().flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}"))).collect();
            short.iter().for_each(|s| agree(s));
        }
        let pieces = ["0", "1", "00", "01", "10", "255", "256", "300", "099", "1234", "12345", "ffff", "FfFf", "abcde", "0000", "00000", ":", "::", ":::", ".", "..", "1.2.3.4", "0.0.0.0", "255.255.255.255", "1.2.3", "01.2.3.4", "1.2.3.04", "1.2.3.256", "::ffff:", "fe80::", "2001:db8::"];
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..1_000_000 {
            let n = 1 + next() % 14;
            let s: String = (0..n).map(|_| pieces[(next() % pieces.len() as u64) as usize]).collect();
            agree(&s);
        }
        for s in ["::", "::1", "1::", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "1:2:3:4:5:6:1.2.3.4", "::ffff:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4", "1.2.3.4::", "1:2:3:4:5:6:7:8:9"] {
            agree(s);
        }
    }
}
