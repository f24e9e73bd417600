//! Parses `ruff check` in both of its human formats. The concise one, one line per violation:
//!
//! ```text
//! app.py:1:8: F401 [*] `os` imported but unused
//! broken.py:1:24: invalid-syntax: Expected `)`, found newline
//! ```
//!
//! and the full one (the default since ruff 0.9), which draws the source like rustc:
//!
//! ```text
//! F401 [*] `os` imported but unused        <- code, fixable marker, message
//!  --> app.py:1:8                          <- location
//!   |
//! 1 | import os
//!   |        ^^                            <- the span
//! help: Remove unused import: `os`         <- ruff's fix, described
//! ```
//!
//! Every violation is an error (ruff calls them errors and fails the run). `[*]` (ruff can fix it
//! with `--fix`) becomes a help note; ruff's own `help:`/`note:` lines are notes too.

use std::sync::LazyLock;

use regex::Regex;

use super::rustc_suggestions::{replacement_between, LineEdit};
use super::{Feed, MessageRegex, Parser};
use crate::occurrence::{Applicability, Note, NoteKind, Occurrence, Severity, Suggestion, Tool};

const MAX_NOTES: usize = 20;

/// A rule code (`F401`, `E501`, `UP035`, `PLR2004`, `RUF100`) or ruff's `invalid-syntax`.
const CODE: &str = r"(?:[A-Z]{1,4}[0-9]{1,4}|invalid-syntax)";

static CONCISE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<file>(?:[A-Za-z]:)?[^\s:][^:]*\.pyi?|[^\s:][^:]*\.ipynb):(?P<line>\d+):(?P<column>\d+): (?P<code>{CODE})(?::| (?P<fixable>\[\*\]))? (?P<message>\S.*?)\s*$"
    ))
    .expect("valid regex")
});

static FULL_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<code>{CODE})(?::| (?P<fixable>\[\*\]))? (?P<message>\S.*?)\s*$"
    ))
    .expect("valid regex")
});

static LOCATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ *--> (?P<file>.+?):(?P<line>\d+):(?P<column>\d+)\s*$").expect("valid regex")
});

/// A drawn source line (`3 | code`), an unnumbered gutter line (`  |  ^^`), or a line of a fix's
/// diff (`  - old`, `1 + new`).
static GUTTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ *(?:\d+ +)?(?P<mark>[|+-])(?: (?P<text>.*))?$").expect("valid regex")
});

static HELP_OR_NOTE: LazyLock<MessageRegex> =
    LazyLock::new(|| MessageRegex::new(r"^(?P<kind>help|note): ", "message"));

#[derive(Default)]
pub struct RuffParser {
    record: Option<Record>,
}

struct Record {
    occurrence: Occurrence,
    location_seen: bool,
    /// The numbered line last drawn under the location, to read the span's marks.
    last_drawn_line: Option<u32>,
    /// Inside `help:`: its diff is not the error's source.
    in_help: bool,
    /// The help's message and the diff lines drawn under it so far.
    help_diff: Option<(String, Vec<DiffLine>)>,
    /// Whether ruff marked the error fixable (`[*]`): its fix is then a safe one.
    fixable: bool,
}

/// A line of a fix's diff: its number as drawn (ruff numbers context and added lines, not removed
/// ones), its mark (`|`, `-`, `+`) and its source text.
struct DiffLine {
    number: Option<u32>,
    mark: char,
    text: String,
}

impl Record {
    fn feed(&mut self, line: &str) -> bool {
        if let Some(location) = LOCATION.captures(line) {
            if !self.location_seen {
                self.location_seen = true;
                self.occurrence.file = Some(location["file"].to_string());
                self.occurrence.line = location["line"].parse().ok();
                self.occurrence.column = location["column"].parse().ok();
            }
            return true;
        }
        if !self.location_seen {
            return false;
        }
        if let Some(gutter) = GUTTER.captures(line) {
            self.read_gutter(line, &gutter);
            return true;
        }
        if let Some(help) = HELP_OR_NOTE.captures(line) {
            self.end_help_diff();
            self.in_help = &help["kind"] == "help";
            if self.in_help {
                self.help_diff = Some((help["message"].to_string(), Vec::new()));
            }
            let kind = match &help["kind"] {
                "help" => NoteKind::Help,
                _ => NoteKind::Note,
            };
            self.push_note(Note::new(kind, &help["message"]));
            return true;
        }
        line.trim() == "..."
    }

