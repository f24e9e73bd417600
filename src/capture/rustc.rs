//! Parses the human-readable diagnostics of rustc, cargo and clippy:
//!
//! ```text
//! error[E0425]: cannot find value `totl` in this scope      <- header (severity, code, message)
//!  --> main.rs:3:20                                          <- primary location
//!   |
//! 3 |     println!("{}", totl + 1);                          <- source excerpt
//!   |                    ^^^^ not found in this scope        <- primary span and its label
//!   = note: …                                                <- note / help
//! help: a local variable with a similar name exists          <- sub-diagnostic, maybe with its
//!   |                                                           own `-->` and a suggestion
//! ```
//!
//! A record ends at a blank line or at the next header. Cargo's own errors (`error: failed to
//! parse manifest at …`) have no source excerpt; their `Caused by:` chain, which follows a blank
//! line, is kept as notes. The short form `main.rs:3:20: error[E0425]: …` is one-line records.
//! Summaries (`error: aborting due to …`, `warning: `x` (bin "x") generated 2 warnings`) are
//! skipped.

use std::sync::LazyLock;

use regex::Regex;

use super::rustc_suggestions::{
    applicability_of, is_removal_help, replacement_between, unused_use_item_removal, LineEdit,
};
use super::{file_line_column, trimmed_message, Feed, MessageRegex, Parser};
use crate::occurrence::{Applicability, Note, NoteKind, Occurrence, Severity, Suggestion, Tool};

/// Bounds what one record may make us keep, whatever the input.
const MAX_NOTES: usize = 50;
const MAX_SUGGESTIONS: usize = 50;
const MAX_NOTE_CHARS: usize = 1000;
const MAX_INSERTED_LINES: usize = 50;

const HEADER_TRIGGER: &str = r"^(?:error|warning)(?:\[[A-Za-z0-9_:-]+\])?: ";
const SHORT_TRIGGER: &str = r"^(?:[A-Za-z]:)?[^ \t\n:][^:\t\n]*\.rs:\d+:\d+: (?:error|warning)";

/// A header up to its message; `header` reads the message by hand (a lazy `\S.*?\s*$` group here
/// made every header's capture search backtrack over the whole message).
static HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<severity>error|warning)(?:\[(?P<code>[A-Za-z0-9_:-]+)\])?: ")
        .expect("valid regex")
});

/// A header's captures and message, as `HEADER` followed by `(?P<message>\S.*?)\s*$` would read
/// them: the rest of the line without trailing whitespace (`\s` is Unicode `White_Space`, like
/// `char::is_whitespace`), which must begin with a non-blank and hold no `\n`.
fn header(line: &str) -> Option<(regex::Captures<'_>, &str)> {
    // A cheap necessary condition first: most lines a record is offered are not headers.
    if !(line.starts_with("error") || line.starts_with("warning")) {
        return None;
    }
    let captures = HEADER.captures(line)?;
    let message = trimmed_message(&line[captures.get(0)?.end()..])?;
    let first = message.chars().next()?;
    (!first.is_whitespace()).then_some((captures, message))
}

/// `--error-format=short` / `--message-format=short`: `main.rs:3:20: error[E0425]: …`.
static SHORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<file>(?:[A-Za-z]:)?[^ \t:][^:\t]*\.rs):(?P<line>\d+):(?P<column>\d+): (?P<severity>error|warning)(?:\[(?P<code>[A-Za-z0-9_:-]+)\])?: (?P<message>\S.*?)\s*$",
    )
    .expect("valid regex")
});

/// Closing counts and pointers that rustc and cargo print after the diagnostics.
static SUMMARY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:error: aborting due to ",
        r"|error: could not compile ",
        r"|error: test failed, to rerun pass ",
        r"|error: \d+ targets? failed",
        r"|warning: build failed, waiting for other jobs",
        r"|warning: \d+ warnings? emitted",
        r"|warning: `[^`]+` \([^)]*\) generated \d+ warnings?",
        r")",
    ))
    .expect("valid regex")
});

static LOCATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ *--> (?P<file>.+):(?P<line>\d+):(?P<column>\d+)\s*$").expect("valid regex")
});

/// A `--> file:line:column` line's file, line and column as `LOCATION` captures them; by hand on
/// ASCII text (the regex's capture search backtracked over the whole path).
fn location(line: &str) -> Option<(&str, &str, &str)> {
    let rest = line.trim_start_matches(' ').strip_prefix("--> ")?;
    if !line.is_ascii() {
        let captures = LOCATION.captures(line)?;
        let group = |name| captures.name(name).map(|m| m.as_str());
        return Some((group("file")?, group("line")?, group("column")?));
    }
    file_line_column(trimmed_message(rest)?)
}

/// `::: path:line:col`, a secondary span in another place: not the error's location.
static SECONDARY_LOCATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ *::: ").expect("valid regex"));

/// `  = note: …` / `  = help: …` under the excerpt.
static FOOTER_NOTE: LazyLock<MessageRegex> =
    LazyLock::new(|| MessageRegex::new(r"^ *= (?P<kind>note|help): ", "message"));

/// `note: …` / `help: …` at the start of a line: a sub-diagnostic of the record.
static SUBDIAGNOSTIC: LazyLock<MessageRegex> =
    LazyLock::new(|| MessageRegex::new(r"^(?P<kind>note|help): ", "message"));

/// A numbered source line: `3 |     code`, or in a suggestion `1 + added`, `6 - removed`,
/// `10 ~ changed`.
static EXCERPT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ *(?P<number>\d+) (?P<mark>[|~+-])(?: (?P<text>.*))?$").expect("valid regex")
});

/// An unnumbered gutter line: `  |`, `  |     ^^^^ label`, `  |     +++`.
static ANNOTATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ +\|(?: (?P<text>.*))?$").expect("valid regex"));

/// The end of a multi-line primary span: `|_____^ label` (one level of nesting only, where the
/// column is certain).
static MULTILINE_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\|_+(?P<caret>\^)(?: (?P<label>.*))?$").expect("valid regex"));

/// An inline help label that carries its replacement: `help: remove this: `x``.
static HELP_WITH_REPLACEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^help: (?P<message>.+): `(?P<replacement>[^`]*)`$").expect("valid regex")
});

/// Unindented detail lines that cargo prints under its own errors.
static CARGO_DETAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:location searched: ",
        r"|required by package ",
        r"|perhaps you meant: ",
        r"|candidate versions found which didn't match",
        r"|versions that meet the requirements ",
        r"|the package `[^`]+` depends on ",
        r")",
    ))
    .expect("valid regex")
});

/// `warning: /p/Cargo.toml: unused manifest key: …`: cargo prefixes the manifest to the message.
static MANIFEST_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<path>[^ \t`]*Cargo\.toml): (?P<message>\S.*)$").expect("valid regex")
});

static MANIFEST_PATH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"`(?P<path>[^`]*Cargo\.toml)`").expect("valid regex"));

static TOML_POSITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"TOML parse error at line (?P<line>\d+), column (?P<column>\d+)")
        .expect("valid regex")
});

#[derive(Default)]
pub struct RustcParser {
    record: Option<Record>,
}

