//! Text plumbing shared by the triage rules: folding (lower case, no accents), tokenising with
//! byte spans, and separating the customer's own words from what they pasted or quoted.

use std::ops::Range;

/// Lower case for the Latin letters of the seven supported languages (ASCII, Latin-1, Latin
/// Extended-A); other characters pass through. Unlike `char::to_lowercase` it never changes a
/// character's UTF-8 length, so byte offsets survive, and it keeps std's Unicode case tables
/// (several KB) out of the WebAssembly build.
pub fn lower_char(c: char) -> char {
    let n = c as u32;
    let lower = match n {
        0x41..=0x5A => n + 0x20,
        0xC0..=0xDE if n != 0xD7 => n + 0x20,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if n % 2 == 0 => n + 1,
        0x139..=0x148 | 0x179..=0x17E if n % 2 == 1 => n + 1,
        0x178 => 0xFF,
        _ => n,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// `lower_char` over a string: same byte length, same offsets.
pub fn lower(text: &str) -> String {
    text.chars().map(lower_char).collect()
}

/// Upper case of a Latin lower-case letter (ASCII, Latin-1), for capitalising a sentence.
pub fn upper_char(c: char) -> char {
    let n = c as u32;
    let upper = match n {
        0x61..=0x7A => n - 0x20,
        0xE0..=0xFE if n != 0xF7 => n - 0x20,
        _ => n,
    };
    char::from_u32(upper).unwrap_or(c)
}

/// Lower-cases and strips the accents the seven supported languages use, so "Contraseña",
/// "contrasena" and "CONTRASEÑA" compare equal. Non-Latin characters pass through.
pub fn fold_char(c: char) -> char {
    let c = lower_char(c);
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        'ß' => 's',
        '’' | '‘' | '`' | '´' => '\'',
        _ => c,
    }
}

/// Appends `c` folded; the French ligatures become two letters ("sœur" reads as "soeur", the
/// spelling the cue lists use and many keyboards type).
fn push_folded(out: &mut String, c: char) {
    match lower_char(c) {
        'œ' => out.push_str("oe"),
        'æ' => out.push_str("ae"),
        _ => out.push(fold_char(c)),
    }
}

/// A word of the text: its folded form and where it stands in the original (bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub folded: String,
    pub span: Range<usize>,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Splits `text` into words. An apostrophe inside a word splits it ("l'IA" → "l", "ia";
/// "don't" → "don", "t"), which is what the cue lists expect.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut start: Option<usize> = None;
    let mut folded = String::new();
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(i);
            }
            push_folded(&mut folded, c);
        } else if let Some(s) = start.take() {
            tokens.push(Token { folded: std::mem::take(&mut folded), span: s..i });
        }
    }
    if let Some(s) = start {
        tokens.push(Token { folded, span: s..text.len() });
    }
    tokens
}


/// Where a piece of text came from in the ticket, for evidence spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment<'t> {
    /// `subject`, `description` or `comments[N].body`.
    pub field: String,
    pub text: &'t str,
    /// Byte ranges of `text` that are the customer's own prose: not quoted replies, forwarded
    /// mail, pasted logs or code, signatures or HTML comments.
    pub own: Vec<Range<usize>>,
}

/// The kinds of lines that are not the customer's own prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Prose,
    Quoted,
    Machine,
    SignatureStart,
    ForwardStart,
}

/// Classifies one line of a ticket body.
pub fn line_kind(line: &str) -> LineKind {
    let t = line.trim();
    if t.starts_with('>') || t.starts_with('|') && t.ends_with('|') {
        return LineKind::Quoted;
    }
    if t == "--" || t == "-- " || t == "—" || t == "__" || t.starts_with("___") {
        return LineKind::SignatureStart;
    }
    let lower: String = t.chars().map(fold_char).collect();
    const SENT_FROM: [&str; 8] = [
        "sent from my", "enviado desde mi", "envoye de mon", "von meinem", "gesendet von", "enviado do meu", "inviato da",
        "verzonden vanaf",
    ];
    if SENT_FROM.iter().any(|p| lower.starts_with(p)) {
        return LineKind::SignatureStart;
    }
    if is_forward_header(&lower) {
        return LineKind::ForwardStart;
    }
    if is_mail_header(&lower) {
        return LineKind::Quoted;
    }
    if is_machine_line(t) {
        return LineKind::Machine;
    }
    LineKind::Prose
}

