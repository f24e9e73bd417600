//! Turns raw tool output (any bytes) into `Occurrence`s, streaming and line-oriented.
//!
//! The engine splits input into lines (lossy UTF-8, ANSI stripped, CR handled, over-long lines
//! truncated), and hands them to per-tool parsers. Each parser declares *trigger* regexes for the
//! first line of its records; while no parser is inside a record the engine does not look at lines
//! one by one but searches the buffer for the next trigger with one combined regex, which is what
//! makes it fast on long logs where errors are rare. A parser inside a multi-line record sees every
//! line until it says the record is over.

mod ansi;
mod eslint;
mod gcc;
mod generic;
mod go;
mod javac;
mod mypy;
mod node;
mod paths;
mod pytest;
mod python;
mod ruff;
mod rust_panic;
mod rustc;
mod rustc_json;
mod rustc_suggestions;
mod triggers;
mod tsc;

use std::path::PathBuf;

use crate::occurrence::Occurrence;

pub use go::compiler_wording as go_compiler_wording;
pub use paths::{resolve_occurrence, resolve_path};

/// An ESLint rule message as selfheal reads it in every format: without its final period.
pub(crate) use eslint::without_final_period as eslint_message;

/// Lines longer than this are cut here for parsing; the rest of the line is skipped.
pub const MAX_LINE_BYTES: usize = 1 << 20;

/// What a parser says about a line it was offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feed {
    /// The line belongs to the record in progress (or started one); send the next line too.
    Consumed,
    /// The line completed a record, which has been pushed; the parser is idle again.
    Done,
    /// The line is not this parser's. Any record in progress has been pushed; the parser is idle.
    Rejected,
}

/// A parser for one tool's output format.
///
/// A parser is a small state machine. It is offered a line either because one of its `triggers`
/// matched it, or because it answered `Consumed` to the previous line. It must never panic, on any
/// input: a line it does not understand is `Rejected`.
pub trait Parser: Send {
    /// Regexes matched against a single line (no terminator, ANSI stripped) that may start a
    /// record. Each starts with `^` (the engine searches them anchored at the line's start; see
    /// `triggers`), must not use `\A`/`\z` and should not match across a newline.
    fn triggers(&self) -> &'static [&'static str];
    /// Offers one line. See `Feed`.
    fn feed(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Feed;
    /// End of input: push any record in progress.
    fn finish(&mut self, out: &mut Vec<Occurrence>);
}

/// How to capture.
#[derive(Debug, Clone, Default)]
pub struct CaptureOptions {
    /// Relative paths in the output are resolved against this directory.
    pub cwd: Option<PathBuf>,
}

/// The streaming capture engine. Feed it bytes as they arrive; it pushes occurrences as soon as
/// their records are complete.
pub struct Capture {
    parsers: Vec<Box<dyn Parser>>,
    /// All parsers' triggers, for scanning a buffer and dispatching a line.
    triggers: &'static triggers::Triggers,
    /// The triggers' search cache, reused from line to line.
    trigger_cache: regex_automata::meta::Cache,
    active: Option<usize>,
    options: CaptureOptions,
    /// Bytes after the last newline seen, waiting for the rest of their line.
    pending: Vec<u8>,
    /// Inside an over-long line: drop bytes up to the next newline.
    skipping_long_line: bool,
    /// An ANSI escape sequence split across two feeds.
    ansi: ansi::AnsiStripper,
    scratch: Vec<u8>,
}

impl Default for Capture {
    fn default() -> Self {
        Capture::new(CaptureOptions::default())
    }
}

impl Capture {
    pub fn new(options: CaptureOptions) -> Self {
        let triggers = &*triggers::TRIGGERS;
        Capture {
            parsers: all_parsers(),
            triggers,
            trigger_cache: triggers.create_cache(),
            active: None,
            options,
            pending: Vec::new(),
            skipping_long_line: false,
            ansi: ansi::AnsiStripper::default(),
            scratch: Vec::new(),
        }
    }