impl Parser for RustcParser {
    fn triggers(&self) -> &'static [&'static str] {
        &[HEADER_TRIGGER, SHORT_TRIGGER]
    }

    fn feed(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Feed {
        if SUMMARY.is_match(line) {
            return match self.record.take() {
                Some(record) => {
                    record.finish_into(out);
                    Feed::Done
                }
                None => Feed::Rejected,
            };
        }
        if let Some((header, message)) = header(line) {
            self.flush(out);
            self.record = Some(Record::start(&header, message));
            return Feed::Consumed;
        }
        // `.rs:` is in every short-form line; most lines of a record hold none.
        if let Some(short) = line
            .contains(".rs:")
            .then(|| SHORT.captures(line))
            .flatten()
        {
            self.flush(out);
            out.push(short_form_occurrence(&short));
            return Feed::Done;
        }
        let Some(record) = &mut self.record else {
            return Feed::Rejected;
        };
        match record.feed(line) {
            LineFate::Consumed => Feed::Consumed,
            LineFate::EndsRecord => {
                self.flush(out);
                Feed::Done
            }
            LineFate::NotMine => {
                self.flush(out);
                Feed::Rejected
            }
        }
    }

    fn finish(&mut self, out: &mut Vec<Occurrence>) {
        self.flush(out);
    }
}

impl RustcParser {
    fn flush(&mut self, out: &mut Vec<Occurrence>) {
        if let Some(record) = self.record.take() {
            record.finish_into(out);
        }
    }
}

fn short_form_occurrence(captures: &regex::Captures) -> Occurrence {
    let mut occurrence = Occurrence::new(
        Tool::Rustc,
        severity_of(&captures["severity"]),
        &captures["message"],
    );
    occurrence.code = captures.name("code").map(|m| m.as_str().to_string());
    occurrence.file = Some(captures["file"].to_string());
    occurrence.line = captures["line"].parse().ok();
    occurrence.column = captures["column"].parse().ok();
    occurrence
}

fn severity_of(word: &str) -> Severity {
    match word {
        "warning" => Severity::Warning,
        _ => Severity::Error,
    }
}

/// What a record makes of a line.
enum LineFate {
    Consumed,
    /// The line ends the record and is consumed with it (a blank line).
    EndsRecord,
    /// The line is not part of the record, which ends before it.
    NotMine,
}

/// Where in a record we are.
enum Stage {
    /// The header and what follows it without a blank line.
    Body,
    /// A location-less (cargo) record met a blank line: a `Caused by:` may follow.
    AfterBlank,
    /// Inside a `Caused by:` block; whether its first line was taken as a note yet.
    Cause { first_line_taken: bool },
}

/// Which part of the diagnostic the gutter lines belong to.
enum Section {
    Main,
    /// A `note:` sub-diagnostic: the index of its note.
    SubNote(usize),
    /// A `help:` sub-diagnostic, which may show a suggestion.
    Help(HelpBlock),
}

/// A numbered source line as shown, for reading the marks under it.
struct Excerpt {
    number: u32,
    text: String,
}

/// A numbered line of a help's snippet with its mark: `+` added, `-` removed, `~` changed.
struct SnippetLine {
    number: u32,
    mark: char,
    text: String,
}

/// A line whose marks do not sit where their column says: tabs are drawn as four spaces and wide
/// characters as two columns. From the primary span's start on, the marks are `shift` columns to
/// the right of the characters they mean (unless more tabs follow, which rustc's spans rarely
/// cross); before it, nothing is certain.
struct Misalignment {
    line: u32,
    from_index: usize,
    shift: usize,
}

/// A `help:` sub-diagnostic being read, collecting the suggestions its snippet shows clearly:
/// whole lines added (`1 + use std::collections::HashMap;`), one insertion within a line
/// (`  |      ++++++++++++` under the new line), lines replaced (`22 - old` then `22 + new`), and
/// one changed line (`9 ~ new`) whose original the error's own snippet showed.
struct HelpBlock {
    note_index: usize,
    /// The help's text, which is its suggestions' message.
    message: String,
    file: Option<String>,
    /// The `+`, `-` and `~` lines in the order shown: `-` lines make the block a diff.
    changed_lines: Vec<SnippetLine>,
    /// Runs of consecutive added lines: first line number and the lines.
    added_runs: Vec<(u32, Vec<String>)>,
    last_excerpt: Option<Excerpt>,
    /// Text inserted within a line: (line, column, text).
    inline_insertions: Vec<(u32, u32, String)>,
}

struct Record {
    occurrence: Occurrence,
    stage: Stage,
    section: Section,
    /// A location or gutter line was seen: this is a compiler diagnostic, not a cargo error.
    shows_source: bool,
    primary_location_seen: bool,
    last_main_excerpt: Option<Excerpt>,
    /// Lines whose marks do not sit where their column says (tabs, wide characters).
    misaligned_lines: Vec<Misalignment>,
    /// `----` runs under the primary line (start index, length): spans a `help:` label below may
    /// ask to remove.
    secondary_runs: Vec<(usize, usize)>,
    /// The source lines the main snippet showed, as they were before any suggestion.
    shown_lines: Vec<Excerpt>,
    suggestions: Vec<Suggestion>,
}

impl Record {
    fn start(header: &regex::Captures, message: &str) -> Record {
        let (file, message) = match MANIFEST_PREFIX.captures(message) {
            Some(prefixed) => (
                Some(prefixed["path"].to_string()),
                prefixed["message"].to_string(),
            ),
            // Cargo names the manifest it could not read; a `-->` below overrides this.
            None => (
                MANIFEST_PATH
                    .captures(message)
                    .map(|captures| captures["path"].to_string()),
                message.to_string(),
            ),
        };
        let mut occurrence =
            Occurrence::new(Tool::Rustc, severity_of(&header["severity"]), message);
        occurrence.code = header.name("code").map(|m| m.as_str().to_string());
        occurrence.file = file;
        Record {
            occurrence,
            stage: Stage::Body,
            section: Section::Main,
            shows_source: false,
            primary_location_seen: false,
            last_main_excerpt: None,
            misaligned_lines: Vec::new(),
            secondary_runs: Vec::new(),
            shown_lines: Vec::new(),
            suggestions: Vec::new(),
        }
    }

    fn feed(&mut self, line: &str) -> LineFate {
        match self.stage {
            Stage::Body => self.feed_body(line),
            Stage::AfterBlank => match line.trim_end() {
                "Caused by:" => {
                    self.stage = Stage::Cause {
                        first_line_taken: false,
                    };
                    LineFate::Consumed
                }
                "" => LineFate::EndsRecord,
                _ => LineFate::NotMine,
            },
            Stage::Cause { first_line_taken } => self.feed_cause(line, first_line_taken),
        }
    }