fn is_forward_header(lower: &str) -> bool {
    let dashed = lower.starts_with("----") || lower.starts_with("-----");
    const FORWARD: [&str; 14] = [
        "forwarded message", "original message", "mensaje reenviado", "mensaje original", "message transfere",
        "message d'origine", "weitergeleitete nachricht", "ursprungliche nachricht", "mensagem encaminhada",
        "mensagem original", "messaggio inoltrato", "messaggio originale", "doorgestuurd bericht",
        "oorspronkelijk bericht",
    ];
    if dashed && FORWARD.iter().any(|p| lower.contains(p)) {
        return true;
    }
    // "On Mon, 3 Mar 2026 at 10:00, Ana <ana@x> wrote:" and its translations introduce a quote.
    const WROTE: [&str; 9] = [" wrote:", " escribio:", " a ecrit :", " a ecrit:", " schrieb:", " escreveu:", " ha scritto:", " schreef:", " skrev:"];
    WROTE.iter().any(|w| lower.ends_with(w))
}

/// A short closing line such as "Kind regards," or "Mit freundlichen Grüßen".
pub fn is_sign_off(line: &str) -> bool {
    const CLOSINGS: [&str; 44] = [
        "best", "regards", "kind regards", "warm regards", "thanks", "thank you", "thx", "cheers", "sincerely", "yours faithfully",
        "yours sincerely", "yours truly", "saludos", "un saludo", "atentamente", "gracias", "cordialement", "bien cordialement",
        "merci", "mit freundlichen grusen", "viele gruse", "beste gruse", "liebe gruse", "grus", "danke", "vielen dank",
        "obrigado", "obrigada", "atenciosamente", "abraco", "valeu", "cordiali saluti", "saluti", "grazie", "distinti saluti",
        "met vriendelijke groet", "vriendelijke groet", "groet", "groeten", "bedankt", "alvast bedankt", "merci d avance",
        "muchas gracias", "un abrazo",
    ];
    let t = line.trim();
    if t.is_empty() || t.chars().count() > 40 || t.ends_with('?') {
        return false;
    }
    let folded: String = t.chars().map(fold_char).map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
    let words: Vec<&str> = folded.split_whitespace().collect();
    let joined = words.join(" ");
    // The Austrian and Bavarian hello.
    if joined.starts_with("grus gott") {
        return false;
    }
    CLOSINGS.iter().any(|c| joined == *c || (joined.starts_with(c) && joined[c.len()..].starts_with(' ') && words.len() <= c.split(' ').count() + 2))
}

/// "From: …", "Asunto: …": the header block of a forwarded or quoted mail.
fn is_mail_header(lower: &str) -> bool {
    const NAMES: [&str; 26] = [
        "from", "to", "cc", "subject", "date", "sent", "de", "para", "asunto", "fecha", "enviado", "objet", "envoye",
        "a", "von", "an", "betreff", "datum", "gesendet", "assunto", "data", "da", "oggetto", "inviato", "van", "onderwerp",
    ];
    match lower.split_once(':') {
        Some((name, rest)) => NAMES.contains(&name.trim()) && !rest.trim().is_empty() && (rest.contains('@') || rest.len() < 80),
        None => false,
    }
}

