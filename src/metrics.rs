//! Quality metrics: how much an agent changed a saved draft before sending it (approved as is,
//! light edit, major rewrite). The host counts runs and runtimes for its metrics view.
//!
//! Edit distance is Levenshtein over characters (the `strsim` crate) after collapsing
//! whitespace, because helpdesk editors re-wrap and re-space text that the agent never touched.

use serde::Serialize;


/// Texts are compared up to this many characters each: Levenshtein is quadratic, and a reply
/// longer than this is a rewrite question the first part already answers.
pub const MAX_COMPARED_CHARS: usize = 6_000;

/// At least this share of the longer text unchanged counts as a light edit.
pub const LIGHT_EDIT_SIMILARITY: f64 = 0.8;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EditClass {
    /// Sent exactly as drafted (whitespace aside).
    Unchanged,
    LightEdit,
    MajorRewrite,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// Character edits between the normalised draft and the normalised sent text.
    pub distance: usize,
    /// 1 − distance / length of the longer text; 1.0 for two empty texts.
    pub similarity: f64,
    pub class: EditClass,
}

fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.chars().take(MAX_COMPARED_CHARS).collect()
}

/// Compares the draft the app saved with what the agent finally sent.
pub fn compare(draft: &str, sent: &str) -> Comparison {
    let (draft, sent) = (normalise(draft), normalise(sent));
    let distance = strsim::levenshtein(&draft, &sent);
    let longer = draft.chars().count().max(sent.chars().count());
    let similarity = if longer == 0 { 1.0 } else { 1.0 - distance as f64 / longer as f64 };
    let class = if distance == 0 {
        EditClass::Unchanged
    } else if similarity >= LIGHT_EDIT_SIMILARITY {
        EditClass::LightEdit
    } else {
        EditClass::MajorRewrite
    };
    Comparison { distance, similarity, class }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_only_changes_are_unchanged() {
        let c = compare("Hello Ana,\n\nthe export is under Settings.", "Hello Ana,  the export is\nunder Settings.  ");
        assert_eq!((c.distance, c.class), (0, EditClass::Unchanged));
    }

    #[test]
    fn a_few_words_changed_is_a_light_edit() {
        let draft = "Hello Ana, you can export all workspace data as CSV under Settings > Export. Best regards, Support";
        let sent = "Hi Ana, you can export all workspace data as CSV under Settings > Export. Kind regards, Tom";
        let c = compare(draft, sent);
        assert_eq!(c.class, EditClass::LightEdit, "{c:?}");
        assert!(c.similarity > 0.8 && c.similarity < 1.0);
    }

    #[test]
    fn a_different_reply_is_a_major_rewrite() {
        let c = compare("Hello Ana, the export is under Settings > Export.", "We are looking into it and will get back to you.");
        assert_eq!(c.class, EditClass::MajorRewrite);
    }

    #[test]
    fn empty_texts_are_identical_and_one_empty_is_a_rewrite() {
        assert_eq!(compare("", "  ").class, EditClass::Unchanged);
        assert_eq!(compare("", "Thanks!").class, EditClass::MajorRewrite);
    }

    #[test]
    fn long_texts_are_compared_up_to_the_cap() {
        let long = "word ".repeat(10_000);
        let c = compare(&long, &format!("{long} extra"));
        assert_eq!(c.class, EditClass::Unchanged, "beyond the cap nothing is compared");
    }
}
