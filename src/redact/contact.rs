//! E-mail addresses and phone numbers.

use super::scan::{byte_at, byte_before, is_word_byte, run_end, span};
use super::{RedactionKind, Span};

fn is_local_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-' | b'\'') || b >= 0x80
}

fn is_domain_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b >= 0x80
}

/// An address around the `@` at `at`: a local part, then a domain with a dot and a TLD.
pub(super) fn email_at(bytes: &[u8], at: usize) -> Option<Span> {
    let mut start = at;
    while start > 0 && is_local_byte(bytes[start - 1]) {
        start -= 1;
    }
    while start < at && matches!(bytes[start], b'.' | b'\'' | b'-') {
        start += 1;
    }
    if start == at || bytes[at - 1] == b'.' || in_url_userinfo(bytes, start) {
        return None;
    }
    // Domain labels separated by single dots; stop before a trailing dot.
    let mut end = at + 1;
    let mut last_label_start = end;
    let mut dots = 0;
    loop {
        let label_start = end;
        while end < bytes.len() && is_domain_byte(bytes[end]) {
            end += 1;
        }
        if end == label_start {
            // Empty label: back off the dot that led here.
            if dots == 0 {
                return None;
            }
            end -= 1;
            dots -= 1;
            break;
        }
        last_label_start = label_start;
        if byte_at(bytes, end) == b'.' && end + 1 < bytes.len() && is_domain_byte(bytes[end + 1]) {
            end += 1;
            dots += 1;
        } else {
            break;
        }
    }
    let tld = &bytes[last_label_start..end];
    let tld_ok = tld.len() >= 2 && tld.iter().all(|b| b.is_ascii_alphabetic() || *b >= 0x80);
    (dots >= 1 && tld_ok).then(|| span(RedactionKind::Email, start, end)).flatten()
}

/// Whether `start` lies in the `user:password@` part of a `scheme://` URL (a credential, not
/// an address).
fn in_url_userinfo(bytes: &[u8], start: usize) -> bool {
    let token_start = bytes[..start].iter().rposition(|b| b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b'<' | b'(')).map_or(0, |p| p + 1);
    let token = &bytes[token_start..start];
    token.windows(3).rposition(|w| w == b"://").is_some_and(|p| !token[p + 3..].contains(&b'/'))
}

/// Word beginnings that announce a phone number nearby, in the seven languages.
const PHONE_WORDS: &[&[u8]] = &[
    b"tel", b"phone", b"mobile", b"mobil", b"cell", b"call", b"ring", b"fax", b"whatsapp", b"sms", b"reach", b"dial",
    b"m\xc3\xb3vil", b"movil", b"celular", b"cellulare", b"handy", b"rufnummer", b"durchwahl", b"portable", b"t\xc3\xa9l",
    b"contact", b"contatt", b"chiam", b"llam", b"ligue", b"ligar", b"appel", b"bel", b"nummer", b"number", b"n\xc3\xbamero",
    b"numero", b"num\xc3\xa9ro", b"no.", b"nr.", b"n\xc2\xba", b"joindre", b"joignable", b"erreich", b"bereikbaar",
    b"raggiung", b"contactar", b"contatar", b"ligar",
];

/// Whether a word on the same line before `start` (up to 48 bytes back) begins like a phone word.
fn phone_context(bytes: &[u8], start: usize) -> bool {
    let mut from = start.saturating_sub(48);
    if let Some(newline) = bytes[from..start].iter().rposition(|&b| b == b'\n') {
        from += newline + 1;
    }
    let window = &bytes[from..start];
    (0..window.len()).filter(|&i| (i == 0 || !is_word_byte(window[i - 1])) && window[i].is_ascii_alphabetic()).any(|i| {
        let word = &window[i..];
        let first = word[0] | 0x20;
        PHONE_WORDS.iter().any(|w| w[0] == first && word.len() >= w.len() && word[..w.len()].eq_ignore_ascii_case(w))
    })
}

const MAX_GROUPS: usize = 12;

/// A small fixed-size list, so that scanning numbers allocates nothing.
#[derive(Default)]
struct Groups {
    items: [usize; MAX_GROUPS],
    len: usize,
}

impl Groups {
    fn push(&mut self, item: usize) {
        if self.len < MAX_GROUPS {
            self.items[self.len] = item;
            self.len += 1;
        }
    }

    fn sum(&self) -> usize {
        self.items[..self.len].iter().sum()
    }

    fn as_slice(&self) -> &[usize] {
        &self.items[..self.len]
    }
}