    /// The trigger regexes of all parsers, in priority order (for benchmarks and peers).
    pub fn trigger_patterns() -> Vec<&'static str> {
        all_parsers()
            .iter()
            .flat_map(|p| p.triggers().iter().copied())
            .collect()
    }

    /// Feeds a chunk of raw bytes; complete occurrences are appended to `out`.
    pub fn feed(&mut self, bytes: &[u8], out: &mut Vec<Occurrence>) {
        let start = out.len();
        let mut stripped = std::mem::take(&mut self.scratch);
        let input: &[u8] = if self.ansi.in_sequence() || memchr::memchr(0x1b, bytes).is_some() {
            stripped.clear();
            self.ansi.strip_into(bytes, &mut stripped);
            &stripped
        } else {
            bytes
        };
        let mut rest = input;
        if !self.pending.is_empty() || self.skipping_long_line {
            // Finish the line begun in an earlier chunk.
            match memchr::memchr(b'\n', rest) {
                Some(newline) => {
                    self.extend_line(&rest[..newline], out);
                    self.end_line(out);
                    rest = &rest[newline + 1..];
                }
                None => {
                    self.extend_line(rest, out);
                    rest = &[];
                }
            }
        }
        let complete = memchr::memrchr(b'\n', rest).map_or(0, |last_newline| last_newline + 1);
        self.scan(&rest[..complete], out);
        self.extend_line(&rest[complete..], out);
        self.scratch = stripped;
        self.resolve_new(out, start);
    }

    /// End of input: flushes the last line and any record in progress.
    pub fn finish(&mut self, out: &mut Vec<Occurrence>) {
        let start = out.len();
        self.end_line(out);
        if let Some(active) = self.active.take() {
            self.parsers[active].finish(out);
        }
        self.resolve_new(out, start);
    }

    /// Adds bytes to the unfinished line; an over-long line is parsed up to `MAX_LINE_BYTES` at
    /// once and the rest of it skipped.
    fn extend_line(&mut self, bytes: &[u8], out: &mut Vec<Occurrence>) {
        if self.skipping_long_line || bytes.is_empty() {
            return;
        }
        let room = MAX_LINE_BYTES.saturating_sub(self.pending.len());
        if bytes.len() <= room {
            self.pending.extend_from_slice(bytes);
            return;
        }
        self.pending.extend_from_slice(&bytes[..room]);
        self.flush_pending(out);
        self.skipping_long_line = true;
    }

    /// The unfinished line met its newline.
    fn end_line(&mut self, out: &mut Vec<Occurrence>) {
        if !self.skipping_long_line && !self.pending.is_empty() {
            self.flush_pending(out);
        }
        self.skipping_long_line = false;
    }

    fn flush_pending(&mut self, out: &mut Vec<Occurrence>) {
        let line = std::mem::take(&mut self.pending);
        self.offer_line(&line, out);
        self.pending = line;
        self.pending.clear();
    }

    /// Processes a buffer of complete lines (ends with `\n` or is empty).
    fn scan(&mut self, buffer: &[u8], out: &mut Vec<Occurrence>) {
        let mut position = 0;
        while position < buffer.len() {
            if self.active.is_none() {
                // Jump to the next line that any trigger matches.
                match self
                    .triggers
                    .find_from(&mut self.trigger_cache, buffer, position)
                {
                    Some(found) => {
                        position = match memchr::memrchr(b'\n', &buffer[position..found]) {
                            Some(offset) => position + offset + 1,
                            None => position,
                        };
                    }
                    None => return,
                }
            }
            let end = match memchr::memchr(b'\n', &buffer[position..]) {
                Some(offset) => position + offset,
                None => buffer.len(),
            };
            let line = &buffer[position..end];
            let line = &line[..line.len().min(MAX_LINE_BYTES)];
            self.offer_line(line, out);
            position = end + 1;
        }
    }

    /// Offers one raw line (without its `\n`) to the active parser, else to the parsers whose
    /// triggers match it.
    fn offer_line(&mut self, raw: &[u8], out: &mut Vec<Occurrence>) {
        let raw = visible_line(raw);
        // `from_utf8` checks valid (mostly ASCII) text several times faster than `from_utf8_lossy`
        // walks it, and gives the same borrowed text.
        let text = match std::str::from_utf8(raw) {
            Ok(text) => std::borrow::Cow::Borrowed(text),
            Err(_) => String::from_utf8_lossy(raw),
        };
        if let Some(active) = self.active {
            match self.parsers[active].feed(&text, out) {
                Feed::Consumed => return,
                Feed::Done => {
                    self.active = None;
                    return;
                }
                Feed::Rejected => self.active = None,
            }
        }
        // The parsers whose triggers match, in priority order, until one takes the line.
        let line = text.as_bytes();
        let mut next = self.triggers.first_parser(&mut self.trigger_cache, line);
        while let Some(owner) = next {
            match self.parsers[owner].feed(&text, out) {
                Feed::Consumed => {
                    self.active = Some(owner);
                    return;
                }
                Feed::Done => return,
                Feed::Rejected => {}
            }
            next = self
                .triggers
                .next_parser(&mut self.trigger_cache, line, owner);
        }
    }

    fn resolve_new(&mut self, out: &mut [Occurrence], start: usize) {
        let Some(cwd) = &self.options.cwd else { return };
        for occurrence in &mut out[start..] {
            paths::resolve_occurrence(occurrence, cwd);
        }
    }
}

