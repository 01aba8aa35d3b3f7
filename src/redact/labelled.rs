//! Values identified by the label in front of them: passwords in seven languages
//! (`password: …`, `la contraseña es …`, `"passwd": "…"`, `mysql -p…`), high-entropy values
//! assigned to key/secret/token names (`generic_secret`), and AWS secret keys by context.

use super::scan::{byte_at, byte_before, contains, entropy, is_word_byte, run_end, span};
use super::{RedactionKind, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    /// A password word that can introduce its value in prose ("my password is …").
    Password,
    /// A short password word (`pw`, `pass`, `clave`): after `:`/`=` any password-like value, in
/// prose only a value that is clearly a password.
    PasswordTerse,
    /// A key, secret, token or session name.
    Secret { aws: bool },
}

/// A password word that may introduce its value in prose ("my password is …").
fn is_password_word(c: &[u8]) -> bool {
    matches!(
        c,
        b"password" | b"passwort" | b"passwd" | b"pwd" | b"passcode" | b"passphrase" | b"kennwort" | b"wachtwoord" | b"contrase\xc3\xb1a"
            | b"contrasena" | b"senha" | b"mdp" | b"motdepasse" | b"passwords"
    )
}

/// A short password word (`pw`, `pass`, `clave`): after `:`/`=` any password-like value, in
/// prose only a value that is clearly a password.
fn is_terse_password_word(c: &[u8]) -> bool {
    matches!(c, b"pass" | b"pw" | b"ww" | b"clave" | b"pword")
}

fn is_secret_word(c: &[u8]) -> bool {
    matches!(
        c,
        b"secret" | b"token" | b"apikey" | b"key" | b"session" | b"sessionid" | b"sid" | b"cookie" | b"auth" | b"credential"
            | b"credentials" | b"signature" | b"sig" | b"accesskey" | b"secretkey" | b"privatekey" | b"clientsecret" | b"accesstoken"
            | b"refreshtoken"
    )
}

/// Run-together names (`adminpassword`, `webhooksecret`) contain one of these.
const LONG_PASSWORD_PARTS: &[&[u8]] = &[b"passw", b"kennwort", b"wachtwoord", b"contrase", b"senha"];
const LONG_SECRET_PARTS: &[&[u8]] = &[b"secret", b"token", b"apikey", b"session", b"sessid", b"cookie", b"credential", b"signature", b"accesskey", b"privatekey"];

/// Components that make a label about something other than the secret itself
/// (`client_id`, `token_type`, `password_reset`, `public_key`).
fn is_not_a_value(c: &[u8]) -> bool {
    matches!(
        c,
        b"id" | b"ids" | b"type" | b"name" | b"url" | b"uri" | b"endpoint" | b"length" | b"expires" | b"expiry" | b"expiration"
            | b"ttl" | b"version" | b"count" | b"scope" | b"scopes" | b"field" | b"header" | b"prefix" | b"format" | b"hint"
            | b"file" | b"path" | b"rotation" | b"usage" | b"public" | b"publishable" | b"pub" | b"reset" | b"forgot" | b"policy"
            | b"manager" | b"strength" | b"rule" | b"rules" | b"label" | b"event" | b"fingerprint" | b"hash" | b"vergessen"
            | b"change" | b"changed" | b"expired" | b"requirements"
    )
}

/// Classifies a lower-cased label word by its `_`/`-`/`.` separated components.
fn classify(word: &[u8]) -> Option<Label> {
    let mut components: [&[u8]; 8] = [&[]; 8];
    let mut count = 0;
    for component in word.split(|&b| matches!(b, b'_' | b'-' | b'.')).filter(|c| !c.is_empty()) {
        if count == components.len() {
            return None;
        }
        components[count] = component;
        count += 1;
    }
    let components = &components[..count];
    let session_like = components.iter().any(|c| matches!(*c, b"session" | b"cookie"));
    if components.iter().any(|c| is_not_a_value(c) && !(session_like && *c == b"id")) {
        return None;
    }
    let long_has = |c: &[u8], parts: &[&[u8]]| c.len() > 8 && parts.iter().any(|p| contains(c, p));
    if components.iter().any(|c| is_password_word(c) || long_has(c, LONG_PASSWORD_PARTS)) {
        return Some(Label::Password);
    }
    if components.iter().any(|c| is_terse_password_word(c)) {
        return Some(Label::PasswordTerse);
    }
    if components.iter().any(|c| is_secret_word(c) || long_has(c, LONG_SECRET_PARTS)) {
        let aws = components.iter().any(|c| c.starts_with(b"aws")) || (components.contains(&&b"secret"[..]) && components.contains(&&b"access"[..]));
        return Some(Label::Secret { aws });
    }
    None
}