/// A phone number starting at `start` (a digit, `+` or `(`): digit groups with single spaces,
/// hyphens or dots between them, validated by shape so that dates, versions, order numbers,
/// prices and times survive.
pub(super) fn phone_at(bytes: &[u8], start: usize) -> Option<Span> {
    let prev = byte_before(bytes, start);
    let prev2 = if start >= 2 { bytes[start - 2] } else { b' ' };
    // Only after a space, an opening bracket or quote, a label's colon, or a non-breaking space
    // or dash (the last bytes of U+00A0, U+2013, U+2014): never glued to another token.
    let clean_prev = prev.is_ascii_whitespace() || matches!(prev, b'(' | b'[' | b'{' | b'"' | b'\'' | b':' | b';' | b',' | b'>' | b'|' | b'*') || matches!(prev, 0xA0 | 0x93 | 0x94);
    if !clean_prev
        || (prev == b':' && prev2.is_ascii_digit())
        || (prev == b',' && prev2.is_ascii_digit())
        // Inside a longer grouped number (an IBAN, a reference): it is tried from its start.
        || (matches!(prev, b' ' | b'-') && prev2.is_ascii_digit())
    {
        return None;
    }
    let plus = bytes[start] == b'+';
    let mut i = start + usize::from(plus);
    let mut groups = Groups::default(); // digits per group
    let mut separators = Groups::default();
    let mut parenthesised = false;
    let mut end = start;
    loop {
        if byte_at(bytes, i) == b'(' {
            let digits_end = i + 1 + bytes[i + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
            if byte_at(bytes, digits_end) != b')' || !(1..=4).contains(&(digits_end - i - 1)) {
                if groups.len == 0 {
                    return None;
                }
                // "+1-415-555-0132 (cell)": the number ended before the bracket.
                separators.len -= 1;
                break;
            }
            groups.push(digits_end - i - 1);
            parenthesised = true;
            end = digits_end + 1;
            if byte_at(bytes, end).is_ascii_digit() {
                // "+49 (0)30 1234567": the trunk prefix runs straight into the next group.
                separators.push(1);
                i = end;
                continue;
            }
        } else {
            let digits = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
            if digits == 0 {
                return None;
            }
            groups.push(digits);
            end = i + digits;
        }
        if groups.sum() > 15 || groups.len == MAX_GROUPS {
            return None;
        }
        let sep = byte_at(bytes, end);
        let next = byte_at(bytes, end + 1);
        // A slash only in the German trunk style `030/1234567`, right after a leading-0 group.
        let slash_ok = sep == b'/' && groups.len == 1 && bytes[start] == b'0' && !plus;
        if sep == b' ' && next == b'/' && byte_at(bytes, end + 2) == b' ' && byte_at(bytes, end + 3).is_ascii_digit() && groups.len == 1 && bytes[start] == b'0' && !plus {
            // "0151 / 234 567 89"
            separators.push(usize::from(b'/'));
            i = end + 3;
        } else if sep == b'(' && plus {
            // "+49(0)7887 426341": the trunk prefix glued to the country code.
            separators.push(1);
            i = end;
        } else if (matches!(sep, b' ' | b'-' | b'.') || slash_ok) && (next.is_ascii_digit() || next == b'(') {
            separators.push(usize::from(sep));
            i = end + 1;
        } else if sep == b' ' && next == b'-' && byte_at(bytes, end + 2) == b' ' && byte_at(bytes, end + 3).is_ascii_digit() {
            separators.push(usize::from(b'-'));
            i = end + 3;
        } else {
            break;
        }
    }
    // An extension: "x7538", " ext. 12", " ext 12".
    let mut extension_end = None;
    let may_extend = byte_at(bytes, end) == b'x' || byte_at(bytes, end) == b'e' || (byte_at(bytes, end) == b' ' && matches!(byte_at(bytes, end + 1), b'x' | b'e' | b'E' | b'D'));
    const MARKERS: [&[u8]; 8] = [b"x", b" x", b" ext. ", b" ext ", b" ext.", b"ext", b" Ext. ", b" Durchwahl "];
    for marker in MARKERS.iter().filter(|_| may_extend) {
        if bytes[end..].starts_with(marker) && byte_at(bytes, end + marker.len()).is_ascii_digit() {
            let ext_end = run_end(bytes, end + marker.len(), |b| b.is_ascii_digit());
            if ext_end - end - marker.len() <= 6 {
                extension_end = Some(ext_end);
            }
            break;
        }
    }
    if let Some(ext_end) = extension_end {
        end = ext_end;
    }
    // Glued to what follows: a letter, or more number syntax (2026-04-10T08, 1.249,00, 10:30).
    let after = byte_at(bytes, end);
    let after2 = byte_at(bytes, end + 1);
    // 0xC2/0xE2 lead non-breaking spaces, dashes and the euro sign; other non-ASCII is a letter.
    if after.is_ascii_alphanumeric() || after == b'_' || (after >= 0x80 && after != 0xC2 && after != 0xE2)
        || (matches!(after, b'.' | b',' | b':' | b'/' | b'-') && after2.is_ascii_digit())
        || after == b'%'
    {
        return None;
    }
    let digits = groups.sum();
    let (groups, separators) = (groups.as_slice(), separators.as_slice());
    let keyword = || phone_context(bytes, start);
    let dots = separators.iter().filter(|&&s| s == usize::from(b'.')).count();
    let nanp = groups.len() == 3 && groups[0] == 3 && groups[1] == 3 && groups[2] == 4;
    // Dots separate versions and IP addresses far more often than phone groups.
    // French style `06.12.34.56.78`: a leading 0 and pairs.
    let french = bytes[start] == b'0' && groups.len() >= 4 && groups.iter().all(|&g| g == 2);
    let dots_ok = dots == 0 || nanp || french || (plus && dots == separators.len());
    let short_groups = groups.iter().skip(1).any(|&g| g < 2);
    let accepted = dots_ok && if plus {
        (8..=15).contains(&digits)
    } else if parenthesised && bytes[start] == b'(' {
        (9..=13).contains(&digits) && groups.len() >= 2 && !short_groups
    } else if groups.len() == 1 {
        (9..=13).contains(&digits) && keyword()
    } else {
        // 3-2-4 is the shape of a US SSN, not of a phone number.
        let ssn_shaped = groups == [3, 2, 4];
        let year_first = groups[0] == 4 && matches!(&bytes[start..start + 2], b"19" | b"20") && groups[1] <= 2;
        (9..=13).contains(&digits) && !ssn_shaped && !year_first && !short_groups && groups[0] >= 2 && (bytes[start] == b'0' || nanp || keyword())
    };
    accepted.then(|| span(RedactionKind::Phone, start, end)).flatten()
}