    fn feed_body(&mut self, line: &str) -> LineFate {
        if line.trim().is_empty() {
            if self.shows_source {
                return LineFate::EndsRecord;
            }
            self.stage = Stage::AfterBlank;
            return LineFate::Consumed;
        }
        // Cheap necessary conditions first: most lines are none of these, and a capture search
        // that fails still costs an allocation.
        let unindented = line.trim_start_matches(' ');
        if let Some((file, line_number, column)) = location(line) {
            self.shows_source = true;
            self.take_location(file, line_number, column);
            return LineFate::Consumed;
        }
        if SECONDARY_LOCATION.is_match(line) {
            self.shows_source = true;
            return LineFate::Consumed;
        }
        if let Some(footer) = unindented
            .starts_with("= ")
            .then(|| FOOTER_NOTE.captures(line))
            .flatten()
        {
            self.shows_source = true;
            let kind = note_kind(&footer["kind"]);
            self.push_note(Note::new(kind, clip(&footer["message"])));
            return LineFate::Consumed;
        }
        if let Some(subdiagnostic) = (line.starts_with("note: ") || line.starts_with("help: "))
            .then(|| SUBDIAGNOSTIC.captures(line))
            .flatten()
        {
            self.start_subdiagnostic(&subdiagnostic["kind"], subdiagnostic.message());
            return LineFate::Consumed;
        }
        // `\d` is a Unicode decimal digit, which `char::is_numeric` includes.
        if let Some(excerpt) = unindented
            .starts_with(char::is_numeric)
            .then(|| EXCERPT.captures(line))
            .flatten()
        {
            self.shows_source = true;
            self.take_excerpt(&excerpt);
            return LineFate::Consumed;
        }
        if let Some(annotation) = (line.starts_with(' ') && unindented.starts_with('|'))
            .then(|| ANNOTATION.captures(line))
            .flatten()
        {
            self.shows_source = true;
            let text = annotation.name("text").map_or("", |m| m.as_str());
            self.take_annotation(text);
            return LineFate::Consumed;
        }
        // Lines left out of a snippet: `...`, or `...  |` inside a span drawn over many lines.
        if line
            .trim()
            .strip_prefix("...")
            .is_some_and(|rest| matches!(rest.trim(), "" | "|"))
        {
            return LineFate::Consumed;
        }
        if self.shows_source {
            // Continuation of a wrapped note or message.
            return match line.starts_with([' ', '\t']) {
                true => LineFate::Consumed,
                false => LineFate::NotMine,
            };
        }
        if line.trim_end() == "Caused by:" {
            self.stage = Stage::Cause {
                first_line_taken: false,
            };
            return LineFate::Consumed;
        }
        if is_cargo_status(line) {
            return LineFate::NotMine;
        }
        if line.starts_with([' ', '\t']) || CARGO_DETAIL.is_match(line) {
            self.push_note(Note::new(NoteKind::Note, clip(line.trim())));
            return LineFate::Consumed;
        }
        LineFate::NotMine
    }

    fn feed_cause(&mut self, line: &str, first_line_taken: bool) -> LineFate {
        if line.trim().is_empty() {
            self.stage = Stage::AfterBlank;
            return LineFate::Consumed;
        }
        if !line.starts_with([' ', '\t']) || is_cargo_status(line) {
            return LineFate::NotMine;
        }
        if !first_line_taken {
            let cause = line.trim();
            self.take_toml_position(cause);
            self.push_note(Note::new(NoteKind::Note, clip(cause)));
            self.stage = Stage::Cause {
                first_line_taken: true,
            };
        }
        LineFate::Consumed
    }

    /// Cargo's manifest errors name the position only inside their cause.
    fn take_toml_position(&mut self, cause: &str) {
        if self.occurrence.line.is_some() {
            return;
        }
        if let Some(position) = TOML_POSITION.captures(cause) {
            self.occurrence.line = position["line"].parse().ok();
            self.occurrence.column = position["column"].parse().ok();
        }
    }

    fn take_location(&mut self, file: &str, line: &str, column: &str) {
        let file = file.to_string();
        let line = line.parse().ok();
        let column = column.parse().ok();
        match &mut self.section {
            Section::Main if !self.primary_location_seen => {
                self.primary_location_seen = true;
                self.occurrence.file = Some(file);
                self.occurrence.line = line;
                self.occurrence.column = column;
            }
            Section::Main => {}
            Section::SubNote(index) => {
                locate_note_once(&mut self.occurrence.notes, *index, file, line, column);
            }
            Section::Help(block) => {
                block.file.get_or_insert_with(|| file.clone());
                locate_note_once(
                    &mut self.occurrence.notes,
                    block.note_index,
                    file,
                    line,
                    column,
                );
            }
        }
    }

    fn start_subdiagnostic(&mut self, kind: &str, message: &str) {
        self.close_section();
        let kind = note_kind(kind);
        let Some(note_index) = self.push_note(Note::new(kind, clip(message))) else {
            self.section = Section::SubNote(usize::MAX);
            return;
        };
        self.section = match kind {
            NoteKind::Help => Section::Help(HelpBlock {
                note_index,
                message: message.to_string(),
                file: None,
                changed_lines: Vec::new(),
                added_runs: Vec::new(),
                last_excerpt: None,
                inline_insertions: Vec::new(),
            }),
            _ => Section::SubNote(note_index),
        };
    }

    fn take_excerpt(&mut self, excerpt: &regex::Captures) {
        let Ok(number) = excerpt["number"].parse::<u32>() else {
            return;
        };
        let text = excerpt.name("text").map_or("", |m| m.as_str());
        let mark = &excerpt["mark"];
        match &mut self.section {
            Section::Main => {
                self.secondary_runs.clear();
                if mark == "|" && self.shown_lines.len() < MAX_NOTES {
                    self.shown_lines.push(Excerpt {
                        number,
                        text: text.to_string(),
                    });
                }
                self.last_main_excerpt = Some(Excerpt {
                    number,
                    text: text.to_string(),
                });
            }
            Section::SubNote(_) => {}
            Section::Help(block) => block.take_excerpt(number, mark, text),
        }
    }

    fn take_annotation(&mut self, text: &str) {
        match &mut self.section {
            Section::Main => self.take_main_annotation(text),
            Section::SubNote(_) => {}
            Section::Help(block) => {
                let Some(marked) = block.take_annotation(text) else {
                    return;
                };
                // A help without its own `-->` shows the error's file, whose lines the main
                // snippet showed and whose misaligned marks we know.
                let in_main_file = block.file.is_none();
                let original = match in_main_file {
                    false => None,
                    true => self
                        .shown_lines
                        .iter()
                        .find(|shown| shown.number == marked.line)
                        .map(|shown| shown.text.as_str()),
                };
                if block.inline_insertions.len() >= MAX_SUGGESTIONS {
                    return;
                }
                let Some((line, drawn_column, inserted)) = marked.place(original) else {
                    return;
                };
                let column = match in_main_file {
                    true => source_column(&self.misaligned_lines, line, drawn_column),
                    false => Some(drawn_column),
                };
                if let Some(column) = column {
                    block.inline_insertions.push((line, column, inserted));
                }
            }
        }
    }

    /// Reads the marks under a line of the main snippet: the primary span's end and its label,
    /// and any `help:` label.
    fn take_main_annotation(&mut self, text: &str) {
        let excerpt = self.last_main_excerpt.take();
        let excerpt_number = excerpt.as_ref().map(|e| e.number);
        let primary = match (self.occurrence.line, self.occurrence.column) {
            (Some(line), Some(column)) if self.primary_location_seen => Some((line, column)),
            _ => None,
        };
        if let (Some(excerpt), Some((line, column)), None) =
            (excerpt, primary, self.occurrence.end_line)
        {
            if excerpt.number > line {
                if let Some(end) = MULTILINE_END.captures(text) {
                    self.take_multiline_end(text, &end, excerpt.number);
                    return;
                }
            }
            if excerpt.number == line {
                self.take_primary_marks(text, line, column);
                return;
            }
        }
        if let Some(number) = excerpt_number.filter(|n| Some(*n) != self.occurrence.line) {
            if self.take_other_line_help(text, number) {
                return;
            }
        }
        self.take_help_label(text);
    }

    /// `-` under another line of the main snippet with its `help:` beside it (`- help: remove
    /// this semicolon to return this value` under a function's last line): the help's edit is
    /// on that span. Whether it was read.
    fn take_other_line_help(&mut self, text: &str, line: u32) -> bool {
        let chars: Vec<char> = text.chars().collect();
        let Some((start, length, help)) =
            runs_of(&chars, '-')
                .into_iter()
                .find_map(|(start, length)| {
                    let after: String = chars[start + length..].iter().collect();
                    after
                        .strip_prefix(" help: ")
                        .map(|help| (start, length, help.trim_end().to_string()))
                })
        else {
            return false;
        };
        if !self.push_span_help(&help, line, start, length) {
            return false;
        }
        self.push_note(Note::new(NoteKind::Help, clip(&help)));
        true
    }

