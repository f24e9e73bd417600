//! Parses mypy's diagnostics: `x.py:3: error: message  [code]`, with the optional columns of
//! `--show-column-numbers`/`--show-error-end` (`x.py:3:5:3:8:`), the `note:` lines that follow an
//! error, the `x.py: note: In function "f":` context of `--show-error-context`, and the wrapped
//! messages and source excerpts of `--pretty`. The `Found N errors` and `Success:` summaries are
//! not occurrences.

use std::sync::LazyLock;

use regex::Regex;

use super::{Feed, Parser};
use crate::occurrence::{Applicability, Note, NoteKind, Occurrence, Severity, Suggestion, Tool};

/// Notes kept per error (overload lists can be long).
const MAX_NOTES: usize = 50;
/// `--pretty` wraps only messages longer than the terminal; a shorter line is not continued.
const MIN_WRAPPED_LINE_LENGTH: usize = 40;
/// Lines of a wrapped message read before giving up on finding its `[code]`.
const MAX_CONTINUATION_LINES: usize = 8;

/// `x.py:3:5:3:8: error: message  [code]`; line and columns optional (`x.py: note: In …`).
static DIAGNOSTIC_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<file>(?:[A-Za-z]:)?[^:]*?\.pyi?):(?:(?P<line>\d+):(?:(?P<column>\d+):(?:(?P<end_line>\d+):(?P<end_column>\d+):)?)?)? (?P<severity>error|warning|note): (?P<message>.*)$",
    )
    .expect("valid regex")
});

/// `message  [code]`, also when `--pretty` put the code alone on the next line.
static TRAILING_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<message>.*?)\s*\[(?P<code>[a-z][a-z0-9-]*)\]$").expect("valid regex")
});

/// `In function "f":`, `In member "m" of class "C":`, `At top level:`.
static CONTEXT_MESSAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:In (?:function|member|class) .*|At top level):$").expect("valid regex")
});

static SUMMARY_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Found \d+ errors? in \d+ files?|Success: no issues found)")
        .expect("valid regex")
});

/// `Name "prics" is not defined; did you mean "prices"?`
static UNDEFINED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^Name "(?P<wrong>[^"]+)" is not defined; did you mean "(?P<proposed>[^"]+)"\?$"#)
        .expect("valid regex")
});

/// `"User" has no attribute "nme"; maybe "name"?` (also `maybe "a" or "b"?`: only one is a fix).
static MISSING_ATTRIBUTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"has no attribute "(?P<wrong>[^"]+)"; maybe "(?P<proposed>[^"]+)"\?$"#)
        .expect("valid regex")
});

#[derive(Default)]
pub struct MypyParser {
    current: Option<Occurrence>,
    /// The message was cut by `--pretty` and its `[code]` has not come yet.
    continuing: Option<Continuation>,
    /// Source and marker lines of `--pretty` read after the current error.
    excerpt: Excerpt,
    /// `In function "f":` of the file being reported, for the errors that follow it.
    context: Option<(String, String)>,
}

#[derive(Debug, Clone, Copy)]
struct Continuation {
    lines_read: usize,
}

#[derive(Debug, Default)]
enum Excerpt {
    #[default]
    None,
    /// The source line was shown; its marker may follow.
    Source,
    Done,
}

impl MypyParser {
    fn flush(&mut self, out: &mut Vec<Occurrence>) {
        self.continuing = None;
        self.excerpt = Excerpt::None;
        if let Some(mut occurrence) = self.current.take() {
            add_did_you_mean(&mut occurrence);
            out.push(occurrence);
        }
    }

    fn read_diagnostic(&mut self, captures: &regex::Captures, out: &mut Vec<Occurrence>) -> Feed {
        let file = captures.name("file").map_or("", |m| m.as_str());
        let number = |name: &str| {
            captures
                .name(name)
                .and_then(|m| m.as_str().parse::<u32>().ok())
        };
        let line = number("line");
        let severity = match captures.name("severity").map(|m| m.as_str()) {
            Some("warning") => Severity::Warning,
            Some("note") => Severity::Note,
            _ => Severity::Error,
        };
        let message = captures.name("message").map_or("", |m| m.as_str());
        if severity == Severity::Note {
            if line.is_none() && CONTEXT_MESSAGE.is_match(message.trim()) {
                self.flush(out);
                self.context = match message.trim() {
                    "At top level:" => None,
                    context => Some((file.to_string(), context.trim_end_matches(':').to_string())),
                };
                return Feed::Consumed;
            }
            if let Some(current) = &mut self.current {
                if current.file.as_deref() == Some(file) && current.line == line {
                    if current.notes.len() < MAX_NOTES {
                        let mut note = Note::new(NoteKind::Note, message.trim());
                        note.file = Some(file.to_string());
                        note.line = line;
                        note.column = number("column");
                        current.notes.push(note);
                    }
                    self.continuing = None;
                    return Feed::Consumed;
                }
            }
        }
        self.flush(out);
        let mut occurrence = Occurrence::new(Tool::Mypy, severity, message);
        occurrence.file = Some(file.to_string());
        occurrence.line = line;
        occurrence.column = number("column");
        if let (Some(column), Some(end_line), Some(end_column)) =
            (occurrence.column, number("end_line"), number("end_column"))
        {
            // mypy's end column is the last character's; ours is one past it.
            let end_column = end_column.saturating_add(1);
            if end_line > line.unwrap_or(0) || end_column > column {
                occurrence.end_line = Some(end_line);
                occurrence.end_column = Some(end_column);
            }
        }
        split_code(&mut occurrence);
        if let Some((context_file, context)) = &self.context {
            if context_file == file {
                occurrence
                    .notes
                    .push(Note::new(NoteKind::Context, context.clone()));
            }
        }
        let wrapped = severity == Severity::Error
            && occurrence.code.is_none()
            && line_length(captures) >= MIN_WRAPPED_LINE_LENGTH;
        self.continuing = wrapped.then_some(Continuation { lines_read: 0 });
        self.current = Some(occurrence);
        Feed::Consumed
    }

