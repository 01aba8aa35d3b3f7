//! Splits a draft into lines and sentences with their byte spans.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Range<usize>,
    /// Index of the non-blank line the sentence is on.
    pub line: usize,
    pub bullet: bool,
}

/// Non-blank lines of the draft, as byte ranges without surrounding whitespace.
pub fn lines(draft: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in draft.split_inclusive('\n') {
        let trimmed_start = line.len() - line.trim_start().len();
        let content = line.trim();
        if !content.is_empty() {
            out.push(offset + trimmed_start..offset + trimmed_start + content.len());
        }
        offset += line.len();
    }
    out
}

/// Whether a line is a list item: `- `, `* `, `• `, `1. `, `2) `.
pub fn is_bullet(line: &str) -> bool {
    let t = line.trim_start();
    if t.starts_with("- ") || t.starts_with("* ") || t.starts_with("• ") || t.starts_with("– ") {
        return true;
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && digits <= 2 && (t[digits..].starts_with(". ") || t[digits..].starts_with(") "))
}

/// Sentences: split at `.`, `!` or `?` followed by whitespace (not inside numbers such as
/// `5.3` or abbreviations such as `e.g.`), and at line ends. A citation right after the full
/// stop (`… days. [policy:x]`) stays with its sentence.
pub fn split(draft: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (line_index, line) in lines(draft).into_iter().enumerate() {
        let text = &draft[line.clone()];
        let bullet = is_bullet(text);
        let mut start = 0;
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if matches!(b, b'.' | b'!' | b'?') && bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace()) {
                let mut end = i + 1;
                // Keep a trailing citation with the sentence it supports.
                let rest = &text[end..];
                let after_space = rest.len() - rest.trim_start().len();
                if rest.trim_start().starts_with('[') {
                    if let Some(close) = rest.find(']') {
                        end += close + 1;
                    }
                }
                let word_before = text[start..i].rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
                let abbreviation = b == b'.' && (word_before.len() <= 2 && word_before.chars().all(|c| c.is_alphabetic()) || word_before.contains('.'));
                if !abbreviation {
                    push(&mut out, text, line.start, start..end, line_index, bullet);
                    start = end;
                    i = end.max(i + 1 + after_space.min(0));
                    continue;
                }
            }
            i += 1;
        }
        push(&mut out, text, line.start, start..text.len(), line_index, bullet);
    }
    out
}

fn push(out: &mut Vec<Sentence>, text: &str, offset: usize, range: Range<usize>, line: usize, bullet: bool) {
    let piece = &text[range.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let start = offset + range.start + lead;
        out.push(Sentence { span: start..start + trimmed.len(), line, bullet });
    }
}
