//! Card numbers (Luhn and issuer prefix), IBANs (country length and mod-97) and US SSNs.

use super::scan::{byte_at, byte_before, contains, line_before, span};
use super::{RedactionKind, Span};

fn glued_before(bytes: &[u8], start: usize) -> bool {
    let prev = byte_before(bytes, start);
    prev.is_ascii_alphanumeric() || matches!(prev, b'_' | b'.' | b'-' | b'/' | b'#') || prev >= 0x80
}

/// Whether the number ending at `end` runs on into more of a token (letters, digits, `-7`, `.5`).
fn glued_after(bytes: &[u8], end: usize) -> bool {
    let after = byte_at(bytes, end);
    after.is_ascii_alphanumeric() || after == b'_' || (matches!(after, b'-' | b'.' | b'/' | b',') && byte_at(bytes, end + 1).is_ascii_digit())
}

pub(super) fn luhn_valid(digits: &[u8]) -> bool {
    let sum: u32 = digits.iter().rev().enumerate().map(|(i, &d)| {
        let d = u32::from(d - b'0');
        if i % 2 == 1 { if d * 2 > 9 { d * 2 - 9 } else { d * 2 } } else { d }
    }).sum();
    sum % 10 == 0
}

/// Issuer prefixes and lengths of the card networks in use (Visa, Mastercard, Amex, Discover,
/// Diners, JCB, UnionPay, Maestro).
fn issuer_plausible(digits: &[u8]) -> bool {
    let n = digits.len();
    let prefix = |len: usize| -> u32 { digits[..len].iter().fold(0, |acc, d| acc * 10 + u32::from(d - b'0')) };
    match digits[0] {
        b'4' => matches!(n, 13 | 16 | 19),
        b'5' => (51..=55).contains(&prefix(2)) && n == 16 || matches!(prefix(2), 50 | 56..=58) && (12..=19).contains(&n),
        b'2' => (2221..=2720).contains(&prefix(4)) && n == 16,
        b'3' => match prefix(2) {
            34 | 37 => n == 15,
            30 | 36 | 38 | 39 => (14..=19).contains(&n),
            35 => (16..=19).contains(&n),
            _ => false,
        },
        b'6' => (16..=19).contains(&n),
        _ => false,
    }
}

/// A card number: 13–19 digits, ungrouped or in groups split by one space or hyphen.
pub(super) fn card_at(bytes: &[u8], start: usize) -> Option<Span> {
    if glued_before(bytes, start) || !matches!(bytes[start], b'2'..=b'6') {
        return None;
    }
    let mut digits = [0u8; 19];
    let mut count = 0;
    let mut group_ends = [(0usize, 0usize); 19]; // (byte end, digits so far)
    let mut groups = 0;
    let mut separator = None;
    let mut i = start;
    loop {
        let run = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        if run == 0 || count + run > 19 {
            break;
        }
        digits[count..count + run].copy_from_slice(&bytes[i..i + run]);
        count += run;
        i += run;
        group_ends[groups] = (i, count);
        groups += 1;
        let sep = byte_at(bytes, i);
        if matches!(sep, b' ' | b'-') && separator.is_none_or(|s| s == sep) && byte_at(bytes, i + 1).is_ascii_digit() {
            separator = Some(sep);
            i += 1;
        } else {
            break;
        }
    }
    // Longest valid prefix that ends on a group boundary (a CVC may follow the number).
    group_ends[..groups].iter().rev().find(|&&(end, count)| {
        (13..=19).contains(&count) && !glued_after(bytes, end) && issuer_plausible(&digits[..count]) && luhn_valid(&digits[..count])
    }).and_then(|&(end, _)| span(RedactionKind::CreditCard, start, end))
}

/// IBAN lengths by country (ISO 13616 registry, the countries customers commonly send).
fn iban_length(country: &[u8]) -> Option<usize> {
    Some(match country {
        b"AD" | b"CZ" | b"ES" | b"MD" | b"PK" | b"RO" | b"SA" | b"SE" | b"SK" | b"TN" | b"VG" => 24,
        b"AE" | b"IL" => 23,
        b"AT" | b"BA" | b"EE" | b"KZ" | b"LT" | b"LU" | b"XK" => 20,
        b"BE" => 16,
        b"BG" | b"BH" | b"CR" | b"DE" | b"GB" | b"GE" | b"IE" | b"ME" | b"RS" => 22,
        b"CH" | b"HR" | b"LI" | b"LV" => 21,
        b"CY" | b"HU" | b"PL" | b"AL" | b"DO" => 28,
        b"DK" | b"FI" | b"FO" | b"GL" | b"NL" => 18,
        b"FR" | b"GR" | b"IT" | b"MC" | b"SM" | b"MR" => 27,
        b"IS" | b"TR" => 26,
        b"MT" | b"MU" => 31,
        b"NO" => 15,
        b"PT" | b"EG" => 25,
        b"SI" | b"MK" => 19,
        b"BR" | b"PS" => 29,
        b"QA" | b"JO" => 30,
        b"KW" | b"LC" => 30,
        _ => return None,
    })
}

