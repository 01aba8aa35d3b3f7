//! The reply template: a greeting first, a closing last, at most five bullet items; and the
//! policy's length limit.

use super::lexicon::{CLOSINGS, GREETINGS};
use super::sentences::{is_bullet, lines, Sentence};
use super::Raw;
use crate::text::fold_char;

const MAX_BULLETS: usize = 5;

fn folded_words(line: &str) -> String {
    let folded: String = line.chars().map(fold_char).map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn starts_with_phrase(words: &str, phrase: &str) -> bool {
    words == phrase || (words.starts_with(phrase) && words[phrase.len()..].starts_with(' '))
}

pub fn is_greeting(line: &str) -> bool {
    let words = folded_words(line);
    GREETINGS.split(", ").any(|g| starts_with_phrase(&words, g))
}

/// A closing line: a known sign-off, alone or followed by a name ("Best, Ana").
pub fn is_closing(line: &str) -> bool {
    let words = folded_words(line);
    line.chars().count() <= 60 && !line.trim_end().ends_with('?') && CLOSINGS.split(", ").any(|c| starts_with_phrase(&words, c) && words.split(' ').count() <= c.split(' ').count() + 3)
}

/// A signature line after the closing: a name or a team, short and without sentence punctuation.
fn is_signature(line: &str) -> bool {
    let t = line.trim();
    t.split_whitespace().count() <= 6 && !t.ends_with('.') && !t.ends_with('?') && !t.ends_with(':')
}

pub fn check(draft: &str, _sentences: &[Sentence], max_words: usize, out: &mut Vec<Raw>) {
    let lines = lines(draft);
    let Some(first) = lines.first() else {
        out.push(Raw { rule: "template", message: "The draft is empty.".into(), span: 0..0 });
        return;
    };
    if !is_greeting(&draft[first.clone()]) {
        out.push(Raw { rule: "template", message: "The reply should open with a greeting (\"Hi Ana,\").".into(), span: first.clone() });
    }
    // The closing is the last line, or the line before a signature of up to two lines.
    let tail: Vec<_> = lines.iter().rev().take(3).collect();
    let closed = tail.iter().enumerate().any(|(k, line)| is_closing(&draft[(*line).clone()]) && tail[..k].iter().all(|l| is_signature(&draft[(*l).clone()])));
    if !closed {
        let last = lines.last().cloned().unwrap_or(0..0);
        out.push(Raw { rule: "template", message: "The reply should end with a closing (\"Best regards,\") before the signature.".into(), span: last });
    }
    let bullets: Vec<_> = lines.iter().filter(|l| is_bullet(&draft[(*l).clone()])).collect();
    if bullets.len() > MAX_BULLETS {
        let span = bullets[MAX_BULLETS].start..bullets[bullets.len() - 1].end;
        out.push(Raw { rule: "template", message: format!("{} bullet items; the template allows at most {MAX_BULLETS}.", bullets.len()), span });
    }
    let words = draft.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
    if words > max_words {
        out.push(Raw { rule: "length", message: format!("{words} words; the policy allows {max_words}. Shorten the reply."), span: 0..draft.len() });
    }
}
