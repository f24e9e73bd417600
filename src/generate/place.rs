//! Where the error's name is in the file: the whole-word occurrences of a name on the line the
//! tool pointed at — the one at the tool's column when it gave one, else every one on that line.

use crate::fix::{byte_offset_of, line_range, ColumnUnit};
use crate::occurrence::Occurrence;

/// Line start offsets of `text`, with each line's text (no line break).
pub fn lines(text: &str) -> Vec<(usize, &str)> {
    let mut at = 0;
    text.split('\n')
        .map(|line| {
            let start = at;
            at += line.len() + 1;
            (start, line.strip_suffix('\r').unwrap_or(line))
        })
        .collect()
}

/// How many bytes of leading whitespace `line` has.
pub fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'$'
}

/// Whole-word occurrences of `name` in `text[from..to]`, as byte ranges of `text`.
pub fn words_in(text: &str, from: usize, to: usize, name: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut at = from;
    while let Some(index) = text[at..to].find(name) {
        let start = at + index;
        let end = start + name.len();
        let before_ok = start == 0 || !is_word_byte(bytes[start - 1]);
        let after_ok = end >= bytes.len() || !is_word_byte(bytes[end]);
        if before_ok && after_ok {
            found.push((start, end));
        }
        at = end;
    }
    found
}

/// Where to change `name` for this error: the occurrence at the tool's column if it gave one and
/// the name is there, else every whole-word occurrence on the error's line (a member only after
/// a `.`). Empty when the name is not on that line.
pub fn name_ranges(
    text: &str,
    occurrence: &Occurrence,
    name: &str,
    member: bool,
) -> Vec<(usize, usize)> {
    let Some((line_start, line_end)) = occurrence.line.and_then(|l| line_range(text, l)) else {
        return Vec::new();
    };
    let mut found = words_in(text, line_start, line_end, name);
    if member {
        found.retain(|(start, _)| text[..*start].trim_end().ends_with('.'));
    }
    let column_offset = occurrence
        .line
        .zip(occurrence.column)
        .and_then(|(line, column)| {
            byte_offset_of(text, line, column, ColumnUnit::of(occurrence.tool))
        });
    if let Some(offset) = column_offset {
        // The tool's column points at the name, or (member errors) at the expression before it.
        if let Some(exact) = found
            .iter()
            .find(|(start, end)| (*start..=*end).contains(&offset))
        {
            return vec![*exact];
        }
        if let Some(next) = found.iter().find(|(start, _)| *start >= offset) {
            return vec![*next];
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::occurrence::{Severity, Tool};

    fn at(line: u32, column: Option<u32>) -> Occurrence {
        let mut occurrence = Occurrence::new(Tool::Rustc, Severity::Error, "x");
        occurrence.line = Some(line);
        occurrence.column = column;
        occurrence
    }

    #[test]
    fn finds_the_name_at_the_column_or_every_one_on_the_line() {
        let text = "fn main() {\n    let t = totl + totl_2 + totl;\n}\n";
        let second = text.rfind("totl;").unwrap();
        let column = (second - text.find("    let").unwrap() + 1) as u32;
        assert_eq!(
            name_ranges(text, &at(2, Some(column)), "totl", false),
            [(second, second + 4)]
        );
        assert_eq!(name_ranges(text, &at(2, None), "totl", false).len(), 2);
        assert!(name_ranges(text, &at(1, None), "totl", false).is_empty());
        let member = "x = s.uper() + uper\n";
        assert_eq!(name_ranges(member, &at(1, None), "uper", true), [(6, 10)]);
    }
}