/// Runs the whole capture over one string: the convenience form for tests and small inputs.
pub fn capture_text(text: &str, options: CaptureOptions) -> Vec<Occurrence> {
    let mut capture = Capture::new(options);
    let mut out = Vec::new();
    capture.feed(text.as_bytes(), &mut out);
    capture.finish(&mut out);
    out
}

/// What a terminal would show of a line: without its trailing `\r`, and of a line that a `\r`
/// overwrote (progress bars), only the part after the last `\r`.
fn visible_line(raw: &[u8]) -> &[u8] {
    let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
    match memchr::memrchr(b'\r', raw) {
        Some(carriage_return) => &raw[carriage_return + 1..],
        None => raw,
    }
}

/// The message that a regex's `(?P<message>.*?)\s*$` would capture of `rest`, the text after
/// the regex's prefix: `rest` without trailing whitespace (`\s` is Unicode `White_Space`, like
/// `char::is_whitespace`), which must hold no `\n` (`.`). Parsers read such messages by hand
/// after a regex for the prefix alone: the lazy group made the capture search backtrack over
/// the whole message.
fn trimmed_message(rest: &str) -> Option<&str> {
    let message = rest.trim_end();
    (!message.contains('\n')).then_some(message)
}

/// A regex for a line that ends in a message, `prefix(?P<name>.*?)\s*$` (`new`) or
/// `prefix(?P<name>.*)$` (`rest_of_line`), searched as `prefix` alone with the message read by
/// hand: a message group made every capture search of the whole regex backtrack over the
/// message. The same on lines without a `\n` (the engine splits lines on it): the prefix's first
/// match is then the one the whole regex takes.
pub(crate) struct MessageRegex {
    prefix: regex::Regex,
    name: &'static str,
    trimmed: bool,
}

/// A `MessageRegex`'s captures: the prefix's groups and the message.
pub(crate) struct MessageCaptures<'a> {
    groups: regex::Captures<'a>,
    name: &'static str,
    message: &'a str,
}

impl MessageRegex {
    /// `prefix(?P<name>.*?)\s*$`: the message without trailing whitespace.
    pub(crate) fn new(prefix: &str, name: &'static str) -> MessageRegex {
        let prefix = regex::Regex::new(prefix).expect("valid regex");
        MessageRegex {
            prefix,
            name,
            trimmed: true,
        }
    }

    /// `prefix(?P<name>.*)$`: the message is the rest of the line.
    pub(crate) fn rest_of_line(prefix: &str, name: &'static str) -> MessageRegex {
        MessageRegex {
            trimmed: false,
            ..MessageRegex::new(prefix, name)
        }
    }

    /// The message of `rest`, the text after the prefix.
    fn message<'a>(&self, rest: &'a str) -> Option<&'a str> {
        match self.trimmed {
            true => trimmed_message(rest),
            false => (!rest.contains('\n')).then_some(rest),
        }
    }

    pub(crate) fn captures<'a>(&self, line: &'a str) -> Option<MessageCaptures<'a>> {
        let groups = self.prefix.captures(line)?;
        let message = self.message(&line[groups.get(0)?.end()..])?;
        Some(MessageCaptures {
            groups,
            name: self.name,
            message,
        })
    }

    pub(crate) fn is_match(&self, line: &str) -> bool {
        self.prefix
            .find(line)
            .is_some_and(|prefix| self.message(&line[prefix.end()..]).is_some())
    }
}

impl<'a> MessageCaptures<'a> {
    /// A group of the prefix.
    pub(crate) fn name(&self, name: &str) -> Option<regex::Match<'a>> {
        self.groups.name(name)
    }

    pub(crate) fn message(&self) -> &'a str {
        self.message
    }
}

impl std::ops::Index<&str> for MessageCaptures<'_> {
    type Output = str;

    /// The message, or a group of the prefix (which must have matched).
    fn index(&self, name: &str) -> &str {
        match name == self.name {
            true => self.message,
            false => &self.groups[name],
        }
    }
}

