//! Offsets: the core works in UTF-8 byte offsets (what Rust strings index by); JavaScript
//! strings index by UTF-16 code units, so the WebAssembly boundary converts with this.

/// Converts a UTF-8 byte offset into `text` to a UTF-16 code-unit offset.
/// An offset inside a character or past the end is clamped to the previous boundary.
pub fn utf8_to_utf16(text: &str, byte_offset: usize) -> usize {
    let mut end = byte_offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].chars().map(char::len_utf16).sum()
}

/// Converts many ascending UTF-8 offsets into one text in a single pass (redaction findings
/// come sorted; converting each from the start would be quadratic in a large text).
pub struct Utf16Cursor<'a> {
    text: &'a str,
    byte: usize,
    unit: usize,
}

impl<'a> Utf16Cursor<'a> {
    pub fn new(text: &'a str) -> Self {
        Utf16Cursor { text, byte: 0, unit: 0 }
    }

    /// The UTF-16 offset of `byte_offset`; falls back to a full scan if offsets go backwards.
    pub fn convert(&mut self, byte_offset: usize) -> usize {
        let mut end = byte_offset.min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        if end < self.byte {
            self.byte = 0;
            self.unit = 0;
        }
        self.unit += self.text[self.byte..end].chars().map(char::len_utf16).sum::<usize>();
        self.byte = end;
        self.unit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        assert_eq!(utf8_to_utf16("hello", 3), 3);
    }

    #[test]
    fn accents_emoji_and_cjk() {
        let text = "é😀中x";
        // é = 2 bytes/1 unit, 😀 = 4 bytes/2 units, 中 = 3 bytes/1 unit.
        assert_eq!(utf8_to_utf16(text, 2), 1);
        assert_eq!(utf8_to_utf16(text, 6), 3);
        assert_eq!(utf8_to_utf16(text, 9), 4);
        assert_eq!(utf8_to_utf16(text, 10), 5);
        assert_eq!(utf8_to_utf16(text, 3), 1, "inside 😀 clamps back");
        assert_eq!(utf8_to_utf16(text, 99), 5, "past the end clamps");
    }

    #[test]
    fn the_cursor_agrees_with_the_one_off_conversion() {
        let text = "é😀中x ann@x.io ü";
        let mut cursor = Utf16Cursor::new(text);
        let offsets = [0, 2, 6, 9, 10, 14, 3, 20, 99];
        for offset in offsets {
            assert_eq!(cursor.convert(offset), utf8_to_utf16(text, offset), "offset {offset}");
        }
    }
}
