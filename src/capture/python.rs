//! Parses the tracebacks the Python interpreter prints for uncaught (or logged) exceptions, with
//! their chained causes, and the `SyntaxError`/`IndentationError`/`TabError` reports it prints for
//! code that does not compile (with or without a `Traceback` header).
//!
//! One traceback — including every exception chained into it — is one occurrence: the exception
//! printed last (the one that ended the program), blamed on the innermost frame in the user's own
//! files rather than in the standard library, site-packages or `<frozen …>` modules. Every frame
//! and every earlier exception of the chain is kept as a note.
//!
//! Occurrences carry no column. Python prints the source line with its indentation stripped and
//! aligns the 3.11+ `^^^`/`~~~` markers and the SyntaxError caret to that stripped text, so a
//! column read off them would be wrong by the line's unknown indentation; a wrong column is worse
//! than none (an edit anchored on it would damage the file). "Did you mean" becomes a help note
//! for the same reason. The helpers at the bottom are shared with the pytest parser, which shows
//! the same frames and exception lines in its own layout.

use std::sync::LazyLock;

use regex::Regex;

use super::{Feed, Parser};
use crate::occurrence::{Marked, Note, NoteKind, Occurrence, Severity, Tool};

/// Notes kept per occurrence; deep recursion and long chains are trimmed to the innermost part.
pub(super) const MAX_NOTES: usize = 50;
/// Frames kept per traceback: the outermost few and the innermost rest.
const MAX_FRAMES_PER_TRACEBACK: usize = 30;
const OUTERMOST_FRAMES_KEPT: usize = 5;
/// Blank lines tolerated between an exception and the header of the exception chained to it.
const MAX_BLANK_LINES_IN_CHAIN: usize = 2;

pub(super) const HEADER: &str = "Traceback (most recent call last):";
/// 3.11+: an `ExceptionGroup`, whose lines are drawn inside `|` bars.
const GROUP_HEADER: &str = "+ Exception Group Traceback (most recent call last):";
pub(super) const DIRECT_CAUSE: &str =
    "The above exception was the direct cause of the following exception:";
pub(super) const DURING_HANDLING: &str =
    "During handling of the above exception, another exception occurred:";

/// `  File "x.py", line 3, in f` — a frame; without `, in f` it is the location of a SyntaxError.
static FRAME_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^  File "(?P<file>[^"]*)", line (?P<line>\d+)(?:, in (?P<function>.*))?$"#)
        .expect("valid regex")
});

/// `json.decoder.JSONDecodeError: Expecting value`, `KeyboardInterrupt`, `ValueError:`.
pub(super) static EXCEPTION_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<name>[^\W\d]\w*(?:\.[^\W\d]\w*)*)(?::(?: (?P<message>.*))?)?$")
        .expect("valid regex")
});

/// The markers under a source line: `^^^^`, `~~~~^^^~~`, or the SyntaxError caret.
static MARKER_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[ \t]*[~^]+[ \t]*$").expect("valid regex"));

/// Lines the interpreter puts between frames that carry nothing to keep.
static FRAME_FILLER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^  \[Previous line repeated \d+ more times?\]$|^    \.\.\.<\d+ lines>\.\.\.$")
        .expect("valid regex")
});

/// The standard library of CPython (`lib/python3.11/`, Windows `\Lib\`) and PyPy (`lib-python/`).
static STANDARD_LIBRARY_PATH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[/\\]lib(?:64)?[/\\]python\d+(?:\.\d+)?t?[/\\]|\\Lib\\|[/\\]lib-python[/\\]")
        .expect("valid regex")
});

/// `. Did you mean: 'value'?` (3.10+, NameError/AttributeError; ImportError from 3.12).
static DID_YOU_MEAN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\. Did you mean: '(?P<name>[^']+)'\?$").expect("valid regex"));

/// `. Did you forget to import 'json'?` (3.12+).
static FORGOT_IMPORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\. Did you forget to import '(?P<name>[^']+)'\?").expect("valid regex")
});