    /// A help's edit on the span drawn at marks `start..start + length` under `line`: its
    /// replacement (`help: …: `x``) or, for a removal help, nothing. Whether it was one.
    fn push_span_help(&mut self, help: &str, line: u32, start: usize, length: usize) -> bool {
        let (message, replacement) = match HELP_WITH_REPLACEMENT.captures(&format!("help: {help}"))
        {
            Some(with_replacement) => (
                with_replacement["message"].to_string(),
                with_replacement["replacement"].to_string(),
            ),
            None if is_removal_help(help) => (help.to_string(), String::new()),
            None => return false,
        };
        let Some(file) = self.occurrence.file.clone() else {
            return false;
        };
        let column = source_column(&self.misaligned_lines, line, start as u32 + 1);
        let end_column = source_column(&self.misaligned_lines, line, (start + length) as u32 + 1);
        let (Some(column), Some(end_column)) = (column, end_column) else {
            return false;
        };
        self.push_suggestion(Suggestion {
            applicability: applicability_of(&message, &replacement),
            message,
            file,
            line,
            column,
            end_line: line,
            end_column,
            replacement,
        });
        true
    }

    /// `|_____^ label` closes a primary span that began on an earlier line.
    fn take_multiline_end(&mut self, text: &str, end: &regex::Captures, end_line: u32) {
        let caret_start = end.name("caret").map_or(0, |m| m.start());
        let caret_index = text[..caret_start].chars().count();
        // The caret sits on the span's last character; `|` and a space precede the source.
        let last_column = caret_index.saturating_sub(2) as u32 + 1;
        self.occurrence.end_line = Some(end_line);
        self.occurrence.end_column = Some(last_column.saturating_add(1));
        if let Some(label) = end.name("label") {
            self.push_primary_label(label.as_str());
        }
    }

    fn take_primary_marks(&mut self, text: &str, line: u32, column: u32) {
        let chars: Vec<char> = text.chars().collect();
        let runs = runs_of(&chars, '^');
        let expected_start = column.saturating_sub(1) as usize;
        let (start, length, end_column) = match runs.iter().find(|run| run.0 == expected_start) {
            Some(&(start, length)) => (start, length, column.saturating_add(length as u32)),
            None => match runs.first() {
                // `----^^^^`: a secondary span drawn over the primary's start.
                Some(&(start, length)) if covered_by_dashes(&chars, expected_start, start) => {
                    (start, length, (start + length + 1) as u32)
                }
                // The marks are shifted (tabs shown as spaces, wide characters): the run's
                // length is still the span's.
                Some(&(start, length)) => {
                    if self.misaligned_lines.len() < MAX_NOTES {
                        self.misaligned_lines.push(Misalignment {
                            line,
                            from_index: start,
                            // Marks drawn left of their column: no offset can be trusted.
                            shift: start.checked_sub(expected_start).unwrap_or(usize::MAX),
                        });
                    }
                    (start, length, column.saturating_add(length as u32))
                }
                None => {
                    self.take_help_label(text);
                    return;
                }
            },
        };
        if start > 0 && chars.get(start - 1) == Some(&'_') {
            // `_____^` marks where a multi-line span begins; its end comes later.
            return;
        }
        self.secondary_runs = runs_of(&chars, '-');
        self.occurrence.end_line = Some(line);
        self.occurrence.end_column = Some(end_column);
        let after: String = chars[start + length..].iter().collect();
        match after.strip_prefix(' ') {
            Some(label) if !label.starts_with(['-', '^', '|', '_', ' ']) => {
                self.push_primary_label(label);
            }
            _ => self.take_help_label(text),
        }
    }

    /// The primary span's label becomes a note at the error's location; a `help: …: `x`` label
    /// is a suggestion to replace that span.
    fn push_primary_label(&mut self, label: &str) {
        let label = label.trim();
        if label.is_empty() {
            return;
        }
        let replacement = match HELP_WITH_REPLACEMENT.captures(label) {
            Some(help) => Some((help["message"].to_string(), help["replacement"].to_string())),
            // `^ help: remove this semicolon`: the span itself goes.
            None => label
                .strip_prefix("help: ")
                .filter(|help| is_removal_help(help))
                .map(|help| (help.to_string(), String::new())),
        };
        if let (
            Some((message, replacement)),
            Some(file),
            Some(line),
            Some(column),
            Some(end_line),
            Some(end_column),
        ) = (
            replacement,
            self.occurrence.file.clone(),
            self.occurrence.line,
            self.occurrence.column,
            self.occurrence.end_line,
            self.occurrence.end_column,
        ) {
            self.push_suggestion(Suggestion {
                applicability: applicability_of(&message, &replacement),
                message,
                file,
                line,
                column,
                end_line,
                end_column,
                replacement,
            });
        }
        let (kind, message) = match label.strip_prefix("help: ") {
            Some(help) => (NoteKind::Help, help),
            None => (NoteKind::Note, label),
        };
        let mut note = Note::new(kind, clip(message));
        note.file = self.occurrence.file.clone();
        note.line = self.occurrence.line;
        note.column = self.occurrence.column;
        self.push_note(note);
    }

    /// A `help: …` label under another span (`----` or a connector line).
    fn take_help_label(&mut self, text: &str) {
        let label = text.trim_start_matches([' ', '|', '-', '^', '_']);
        if let Some(help) = label.strip_prefix("help: ") {
            let help = help.trim_end();
            let label_index = text[..text.len() - label.len()].chars().count();
            self.take_secondary_span_help(help, label_index);
            self.push_note(Note::new(NoteKind::Help, clip(help)));
        }
    }

    /// `----` under the primary line with, at its start below, `help: remove this `mut``: the
    /// help's edit is on that span.
    fn take_secondary_span_help(&mut self, help: &str, label_index: usize) {
        let Some(&(start, length)) = self
            .secondary_runs
            .iter()
            .find(|(start, _)| *start == label_index)
        else {
            return;
        };
        if let Some(line) = self.occurrence.line {
            self.push_span_help(help, line, start, length);
        }
    }

    fn close_section(&mut self) {
        let section = std::mem::replace(&mut self.section, Section::Main);
        if let Section::Help(block) = section {
            let main_file = self.occurrence.file.clone();
            let suggestions = block.into_suggestions(
                main_file.as_deref(),
                &self.shown_lines,
                &self.misaligned_lines,
            );
            for suggestion in suggestions {
                self.push_suggestion(suggestion);
            }
        }
    }

    /// The removal rustc attaches to an unused-import warning without drawing it (see
    /// `unused_use_item_removal`).
    fn add_unused_use_item_removal(&mut self) {
        const MESSAGE: &str = "remove the whole `use` item";
        let (Some(file), Some(line)) = (self.occurrence.file.clone(), self.occurrence.line) else {
            return;
        };
        if self.occurrence.severity != Severity::Warning
            || self.suggestions.iter().any(|s| s.message == MESSAGE)
        {
            return;
        }
        let Some(shown) = self.shown_lines.iter().find(|shown| shown.number == line) else {
            return;
        };
        if let Some(edit) = unused_use_item_removal(&self.occurrence.message, line, &shown.text) {
            self.push_suggestion(suggestion_of_edit(
                MESSAGE,
                &file,
                edit,
                Applicability::MachineApplicable,
            ));
        }
    }

    fn push_note(&mut self, note: Note) -> Option<usize> {
        if self.occurrence.notes.len() >= MAX_NOTES {
            return None;
        }
        self.occurrence.notes.push(note);
        Some(self.occurrence.notes.len() - 1)
    }

    fn push_suggestion(&mut self, suggestion: Suggestion) {
        if self.suggestions.len() < MAX_SUGGESTIONS {
            self.suggestions.push(suggestion);
        }
    }