/// Checks that `regex` captures what the whole regex `full` does on every line.
#[cfg(test)]
pub(crate) fn assert_reads_as(regex: &MessageRegex, full: &str, lines: &[String]) {
    let full = regex::Regex::new(full).expect("valid regex");
    for line in lines {
        let expected = full.captures(line);
        let found = regex.captures(line);
        assert_eq!(found.is_some(), expected.is_some(), "{line:?}");
        assert_eq!(regex.is_match(line), expected.is_some(), "{line:?}");
        let (Some(expected), Some(found)) = (expected, found) else {
            continue;
        };
        for name in full.capture_names().flatten() {
            let found = match name == regex.name {
                true => Some(found.message()),
                false => found.name(name).map(|m| m.as_str()),
            };
            assert_eq!(
                found,
                expected.name(name).map(|m| m.as_str()),
                "{name} in {line:?}"
            );
        }
    }
}

/// `file:line:column` ending `text`, as `(?P<file>…):(?P<line>\d+):(?P<column>\d+)$` would split
/// it on ASCII text (the parsers fall back to their regexes on other text, where `\d` is any
/// Unicode digit): the line and column are the last two numbers, the file all before them, not
/// empty.
fn file_line_column(text: &str) -> Option<(&str, &str, &str)> {
    let (rest, column) = split_trailing_digits(text)?;
    let (file, line) = split_trailing_digits(rest.strip_suffix(':')?)?;
    let file = file.strip_suffix(':').filter(|file| !file.is_empty())?;
    Some((file, line, column))
}

/// `text` without the ASCII digits that end it, and those digits (at least one).
fn split_trailing_digits(text: &str) -> Option<(&str, &str)> {
    let kept = text.trim_end_matches(|c: char| c.is_ascii_digit());
    (kept.len() < text.len()).then(|| text.split_at(kept.len()))
}

/// All parsers in priority order: specific formats first, the generic `file:line:` fallback last.
fn all_parsers() -> Vec<Box<dyn Parser>> {
    vec![
        Box::new(rustc_json::RustcJsonParser::default()),
        Box::new(tsc::TscParser::default()),
        Box::new(eslint::EslintParser::default()),
        Box::new(node::NodeParser::default()),
        Box::new(pytest::PytestParser::default()),
        Box::new(python::PythonParser::default()),
        Box::new(mypy::MypyParser::default()),
        Box::new(ruff::RuffParser::default()),
        Box::new(gcc::GccParser::default()),
        Box::new(go::GoParser::default()),
        Box::new(javac::JavacParser::default()),
        Box::new(rust_panic::RustPanicParser::default()),
        // rustc's bare `error: …` / `warning: …` headers are the broadest trigger of all but the
        // fallback: every tool with a more specific form of such a line goes first.
        Box::new(rustc::RustcParser::default()),
        Box::new(generic::GenericParser),
    ]
}

/// Every line of the recorded outputs of one fixture family (`tests/fixtures/<family>`) after
/// `extra` lines: the lines a hand-written reader is checked against its regex on.
#[cfg(test)]
pub(crate) fn fixture_lines(family: &str, extra: &[&str]) -> Vec<String> {
    let mut lines: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(family);
    for case in std::fs::read_dir(root).unwrap().flatten() {
        if let Ok(text) = std::fs::read_to_string(case.path().join("output.txt")) {
            lines.extend(text.lines().map(str::to_string));
        }
    }
    lines
}

/// Drives a single parser over `text` exactly as the engine would (triggers while idle; a line
/// the active parser rejects is offered to its triggers again) — for parsers' unit tests.
#[cfg(test)]
pub(crate) fn parse_with(mut parser: impl Parser, text: &str) -> Vec<Occurrence> {
    let triggers: Vec<regex::Regex> = parser
        .triggers()
        .iter()
        .map(|t| regex::Regex::new(&format!("(?m){t}")).expect("trigger compiles"))
        .collect();
    let mut out = Vec::new();
    let mut active = false;
    for line in text.lines() {
        if active {
            match parser.feed(line, &mut out) {
                Feed::Consumed => continue,
                Feed::Done => {
                    active = false;
                    continue;
                }
                Feed::Rejected => active = false,
            }
        }
        if triggers.iter().any(|t| t.is_match(line)) {
            active = parser.feed(line, &mut out) == Feed::Consumed;
        }
    }
    parser.finish(&mut out);
    out
}
