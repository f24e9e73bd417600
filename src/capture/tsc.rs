//! Parses the TypeScript compiler's diagnostics, in both of its formats: plain
//! (`src/a.ts(3,5): error TS2304: Cannot find name 'x'.`, chained messages indented below) and
//! `--pretty` (`src/a.ts:3:5 - error TS2304: …`, then a source excerpt with a `~~~` underline and
//! related-information blocks), plus the file-less errors about options (`error TS5023: …`).
//! The `Found N errors` summaries are not occurrences.

use std::sync::LazyLock;

use regex::Regex;

use super::{Feed, MessageRegex, Parser};
use crate::occurrence::{Applicability, Note, NoteKind, Occurrence, Severity, Suggestion, Tool};

/// `file(line,col): error TSnnnn: message`. The file may contain parentheses (Next.js route groups
/// such as `app/(auth)/page.tsx`), so it is matched lazily up to the position.
const PLAIN_TRIGGER: &str = r"^[^\s(][^\n]*?\(\d+,\d+\): (?:error|warning|message) TS\d+: ";
/// `file:line:col - error TSnnnn: message` (`--pretty`, colours already stripped).
const PRETTY_TRIGGER: &str = r"^[^\s:][^\n]*?:\d+:\d+ - (?:error|warning|message) TS\d+: ";
/// `error TS5023: Unknown compiler option '--foo'.`: errors that belong to no file.
const GLOBAL_TRIGGER: &str = r"^(?:error|warning|message) TS\d+: ";

/// At most this many notes are kept per diagnostic; tsc's elaborations can be long.
const MAX_NOTES: usize = 50;

static PLAIN_HEADER: LazyLock<MessageRegex> = LazyLock::new(|| {
    MessageRegex::rest_of_line(
        r"^(?P<file>[^\s(].*?)\((?P<line>\d+),(?P<column>\d+)\): (?P<severity>error|warning|message) (?P<code>TS\d+): ",
        "message",
    )
});

static PRETTY_HEADER: LazyLock<MessageRegex> = LazyLock::new(|| {
    MessageRegex::rest_of_line(
        r"^(?P<file>[^\s:].*?):(?P<line>\d+):(?P<column>\d+) - (?P<severity>error|warning|message) (?P<code>TS\d+): ",
        "message",
    )
});

static GLOBAL_HEADER: LazyLock<MessageRegex> = LazyLock::new(|| {
    MessageRegex::rest_of_line(
        r"^(?P<severity>error|warning|message) (?P<code>TS\d+): ",
        "message",
    )
});

/// `  src/b.ts:1:10 - 'x' is declared here.`: related information under a pretty diagnostic.
static PRETTY_RELATED: LazyLock<MessageRegex> = LazyLock::new(|| {
    MessageRegex::rest_of_line(
        r"^  (?P<file>[^\s:].*?):(?P<line>\d+):(?P<column>\d+) - ",
        "message",
    )
});

/// An excerpt line: the line number right-aligned in the gutter, a space, the source text.
static EXCERPT_SOURCE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?P<gutter> *(?P<number>\d+))(?: |$)").expect("valid regex"));

/// `Did you mean 'name'?` at the end of a message.
static DID_YOU_MEAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"Did you mean (?:to write )?'(?P<name>[^']+)'\?$").expect("valid regex")
});

static QUOTED_IDENTIFIER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"'(?P<name>[A-Za-z_$][\w$]*)'").expect("valid regex"));

/// Whether `line` starts a tsc diagnostic; for parsers of tools that embed tsc's output (ts-node
/// prints it inside a `TSError` message), so that they leave those lines to this parser.
pub(super) fn is_diagnostic_header(line: &str) -> bool {
    PLAIN_HEADER.is_match(line) || PRETTY_HEADER.is_match(line)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// After a plain (or file-less) header: indented lines are the rest of a chained message.
    PlainChain,
    /// After a pretty header, before its blank line: indented lines are chained messages.
    PrettyChain,
    /// The source excerpt with its underline.
    PrettyExcerpt,
    /// After the excerpt's blank line: related information, or the end.
    PrettyAfterExcerpt,
    /// The excerpt of one piece of related information (indented by four).
    PrettyRelatedExcerpt,
}

/// The diagnostic being read.
struct Record {
    occurrence: Occurrence,
    phase: Phase,
    /// Width of the excerpt's gutter and the line number of the last excerpt source line.
    excerpt_line: Option<(usize, u32)>,
    /// Where the first `~` run begins and where the last one ends (exclusive), as (line, column).
    span_start: Option<(u32, u32)>,
    span_end: Option<(u32, u32)>,
}