/// `x.py:3: DeprecationWarning: message`, as the `warnings` module prints it (to stderr, and in
/// pytest's warnings summary, indented). `sys:1:` is where a warning raised while the interpreter
/// shuts down is placed (a coroutine never awaited and collected at exit): no file.
static WARNING_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<indent>[ \t]*)(?P<file>(?:[A-Za-z]:)?[^:]*?\.pyw?|sys):(?P<line>\d+): (?P<category>[A-Z]\w*Warning): (?P<message>.*)$",
    )
    .expect("valid regex")
});

#[derive(Default)]
pub struct PythonParser {
    record: Option<TracebackRecord>,
    /// A warning whose source line (indented under it) may follow.
    warning: Option<(Occurrence, usize)>,
}

/// One frame as printed: where, in which function, and the source line with its markers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Frame {
    pub file: String,
    pub line: u32,
    /// `None` for the `File "x.py", line 3` form that locates a SyntaxError.
    pub function: Option<String>,
    /// The source line as shown: without its indentation.
    pub source: Option<String>,
    /// Marked columns of `source`, 1-based, end exclusive.
    pub span: Option<(u32, u32)>,
}

/// Where an exception line was read and what it said.
#[derive(Debug, Clone)]
struct RaisedException {
    name: String,
    message: Option<String>,
    /// The frame the exception is blamed on.
    blamed: Option<Frame>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// After the header or a frame: more frames, source lines, or the exception line.
    Frames,
    /// After an exception line: a chain header may follow (after a blank line).
    AfterException { blank_lines: usize },
    /// After "The above exception …": the next traceback (after a blank line).
    AfterChainHeader { blank_lines: usize },
    /// Inside the boxes an exception group draws around its members.
    GroupMembers,
}

#[derive(Debug)]
struct TracebackRecord {
    /// Whitespace in front of every line of the record (tracebacks indented by a logger).
    indent: String,
    /// Started with `Traceback (most recent call last):`; otherwise it is a bare SyntaxError.
    has_header: bool,
    /// An exception group: its members follow its exception line.
    group: bool,
    stage: Stage,
    frames: Vec<Frame>,
    frames_omitted: usize,
    /// Frames of earlier tracebacks of the chain and their exceptions, as printed.
    notes: Vec<Note>,
    /// The latest exception line of the chain.
    exception: Option<RaisedException>,
}

impl TracebackRecord {
    fn new(indent: &str, has_header: bool) -> Self {
        TracebackRecord {
            indent: indent.to_string(),
            has_header,
            group: false,
            stage: Stage::Frames,
            frames: Vec::new(),
            frames_omitted: 0,
            notes: Vec::new(),
            exception: None,
        }
    }

    fn push_frame(&mut self, frame: Frame) {
        if self.frames.len() >= MAX_FRAMES_PER_TRACEBACK {
            self.frames.remove(OUTERMOST_FRAMES_KEPT);
            self.frames_omitted += 1;
        }
        self.frames.push(frame);
    }

    /// Moves the frames read so far into the notes, in the order printed.
    fn frames_to_notes(&mut self) {
        let frames = std::mem::take(&mut self.frames);
        for (index, frame) in frames.iter().enumerate() {
            if index == OUTERMOST_FRAMES_KEPT && self.frames_omitted > 0 {
                self.notes.push(Note::new(
                    NoteKind::Context,
                    format!("… {} more frames", self.frames_omitted),
                ));
            }
            self.notes.push(frame_note(frame));
        }
        self.frames_omitted = 0;
        // A chain of many tracebacks: the latest part matters most.
        if self.notes.len() > 2 * MAX_NOTES {
            self.notes.drain(..self.notes.len() - MAX_NOTES);
        }
    }

    fn read_exception(&mut self, name: &str, message: Option<&str>) {
        let blamed = blamed_frame(&self.frames).cloned();
        self.frames_to_notes();
        self.exception = Some(RaisedException {
            name: name.to_string(),
            message: message.map(str::to_string),
            blamed,
        });
        self.stage = Stage::AfterException { blank_lines: 0 };
    }