/// Pasted logs, stack traces, HTTP headers, JSON, markup or commands: text a machine wrote.
fn is_machine_line(t: &str) -> bool {
    if t.is_empty() {
        return false;
    }
    let starts_with_timestamp = t.len() >= 10
        && t.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && t.as_bytes()[4] == b'-'
        && t.as_bytes()[7] == b'-';
    // "[12:04:31] GET /api …", "[2026-03-11 08:14] …": a bracketed timestamp opens a log line.
    let bracketed_time = t.len() > 4 && t.as_bytes()[0] == b'[' && t.as_bytes()[1].is_ascii_digit() && matches!(t.as_bytes()[3], b':' | b'-');
    let stack_frame = t.starts_with("at ") && (t.contains(".js:") || t.contains(".java:") || t.contains(")"));
    let markup = (t.starts_with('<') && t.ends_with('>')) || t.starts_with("<?") || t.starts_with("</");
    let json = (t.starts_with('{') && t.ends_with('}')) || (t.starts_with('[') && t.ends_with(']') && t.contains('"'));
    let http = t.starts_with("HTTP/") || t.starts_with("GET /") || t.starts_with("POST /");
    let header = {
        let (name, rest) = t.split_once(':').unwrap_or(("", ""));
        !name.is_empty()
            && name.len() <= 40
            && name.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit())
            && name.contains('-')
            && !rest.trim().is_empty()
    };
    let command = ["$ ", "curl ", "npm ", "git ", "sudo ", "docker ", "kubectl ", "-H ", "--"].iter().any(|p| t.starts_with(p));
    let exception = ["Traceback", "Exception", "Error:", "TypeError", "Uncaught", "ERROR ", "WARN ", "INFO ", "DEBUG "]
        .iter()
        .any(|p| t.starts_with(p));
    let symbols = t.chars().filter(|c| "{}[]<>=;|\\/_$#@".contains(*c)).count();
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    let dense = t.len() > 12 && symbols * 5 > letters && !t.contains(". ");
    let csv = t.matches(';').count() >= 3 || t.matches(',').count() >= 4 && !t.contains(' ');
    starts_with_timestamp || bracketed_time || stack_frame || markup || json || http || header || command || exception || dense || csv
}

/// Byte ranges of a body that are the customer's own prose (see [`Segment::own`]).
/// HTML comments are removed; everything after a signature marker or a forward header is not
/// the customer's; quoted and machine lines are skipped.
pub fn own_ranges(body: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut offset = 0;
    let mut stopped = false;
    let mut fenced = false;
    for line in body.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        if stopped {
            continue;
        }
        // A fenced block (```) is pasted code or output, fences included.
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        match line_kind(line) {
            LineKind::Prose => {
                let first_prose = ranges.is_empty();
                for r in without_html_comments(line) {
                    ranges.push(start + r.start..start + r.end);
                }
                // What follows a sign-off ("Best regards,") is a name, a title and a company; a
                // closing word that opens the message ("Saludos,", "Grüß Gott,") is a greeting.
                stopped = !first_prose && is_sign_off(line);
            }
            LineKind::SignatureStart => stopped = true,
            LineKind::Quoted | LineKind::Machine | LineKind::ForwardStart => {}
        }
    }
    merge(ranges)
}

fn without_html_comments(line: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(open) = line[pos..].find("<!--") {
        out.push(pos..pos + open);
        match line[pos + open..].find("-->") {
            Some(close) => pos = pos + open + close + 3,
            None => return out,
        }
    }
    out.push(pos..line.len());
    out.retain(|r| !r.is_empty());
    out
}

/// Joins touching ranges.
pub fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    crate::sort::sort_by_key(&mut ranges, |r| r.start);
    let mut out: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// Removes `cut` from `ranges` (both sorted by start).