#[derive(Default)]
pub struct TscParser {
    record: Option<Record>,
}

impl Parser for TscParser {
    fn triggers(&self) -> &'static [&'static str] {
        &[PLAIN_TRIGGER, PRETTY_TRIGGER, GLOBAL_TRIGGER]
    }

    fn feed(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Feed {
        let Some(record) = &mut self.record else {
            return self.start(line);
        };
        let consumed = match record.phase {
            Phase::PlainChain => continue_chain(record, line),
            Phase::PrettyChain => match line.trim().is_empty() {
                true => {
                    record.phase = Phase::PrettyExcerpt;
                    true
                }
                false => continue_chain(record, line),
            },
            Phase::PrettyExcerpt => continue_excerpt(record, line),
            Phase::PrettyAfterExcerpt => {
                if line.trim().is_empty() {
                    // The second blank line in a row: tsc is about to print its summary.
                    self.flush(out);
                    return Feed::Done;
                }
                continue_related(record, line)
            }
            Phase::PrettyRelatedExcerpt => {
                if line.trim().is_empty() {
                    record.phase = Phase::PrettyAfterExcerpt;
                    true
                } else {
                    line.starts_with("    ")
                }
            }
        };
        match consumed {
            true => Feed::Consumed,
            false => {
                self.flush(out);
                Feed::Rejected
            }
        }
    }

    fn finish(&mut self, out: &mut Vec<Occurrence>) {
        self.flush(out);
    }
}

impl TscParser {
    /// Starts a record on a header line, or declines the line.
    fn start(&mut self, line: &str) -> Feed {
        let (captures, phase) = match PLAIN_HEADER.captures(line) {
            Some(captures) => (captures, Phase::PlainChain),
            None => match PRETTY_HEADER.captures(line) {
                Some(captures) => (captures, Phase::PrettyChain),
                None => match GLOBAL_HEADER.captures(line) {
                    Some(captures) => (captures, Phase::PlainChain),
                    None => return Feed::Rejected,
                },
            },
        };
        let severity = match &captures["severity"] {
            "warning" => Severity::Warning,
            "message" => Severity::Note,
            _ => Severity::Error,
        };
        let mut occurrence = Occurrence::new(Tool::Tsc, severity, captures["message"].trim_end());
        occurrence.code = Some(captures["code"].to_string());
        occurrence.file = captures.name("file").map(|m| m.as_str().to_string());
        occurrence.line = captures.name("line").and_then(|m| m.as_str().parse().ok());
        occurrence.column = captures
            .name("column")
            .and_then(|m| m.as_str().parse().ok());
        self.record = Some(Record {
            occurrence,
            phase,
            excerpt_line: None,
            span_start: None,
            span_end: None,
        });
        Feed::Consumed
    }

    fn flush(&mut self, out: &mut Vec<Occurrence>) {
        let Some(record) = self.record.take() else {
            return;
        };
        let mut occurrence = record.occurrence;
        if let (Some(line), Some((start_line, _)), Some((end_line, end_column))) =
            (occurrence.line, record.span_start, record.span_end)
        {
            // Only trust an underline that starts on the reported line.
            if start_line == line && end_line >= start_line {
                occurrence.end_line = Some(end_line);
                occurrence.end_column = Some(end_column);
            }
        }
        if let Some(suggestion) = did_you_mean_suggestion(&occurrence) {
            occurrence.suggestions.push(suggestion);
        }
        out.push(occurrence);
    }
}

/// An indented line under a header is one more link of a chained message.
fn continue_chain(record: &mut Record, line: &str) -> bool {
    if !line.starts_with("  ") || line.trim().is_empty() {
        return false;
    }
    push_note(
        &mut record.occurrence,
        Note::new(NoteKind::Note, line.trim()),
    );
    true
}

/// A line of the pretty excerpt: source text, its underline, or `...` for elided lines.
fn continue_excerpt(record: &mut Record, line: &str) -> bool {
    if line.trim().is_empty() {
        record.phase = Phase::PrettyAfterExcerpt;
        return true;
    }
    if let Some(captures) = EXCERPT_SOURCE.captures(line) {
        if let Ok(number) = captures["number"].parse() {
            record.excerpt_line = Some((captures["gutter"].len(), number));
            return true;
        }
    }
    if line.starts_with("...") {
        return true;
    }
    let Some((gutter, number)) = record.excerpt_line else {
        return false;
    };
    match underline_columns(line, gutter) {
        Some((first, end)) => {
            if record.span_start.is_none() {
                record.span_start = Some((number, first));
            }
            record.span_end = Some((number, end));
            true
        }
        None => false,
    }
}