    /// The previous exception becomes a note of the next one in the chain.
    fn read_chain_header(&mut self, relation: &str) {
        if let Some(exception) = &self.exception {
            let mut note = Note::new(
                NoteKind::Note,
                format!("{relation}: {}", exception_display(exception)),
            );
            if let Some(frame) = &exception.blamed {
                note.file = Some(frame.file.clone());
                note.line = Some(frame.line);
            }
            self.notes.push(note);
        }
        self.stage = Stage::AfterChainHeader { blank_lines: 0 };
    }

    fn into_occurrence(self) -> Option<Occurrence> {
        let exception = self.exception?;
        let mut occurrence = exception_occurrence(
            Tool::Python,
            Some(&exception.name),
            exception.message.as_deref(),
            exception.blamed.as_ref(),
        );
        let skip = self.notes.len().saturating_sub(MAX_NOTES);
        // Frames first, as printed; the help derived from the message after them.
        occurrence
            .notes
            .splice(0..0, self.notes.into_iter().skip(skip));
        Some(occurrence)
    }
}

impl PythonParser {
    fn flush(&mut self, out: &mut Vec<Occurrence>) {
        if let Some((warning, _)) = self.warning.take() {
            out.push(warning);
        }
        if let Some(occurrence) = self
            .record
            .take()
            .and_then(TracebackRecord::into_occurrence)
        {
            out.push(occurrence);
        }
    }

    /// A line that may begin a record: the header or the bare SyntaxError location.
    fn start(&mut self, line: &str) -> Feed {
        let mut indent_length = line.len() - line.trim_start_matches([' ', '\t']).len();
        if line[indent_length..].starts_with("File ") {
            // The frame's own two spaces are not part of the record's indent.
            indent_length = indent_length.saturating_sub(2);
        }
        let (indent, rest) = line.split_at(indent_length);
        if rest.trim_end() == HEADER {
            self.record = Some(TracebackRecord::new(indent, true));
            return Feed::Consumed;
        }
        if rest.trim_end() == GROUP_HEADER {
            let mut record = TracebackRecord::new(&format!("{indent}| "), true);
            record.group = true;
            self.record = Some(record);
            return Feed::Consumed;
        }
        if let Some(warning) = warning_occurrence(line) {
            self.warning = Some((warning, indent_length));
            return Feed::Consumed;
        }
        match parse_frame_line(rest) {
            Some(frame) if frame.function.is_none() => {
                let mut record = TracebackRecord::new(indent, false);
                record.push_frame(frame);
                self.record = Some(record);
                Feed::Consumed
            }
            _ => Feed::Rejected,
        }
    }

    /// A line while inside a record; `None` means the record is over and the line is not its.
    fn continue_record(record: &mut TracebackRecord, line: &str) -> Option<Feed> {
        let after_exception = matches!(
            record.stage,
            Stage::AfterException { .. } | Stage::GroupMembers
        );
        if record.group && after_exception {
            return Self::continue_group_members(record, line);
        }
        let line = line.strip_prefix(record.indent.as_str())?;
        match record.stage {
            Stage::Frames => Self::continue_frames(record, line),
            Stage::AfterException { blank_lines } => {
                if line.trim().is_empty() && blank_lines < MAX_BLANK_LINES_IN_CHAIN {
                    record.stage = Stage::AfterException {
                        blank_lines: blank_lines + 1,
                    };
                    return Some(Feed::Consumed);
                }
                let relation = match line.trim_end() {
                    DIRECT_CAUSE => "direct cause",
                    DURING_HANDLING => "during handling of",
                    _ => return None,
                };
                record.read_chain_header(relation);
                Some(Feed::Consumed)
            }
            Stage::GroupMembers => None,
            Stage::AfterChainHeader { blank_lines } => {
                if line.trim().is_empty() && blank_lines < MAX_BLANK_LINES_IN_CHAIN {
                    record.stage = Stage::AfterChainHeader {
                        blank_lines: blank_lines + 1,
                    };
                    return Some(Feed::Consumed);
                }
                if line.trim_end() == HEADER {
                    record.has_header = true;
                    record.stage = Stage::Frames;
                    return Some(Feed::Consumed);
                }
                // A chained SyntaxError that has no traceback of its own.
                let frame = parse_frame_line(line).filter(|f| f.function.is_none())?;
                record.has_header = false;
                record.push_frame(frame);
                record.stage = Stage::Frames;
                Some(Feed::Consumed)
            }
        }
    }