pub(super) fn iban_checksum_valid(iban: &[u8]) -> bool {
    let rearranged = iban[4..].iter().chain(&iban[..4]);
    let mut remainder: u32 = 0;
    for &c in rearranged {
        let value = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'Z' => u32::from(c - b'A') + 10,
            _ => return false,
        };
        remainder = if value >= 10 { (remainder * 100 + value) % 97 } else { (remainder * 10 + value) % 97 };
    }
    remainder == 1
}

/// An IBAN: country letters, check digits, then the account part, ungrouped or in groups of
/// four split by single spaces. The longest prefix on a group boundary that passes the
/// country length and mod-97 check wins (text such as `BIC` may follow the last group).
pub(super) fn iban_at(bytes: &[u8], start: usize) -> Option<Span> {
    let head = bytes.get(start..start + 4)?;
    if !(head[0].is_ascii_alphabetic() && head[1].is_ascii_alphabetic() && head[2].is_ascii_digit() && head[3].is_ascii_digit()) {
        return None;
    }
    let mut compact = [0u8; 34];
    let mut len = 0;
    let mut cuts = [(0usize, 0usize); 34]; // (byte end, compact length)
    let mut groups = 0;
    let mut i = start;
    loop {
        let run = bytes[i..].iter().take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || (i == start && b.is_ascii_alphabetic())).count();
        if run == 0 || len + run > 34 {
            break;
        }
        for (k, b) in bytes[i..i + run].iter().enumerate() {
            compact[len + k] = b.to_ascii_uppercase();
        }
        len += run;
        i += run;
        cuts[groups] = (i, len);
        groups += 1;
        if byte_at(bytes, i) == b' ' && (byte_at(bytes, i + 1).is_ascii_uppercase() || byte_at(bytes, i + 1).is_ascii_digit()) && run <= 4 {
            i += 1;
        } else {
            break;
        }
    }
    if len < 15 {
        return None;
    }
    let expected = iban_length(&compact[..2]);
    cuts[..groups].iter().rev().find(|&&(end, len)| {
        let length_ok = expected.map_or((15..=34).contains(&len), |e| e == len);
        length_ok && !byte_at(bytes, end).is_ascii_alphanumeric() && iban_checksum_valid(&compact[..len])
    }).and_then(|&(end, _)| span(RedactionKind::Iban, start, end))
}

/// A US Social Security number `AAA-GG-SSSS` (area not 000, 666 or 9xx; group and serial not
/// zero), or the same digits split by spaces or unsplit when an SSN label precedes them.
pub(super) fn ssn_at(bytes: &[u8], start: usize) -> Option<Span> {
    if glued_before(bytes, start) {
        return None;
    }
    let take = |from: usize, n: usize| bytes.get(from..from + n).filter(|s| s.iter().all(u8::is_ascii_digit));
    let area = take(start, 3)?;
    let (group, serial, end, labelled_only) = match byte_at(bytes, start + 3) {
        sep @ (b'-' | b' ') if byte_at(bytes, start + 6) == sep => (take(start + 4, 2)?, take(start + 7, 4)?, start + 11, sep == b' '),
        b'0'..=b'9' => (take(start + 3, 2)?, take(start + 5, 4)?, start + 9, true),
        _ => return None,
    };
    if glued_after(bytes, end) || area == b"000" || area == b"666" || area[0] == b'9' || group == b"00" || serial == b"0000" {
        return None;
    }
    if labelled_only {
        let before = line_before(bytes, start, 40);
        let labelled = [&b"ssn"[..], b"social security", b"soc. sec", b"ss#"].iter().any(|w| contains(&before, w));
        if !labelled {
            return None;
        }
    }
    span(RedactionKind::Ssn, start, end)
}