    /// Reads the span's end from the `^^^` under the error's line (in the main snippet only).
    fn read_gutter(&mut self, line: &str, gutter: &regex::Captures) {
        if self.in_help {
            if let Some((_, lines)) = &mut self.help_diff {
                lines.push(DiffLine {
                    number: line
                        .split_whitespace()
                        .next()
                        .and_then(|first| first.parse().ok()),
                    mark: gutter["mark"].chars().next().unwrap_or('|'),
                    text: gutter.name("text").map_or("", |m| m.as_str()).to_string(),
                });
            }
            return;
        }
        let number: Option<u32> = line
            .split_whitespace()
            .next()
            .and_then(|first| first.parse().ok());
        if number.is_some() {
            self.last_drawn_line = number;
            return;
        }
        let (Some(drawn), Some(line_number), Some(column), None) = (
            self.last_drawn_line.take(),
            self.occurrence.line,
            self.occurrence.column,
            self.occurrence.end_line,
        ) else {
            return;
        };
        if drawn != line_number || &gutter["mark"] != "|" {
            return;
        }
        let marks: Vec<char> = gutter
            .name("text")
            .map_or("", |m| m.as_str())
            .chars()
            .collect();
        let start = column.saturating_sub(1) as usize;
        if marks.get(start) != Some(&'^') || marks[..start].iter().any(|c| *c != ' ') {
            // Tabs or wide characters moved the marks: the span's end is not certain.
            return;
        }
        let length = marks[start..].iter().take_while(|c| **c == '^').count();
        self.occurrence.end_line = Some(line_number);
        self.occurrence.end_column = Some(column.saturating_add(length as u32));
    }

    /// The help's diff, read back into the edits it draws (as rustc's human output is read):
    /// ruff shows the fix it would make, safe or not, so it is the tool's suggestion.
    fn end_help_diff(&mut self) {
        let Some((message, lines)) = self.help_diff.take() else {
            return;
        };
        let Some(file) = self.occurrence.file.clone() else {
            return;
        };
        let applicability = match self.fixable {
            true => Applicability::MachineApplicable,
            false => Applicability::MaybeIncorrect,
        };
        for edit in diff_edits(&lines) {
            self.occurrence.suggestions.push(Suggestion {
                message: message.clone(),
                file: file.clone(),
                line: edit.line,
                column: edit.column,
                end_line: edit.end_line,
                end_column: edit.end_column,
                replacement: edit.replacement,
                applicability,
            });
        }
    }

    fn push_note(&mut self, note: Note) {
        if self.occurrence.notes.len() < MAX_NOTES {
            self.occurrence.notes.push(note);
        }
    }
}

fn occurrence_of(captures: &regex::Captures) -> Occurrence {
    let mut occurrence = Occurrence::new(Tool::Ruff, Severity::Error, &captures["message"]);
    occurrence.code = Some(captures["code"].to_string());
    if captures.name("fixable").is_some() {
        occurrence.notes.push(Note::new(
            NoteKind::Help,
            "ruff can fix this: `ruff check --fix`",
        ));
    }
    occurrence
}