    /// `+-+---- 1 ----` boxes and `| ValueError: bad` members: each member's exception is a note.
    fn continue_group_members(record: &mut TracebackRecord, line: &str) -> Option<Feed> {
        let drawn = line.trim_start();
        if !drawn.starts_with(['|', '+']) {
            return None;
        }
        record.stage = Stage::GroupMembers;
        // An exception line sits one space after its bar; source lines are indented further.
        let member = drawn
            .strip_prefix("| ")
            .filter(|text| !text.starts_with(' ') && text.trim_end() != HEADER)
            .and_then(|text| EXCEPTION_LINE.captures(text.trim_end()));
        if let Some(captures) = member {
            if record.notes.len() < MAX_NOTES {
                let text = captures.get(0).map_or("", |m| m.as_str());
                record
                    .notes
                    .push(Note::new(NoteKind::Note, format!("member: {text}")));
            }
        }
        Some(Feed::Consumed)
    }

    fn continue_frames(record: &mut TracebackRecord, line: &str) -> Option<Feed> {
        if let Some(frame) = parse_frame_line(line) {
            record.push_frame(frame);
            return Some(Feed::Consumed);
        }
        if let Some(shown) = line.strip_prefix("    ") {
            let frame = record.frames.last_mut()?;
            read_source_or_marker(frame, shown);
            return Some(Feed::Consumed);
        }
        if FRAME_FILLER.is_match(line) {
            return Some(Feed::Consumed);
        }
        let captures = EXCEPTION_LINE.captures(line.trim_end())?;
        let name = captures.name("name")?.as_str();
        // Without a header only the compiler's errors have this layout.
        let plausible = match record.has_header {
            true => true,
            false => name.ends_with("Error") && !record.frames.is_empty(),
        };
        if !plausible {
            return None;
        }
        let message = captures.name("message").map(|m| m.as_str());
        record.read_exception(name, message);
        Some(Feed::Consumed)
    }
}

impl Parser for PythonParser {
    fn triggers(&self) -> &'static [&'static str] {
        &[
            r"^[ \t]*(?:\+ Exception Group )?Traceback \(most recent call last\):[ \t]*$",
            r#"^[ \t]*  File "[^"\n]*", line \d+$"#,
            r"^[ \t]*(?:[A-Za-z]:)?[^:\n]*\.pyw?:\d+: [A-Z][A-Za-z]*Warning: ",
            r"^sys:\d+: [A-Z][A-Za-z]*Warning: ",
        ]
    }

    fn feed(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Feed {
        if let Some((warning, indent)) = self.warning.take() {
            out.push(warning);
            let source_indent = " ".repeat(indent + 2);
            if line.starts_with(&source_indent) && !line.trim().is_empty() {
                // The line of code that warned, shown under the warning.
                return Feed::Done;
            }
            return self.start(line);
        }
        if let Some(record) = &mut self.record {
            if let Some(feed) = Self::continue_record(record, line) {
                return feed;
            }
            // Not part of this traceback: it may begin the next one.
            self.flush(out);
            return match self.start(line) {
                Feed::Consumed => Feed::Consumed,
                _ => Feed::Rejected,
            };
        }
        self.start(line)
    }

    fn finish(&mut self, out: &mut Vec<Occurrence>) {
        self.flush(out);
    }
}

/// `x.py:3: DeprecationWarning: message` as a warning whose code is the category.
pub(super) fn warning_occurrence(line: &str) -> Option<Occurrence> {
    let captures = WARNING_LINE.captures(line)?;
    let mut occurrence =
        Occurrence::new(Tool::Python, Severity::Warning, captures["message"].trim());
    occurrence.code = Some(captures["category"].to_string());
    if &captures["file"] != "sys" {
        occurrence.file = Some(captures["file"].to_string());
        occurrence.line = captures["line"].parse().ok();
    }
    Some(occurrence)
}