/// The 1-based column of the first `~` and the exclusive end column of the last one, when `line`
/// is an underline under a gutter of `gutter` characters.
fn underline_columns(line: &str, gutter: usize) -> Option<(u32, u32)> {
    let text = line.get(gutter + 1..)?;
    if !line.get(..gutter + 1)?.bytes().all(|b| b == b' ')
        || !text.bytes().all(|b| b == b' ' || b == b'~')
    {
        return None;
    }
    let first = text.find('~')?;
    let last = text.rfind('~')?;
    Some((
        u32::try_from(first + 1).ok()?,
        u32::try_from(last + 2).ok()?,
    ))
}

/// After an excerpt: a related-information header starts a note with its own excerpt.
fn continue_related(record: &mut Record, line: &str) -> bool {
    let Some(captures) = PRETTY_RELATED.captures(line) else {
        return false;
    };
    let mut note = Note::new(NoteKind::Note, captures["message"].trim_end());
    note.file = Some(captures["file"].to_string());
    note.line = captures["line"].parse().ok();
    note.column = captures["column"].parse().ok();
    push_note(&mut record.occurrence, note);
    record.phase = Phase::PrettyRelatedExcerpt;
    true
}

fn push_note(occurrence: &mut Occurrence, note: Note) {
    if occurrence.notes.len() < MAX_NOTES {
        occurrence.notes.push(note);
    }
}