    fn finish_into(mut self, out: &mut Vec<Occurrence>) {
        self.close_section();
        self.add_unused_use_item_removal();
        self.occurrence.suggestions = self.suggestions;
        out.push(self.occurrence);
    }
}

impl HelpBlock {
    fn take_excerpt(&mut self, number: u32, mark: &str, text: &str) {
        self.last_excerpt = None;
        let mark = match mark {
            "|" => {
                self.last_excerpt = Some(Excerpt {
                    number,
                    text: text.to_string(),
                });
                return;
            }
            "+" => {
                self.take_added_line(number, text);
                '+'
            }
            "-" => '-',
            _ => '~',
        };
        if self.changed_lines.len() < MAX_INSERTED_LINES {
            self.changed_lines.push(SnippetLine {
                number,
                mark,
                text: text.to_string(),
            });
        }
    }

    fn take_added_line(&mut self, number: u32, text: &str) {
        if let Some((first, lines)) = self.added_runs.last_mut() {
            if *first as usize + lines.len() == number as usize {
                if lines.len() < MAX_INSERTED_LINES {
                    lines.push(text.to_string());
                }
                return;
            }
        }
        if self.added_runs.len() < MAX_SUGGESTIONS {
            self.added_runs.push((number, vec![text.to_string()]));
        }
    }

    /// One run of `+` under a shown line marks text inserted there.
    fn take_annotation(&mut self, text: &str) -> Option<MarkedInsertion> {
        let excerpt = self.last_excerpt.take()?;
        let marks: Vec<char> = text.trim_end().chars().collect();
        if marks.iter().any(|c| *c != ' ' && *c != '+') {
            return None;
        }
        let [(start, length)] = runs_of(&marks, '+')[..] else {
            return None;
        };
        let new_line: Vec<char> = excerpt.text.chars().collect();
        if start + length > new_line.len() {
            return None;
        }
        Some(MarkedInsertion {
            line: excerpt.number,
            start,
            length,
            new_line,
        })
    }

    /// The suggestions the snippet showed clearly, placed in the help's own file (from its
    /// `-->`) or else the error's.
    fn into_suggestions(
        self,
        main_file: Option<&str>,
        shown_lines: &[Excerpt],
        misaligned: &[Misalignment],
    ) -> Vec<Suggestion> {
        let Some(file) = self.file.as_deref().or(main_file) else {
            return Vec::new();
        };
        let removes_lines = self.changed_lines.iter().any(|line| line.mark == '-');
        let changes_lines = self.changed_lines.iter().any(|line| line.mark == '~');
        // Only the error's own file has lines whose drawing we know.
        let in_main_file = self.file.is_none();
        let replaced = match (removes_lines, changes_lines) {
            (true, false) => diff_edits(&self.changed_lines),
            (false, true) => match in_main_file {
                true => changed_line_edit(&self.changed_lines, shown_lines)
                    .into_iter()
                    .collect(),
                false => Vec::new(),
            },
            _ => Vec::new(),
        };
        let mut edits: Vec<LineEdit> = replaced
            .into_iter()
            .filter_map(|edit| match in_main_file {
                true => place_edit(edit, misaligned),
                false => Some(edit),
            })
            .collect();
        let insertion = |line: u32, column: u32, replacement: String| LineEdit {
            line,
            column,
            end_line: line,
            end_column: column,
            replacement,
        };
        if !removes_lines && !changes_lines {
            for (first_line, lines) in &self.added_runs {
                let mut replacement = lines.join("\n");
                replacement.push('\n');
                edits.push(insertion(*first_line, 1, replacement));
            }
        }
        for (line, column, inserted) in self.inline_insertions {
            edits.push(insertion(line, column, inserted));
        }
        edits
            .into_iter()
            .map(|edit| {
                let applicability = applicability_of(&self.message, &edit.replacement);
                suggestion_of_edit(&self.message, file, edit, applicability)
            })
            .collect()
    }
}

/// The edits a diff-style help snippet shows: each run of `-` lines replaced by the `+` lines right
/// after it (or deleted), and each run of `+` lines alone inserted. `-` lines carry the old line
/// numbers and `+` lines the new ones, so an insertion's place is its number less the lines the
/// snippet added above it.
fn diff_edits(lines: &[SnippetLine]) -> Vec<LineEdit> {
    let mut edits = Vec::new();
    let mut lines_added_above: i64 = 0;
    let mut index = 0;
    while index < lines.len() && edits.len() < MAX_SUGGESTIONS {
        let run_of = |mark: char, from: usize| {
            let mut end = from;
            while end < lines.len()
                && lines[end].mark == mark
                && (end == from || lines[end].number == lines[end - 1].number.saturating_add(1))
            {
                end += 1;
            }
            end
        };
        let texts = |run: &[SnippetLine]| -> Vec<String> {
            run.iter().map(|line| line.text.clone()).collect()
        };
        match lines[index].mark {
            '-' => {
                let removed_end = run_of('-', index);
                let added_end = run_of('+', removed_end);
                let removed = &lines[index..removed_end];
                let added = &lines[removed_end..added_end];
                let first = removed[0].number;
                let last = removed[removed.len() - 1].number;
                let edit = match added.is_empty() {
                    // Whole lines deleted, line endings included.
                    true => LineEdit {
                        line: first,
                        column: 1,
                        end_line: last.saturating_add(1),
                        end_column: 1,
                        replacement: String::new(),
                    },
                    false => replacement_between(first, &texts(removed), &texts(added)),
                };
                edits.push(edit);
                lines_added_above += added.len() as i64 - removed.len() as i64;
                index = added_end;
            }
            '+' => {
                let added_end = run_of('+', index);
                let added = &lines[index..added_end];
                let old_line = i64::from(added[0].number) - lines_added_above;
                if let Ok(old_line) = u32::try_from(old_line) {
                    if old_line >= 1 {
                        let mut replacement = texts(added).join("\n");
                        replacement.push('\n');
                        edits.push(LineEdit {
                            line: old_line,
                            column: 1,
                            end_line: old_line,
                            end_column: 1,
                            replacement,
                        });
                    }
                }
                lines_added_above += added.len() as i64;
                index = added_end;
            }
            _ => index += 1,
        }
    }
    edits
}

/// `9 ~ new text`: one changed line and nothing else. rustc numbers `~` lines as they are after
/// the change, so only a lone one is certainly the line of that number before it; the error's
/// snippet must have shown what it was.
fn changed_line_edit(lines: &[SnippetLine], shown_lines: &[Excerpt]) -> Option<LineEdit> {
    let [changed] = lines else {
        return None;
    };
    let original = shown_lines
        .iter()
        .find(|shown| shown.number == changed.number)?;
    let edit = replacement_between(
        changed.number,
        std::slice::from_ref(&original.text),
        std::slice::from_ref(&changed.text),
    );
    Some(edit)
}

/// An edit read from drawn lines, in source columns; `None` where the drawing hides them.
fn place_edit(edit: LineEdit, misaligned: &[Misalignment]) -> Option<LineEdit> {
    Some(LineEdit {
        column: source_column(misaligned, edit.line, edit.column)?,
        end_column: source_column(misaligned, edit.end_line, edit.end_column)?,
        ..edit
    })
}

/// The source column of what is drawn at `drawn_column` (both 1-based) on `line`.
fn source_column(misaligned: &[Misalignment], line: u32, drawn_column: u32) -> Option<u32> {
    let drawn_index = drawn_column.checked_sub(1)? as usize;
    match misaligned
        .iter()
        .find(|misalignment| misalignment.line == line)
    {
        None => Some(drawn_column),
        Some(misalignment) if drawn_index >= misalignment.from_index => {
            let index = drawn_index.checked_sub(misalignment.shift)?;
            u32::try_from(index).ok()?.checked_add(1)
        }
        Some(_) => None,
    }
}