/// The edits a help's diff draws, in the file's lines before the fix. Ruff numbers the context
/// lines and the added ones in the new file; a removed line is the one after the context above.
fn diff_edits(lines: &[DiffLine]) -> Vec<LineEdit> {
    let mut edits = Vec::new();
    // Lines added minus lines removed so far: a context line's old number is its number less it.
    let mut shift: i64 = 0;
    let mut next_old: Option<u32> = None;
    let mut index = 0;
    while index < lines.len() {
        let line = &lines[index];
        match line.mark {
            '|' => {
                if let Some(number) = line.number {
                    next_old = u32::try_from(i64::from(number) - shift)
                        .ok()
                        .map(|old| old.saturating_add(1));
                }
                index += 1;
            }
            _ => {
                let run_end = |from: usize, mark: char| {
                    from + lines[from..].iter().take_while(|l| l.mark == mark).count()
                };
                let removed_end = run_end(index, '-');
                let added_end = run_end(removed_end, '+');
                let removed: Vec<String> = lines[index..removed_end]
                    .iter()
                    .map(|l| l.text.clone())
                    .collect();
                let added: Vec<String> = lines[removed_end..added_end]
                    .iter()
                    .map(|l| l.text.clone())
                    .collect();
                let numbered = lines[index].number.filter(|_| lines[index].mark == '-');
                // A change at the top of the diff: placed by the context line after it.
                let placed_by_next = || {
                    let next = lines[added_end..]
                        .iter()
                        .find(|l| l.mark == '|' && l.number.is_some())?;
                    let shift_after = shift + added.len() as i64 - removed.len() as i64;
                    let old = i64::from(next.number?) - shift_after - removed.len() as i64;
                    u32::try_from(old).ok()
                };
                let Some(first) = numbered
                    .or(next_old)
                    .or_else(placed_by_next)
                    .filter(|n| *n >= 1)
                else {
                    return Vec::new();
                };
                let last = first + removed.len() as u32;
                edits.push(match (removed.is_empty(), added.is_empty()) {
                    (false, true) => LineEdit {
                        line: first,
                        column: 1,
                        end_line: last,
                        end_column: 1,
                        replacement: String::new(),
                    },
                    (true, _) => LineEdit {
                        line: first,
                        column: 1,
                        end_line: first,
                        end_column: 1,
                        replacement: added.iter().map(|l| format!("{l}\n")).collect(),
                    },
                    (false, false) => replacement_between(first, &removed, &added),
                });
                shift += added.len() as i64 - removed.len() as i64;
                next_old = Some(last);
                index = added_end;
            }
        }
    }
    edits
}

impl RuffParser {
    fn flush(&mut self, out: &mut Vec<Occurrence>) {
        if let Some(mut record) = self.record.take() {
            record.end_help_diff();
            // A header never followed by its location was not ruff's.
            if record.location_seen {
                out.push(record.occurrence);
            }
        }
    }
}