    /// A line after an error that is not a diagnostic: a wrapped message or a `--pretty` excerpt.
    fn read_follow_up(&mut self, line: &str) -> bool {
        let Some(current) = &mut self.current else {
            return false;
        };
        if let Some(continuation) = self.continuing {
            let plausible = !line.starts_with([' ', '\t'])
                && !line.trim().is_empty()
                && !SUMMARY_LINE.is_match(line)
                && continuation.lines_read < MAX_CONTINUATION_LINES;
            if plausible {
                current.message = format!("{} {}", current.message.trim_end(), line.trim());
                split_code(current);
                let lines_read = continuation.lines_read + 1;
                self.continuing = (current.code.is_none() && line.len() >= MIN_WRAPPED_LINE_LENGTH)
                    .then_some(Continuation { lines_read });
                return true;
            }
            self.continuing = None;
        }
        let Some(shown) = line.strip_prefix("    ") else {
            return false;
        };
        match self.excerpt {
            Excerpt::None if current.severity != Severity::Note => {
                self.excerpt = Excerpt::Source;
                true
            }
            Excerpt::Source if shown.trim_start().starts_with('^') => {
                read_marker(current, shown);
                self.excerpt = Excerpt::Done;
                true
            }
            _ => false,
        }
    }
}

impl Parser for MypyParser {
    fn triggers(&self) -> &'static [&'static str] {
        &[r"^(?:[A-Za-z]:)?[^:\n]*\.pyi?:(?:\d+:){0,4} (?:error|warning|note): "]
    }

    fn feed(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Feed {
        if let Some(captures) = DIAGNOSTIC_LINE.captures(line) {
            return self.read_diagnostic(&captures, out);
        }
        if self.read_follow_up(line) {
            return Feed::Consumed;
        }
        self.flush(out);
        Feed::Rejected
    }

    fn finish(&mut self, out: &mut Vec<Occurrence>) {
        self.flush(out);
        self.context = None;
    }
}

fn line_length(captures: &regex::Captures) -> usize {
    captures.get(0).map_or(0, |m| m.as_str().chars().count())
}

/// Moves a trailing `  [code]` from the message to the code.
fn split_code(occurrence: &mut Occurrence) {
    if occurrence.code.is_some() {
        return;
    }
    let Some(captures) = TRAILING_CODE.captures(&occurrence.message) else {
        return;
    };
    let code = captures["code"].to_string();
    let message = captures["message"].to_string();
    occurrence.code = Some(code);
    occurrence.message = message;
}

/// `--pretty`'s `^~~~` under the source (shown with its indentation, 4 spaces in): the column when
/// it was not printed, and the end.
fn read_marker(occurrence: &mut Occurrence, marker: &str) {
    let Some(start) = marker.find('^') else {
        return;
    };
    let length = marker[start..]
        .chars()
        .take_while(|c| matches!(c, '^' | '~'))
        .count();
    let Ok(marked_column) = u32::try_from(marker[..start].chars().count() + 1) else {
        return;
    };
    match occurrence.column {
        None => occurrence.column = Some(marked_column),
        // A trimmed long line shifts the marker; then it says nothing about this column.
        Some(column) if column != marked_column => return,
        Some(_) => {}
    }
    if occurrence.end_column.is_none() && length > 1 {
        let end = u32::try_from(length)
            .ok()
            .and_then(|length| marked_column.checked_add(length));
        occurrence.end_line = occurrence.line.filter(|_| end.is_some());
        occurrence.end_column = end;
    }
}