fn suggestion_of_edit(
    message: &str,
    file: &str,
    edit: LineEdit,
    applicability: Applicability,
) -> Suggestion {
    Suggestion {
        message: message.to_string(),
        file: file.to_string(),
        line: edit.line,
        column: edit.column,
        end_line: edit.end_line,
        end_column: edit.end_column,
        replacement: edit.replacement,
        applicability,
    }
}

/// A line of a help snippet with one run of `+` under it.
struct MarkedInsertion {
    line: u32,
    start: usize,
    length: usize,
    new_line: Vec<char>,
}

impl MarkedInsertion {
    /// Where the insertion goes in the original line and what it inserts: (line, column, text).
    ///
    /// rustc does not underline the whitespace at the ends of an insertion (`let mut count`
    /// marks `mut` but inserts `mut `), so the original line, when the error's snippet showed it,
    /// settles what was inserted; otherwise a space that would be doubled is taken as inserted.
    fn place(&self, original: Option<&str>) -> Option<(u32, u32, String)> {
        if let Some(placed) = original.and_then(|original| self.place_by_difference(original)) {
            return Some(placed);
        }
        let end = self.start + self.length;
        let mut inserted: String = self.new_line[self.start..end].iter().collect();
        let space_before = self.start > 0 && self.new_line[self.start - 1] == ' ';
        if space_before && self.new_line.get(end) == Some(&' ') {
            inserted.push(' ');
        }
        Some((self.line, self.start as u32 + 1, inserted))
    }

    fn place_by_difference(&self, original: &str) -> Option<(u32, u32, String)> {
        let original: Vec<char> = original.chars().collect();
        let inserted_length = self.new_line.len().checked_sub(original.len())?;
        if inserted_length == 0 {
            return None;
        }
        let common_prefix = original
            .iter()
            .zip(&self.new_line)
            .take_while(|(a, b)| a == b)
            .count();
        let after = common_prefix + inserted_length;
        if self.new_line[after..] != original[common_prefix..] {
            return None;
        }
        let inserted: String = self.new_line[common_prefix..after].iter().collect();
        Some((self.line, common_prefix as u32 + 1, inserted))
    }
}

/// `----^^^^` where the dashes start at the primary column: a secondary span covers the start.
fn covered_by_dashes(chars: &[char], expected_start: usize, run_start: usize) -> bool {
    expected_start < run_start && chars[expected_start..run_start].iter().all(|c| *c == '-')
}

fn locate_note_once(
    notes: &mut [Note],
    index: usize,
    file: String,
    line: Option<u32>,
    column: Option<u32>,
) {
    if let Some(note) = notes.get_mut(index) {
        if note.file.is_none() {
            note.file = Some(file);
            note.line = line;
            note.column = column;
        }
    }
}

/// Runs of `mark` in `chars`, as (start index, length).
fn runs_of(chars: &[char], mark: char) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut index = 0;
    while index < chars.len() {
        if chars[index] != mark {
            index += 1;
            continue;
        }
        let start = index;
        while index < chars.len() && chars[index] == mark {
            index += 1;
        }
        runs.push((start, index - start));
    }
    runs
}

/// Cargo's progress lines, `   Compiling x v0.1.0`, right-align a capitalised verb to column 12:
/// they follow its location-less warnings and are not details of them.
fn is_cargo_status(line: &str) -> bool {
    let verb = line.trim_start_matches(' ');
    let verb_start = line.len() - verb.len();
    let verb_length = verb.find(' ').unwrap_or(verb.len());
    verb_start > 0
        && verb_start + verb_length == 12
        && verb.starts_with(|c: char| c.is_ascii_uppercase())
        && verb[..verb_length]
            .chars()
            .all(|c| c.is_ascii_alphabetic() || c == '-')
}

fn note_kind(word: &str) -> NoteKind {
    match word {
        "help" => NoteKind::Help,
        _ => NoteKind::Note,
    }
}