/// tsc's spelling suggestions (`Cannot find name 'countr'. Did you mean 'counter'?`) as a
/// replacement of the misspelt name, which starts at the reported position.
fn did_you_mean_suggestion(occurrence: &Occurrence) -> Option<Suggestion> {
    // Property 'x' does not exist on type 'T'. / Cannot find name 'x'. / Module '"m"' has no
    // exported member named 'x'. / Object literal may only specify known properties, but 'x' does
    // not exist in type 'T'. Did you mean to write 'y'? / 'x' refers to a value, but is being used
    // as a type here. Did you mean 'typeof x'? The misspelt name is the first quoted identifier
    // ('"m"' is not).
    if !matches!(
        occurrence.code.as_deref()?,
        "TS2551" | "TS2552" | "TS2724" | "TS2561" | "TS2749"
    ) {
        return None;
    }
    let replacement = DID_YOU_MEAN.captures(&occurrence.message)?["name"].to_string();
    let misspelt = QUOTED_IDENTIFIER
        .captures_iter(&occurrence.message)
        .next()?["name"]
        .to_string();
    let file = occurrence.file.clone()?;
    let line = occurrence.line?;
    let column = occurrence.column?;
    let end_column = match (occurrence.end_line, occurrence.end_column) {
        (Some(end_line), Some(end_column)) if end_line == line => end_column,
        _ => column.checked_add(u32::try_from(misspelt.encode_utf16().count()).ok()?)?,
    };
    Some(Suggestion {
        message: format!("Did you mean '{replacement}'?"),
        file,
        line,
        column,
        end_line: line,
        end_column,
        replacement,
        applicability: Applicability::MaybeIncorrect,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_regexes_read_lines_as_their_whole_regexes_would() {
        let lines = crate::capture::fixture_lines(
            "js",
            &[
                "a.ts(1,2): error TS1: x ",
                "a (b).ts(1,2): error TS1: ",
                "a.ts:1:2 - error TS1: x",
                "a:1:2.ts:3:4 - warning TS1: x",
                "error TS1: x",
                "  a.ts:1:2 - x",
                "  a.ts:1:2 - ",
            ],
        );
        let plain = r"^(?P<file>[^\s(].*?)\((?P<line>\d+),(?P<column>\d+)\): (?P<severity>error|warning|message) (?P<code>TS\d+): (?P<message>.*)$";
        crate::capture::assert_reads_as(&PLAIN_HEADER, plain, &lines);
        let pretty = r"^(?P<file>[^\s:].*?):(?P<line>\d+):(?P<column>\d+) - (?P<severity>error|warning|message) (?P<code>TS\d+): (?P<message>.*)$";
        crate::capture::assert_reads_as(&PRETTY_HEADER, pretty, &lines);
        let global = r"^(?P<severity>error|warning|message) (?P<code>TS\d+): (?P<message>.*)$";
        crate::capture::assert_reads_as(&GLOBAL_HEADER, global, &lines);
        let related = r"^  (?P<file>[^\s:].*?):(?P<line>\d+):(?P<column>\d+) - (?P<message>.*)$";
        crate::capture::assert_reads_as(&PRETTY_RELATED, related, &lines);
    }

    fn parse(text: &str) -> Vec<Occurrence> {
        crate::capture::parse_with(TscParser::default(), text)
    }

    #[test]
    fn plain_error_with_chained_message() {
        let found = parse(
            "src/b.ts(1,7): error TS2322: Type 'A' is not assignable to type 'B'.\n  The types of 'x' are incompatible between these types.\n    Type 'string' is not assignable to type 'number'.\nsrc/c.ts(2,1): warning TS6133: 'y' is declared but its value is never read.",
        );
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].file.as_deref(), Some("src/b.ts"));
        assert_eq!((found[0].line, found[0].column), (Some(1), Some(7)));
        assert_eq!(found[0].code.as_deref(), Some("TS2322"));
        assert_eq!(found[0].message, "Type 'A' is not assignable to type 'B'.");
        assert_eq!(found[0].notes.len(), 2);
        assert_eq!(
            found[0].notes[1].message,
            "Type 'string' is not assignable to type 'number'."
        );
        assert_eq!(found[1].severity, Severity::Warning);
    }

    #[test]
    fn file_with_parentheses_in_its_path() {
        let found = parse("app/(auth)/page.tsx(3,5): error TS2304: Cannot find name 'x'.");
        assert_eq!(found[0].file.as_deref(), Some("app/(auth)/page.tsx"));
        assert_eq!(found[0].line, Some(3));
    }

    #[test]
    fn pretty_error_takes_its_span_from_the_underline() {
        let found = parse(
            "src/a.ts:4:18 - error TS2551: Property 'nme' does not exist on type 'U'. Did you mean 'name'?\n\n4 console.log(user.nme);\n                   ~~~\n\n  src/a.ts:3:16 - 'name' is declared here.\n    3 const user = { name: \"a\" };\n                     ~~~~\n\n\nFound 1 error in src/a.ts:4\n",
        );
        assert_eq!(found.len(), 1);
        let error = &found[0];
        assert_eq!((error.end_line, error.end_column), (Some(4), Some(21)));
        assert_eq!(error.notes.len(), 1);
        assert_eq!(error.notes[0].file.as_deref(), Some("src/a.ts"));
        assert_eq!(error.notes[0].line, Some(3));
        assert_eq!(error.suggestions.len(), 1);
        assert_eq!(error.suggestions[0].replacement, "name");
        assert_eq!(error.suggestions[0].end_column, 21);
    }

    #[test]
    fn plain_did_you_mean_uses_the_name_length() {
        let found = parse(
            "src/d.ts(7,21): error TS2552: Cannot find name 'countr'. Did you mean 'counter'?",
        );
        let suggestion = &found[0].suggestions[0];
        assert_eq!((suggestion.column, suggestion.end_column), (21, 27));
        assert_eq!(suggestion.replacement, "counter");
    }

    #[test]
    fn multi_line_span_ends_on_the_last_underlined_line() {
        let found = parse(
            "src/e.ts:2:3 - error TS2345: Argument of type 'string' is not assignable.\n\n  2 h(`a\n      ~~\n  3 b\n    ~\n... \n  6 e`);\n    ~~\n\n",
        );
        assert_eq!((found[0].end_line, found[0].end_column), (Some(6), Some(3)));
    }

    #[test]
    fn option_error_without_a_file() {
        let found = parse("error TS5023: Unknown compiler option '--foo'.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].file, None);
        assert_eq!(found[0].code.as_deref(), Some("TS5023"));
    }

    #[test]
    fn summaries_and_garbage_are_not_errors() {
        let found = parse("Found 2 errors in the same file, starting at: src/a.ts:1\nFound 3 errors.\nsrc/a.ts(x,1): error TS1: no\n(((\n~~~\n\u{1F600}(1,2): error TS1: emoji file");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].file.as_deref(), Some("\u{1F600}"));
    }

    #[test]
    fn underline_with_multibyte_text_does_not_panic() {
        let mut parser = TscParser::default();
        let mut out = Vec::new();
        parser.feed("a.ts:1:1 - error TS1: m", &mut out);
        parser.feed("", &mut out);
        parser.feed("1234 x", &mut out);
        assert_eq!(parser.feed("é~~", &mut out), Feed::Rejected);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].end_column, None);
    }
}