/// Reads `  File "x.py", line 3, in f` (already without any record indent).
pub(super) fn parse_frame_line(line: &str) -> Option<Frame> {
    let captures = FRAME_LINE.captures(line.trim_end())?;
    Some(Frame {
        file: captures.name("file")?.as_str().to_string(),
        line: captures.name("line")?.as_str().parse().ok()?,
        function: captures.name("function").map(|m| m.as_str().to_string()),
        source: None,
        span: None,
    })
}

/// The first indented line after a frame is its source; a line of markers after it marks a span.
pub(super) fn read_source_or_marker(frame: &mut Frame, shown: &str) {
    match (&frame.source, frame.span) {
        (None, _) => frame.source = Some(shown.trim_end().to_string()),
        (Some(_), None) if MARKER_LINE.is_match(shown) => frame.span = marker_span(shown),
        // Further lines of a statement spanning several lines (3.13): nothing to keep.
        _ => {}
    }
}

/// The 1-based, end-exclusive columns a marker line covers, counted in characters.
pub(super) fn marker_span(markers: &str) -> Option<(u32, u32)> {
    if !MARKER_LINE.is_match(markers) {
        return None;
    }
    let characters: Vec<char> = markers.chars().collect();
    let first = characters.iter().position(|c| matches!(c, '^' | '~'))?;
    let last = characters.iter().rposition(|c| matches!(c, '^' | '~'))?;
    let start = u32::try_from(first).ok()?.checked_add(1)?;
    let end = u32::try_from(last).ok()?.checked_add(2)?;
    Some((start, end))
}

/// Whether a path belongs to the interpreter or an installed package rather than the user's code.
pub(super) fn is_library_path(file: &str) -> bool {
    file.contains("site-packages")
        || file.contains("dist-packages")
        || file.starts_with("<frozen ")
        || STANDARD_LIBRARY_PATH.is_match(file)
}

/// `<string>`, `<stdin>`, `<frozen importlib._bootstrap>`: code that is not in a file.
pub(super) fn is_pseudo_file(file: &str) -> bool {
    file.starts_with('<') && file.ends_with('>')
}

/// The frame to blame: the innermost in the user's files; failing that the innermost in code
/// given as a string (`python -c`); failing that the innermost of all.
pub(super) fn blamed_frame(frames: &[Frame]) -> Option<&Frame> {
    let users = |f: &&Frame| !is_pseudo_file(&f.file) && !is_library_path(&f.file);
    let strings = |f: &&Frame| is_pseudo_file(&f.file) && !is_library_path(&f.file);
    frames
        .iter()
        .rev()
        .find(users)
        .or_else(|| frames.iter().rev().find(strings))
        .or_else(|| frames.last())
}

/// A frame as a context note: `in load: return json.loads(text)`.
pub(super) fn frame_note(frame: &Frame) -> Note {
    let message = match (&frame.function, &frame.source) {
        (Some(function), Some(source)) => format!("in {function}: {source}"),
        (Some(function), None) => format!("in {function}"),
        (None, Some(source)) => source.clone(),
        (None, None) => String::from("here"),
    };
    let mut note = Note::new(NoteKind::Context, message);
    note.file = Some(frame.file.clone());
    note.line = Some(frame.line);
    note
}

/// `json.decoder.JSONDecodeError` → `JSONDecodeError`: pytest prints the short name in its
/// location lines, and both tools must agree on the code.
pub(super) fn unqualified_exception_name(name: &str) -> &str {
    name.rsplit('.').next().unwrap_or(name)
}

fn exception_display(exception: &RaisedException) -> String {
    match &exception.message {
        Some(message) if !message.is_empty() => format!("{}: {message}", exception.name),
        _ => exception.name.clone(),
    }
}