/// A note's text, cut at `MAX_NOTE_CHARS` characters (linker notes quote whole command lines).
fn clip(text: &str) -> String {
    match text.char_indices().nth(MAX_NOTE_CHARS) {
        Some((cut, _)) => text[..cut].to_string(),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Feeds lines as the engine would (a rejected line while idle is dropped) and finishes.
    fn parse(lines: &[&str]) -> (Vec<Occurrence>, Vec<Feed>) {
        let mut parser = RustcParser::default();
        let mut out = Vec::new();
        let mut feeds = Vec::new();
        for line in lines {
            feeds.push(parser.feed(line, &mut out));
        }
        parser.finish(&mut out);
        (out, feeds)
    }

    #[test]
    fn a_help_under_another_line_of_the_snippet_is_its_suggestion() {
        let (found, _) = parse(&[
            "error[E0308]: mismatched types",
            " --> main.rs:5:31",
            "  |",
            "5 | fn average(values: &[f64]) -> f64 {",
            "  |    -------                    ^^^ expected `f64`, found `()`",
            "  |    |",
            "  |    implicitly returns `()` as its body has no tail or `return` expression",
            "6 |     let sum: f64 = values.iter().sum();",
            "7 |     sum / values.len() as f64;",
            "  |                              - help: remove this semicolon to return this value",
        ]);
        let suggestion = &found[0].suggestions[0];
        assert_eq!(
            (
                suggestion.line,
                suggestion.column,
                suggestion.end_column,
                suggestion.replacement.as_str()
            ),
            (7, 30, 31, "")
        );
    }

    #[test]
    fn a_span_over_elided_lines_keeps_the_notes_and_help_after_it() {
        let (found, _) = parse(&[
            "error[E0369]: binary operation `==` cannot be applied to type `Vec<Token>`",
            "  --> src/lib.rs:42:9",
            "   |",
            "42 | /         assert_eq!(",
            "43 | |             toks,",
            "...  |",
            "53 | |         );",
            "   | |         ^",
            "   | |_________Vec<Token>",
            "   |           Vec<Token>",
            "   |",
            "note: an implementation of `PartialEq` might be missing for `Token`",
            "  --> src/lib.rs:2:1",
            "   |",
            " 2 | pub enum Token {",
            "   | ^^^^^^^^^^^^^^ must implement `PartialEq`",
            "help: consider annotating `Token` with `#[derive(PartialEq)]`",
            "   |",
            " 2 + #[derive(PartialEq)]",
            " 3 | pub enum Token {",
            "   |",
        ]);
        assert_eq!(found.len(), 1);
        let notes: Vec<&str> = found[0].notes.iter().map(|n| n.message.as_str()).collect();
        assert!(
            notes.contains(&"consider annotating `Token` with `#[derive(PartialEq)]`"),
            "{notes:?}"
        );
        assert_eq!(found[0].suggestions.len(), 1, "{:?}", found[0].suggestions);
    }

    #[test]
    fn hand_read_lines_are_read_as_their_regexes_would() {
        let location_regex =
            Regex::new(r"^ *--> (?P<file>.+):(?P<line>\d+):(?P<column>\d+)\s*$").unwrap();
        let header_regex = Regex::new(
            r"^(?P<severity>error|warning)(?:\[(?P<code>[A-Za-z0-9_:-]+)\])?: (?P<message>\S.*?)\s*$",
        )
        .unwrap();
        let extra = [
            " --> src/main.rs:2:13",
            "--> a:1:2  ",
            "  --> a:b:1:2",
            "  --> a:1:2:3",
            "  --> :1:2",
            "  --> a:1:",
            "  --> a::2",
            "  --> a:1:2x",
            "  --> a:1:2 \n ",
            "  --> a\nb:1:2",
            "  --> a:1:2\u{b}",
            "  --> é.rs:1:2",
            "  --> a.rs:١:2",
            "  = note: x  ",
            "= help: ",
            "  = note: a\nb",
            "  = note: a \n",
            "note: x\t",
            "help:x",
            "error: x",
            "error[E0425]:  x",
            "error[E0425]: x\n",
            "warning: \u{a0}x",
            "error: a\nb",
        ];
        let mut lines = crate::capture::fixture_lines("rust", &extra);
        lines.extend(crate::capture::fixture_lines("rust-ui-fixed", &[]));
        let footer = r"^ *= (?P<kind>note|help): (?P<message>.*?)\s*$";
        crate::capture::assert_reads_as(&FOOTER_NOTE, footer, &lines);
        let subdiagnostic = r"^(?P<kind>note|help): (?P<message>.*?)\s*$";
        crate::capture::assert_reads_as(&SUBDIAGNOSTIC, subdiagnostic, &lines);
        fn groups<'a>(c: regex::Captures<'a>, names: [&str; 3]) -> [&'a str; 3] {
            names.map(|name| c.name(name).map_or("?", |m| m.as_str()))
        }
        for line in &lines {
            let line = line.as_str();
            let expected = location_regex
                .captures(line)
                .map(|c| groups(c, ["file", "line", "column"]));
            assert_eq!(
                location(line).map(|(f, l, c)| [f, l, c]),
                expected,
                "{line:?}"
            );
            let expected = header_regex
                .captures(line)
                .map(|c| groups(c, ["severity", "code", "message"]));
            let found = header(line).map(|(c, message)| {
                let [severity, code, _] = groups(c, ["severity", "code", "severity"]);
                [severity, code, message]
            });
            assert_eq!(found, expected, "{line:?}");
        }
    }

    #[test]
    fn reads_a_full_diagnostic() {
        let (out, feeds) = parse(&[
            "error[E0308]: mismatched types",
            " --> src/main.rs:5:18",
            "  |",
            "5 |     let a: u32 = s.area();",
            "  |            ---   ^^^^^^^^ expected `u32`, found `i64`",
            "  |            |",
            "  |            expected due to this",
            "  |",
            "  = note: a footer note",
            "help: you can convert",
            "  |",
            "5 |     let a: u32 = s.area().try_into().unwrap();",
            "  |                          ++++++++++++++++++++",
            "",
        ]);
        assert_eq!(feeds.last(), Some(&Feed::Done));
        assert_eq!(out.len(), 1);
        let occurrence = &out[0];
        assert_eq!(occurrence.code.as_deref(), Some("E0308"));
        assert_eq!(occurrence.message, "mismatched types");
        assert_eq!(occurrence.file.as_deref(), Some("src/main.rs"));
        assert_eq!(
            (
                occurrence.line,
                occurrence.column,
                occurrence.end_line,
                occurrence.end_column
            ),
            (Some(5), Some(18), Some(5), Some(26))
        );
        let notes: Vec<(NoteKind, &str)> = occurrence
            .notes
            .iter()
            .map(|n| (n.kind, n.message.as_str()))
            .collect();
        assert_eq!(
            notes,
            [
                (NoteKind::Note, "expected `u32`, found `i64`"),
                (NoteKind::Note, "a footer note"),
                (NoteKind::Help, "you can convert"),
            ]
        );
        let suggestion = &occurrence.suggestions[0];
        assert_eq!((suggestion.line, suggestion.column), (5, 26));
        assert_eq!(suggestion.replacement, ".try_into().unwrap()");
        assert_eq!(suggestion.applicability, Applicability::MaybeIncorrect);
    }

    #[test]
    fn skips_summaries_and_ends_the_record_before_them() {
        let (out, feeds) = parse(&[
            "warning: unused variable: `x`",
            " --> src/lib.rs:2:9",
            "warning: `demo` (lib) generated 1 warning (run `cargo fix --lib -p demo` to apply 1 suggestion)",
            "error: aborting due to 2 previous errors; 1 warning emitted",
            "error: could not compile `demo` (lib) due to 2 previous errors",
            "warning: 3 warnings emitted",
            "warning: build failed, waiting for other jobs to finish...",
        ]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].severity, Severity::Warning);
        assert_eq!(feeds[2], Feed::Done);
        assert!(feeds[3..].iter().all(|f| *f == Feed::Rejected));
    }

    #[test]
    fn triggers_stay_on_one_line() {
        let buffer = "note\nsrc/main.rs:3:20: error[E0425]: x\n";
        for trigger in RustcParser::default().triggers() {
            let regex = regex::Regex::new(&format!("(?m){trigger}")).expect("valid trigger");
            if let Some(found) = regex.find(buffer) {
                assert!(!found.as_str().contains('\n'), "{trigger}");
            }
        }
    }

    #[test]
    fn reads_the_short_format() {
        let (out, feeds) = parse(&[
            "src/main.rs:3:20: error[E0425]: cannot find value `totl` in this scope",
            r"C:\proj\src\lib.rs:1:5: warning: unused import: `std::fmt`",
        ]);
        assert_eq!(feeds, [Feed::Done, Feed::Done]);
        assert_eq!(out[0].code.as_deref(), Some("E0425"));
        assert_eq!((out[0].line, out[0].column), (Some(3), Some(20)));
        assert_eq!(out[1].file.as_deref(), Some(r"C:\proj\src\lib.rs"));
        assert_eq!(out[1].severity, Severity::Warning);
    }

    #[test]
    fn keeps_cargo_cause_chains_and_the_toml_position() {
        let (out, feeds) = parse(&[
            "error: failed to parse manifest at `/p/Cargo.toml`",
            "",
            "Caused by:",
            "  TOML parse error at line 6, column 14",
            "    |",
            "  6 | [dependencies",
            "    |              ^",
            "  invalid table header",
            "",
            "Caused by:",
            "  second cause",
            "",
            "next unrelated line",
        ]);
        assert_eq!(feeds.last(), Some(&Feed::Rejected));
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].file.as_deref(), Some("/p/Cargo.toml"));
        assert_eq!((out[0].line, out[0].column), (Some(6), Some(14)));
        let notes: Vec<&str> = out[0].notes.iter().map(|n| n.message.as_str()).collect();
        assert_eq!(
            notes,
            ["TOML parse error at line 6, column 14", "second cause"]
        );
    }

    #[test]
    fn a_location_less_error_ends_at_a_foreign_line() {
        let (out, feeds) = parse(&[
            "error: linker `cc` not found",
            "Traceback (most recent call last):",
        ]);
        assert_eq!(feeds, [Feed::Consumed, Feed::Rejected]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].file, None);
        assert!(out[0].notes.is_empty());
    }

    #[test]
    fn takes_the_manifest_prefix_as_the_file_and_leaves_cargo_progress_alone() {
        let (out, feeds) = parse(&[
            "warning: /p/Cargo.toml: unused manifest key: package.colour",
            "   Compiling demo v0.1.0 (/p)",
            "    Finished `dev` profile [unoptimized + debuginfo] target(s) in 0.24s",
        ]);
        assert_eq!(feeds[1], Feed::Rejected);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].file.as_deref(), Some("/p/Cargo.toml"));
        assert_eq!(out[0].message, "unused manifest key: package.colour");
        assert!(out[0].notes.is_empty());
        assert!(is_cargo_status("  Downloaded serde v1.0.0"));
        assert!(is_cargo_status("   Doc-tests demo"));
        assert!(!is_cargo_status("  missing field `name`"));
        assert!(!is_cargo_status("Compiling"));
    }

    #[test]
    fn a_new_header_flushes_the_previous_record() {
        let (out, feeds) = parse(&[
            "error[E0425]: cannot find value `a` in this scope",
            " --> a.rs:1:1",
            "error[E0425]: cannot find value `b` in this scope",
            " --> b.rs:2:2",
        ]);
        assert_eq!(feeds, [Feed::Consumed; 4]);
        assert_eq!(out.len(), 2);
        assert_eq!(out[1].file.as_deref(), Some("b.rs"));
    }

    #[test]
    fn reads_the_end_of_a_multiline_span_drawn_with_connectors() {
        let (out, _) = parse(&[
            "error[E0308]: mismatched types",
            " --> main.rs:3:17",
            "  |",
            "3 |       let x: u8 = foo(1,",
            "  |  ____________--___^",
            "  | |            |",
            "  | |            expected due to this",
            "4 | |         2);",
            "  | |__________^ expected `u8`, found `()`",
            "",
        ]);
        assert_eq!((out[0].end_line, out[0].end_column), (Some(4), Some(11)));
        assert_eq!(out[0].notes[0].message, "expected `u8`, found `()`");
    }

    #[test]
    fn marks_shifted_by_tabs_keep_their_length_and_shift_inline_fixes_back() {
        let (out, _) = parse(&[
            "error[E0308]: mismatched types",
            " --> main.rs:9:22",
            "  |",
            "9 |     let count: String = 5;",
            "  |                ------   ^ expected `String`, found integer",
            "help: try using a conversion method",
            "  |",
            "9 |     let count: String = 5.to_string();",
            "  |                          ++++++++++++",
            "",
        ]);
        assert_eq!((out[0].end_line, out[0].end_column), (Some(9), Some(23)));
        // The line starts with a tab drawn as four spaces: three columns too far right.
        let suggestion = &out[0].suggestions[0];
        assert_eq!((suggestion.line, suggestion.column), (9, 23));
        assert_eq!(suggestion.replacement, ".to_string()");
    }

    #[test]
    fn reads_replacements_drawn_as_removed_and_added_lines() {
        let (out, _) = parse(&[
            "error[E0599]: no method named `lenght` found for struct `Vec<&str>` in the current scope",
            "  --> main.rs:19:26",
            "   |",
            "19 |     println!(\"{}\", words.lenght());",
            "   |                          ^^^^^^",
            "   |",
            "help: there is a method `len` with a similar name",
            "   |",
            "19 -     println!(\"{}\", words.lenght());",
            "19 +     println!(\"{}\", words.len());",
            "   |",
            "",
        ]);
        let suggestion = &out[0].suggestions[0];
        assert_eq!(
            (
                suggestion.line,
                suggestion.column,
                suggestion.end_line,
                suggestion.end_column
            ),
            (19, 29, 19, 32)
        );
        assert_eq!(suggestion.replacement, "");
        assert_eq!(suggestion.applicability, Applicability::MaybeIncorrect);
    }

    #[test]
    fn reads_removals_that_labels_ask_for() {
        let (out, _) = parse(&[
            "warning: variable does not need to be mutable",
            " --> src/main.rs:6:9",
            "  |",
            "6 |     let mut name = String::from(\"x\");",
            "  |         ----^^^^",
            "  |         |",
            "  |         help: remove this `mut`",
            "",
            "warning: unnecessary trailing semicolon",
            "  --> main.rs:44:15",
            "   |",
            "44 |     let x = 1;;",
            "   |               ^ help: remove this semicolon",
            "",
        ]);
        let removals: Vec<(u32, u32, &str, Applicability)> = out
            .iter()
            .flat_map(|o| &o.suggestions)
            .map(|s| {
                (
                    s.column,
                    s.end_column,
                    s.replacement.as_str(),
                    s.applicability,
                )
            })
            .collect();
        assert_eq!(
            removals,
            [
                (9, 13, "", Applicability::MachineApplicable),
                (15, 16, "", Applicability::MaybeIncorrect)
            ]
        );
    }

    #[test]
    fn adds_the_use_item_removal_that_rustc_does_not_draw() {
        let (out, _) = parse(&[
            "warning: unused import: `std::fmt::Write`",
            " --> src/main.rs:2:5",
            "  |",
            "2 | use std::fmt::Write;",
            "  |     ^^^^^^^^^^^^^^^",
            "",
        ]);
        let suggestion = &out[0].suggestions[0];
        assert_eq!(suggestion.message, "remove the whole `use` item");
        assert_eq!(
            (
                suggestion.line,
                suggestion.column,
                suggestion.end_line,
                suggestion.end_column
            ),
            (2, 1, 3, 1)
        );
        assert_eq!(suggestion.applicability, Applicability::MachineApplicable);
    }

    #[test]
    fn a_lone_changed_line_is_read_against_the_line_the_error_showed() {
        let (out, _) = parse(&[
            "error[E0308]: mismatched types",
            " --> main.rs:3:5",
            "  |",
            "3 |     compute(a)",
            "  |     ^^^^^^^^^^ expected `u8`",
            "help: try this",
            "  |",
            "3 ~     compute(a).into()",
            "",
            "error[E0716]: temporary value dropped while borrowed",
            " --> main.rs:27:17",
            "  |",
            "27 |     greeting = &String::from(\"hi\");",
            "   |                 ^^^^^^^^^^^^^^^^^^",
            "help: consider using a `let` binding to create a longer lived value",
            "   |",
            "27 ~     let binding = String::from(\"hi\");",
            "28 ~     greeting = &binding;",
            "",
        ]);
        let suggestion = &out[0].suggestions[0];
        assert_eq!((suggestion.line, suggestion.column), (3, 15));
        assert_eq!(suggestion.replacement, ".into()");
        // Two `~` lines: a line may have been added, so their numbers say nothing certain.
        assert!(out[1].suggestions.is_empty());
    }

    #[test]
    fn bounds_what_one_record_keeps() {
        let long_note = format!("  = note: {}", "x".repeat(5000));
        let mut lines = vec!["error: linking with `cc` failed: exit status: 1", "  |"];
        lines.extend(std::iter::repeat_n(long_note.as_str(), 200));
        let (out, _) = parse(&lines);
        assert_eq!(out[0].notes.len(), MAX_NOTES);
        assert!(out[0]
            .notes
            .iter()
            .all(|n| n.message.len() <= MAX_NOTE_CHARS));
    }

    #[test]
    fn declines_what_is_not_rustc_and_never_panics() {
        let (out, feeds) = parse(&["error: ", "errors: 3", "  |", "warning:x", "3 | code"]);
        assert!(out.is_empty());
        assert!(feeds.iter().all(|f| *f == Feed::Rejected));
        // Odd mixes of real fragments, wide characters and broken marks.
        let fragments = [
            "error[E0001]: é",
            " --> ü.rs:99999999999:1",
            " --> x.rs:1:4294967295",
            "1 | ñ",
            "  | ^^^^^^^^^^^^^^^^^^^^ label",
            "  | |_^",
            "  |  ____^",
            "help: x: `y`",
            "4294967296 + added",
            "1 +",
            "  |     ++++++++++++++++++++++++++++",
            "1 | 日本",
            "  | ++",
            "note: n",
            " --> n.rs:1:1",
            "",
            "Caused by:",
            "  TOML parse error at line 99999999999, column 1",
            "...",
            "\u{0}",
        ];
        let mut seed = 7u64;
        for _ in 0..300 {
            let mut lines = Vec::new();
            for _ in 0..12 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                lines.push(fragments[(seed >> 33) as usize % fragments.len()]);
            }
            let (out, _) = parse(&lines);
            for occurrence in out {
                assert!(occurrence.notes.len() <= MAX_NOTES);
            }
        }
    }
}
