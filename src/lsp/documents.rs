//! Open documents: their text in a rope, their version, and the conversions between LSP
//! positions (line + character in the negotiated encoding) and byte offsets.
//!
//! Lines end at `\n`, `\r\n` or a lone `\r`, as LSP says (ropey's `cr_lines`). Characters count
//! UTF-16 code units unless the client negotiated UTF-8 (or UTF-32). A position past the end of
//! its line means the end of the line; a line past the end of the text means the end of the text.

use std::collections::HashMap;
use std::path::PathBuf;

use ropey::Rope;
use tower_lsp_server::ls_types::{Position, Range, TextDocumentContentChangeEvent, Uri};

/// What a position's `character` counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PositionEncoding {
    Utf8,
    #[default]
    Utf16,
    Utf32,
}

impl PositionEncoding {
    /// How many units of this encoding `text` takes.
    pub fn length_of(self, text: &str) -> u32 {
        match self {
            PositionEncoding::Utf8 => text.len() as u32,
            PositionEncoding::Utf16 => text.encode_utf16().count() as u32,
            PositionEncoding::Utf32 => text.chars().count() as u32,
        }
    }
}

/// One open document.
#[derive(Debug, Clone)]
pub struct Document {
    pub uri: Uri,
    /// The file behind the document, for `file:` URIs.
    pub path: Option<PathBuf>,
    pub language_id: String,
    pub version: i32,
    pub text: Rope,
}

/// Why an edit was not applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeError {
    NotOpen,
}

/// The open documents, by URI.
#[derive(Debug, Default)]
pub struct Documents {
    by_uri: HashMap<Uri, Document>,
}

impl Documents {
    pub fn open(&mut self, document: Document) {
        self.by_uri.insert(document.uri.clone(), document);
    }

    pub fn close(&mut self, uri: &Uri) -> Option<Document> {
        self.by_uri.remove(uri)
    }

