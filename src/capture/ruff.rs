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

use super::{Feed, MessageRegex, Parser};
use crate::occurrence::{Note, NoteKind, Occurrence, Severity, Tool};

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
            self.in_help = &help["kind"] == "help";
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

impl RuffParser {
    fn flush(&mut self, out: &mut Vec<Occurrence>) {
        if let Some(record) = self.record.take() {
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