/// Words that introduce a value in prose: "is", "es", "est", "ist", "è", "é", "was", "era".
const COPULAS: &[&[u8]] = &[b"is", b"was", b"es", b"est", b"ist", b"\xc3\xa8", b"\xc3\xa9", b"era", b"war", b"are", b"sont", b"zijn"];
/// Words allowed between the copula and the value ("is now …", "ist jetzt …").
const FILLERS: &[&[u8]] = &[b"now", b"still", b"currently", b"temporarily", b"jetzt", b"ahora", b"maintenant", b"agora", b"ora", b"nu", b"tijdelijk", b"just"];

fn lowercase_word(bytes: &[u8], start: usize, end: usize) -> Vec<u8> {
    let word = &bytes[start..end];
    if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        crate::text::lower(&String::from_utf8_lossy(word)).into_bytes()
    }
}

fn is_label_byte(b: u8) -> bool {
    is_word_byte(b) || b == b'-' || b == b'.'
}

fn skip_blanks(bytes: &[u8], i: usize) -> usize {
    run_end(bytes, i, |b| b == b' ' || b == b'\t')
}

/// Reads the separator after a label ending at `end`; returns where the value starts.
/// `prose` allows a copula and a few words in between; otherwise only `:`/`=` count.
fn value_start(bytes: &[u8], label_start: usize, end: usize, prose: bool) -> Option<usize> {
    let mut i = end;
    let quote = byte_before(bytes, label_start);
    if matches!(quote, b'"' | b'\'') && byte_at(bytes, i) == quote {
        i += 1;
        // HAR/JSON header lists: {"name": "x-api-key", "value": "…"}
        let after = skip_blanks(bytes, i);
        if byte_at(bytes, after) == b',' {
            let next = skip_blanks(bytes, after + 1);
            if bytes[next..].to_ascii_lowercase().starts_with(b"\"value\"") {
                i = next + 7;
            }
        }
    }
    let mut words = 0;
    loop {
        i = skip_blanks(bytes, i);
        match byte_at(bytes, i) {
            // After prose words only a colon counts: in "reset your password client_secret=…"
            // the `=` belongs to another name.
            b':' | b'=' if words == 0 || byte_at(bytes, i) == b':' => {
                i += 1;
                if matches!(byte_at(bytes, i), b'=' | b'>') {
                    i += 1;
                }
                return Some(skip_fillers(bytes, skip_blanks(bytes, i)));
            }
            b if (b.is_ascii_alphabetic() || b >= 0x80) && prose && words < 4 => {
                let word_end = run_end(bytes, i, |b| b.is_ascii_alphabetic() || b >= 0x80);
                if is_word_byte(byte_at(bytes, word_end)) {
                    return None; // an identifier or a number, not a prose word
                }
                let word = lowercase_word(bytes, i, word_end);
                if COPULAS.contains(&word.as_slice()) {
                    return Some(skip_fillers(bytes, skip_blanks(bytes, word_end)));
                }
                words += 1;
                i = word_end;
            }
            _ => return None,
        }
    }
}

fn skip_fillers(bytes: &[u8], mut i: usize) -> usize {
    loop {
        let end = run_end(bytes, i, |b| b.is_ascii_alphabetic());
        if end > i && byte_at(bytes, end) == b' ' && FILLERS.contains(&bytes[i..end].to_ascii_lowercase().as_slice()) {
            i = skip_blanks(bytes, end);
        } else {
            return i;
        }
    }
}

/// The value at `start`: a quoted string, or a bare run up to whitespace or a delimiter.
/// Returns its span and whether it was quoted.
fn value_at(bytes: &[u8], start: usize, delimiters: &[u8]) -> Option<(usize, usize, bool)> {
    let first = byte_at(bytes, start);
    if matches!(first, b'"' | b'\'' | b'`') {
        let len = bytes[start + 1..].iter().take(256).position(|&b| b == first || b == b'\n')?;
        return (bytes[start + 1 + len] == first && len > 0).then_some((start + 1, start + 1 + len, true));
    }
    if first == b'<' {
        return None; // `<your password>`
    }
    let mut end = run_end(bytes, start, |b| !(b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b'<' | b'>' | b'`') || delimiters.contains(&b)));
    // Sentence punctuation and a closing bracket that has no opening one in the value.
    loop {
        let value = &bytes[start..end];
        let trim = match value.last() {
            Some(b'.' | b':') => true,
            Some(b')') => !value.contains(&b'('),
            Some(b']') => !value.contains(&b'['),
            Some(b'}') => !value.contains(&b'{'),
            _ => false,
        };
        if !trim {
            break;
        }
        end -= 1;
    }
    (end > start && !is_template(&bytes[start..end])).then_some((start, end, false))
}