/// mypy's "did you mean": a suggestion where the misspelt name's place is known, else help.
fn add_did_you_mean(occurrence: &mut Occurrence) {
    let (proposed, place) = if let Some(captures) = UNDEFINED_NAME.captures(&occurrence.message) {
        // The error's column is the name's.
        let length = captures["wrong"].chars().count();
        let place = occurrence.column.and_then(|column| {
            let end = column.checked_add(u32::try_from(length).ok()?)?;
            Some((column, end))
        });
        (captures["proposed"].to_string(), place)
    } else if let Some(captures) = MISSING_ATTRIBUTE.captures(&occurrence.message) {
        // The error spans `object.attribute`: the attribute is at its end.
        let length = captures["wrong"].chars().count();
        let place = match (occurrence.end_line, occurrence.end_column) {
            (Some(end_line), Some(end)) if Some(end_line) == occurrence.line => {
                let length = u32::try_from(length).ok();
                length
                    .and_then(|length| end.checked_sub(length))
                    .filter(|&start| occurrence.column.is_some_and(|column| start > column))
                    .map(|start| (start, end))
            }
            _ => None,
        };
        (captures["proposed"].to_string(), place)
    } else {
        return;
    };
    let help = format!("did you mean \"{proposed}\"");
    let located = match (&occurrence.file, occurrence.line, place) {
        (Some(file), Some(line), Some((start, end))) => Some((file.clone(), line, start, end)),
        _ => None,
    };
    match located {
        Some((file, line, start, end)) => occurrence.suggestions.push(Suggestion {
            message: help,
            file,
            line,
            column: start,
            end_line: line,
            end_column: end,
            replacement: proposed,
            applicability: Applicability::MaybeIncorrect,
        }),
        None => occurrence.notes.push(Note::new(NoteKind::Help, help)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Vec<Occurrence> {
        crate::capture::parse_with(MypyParser::default(), text)
    }

    #[test]
    fn code_and_notes_attach_to_the_error() {
        let text = "app.py:22: error: No overload variant of \"area\" matches argument type \"str\"  [call-overload]\napp.py:22: note: Possible overload variants:\napp.py:22: note:     def area(x: int) -> int\napp.py:23: note: Revealed type is \"int\"\nFound 1 error in 1 file (checked 1 source file)\n";
        let found = parse(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].code.as_deref(), Some("call-overload"));
        assert_eq!(
            found[0].message,
            "No overload variant of \"area\" matches argument type \"str\""
        );
        assert_eq!(found[0].notes.len(), 2);
        assert_eq!(found[0].notes[1].message, "def area(x: int) -> int");
        assert_eq!(found[1].severity, Severity::Note);
        assert_eq!(found[1].line, Some(23));
    }

    #[test]
    fn error_end_is_made_exclusive_and_places_the_attribute_fix() {
        let text = "models.py:11:24:11:26: error: \"Point\" has no attribute \"z\"; maybe \"x\"?  [attr-defined]\n";
        let found = parse(text);
        let occurrence = &found[0];
        assert_eq!(
            (occurrence.column, occurrence.end_column),
            (Some(24), Some(27))
        );
        assert_eq!(occurrence.suggestions[0].column, 26);
        assert_eq!(occurrence.suggestions[0].end_column, 27);
        assert_eq!(occurrence.suggestions[0].replacement, "x");
    }

    #[test]
    fn undefined_name_without_column_gets_help() {
        let found = parse("main.py:2: error: Name \"prics\" is not defined; did you mean \"prices\"?  [name-defined]\n");
        assert!(found[0].suggestions.is_empty());
        assert_eq!(found[0].notes[0].message, "did you mean \"prices\"");
    }

    #[test]
    fn pretty_wrapped_message_gets_its_code_back() {
        let text = "use.py:5:12: error: Incompatible return value type (got \"str\", expected \"int\") \n[return-value]\n        return \"a\"\n               ^~~\nFound 1 error in 1 file (checked 1 source file)\n";
        let found = parse(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code.as_deref(), Some("return-value"));
        assert_eq!(
            found[0].message,
            "Incompatible return value type (got \"str\", expected \"int\")"
        );
        assert_eq!((found[0].column, found[0].end_column), (Some(12), Some(15)));
    }

    #[test]
    fn error_context_lines_become_context_notes() {
        let text = "use.py: note: In function \"f\":\nuse.py:5: error: Bad  [misc]\nuse.py: note: At top level:\nuse.py:9: error: Worse  [misc]\n";
        let found = parse(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].notes[0].message, "In function \"f\"");
        assert!(found[1].notes.is_empty());
    }

    #[test]
    fn an_unrelated_line_after_a_short_error_is_not_its_message() {
        let found = parse("a.py:1: error: Bad\nmake: *** [lint] Error 1\n");
        assert_eq!(found[0].message, "Bad");
    }

    #[test]
    fn other_extensions_and_garbage_are_rejected() {
        let mut parser = MypyParser::default();
        let mut out = Vec::new();
        for line in [
            "a.rs:1: error: x",
            "",
            "\u{0}",
            "a.py:x: error: y",
            "    ^~~",
        ] {
            assert_eq!(parser.feed(line, &mut out), Feed::Rejected, "{line:?}");
        }
        assert!(out.is_empty());
        let mut occurrence = Occurrence::new(Tool::Mypy, Severity::Error, "x");
        occurrence.column = Some(u32::MAX);
        read_marker(&mut occurrence, "é^~~");
        let found = parse("a.py:1:4294967295:1:4294967295: error: Name \"é\" is not defined; did you mean \"e\"?\n");
        assert_eq!(found.len(), 1);
    }
}