/// The occurrence for an exception, located at the blamed frame, with the interpreter's "Did you
/// mean" as a suggestion (or as help, when the misspelt name cannot be placed).
pub(super) fn exception_occurrence(
    tool: Tool,
    name: Option<&str>,
    message: Option<&str>,
    blamed: Option<&Frame>,
) -> Occurrence {
    let code = name.map(unqualified_exception_name);
    let message = match (message.map(str::trim), code) {
        (Some(message), _) if !message.is_empty() => message.to_string(),
        (_, Some(code)) => code.to_string(),
        (_, None) => String::from("error"),
    };
    let mut occurrence = Occurrence::new(tool, Severity::Error, message);
    occurrence.code = code.map(str::to_string);
    if let Some(frame) = blamed {
        occurrence.file = Some(frame.file.clone());
        occurrence.line = Some(frame.line);
        occurrence.marked = frame
            .source
            .as_ref()
            .zip(frame.span)
            .map(|(source, (start, end))| Marked {
                source: source.trim().to_string(),
                start,
                end,
            });
    }
    add_did_you_mean(&mut occurrence);
    occurrence
}

fn add_did_you_mean(occurrence: &mut Occurrence) {
    if let Some(captures) = FORGOT_IMPORT.captures(&occurrence.message) {
        let help = format!("did you forget to import '{}'", &captures["name"]);
        occurrence.notes.push(Note::new(NoteKind::Help, help));
    }
    let Some(captures) = DID_YOU_MEAN.captures(&occurrence.message) else {
        return;
    };
    let help = format!("did you mean '{}'", &captures["name"]);
    occurrence.notes.push(Note::new(NoteKind::Help, help));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Vec<Occurrence> {
        crate::capture::parse_with(PythonParser::default(), text)
    }

    #[test]
    fn the_marked_columns_go_with_the_shown_line_and_are_placed_only_on_that_line() {
        let text = "Traceback (most recent call last):\n  File \"/a/tb.py\", line 3, in f\n    return \"a\" + \": \" + latest + \" \" + \"u\"\n           ~~~~~~~~~~~^~~~~~~~\nTypeError: can only concatenate str (not \"float\") to str\n";
        let occurrence = parse(text).remove(0);
        assert_eq!(occurrence.column, None);
        let marked = occurrence.marked.clone().unwrap();
        assert_eq!(
            marked.source,
            "return \"a\" + \": \" + latest + \" \" + \"u\""
        );
        assert_eq!((marked.start, marked.end), (8, 27));
        // In the file the line is indented by 8: the span is `"a" + ": " + latest`.
        let line = "        return \"a\" + \": \" + latest + \" \" + \"u\"";
        let placed = occurrence.with_marked_columns(Some(line)).unwrap();
        let (start, end) = (
            placed.column.unwrap() as usize,
            placed.end_column.unwrap() as usize,
        );
        assert_eq!(&line[start - 1..end - 1], "\"a\" + \": \" + latest");
        // The file's line is another now: no column is guessed.
        assert!(occurrence
            .with_marked_columns(Some("    return 1"))
            .is_none());
    }

    #[test]
    fn blames_the_innermost_user_frame_not_the_standard_library() {
        let text = "Traceback (most recent call last):\n  File \"/app/main.py\", line 8, in <module>\n    load(\"x\")\n  File \"/app/main.py\", line 5, in load\n    return json.loads(text)\n           ^^^^^^^^^^^^^^^^\n  File \"/usr/lib/python3.11/json/__init__.py\", line 346, in loads\n    return _default_decoder.decode(s)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^\njson.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)\n";
        let found = parse(text);
        assert_eq!(found.len(), 1);
        let occurrence = &found[0];
        assert_eq!(occurrence.code.as_deref(), Some("JSONDecodeError"));
        assert_eq!(
            occurrence.message,
            "Expecting value: line 1 column 1 (char 0)"
        );
        assert_eq!(occurrence.file.as_deref(), Some("/app/main.py"));
        assert_eq!(occurrence.line, Some(5));
        // The markers count from the stripped source line, so they give no editor column.
        assert_eq!((occurrence.column, occurrence.end_column), (None, None));
        assert_eq!(occurrence.notes.len(), 3);
    }

    #[test]
    fn library_paths_are_recognised() {
        assert!(is_library_path(
            "/root/.pyenv/versions/3.11.7/lib/python3.11/json/decoder.py"
        ));
        assert!(is_library_path(
            "/app/.venv/lib/python3.12/site-packages/requests/api.py"
        ));
        assert!(is_library_path(
            "/usr/lib/python3/dist-packages/yaml/__init__.py"
        ));
        assert!(is_library_path(r"C:\Python311\Lib\json\decoder.py"));
        assert!(is_library_path("<frozen importlib._bootstrap>"));
        assert!(!is_library_path("/home/me/project/lib/helpers.py"));
        assert!(!is_library_path("src/app/main.py"));
    }

    #[test]
    fn a_bare_exception_name_without_message_is_its_own_message() {
        let text = "Traceback (most recent call last):\n  File \"/app/wait.py\", line 7, in wait\n    time.sleep(1)\nKeyboardInterrupt\n";
        let found = parse(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "KeyboardInterrupt");
        assert_eq!(found[0].code.as_deref(), Some("KeyboardInterrupt"));
        assert_eq!(found[0].line, Some(7));
        assert_eq!(found[0].column, None);
    }

    #[test]
    fn did_you_mean_on_a_marked_name_is_help_not_a_positioned_suggestion() {
        let text = "Traceback (most recent call last):\n  File \"b.py\", line 5, in <module>\n    print(c.valeu)\n          ^^^^^^^\nAttributeError: 'C' object has no attribute 'valeu'. Did you mean: 'value'?\n";
        let found = parse(text);
        assert!(found[0].suggestions.is_empty());
        assert_eq!(
            found[0].notes.last().unwrap().message,
            "did you mean 'value'"
        );
        assert_eq!(
            found[0].message,
            "'C' object has no attribute 'valeu'. Did you mean: 'value'?"
        );
    }

    #[test]
    fn did_you_mean_without_a_placeable_name_is_help() {
        let text = "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nNameError: name 'lengt' is not defined. Did you mean: 'length'?\n";
        let found = parse(text);
        assert!(found[0].suggestions.is_empty());
        assert_eq!(found[0].notes.last().unwrap().kind, NoteKind::Help);
        assert_eq!(
            found[0].notes.last().unwrap().message,
            "did you mean 'length'"
        );
    }

    #[test]
    fn forgotten_import_is_help() {
        let text = "Traceback (most recent call last):\n  File \"/a/m.py\", line 2, in f\n    return json.dumps(x)\n           ^^^^\nNameError: name 'json' is not defined. Did you forget to import 'json'?\n";
        let found = parse(text);
        assert!(found[0]
            .notes
            .iter()
            .any(|n| n.kind == NoteKind::Help && n.message == "did you forget to import 'json'"));
    }

    #[test]
    fn bare_syntax_error_is_blamed_on_its_line() {
        let text = "  File \"/a/main.py\", line 2\n    if value > 3\n                ^\nSyntaxError: expected ':'\n";
        let found = parse(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code.as_deref(), Some("SyntaxError"));
        assert_eq!(found[0].line, Some(2));
        assert_eq!((found[0].column, found[0].end_column), (None, None));
    }

    #[test]
    fn a_file_line_not_followed_by_an_error_is_nothing() {
        let text = "  File \"/a/main.py\", line 2\n    if value > 3\nhello there\n";
        assert!(parse(text).is_empty());
    }

    #[test]
    fn chained_exceptions_give_one_occurrence_with_the_cause_as_a_note() {
        let text = "Traceback (most recent call last):\n  File \"/a/m.py\", line 3, in lookup\n    return table[key]\n           ~~~~~^^^^^\nKeyError: 'b'\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/a/m.py\", line 5, in lookup\n    return table[\"default\"]\nKeyError: 'default'\n";
        let found = parse(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "'default'");
        assert_eq!(found[0].line, Some(5));
        assert!(found[0]
            .notes
            .iter()
            .any(|n| n.message == "during handling of: KeyError: 'b'" && n.line == Some(3)));
    }

    #[test]
    fn two_tracebacks_in_a_row_are_two_occurrences() {
        let one = "Traceback (most recent call last):\n  File \"/a/m.py\", line 3, in f\nValueError: one\n";
        let found = parse(&format!("{one}{one}"));
        assert_eq!(found.len(), 2);
    }

    #[test]
    fn indented_tracebacks_are_read() {
        let text = "    Traceback (most recent call last):\n      File \"/a/m.py\", line 3, in f\n        x()\n    ValueError: one\n";
        let found = parse(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].line, Some(3));
    }

    #[test]
    fn deep_recursion_keeps_the_notes_bounded() {
        let mut text = String::from("Traceback (most recent call last):\n");
        for line in 0..5000 {
            text.push_str(&format!("  File \"/a/r.py\", line {line}, in f\n    f()\n"));
        }
        text.push_str("RecursionError: maximum recursion depth exceeded\n");
        let found = parse(&text);
        assert_eq!(found.len(), 1);
        assert!(found[0].notes.len() <= MAX_NOTES);
        assert_eq!(found[0].line, Some(4999));
    }

    #[test]
    fn a_warning_at_interpreter_exit_has_no_file() {
        let found = crate::capture::parse_with(
            PythonParser::default(),
            "sys:1: RuntimeWarning: coroutine 'fetch' was never awaited\n",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code.as_deref(), Some("RuntimeWarning"));
        assert_eq!(found[0].message, "coroutine 'fetch' was never awaited");
        assert_eq!((found[0].file.as_deref(), found[0].line), (None, None));
    }

    #[test]
    fn warnings_are_warnings_with_their_category_as_code() {
        let text = "/a/m.py:3: DeprecationWarning: old api\n  warnings.warn(\"old api\", DeprecationWarning)\nTraceback (most recent call last):\n  File \"/a/m.py\", line 4, in <module>\nValueError: x\n";
        let found = parse(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(found[0].code.as_deref(), Some("DeprecationWarning"));
        assert_eq!(found[0].message, "old api");
        assert_eq!(found[0].line, Some(3));
        assert_eq!(found[1].code.as_deref(), Some("ValueError"));
    }

    #[test]
    fn exception_groups_report_the_group_with_members_as_notes() {
        let text = "  + Exception Group Traceback (most recent call last):\n  |   File \"/a/eg.py\", line 11, in main\n  |     raise ExceptionGroup(\"several problems\", errors)\n  | ExceptionGroup: several problems (2 sub-exceptions)\n  +-+---------------- 1 ----------------\n    | Traceback (most recent call last):\n    |   File \"/a/eg.py\", line 2, in f\n    |     raise ValueError(\"bad value\")\n    | ValueError: bad value\n    +---------------- 2 ----------------\n    | TypeError: bad type\n    +------------------------------------\nafter\n";
        let found = parse(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code.as_deref(), Some("ExceptionGroup"));
        assert_eq!(found[0].message, "several problems (2 sub-exceptions)");
        assert_eq!(found[0].line, Some(11));
        let members: Vec<&str> = found[0]
            .notes
            .iter()
            .filter(|n| n.message.starts_with("member: "))
            .map(|n| n.message.as_str())
            .collect();
        assert_eq!(
            members,
            [
                "member: ValueError: bad value",
                "member: TypeError: bad type"
            ]
        );
    }

    #[test]
    fn garbage_does_not_panic_and_is_rejected() {
        let mut parser = PythonParser::default();
        let mut out = Vec::new();
        for line in [
            "",
            "\u{0}\u{ffff}",
            "  File \"",
            "Traceback",
            "^^^^",
            "    ~~^",
        ] {
            assert_eq!(parser.feed(line, &mut out), Feed::Rejected);
        }
        assert_eq!(parser.feed(HEADER, &mut out), Feed::Consumed);
        for line in [
            "    é^~",
            "  File \"x\", line 99999999999999, in f",
            "\u{0}",
        ] {
            let _ = parser.feed(line, &mut out);
        }
        parser.finish(&mut out);
        assert!(out.is_empty());
        assert_eq!(marker_span("    "), None);
    }
}