    pub fn get(&self, uri: &Uri) -> Option<&Document> {
        self.by_uri.get(uri)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Document> {
        self.by_uri.values()
    }

    /// Applies a `didChange`: each change in order, each against the text the previous one left.
    pub fn change(
        &mut self,
        uri: &Uri,
        version: i32,
        changes: &[TextDocumentContentChangeEvent],
        encoding: PositionEncoding,
    ) -> Result<&Document, ChangeError> {
        let document = self.by_uri.get_mut(uri).ok_or(ChangeError::NotOpen)?;
        for change in changes {
            match change.range {
                Some(range) => replace_range(&mut document.text, range, &change.text, encoding),
                None => document.text = Rope::from_str(&change.text),
            }
        }
        document.version = version;
        Ok(document)
    }
}

/// Replaces `range` of `text` with `replacement`.
pub fn replace_range(text: &mut Rope, range: Range, replacement: &str, encoding: PositionEncoding) {
    let start = offset_of(text, range.start, encoding);
    let end = offset_of(text, range.end, encoding).max(start);
    let start_char = text.byte_to_char(start);
    let end_char = text.byte_to_char(end);
    if end_char > start_char {
        text.remove(start_char..end_char);
    }
    if !replacement.is_empty() {
        text.insert(start_char, replacement);
    }
}

/// The byte offset of `position` in `text` (always on a character boundary).
pub fn offset_of(text: &Rope, position: Position, encoding: PositionEncoding) -> usize {
    let line = position.line as usize;
    if line >= text.len_lines() {
        return text.len_bytes();
    }
    let line_start_char = text.line_to_char(line);
    let content_end_char = line_start_char + line_content_chars(text, line);
    let wanted = position.character as usize;
    let char_index = match encoding {
        PositionEncoding::Utf32 => line_start_char + wanted,
        PositionEncoding::Utf16 => {
            let line_start_units = text.char_to_utf16_cu(line_start_char);
            let content_end_units = text.char_to_utf16_cu(content_end_char);
            let units = (line_start_units + wanted).min(content_end_units);
            // A position inside a surrogate pair means the character it splits.
            text.utf16_cu_to_char(units)
        }
        PositionEncoding::Utf8 => {
            let line_start_byte = text.char_to_byte(line_start_char);
            let content_end_byte = text.char_to_byte(content_end_char);
            text.byte_to_char((line_start_byte + wanted).min(content_end_byte))
        }
    };
    text.char_to_byte(char_index.min(content_end_char))
}

/// The position of byte `offset` of `text` (clamped to the text).
pub fn position_of(text: &Rope, offset: usize, encoding: PositionEncoding) -> Position {
    let offset = offset.min(text.len_bytes());
    let char_index = text.byte_to_char(offset);
    let line = text.char_to_line(char_index);
    let line_start_char = text.line_to_char(line);
    let character = match encoding {
        PositionEncoding::Utf32 => char_index - line_start_char,
        PositionEncoding::Utf16 => {
            text.char_to_utf16_cu(char_index) - text.char_to_utf16_cu(line_start_char)
        }
        PositionEncoding::Utf8 => text.char_to_byte(char_index) - text.line_to_byte(line),
    };
    Position::new(line as u32, character as u32)
}

/// The range of bytes `start..end` of `text`.
pub fn range_of(text: &Rope, start: usize, end: usize, encoding: PositionEncoding) -> Range {
    Range::new(
        position_of(text, start, encoding),
        position_of(text, end, encoding),
    )
}

/// Characters of line `line` without its line ending.
fn line_content_chars(text: &Rope, line: usize) -> usize {
    let slice = text.line(line);
    let mut length = slice.len_chars();
    if length > 0 && slice.char(length - 1) == '\n' {
        length -= 1;
    }
    if length > 0 && slice.char(length - 1) == '\r' {
        length -= 1;
    }
    length
}

/// Whether two ranges share a position (touching counts: a cursor at the end of a diagnostic's
/// range is on it).
pub fn ranges_touch(a: &Range, b: &Range) -> bool {
    a.start <= b.end && b.start <= a.end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn position(line: u32, character: u32) -> Position {
        Position::new(line, character)
    }

    #[test]
    fn positions_round_trip_in_every_encoding_past_emoji_cjk_and_crlf() {
        let text = Rope::from_str("a😀b\r\n漢字x\rlast");
        let x = "a😀b\r\n漢字".len();
        assert_eq!(offset_of(&text, position(1, 2), PositionEncoding::Utf16), x);
        assert_eq!(offset_of(&text, position(1, 6), PositionEncoding::Utf8), x);
        assert_eq!(offset_of(&text, position(1, 2), PositionEncoding::Utf32), x);
        let b = "a😀".len();
        assert_eq!(offset_of(&text, position(0, 3), PositionEncoding::Utf16), b);
        assert_eq!(
            position_of(&text, b, PositionEncoding::Utf16),
            position(0, 3)
        );
        assert_eq!(
            position_of(&text, b, PositionEncoding::Utf8),
            position(0, 5)
        );
        // A lone CR ends a line too.
        let last = text.len_bytes() - 4;
        assert_eq!(
            position_of(&text, last, PositionEncoding::Utf16),
            position(2, 0)
        );
        // Past the end of a line: its end, before the CRLF.
        assert_eq!(
            offset_of(&text, position(0, 99), PositionEncoding::Utf16),
            b + 1
        );
        assert_eq!(
            offset_of(&text, position(9, 0), PositionEncoding::Utf16),
            text.len_bytes()
        );
    }

    #[test]
    fn replaces_ranges() {
        let mut text = Rope::from_str("héllo\nwörld\n");
        replace_range(
            &mut text,
            Range::new(position(0, 1), position(1, 1)),
            "ey\nW",
            PositionEncoding::Utf16,
        );
        assert_eq!(text.to_string(), "hey\nWörld\n");
    }
}