/// A placeholder or variable, not a value: `${DB_PASSWORD}`, `{{password}}`, `[PASSWORD_1]`,
/// `%PASS%`, `$SECRET`.
fn is_template(value: &[u8]) -> bool {
    let enclosed = |open: &[u8], close: &[u8]| value.len() > open.len() + close.len() && value.starts_with(open) && value.ends_with(close);
    let variable = |v: &[u8]| !v.is_empty() && v.iter().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_');
    enclosed(b"${", b"}") || enclosed(b"{{", b"}}") || enclosed(b"[", b"]") || enclosed(b"{", b"}")
        || (enclosed(b"%", b"%") && variable(&value[1..value.len() - 1]))
        || (value.first() == Some(&b'$') && variable(&value[1..]))
}

fn password_shaped(value: &[u8], quoted: bool) -> bool {
    let masked = value.iter().all(|&b| matches!(b, b'*' | b'x' | b'X' | b'.' | b'#')) || value.starts_with("\u{2022}".as_bytes());
    if masked || value.len() < 3 {
        return false;
    }
    // "(hidden)" is a remark, not a password: brackets around a word do not make it one.
    let inner = if value.first() == Some(&b'(') && value.last() == Some(&b')') { &value[1..value.len() - 1] } else { value };
    let digit = inner.iter().any(u8::is_ascii_digit);
    let symbol = inner.iter().any(|b| b.is_ascii_punctuation());
    let inner_upper = inner.iter().skip(1).any(u8::is_ascii_uppercase);
    quoted || digit || symbol || inner_upper
}

fn strongly_password_shaped(value: &[u8]) -> bool {
    let letters = value.iter().any(u8::is_ascii_alphabetic);
    let digit = value.iter().any(u8::is_ascii_digit);
    let symbol_or_upper = value.iter().any(|b| b.is_ascii_punctuation() || b.is_ascii_uppercase());
    value.len() >= 8 && letters && digit && symbol_or_upper
}

fn secret_shaped(value: &[u8]) -> bool {
    // `=` only as base64 padding: `session=abc…` is a name and a value, not one value.
    let unpadded = value.iter().rposition(|&b| b != b'=').map_or(value, |last| &value[..=last]);
    let charset = unpadded.iter().all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'_' | b'.' | b'~' | b'-' | b'%'));
    let digit = value.iter().any(u8::is_ascii_digit);
    let upper = value.iter().any(u8::is_ascii_uppercase);
    let lower = value.iter().any(u8::is_ascii_lowercase);
    // Entropy last: it is the costly test.
    charset && value.len() >= 12 && (digit && (upper || lower) || (value.len() >= 20 && upper && lower)) && !contains(value, b"://") && entropy(value) >= 3.0
}

