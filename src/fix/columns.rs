//! Tools count columns differently; edits need byte offsets. This is the one place that knows.

use crate::occurrence::Tool;

/// What a tool's column counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnUnit {
    /// UTF-8 bytes (clang, go).
    Bytes,
    /// Unicode scalar values (rustc, javac, mypy).
    Chars,
    /// UTF-16 code units (tsc, eslint, V8).
    Utf16,
    /// gcc's default "display" columns: a tab advances to the next multiple of 8.
    Display,
}

impl ColumnUnit {
    pub fn of(tool: Tool) -> ColumnUnit {
        match tool {
            Tool::Clang | Tool::Go | Tool::Generic => ColumnUnit::Bytes,
            Tool::Rustc | Tool::Javac | Tool::Mypy | Tool::Ruff | Tool::Python | Tool::Pytest => {
                ColumnUnit::Chars
            }
            Tool::Tsc | Tool::Eslint | Tool::Node => ColumnUnit::Utf16,
            Tool::Gcc => ColumnUnit::Display,
        }
    }
}

impl ColumnUnit {
    /// The unit of a suggestion's columns: gcc's machine-readable fix-its
    /// (`-fdiagnostics-parseable-fixits`, the only gcc suggestions marked machine-applicable)
    /// count bytes, unlike its diagnostics and human hints.
    pub fn of_suggestion(
        tool: Tool,
        applicability: crate::occurrence::Applicability,
    ) -> ColumnUnit {
        match (tool, applicability) {
            (Tool::Gcc, crate::occurrence::Applicability::MachineApplicable) => ColumnUnit::Bytes,
            _ => ColumnUnit::of(tool),
        }
    }
}

/// The byte offset in `text` of 1-based `line` and `column` (in `unit`). A column past the end
/// of the line is clamped to the line's end (tools point one past the last character for "expected
/// `;`"); a line past the end of the text is `None`.
pub fn byte_offset_of(text: &str, line: u32, column: u32, unit: ColumnUnit) -> Option<usize> {
    let line_start = line_start_offset(text, line)?;
    let rest = &text[line_start..];
    let line_end = rest.find('\n').map_or(rest.len(), |i| i);
    let line_text = rest[..line_end]
        .strip_suffix('\r')
        .unwrap_or(&rest[..line_end]);
    let wanted = column.max(1) - 1;
    let mut counted = 0u32;
    for (offset, character) in line_text.char_indices() {
        if counted >= wanted {
            return Some(line_start + offset);
        }
        counted += width(character, counted, unit);
    }
    Some(line_start + line_text.len())
}

/// How many `unit`s `character` takes when `counted` precede it on its line (a tab reaches the
/// next stop of 8 in display columns).
fn width(character: char, counted: u32, unit: ColumnUnit) -> u32 {
    match unit {
        ColumnUnit::Bytes => character.len_utf8() as u32,
        ColumnUnit::Chars => 1,
        ColumnUnit::Utf16 => character.len_utf16() as u32,
        ColumnUnit::Display if character == '\t' => 8 - counted % 8,
        ColumnUnit::Display => 1,
    }
}

/// 1-based line (lines end at `\n`) and 1-based column in `unit` of byte `offset` of `text`: the
/// inverse of [`byte_offset_of`].
pub fn line_and_column_of(text: &str, offset: usize, unit: ColumnUnit) -> (u32, u32) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    let line = before.bytes().filter(|b| *b == b'\n').count() as u32 + 1;
    let column = text[line_start..offset]
        .chars()
        .fold(0, |counted, character| {
            counted + width(character, counted, unit)
        });
    (line, column + 1)
}

/// Byte offset where 1-based `line` starts; the line after a final newline exists (empty).
pub fn line_start_offset(text: &str, line: u32) -> Option<usize> {
    if line == 0 {
        return None;
    }
    let mut offset = 0;
    for _ in 1..line {
        offset += text[offset..].find('\n')? + 1;
    }
    Some(offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_unit_counts_its_own_way() {
        let text = "x\n\tlet é = \"😀\"; y\n";
        // Before `y` on line 2: 18 bytes, 14 chars, 15 UTF-16 units, 21 display columns.
        let y = text.find(" y").unwrap() + 1;
        assert_eq!(byte_offset_of(text, 2, 19, ColumnUnit::Bytes), Some(y));
        assert_eq!(byte_offset_of(text, 2, 15, ColumnUnit::Chars), Some(y));
        assert_eq!(byte_offset_of(text, 2, 16, ColumnUnit::Utf16), Some(y));
        assert_eq!(byte_offset_of(text, 2, 22, ColumnUnit::Display), Some(y));
    }

    #[test]
    fn past_the_end_clamps_and_missing_lines_are_none() {
        let text = "ab\r\ncd";
        assert_eq!(byte_offset_of(text, 1, 9, ColumnUnit::Chars), Some(2));
        assert_eq!(byte_offset_of(text, 2, 2, ColumnUnit::Chars), Some(5));
        assert_eq!(byte_offset_of(text, 3, 1, ColumnUnit::Chars), None);
    }
}