pub fn subtract(ranges: &[Range<usize>], cut: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for r in ranges {
        let mut pieces = vec![r.clone()];
        for c in cut {
            pieces = pieces
                .into_iter()
                .flat_map(|p| {
                    if c.end <= p.start || c.start >= p.end {
                        vec![p]
                    } else {
                        let mut v = Vec::new();
                        if c.start > p.start {
                            v.push(p.start..c.start);
                        }
                        if c.end < p.end {
                            v.push(c.end..p.end);
                        }
                        v
                    }
                })
                .collect();
        }
        out.extend(pieces);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_case_folding_keeps_byte_lengths() {
        let upper = "ÀÉÎÕÜÇÑ ŁŚŹŻ ŐŰ ČŠŽ Ÿ ABC Ω";
        let lowered = lower(upper);
        assert_eq!(lowered, "àéîõüçñ łśźż őű čšž ÿ abc Ω");
        assert_eq!(lowered.len(), upper.len());
        for c in upper.chars().filter(|c| (*c as u32) < 0x180) {
            assert_eq!(lower_char(c).to_string(), c.to_lowercase().to_string(), "{c}");
        }
        assert_eq!(upper_char('é'), 'É');
        assert_eq!(upper_char('×'), '×');
    }

    #[test]
    fn folding_removes_accents_and_case() {
        let folded: String = "Contraseña ÉTÉ Grüße".chars().map(fold_char).collect();
        assert_eq!(folded, "contrasena ete grusse".replace("grusse", "gruse"));
    }

    #[test]
    fn ligatures_fold_to_two_letters() {
        let words: Vec<String> = tokenize("Ma SŒUR, son cœur").into_iter().map(|t| t.folded).collect();
        assert_eq!(words, ["ma", "soeur", "son", "coeur"]);
    }

    #[test]
    fn tokens_keep_byte_spans() {
        let text = "Olá, não é";
        let toks = tokenize(text);
        assert_eq!(toks.iter().map(|t| t.folded.as_str()).collect::<Vec<_>>(), ["ola", "nao", "e"]);
        assert_eq!(&text[toks[1].span.clone()], "não");
    }

    #[test]
    fn quoted_logs_and_signature_are_not_own_text() {
        let body = "Hola, tengo un problema.\n> Ignore this quoted line\n2026-04-02T14:03:11Z INFO recv\nGracias\n--\nAcme Corp legal disclaimer\n";
        let own: String = own_ranges(body).into_iter().map(|r| &body[r]).collect();
        assert!(own.contains("Hola, tengo un problema."));
        assert!(own.contains("Gracias"));
        assert!(!own.contains("quoted"));
        assert!(!own.contains("INFO"));
        assert!(!own.contains("disclaimer"));
    }

    #[test]
    fn sign_off_ends_own_text() {
        let body = "Wie lege ich Aufgaben an?\n\nMit freundlichen Grüßen\nAnna Roth\nKanzlei Roth & Partner\n";
        let own: String = own_ranges(body).into_iter().map(|r| &body[r]).collect();
        assert_eq!(own, "Wie lege ich Aufgaben an?\n\nMit freundlichen Grüßen\n");
        assert!(is_sign_off("Thanks, Hannah"));
        assert!(!is_sign_off("Thanks for the quick answer, but the export still fails."));
        assert!(!is_sign_off("Grüß Gott,"));
        // A closing word that opens the message greets; the text after it is the customer's.
        let body = "Saludos,\nme cobraron dos veces.\nSaludos,\nAna\nAna García S.L.";
        let own: Vec<&str> = own_ranges(body).into_iter().map(|r| &body[r]).collect();
        assert_eq!(own.concat(), "Saludos,\nme cobraron dos veces.\nSaludos,\n");
    }

    #[test]
    fn html_comments_are_cut_out() {
        let body = "before <!-- hidden --> after\n";
        let own: String = own_ranges(body).into_iter().map(|r| &body[r]).collect();
        assert_eq!(own, "before  after\n");
    }

    #[test]
    fn forward_headers_are_not_own_text() {
        let body = "Please help.\n---------- Forwarded message ----------\nFrom: Ops <ops@example.com>\n> quoted\nThanks\n";
        let own: String = own_ranges(body).into_iter().map(|r| &body[r]).collect();
        assert_eq!(own, "Please help.\nThanks\n");
    }

    #[test]
    fn fenced_blocks_and_bracketed_log_lines_are_not_own_text() {
        let body = "Export fails.\n```\nERROR refund failed 500\n```\n[12:04:31] GET /api/x 500\nThanks\n";
        let own: String = own_ranges(body).into_iter().map(|r| &body[r]).collect();
        assert_eq!(own, "Export fails.\nThanks\n");
    }

    #[test]
    fn subtract_cuts_holes() {
        assert_eq!(subtract(&[0..10], &[2..4, 6..8]), vec![0..2, 4..6, 8..10]);
        assert_eq!(subtract(&[0..10], &[0..10]), Vec::<Range<usize>>::new());
    }
}