impl Parser for RuffParser {
    fn triggers(&self) -> &'static [&'static str] {
        &[
            r"^[^\s:][^:\n]*\.(?:pyi?|ipynb):\d+:\d+: (?:[A-Z]{1,4}[0-9]{1,4} |invalid-syntax: )",
            r"^(?:[A-Z]{1,4}[0-9]{1,4}(?: \[\*\])?|invalid-syntax:) \S",
        ]
    }

    fn feed(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Feed {
        if let Some(concise) = CONCISE.captures(line) {
            self.flush(out);
            let mut occurrence = occurrence_of(&concise);
            occurrence.file = Some(concise["file"].to_string());
            occurrence.line = concise["line"].parse().ok();
            occurrence.column = concise["column"].parse().ok();
            out.push(occurrence);
            return Feed::Done;
        }
        if let Some(header) = FULL_HEADER.captures(line) {
            self.flush(out);
            self.record = Some(Record {
                occurrence: occurrence_of(&header),
                location_seen: false,
                last_drawn_line: None,
                in_help: false,
                help_diff: None,
                fixable: header.name("fixable").is_some(),
            });
            return Feed::Consumed;
        }
        let Some(record) = &mut self.record else {
            return Feed::Rejected;
        };
        if record.feed(line) {
            return Feed::Consumed;
        }
        let location_seen = record.location_seen;
        self.flush(out);
        match line.trim().is_empty() && location_seen {
            true => Feed::Done,
            false => Feed::Rejected,
        }
    }

    fn finish(&mut self, out: &mut Vec<Occurrence>) {
        self.flush(out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_or_note_reads_lines_as_its_whole_regex_would() {
        let lines = crate::capture::fixture_lines("python", &["help: x  ", "note: ", "help:x"]);
        let full = r"^(?P<kind>help|note): (?P<message>.*?)\s*$";
        crate::capture::assert_reads_as(&HELP_OR_NOTE, full, &lines);
    }

    fn parse(text: &str) -> Vec<Occurrence> {
        crate::capture::parse_with(RuffParser::default(), text)
    }

    #[test]
    fn reads_the_concise_format_with_the_fixable_marker() {
        let found = parse(concat!(
            "app.py:1:8: F401 [*] `os` imported but unused\n",
            "app.py:13:89: E501 Line too long (104 > 88)\n",
            "broken.py:1:24: invalid-syntax: Expected `)`, found newline\n",
            "Found 3 errors.\n",
        ));
        assert_eq!(found.len(), 3);
        assert_eq!(found[0].tool, Tool::Ruff);
        assert_eq!(found[0].code.as_deref(), Some("F401"));
        assert_eq!(found[0].message, "`os` imported but unused");
        assert_eq!((found[0].line, found[0].column), (Some(1), Some(8)));
        assert_eq!(found[0].notes[0].kind, NoteKind::Help);
        assert!(found[1].notes.is_empty());
        assert_eq!(found[2].code.as_deref(), Some("invalid-syntax"));
        assert_eq!(found[2].message, "Expected `)`, found newline");
    }

    #[test]
    fn reads_the_help_diff_as_the_tool_suggestion() {
        let found = parse(concat!(
            "F632 [*] Use `==` to compare constant literals\n",
            "  --> cache.py:20:16\n",
            "   |\n",
            "20 |             if self.on_expire is \"drop\":\n",
            "   |                ^^^^^^^^^^^^^^^^^^^^^^^^\n",
            "   |\n",
            "help: Replace `is` with `==`\n",
            "   |\n",
            "19 |         if expires < time.monotonic():\n",
            "   -             if self.on_expire is \"drop\":\n",
            "20 +             if self.on_expire == \"drop\":\n",
            "21 |                 del self._data[key]\n",
            "   |\n",
            "\n",
            "F841 Local variable `x` is assigned to but never used\n",
            " --> a.py:1:1\n",
            "  |\n",
            "1 | x = 1\n",
            "  | ^\n",
            "help: Remove assignment to unused variable `x`\n",
            "  |\n",
            "  - x = 1\n",
            "1 | y = 2\n",
            "  |\n",
        ));
        let edits: Vec<_> = found
            .iter()
            .flat_map(|o| &o.suggestions)
            .map(|s| {
                (
                    s.line,
                    s.column,
                    s.end_line,
                    s.end_column,
                    s.replacement.as_str(),
                    s.applicability,
                )
            })
            .collect();
        assert_eq!(
            edits,
            [
                (20, 31, 20, 33, "==", Applicability::MachineApplicable),
                // Removed above the first context line: placed by the line after it.
                (1, 1, 2, 1, "", Applicability::MaybeIncorrect),
            ]
        );
    }

    #[test]
    fn reads_the_full_format_with_its_span_and_help() {
        let found = parse(concat!(
            "F841 Local variable `result` is assigned to but never used\n",
            " --> app.py:8:5\n",
            "  |\n",
            "6 | def load(path):\n",
            "8 |     result = transform(data)\n",
            "  |     ^^^^^^\n",
            "9 |     return data\n",
            "  |\n",
            "help: Remove assignment to unused variable `result`\n",
            "  |\n",
            "7 |     data = json.loads(open(path).read())\n",
            "  -     result = transform(data)\n",
            "8 +     transform(data)\n",
            "  |\n",
            "note: This is an unsafe fix and may change runtime behavior\n",
            "\n",
            "E501 Line too long (104 > 88)\n",
            "  --> app.py:13:89\n",
            "\n",
            "Found 2 errors.\n",
        ));
        assert_eq!(found.len(), 2);
        let unused = &found[0];
        assert_eq!(unused.code.as_deref(), Some("F841"));
        assert_eq!(unused.file.as_deref(), Some("app.py"));
        assert_eq!(
            (
                unused.line,
                unused.column,
                unused.end_line,
                unused.end_column
            ),
            (Some(8), Some(5), Some(8), Some(11))
        );
        let notes: Vec<&str> = unused.notes.iter().map(|n| n.message.as_str()).collect();
        assert_eq!(
            notes,
            [
                "Remove assignment to unused variable `result`",
                "This is an unsafe fix and may change runtime behavior"
            ]
        );
        assert_eq!(found[1].code.as_deref(), Some("E501"));
    }

    #[test]
    fn a_code_like_line_without_a_location_is_not_ruff() {
        assert!(parse("E501 Line too long\nsomething else\n").is_empty());
        assert!(parse("app.py:1:8: not a code\n").is_empty());
    }
}