/// A label word at `start` and the value it introduces.
/// `word_end` is where the run of word bytes from `start` ends; a label may go on through
/// `-` and `.` (`x-api-key`, `db.password`).
pub(super) fn label_at(text: &str, start: usize, word_end: usize, out: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    if bytes[start] == b'p' && byte_before(bytes, start) == b'-' && start >= 2 && bytes[start - 2] == b' ' {
        out.extend(mysql_password(bytes, start));
        return;
    }
    let mut end = run_end(bytes, word_end, is_label_byte);
    while end > start && matches!(bytes[end - 1], b'.' | b'-') {
        end -= 1;
    }
    let len = end - start;
    if !(2..=48).contains(&len) {
        return;
    }
    // Cheap filter first: a label is followed by `:`, `=` or its closing quote, unless it is a
    // password word, which may introduce its value in prose.
    let assigned = matches!(byte_at(bytes, skip_blanks(bytes, end)), b':' | b'=' | b'"' | b'\'');
    let first = bytes[start] | 0x20;
    // Only the lengths of the password words in prose (pw, mdp, pass, senha, passwd, password,
    // passwords, wachtwoord, contraseña…), so common words skip the lower-casing below.
    let maybe_prose = match first {
        b'p' => matches!(len, 2..=6 | 8..=10),
        b'w' => matches!(len, 2 | 10),
        b'm' => len == 3,
        b'c' => matches!(len, 5 | 10 | 11),
        b's' => len == 5,
        b'k' => len == 8,
        _ => false,
    };
    // "token 9f8e…": a secret word, one space, then a long value.
    let maybe_bare = len <= 12 && matches!(first, b's' | b't' | b'k' | b'c' | b'a') && byte_at(bytes, end) == b' ' && {
        let value = end + 1;
        run_end(bytes, value, |b| !b.is_ascii_whitespace()) - value >= 20
    };
    if !assigned && !maybe_prose && !maybe_bare {
        return;
    }
    let mut buffer = [0u8; 48];
    let word = &mut buffer[..len];
    word.copy_from_slice(&bytes[start..end]);
    word.make_ascii_lowercase();
    let prose_word = is_password_word(word) || is_terse_password_word(word) || matches!(&*word, b"mot");
    // "Authorization: Token 9f…", "secret I53h…": a secret word straight before its value.
    let bare_secret = is_secret_word(word);
    if !assigned && !prose_word && !bare_secret {
        return;
    }
    let rest_lower = |n: usize| bytes[end..(end + n).min(bytes.len())].to_ascii_lowercase();
    let label = match &*word {
        // Multi-word labels: "mot de passe", "clave de acceso", "senha de acesso".
        b"mot" if rest_lower(9) == b" de passe" => {
            end += 9;
            Some(Label::Password)
        }
        b"clave" | b"senha" if matches!(rest_lower(10).as_slice(), b" de acceso" | b" de acesso") => {
            end += 10;
            Some(Label::Password)
        }
        _ => classify(word),
    };
    let Some(label) = label else { return };
    let value_from = match value_start(bytes, start, end, true) {
        Some(from) => from,
        None if matches!(label, Label::Secret { .. }) && matches!(byte_at(bytes, end), b' ' | b'\t') => {
            let from = skip_blanks(bytes, end);
            match value_at(bytes, from, b",;&") {
                Some((s, e, false)) if e - s >= 20 && secret_shaped(&bytes[s..e]) => {
                    let kind = if matches!(label, Label::Secret { aws: true }) && e - s == 40 { RedactionKind::AwsSecretKey } else { RedactionKind::GenericSecret };
                    out.extend(span(kind, s, e));
                }
                _ => {}
            }
            return;
        }
        None => return,
    };
    let delimiters: &[u8] = match label {
        Label::Secret { .. } => b",;&",
        _ => b",;",
    };
    let Some((value_start, value_end, quoted)) = value_at(bytes, value_from, delimiters) else { return };
    let value = &bytes[value_start..value_end];
    let kind = match label {
        // "my pw is Blue!Sky2026": a short label in prose needs a value that is clearly a password.
        Label::PasswordTerse if !assigned && !strongly_password_shaped(value) => return,
        Label::Password | Label::PasswordTerse if password_shaped(value, quoted) => RedactionKind::Password,
        Label::Secret { aws } if secret_shaped(value) => {
            if aws && value.len() == 40 { RedactionKind::AwsSecretKey } else { RedactionKind::GenericSecret }
        }
        _ => return,
    };
    out.extend(span(kind, value_start, value_end));
}

/// `mysql -u user -pSECRET`: the password glued to `-p` on a database command line.
fn mysql_password(bytes: &[u8], p: usize) -> Option<Span> {
    let line_start = bytes[..p].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let line = &bytes[line_start..p];
    if !(contains(line, b"mysql") || contains(line, b"mariadb") || contains(line, b" -u")) {
        return None;
    }
    let (start, end, quoted) = value_at(bytes, p + 1, b"")?;
    password_shaped(&bytes[start..end], quoted).then(|| span(RedactionKind::Password, start, end)).flatten()
}

fn is_aws_secret_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'/' || b == b'+'
}

/// Unlabelled AWS secret keys: 40 characters of base64 with upper, lower and digits, near an
/// access key id or the word AWS ("Old key: AKIA… secret I53h…").
pub(super) fn aws_secret_keys(bytes: &[u8], mentions_aws: bool, out: &mut Vec<Span>) {
    let mut anchors: Vec<usize> = out.iter().filter(|s| s.kind == RedactionKind::AwsAccessKey).map(|s| s.start).collect();
    crate::sort::sort(&mut anchors);
    if anchors.is_empty() && !mentions_aws {
        return;
    }
    let mut i = 0;
    while i < bytes.len() {
        if !is_aws_secret_byte(bytes[i]) {
            i += 1;
            continue;
        }
        let end = run_end(bytes, i, is_aws_secret_byte);
        let value = &bytes[i..end];
        let bounded = !matches!(byte_before(bytes, i), b'_' | b'-');
        if end - i == 40 && bounded && !matches!(byte_at(bytes, end), b'_' | b'-') && value.iter().any(u8::is_ascii_uppercase) && value.iter().any(u8::is_ascii_lowercase) && value.iter().any(u8::is_ascii_digit) {
            // `anchors` is in text order: only the neighbours of `i` can be near.
            let next = anchors.partition_point(|&a| a < i);
            let near = |k: Option<&usize>| k.is_some_and(|&a| a.abs_diff(i) <= 300);
            let aws_nearby = near(anchors.get(next)) || near(next.checked_sub(1).and_then(|k| anchors.get(k)))
                || bytes[i.saturating_sub(300)..i].windows(3).any(|w| w.eq_ignore_ascii_case(b"aws"));
            if aws_nearby {
                out.extend(span(RedactionKind::AwsSecretKey, i, end));
            }
        }
        i = end;
    }
}
