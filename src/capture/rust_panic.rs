//! Parses Rust panics, as `cargo test` prints them for a failed test (and any program prints them
//! when it panics):
//!
//! ```text
//! thread 'tests::adds' (18353) panicked at src/lib.rs:15:9:   <- where (Rust 1.73 and later)
//! assertion `left == right` failed: adding 1 and 1              <- the panic message
//!   left: 5                                                     <- what the assertion compared
//!  right: 4
//! note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
//! ```
//!
//! and the older form, where the message is quoted before the location:
//!
//! ```text
//! thread 'tests::adds' panicked at 'assertion failed: `(left == right)`
//!   left: `5`,
//!  right: `4`', src/lib.rs:15:9
//! ```
//!
//! The occurrence is an error at the panic's location with the message's first line; the other
//! lines of the message (`left:`/`right:`) are notes, and so is the thread (the test's name). A
//! `stack backtrace:` that follows is read to its end and left out.

use std::sync::LazyLock;

use regex::Regex;

use super::{Feed, Parser};
use crate::occurrence::{Note, NoteKind, Occurrence, Severity, Tool};

/// Message lines kept as notes after the first.
const MAX_MESSAGE_LINES: usize = 20;

/// `thread 'x' (123) panicked at src/lib.rs:15:9:` — the location ends the line.
static LOCATED_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^thread '(?P<thread>[^']*)'(?: \(\d+\))? panicked at (?P<file>.+?):(?P<line>\d+):(?P<column>\d+):$",
    )
    .expect("valid regex")
});

/// `thread 'x' panicked at 'message…` — the older form: the quoted message comes first.
static QUOTED_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^thread '(?P<thread>[^']*)'(?: \(\d+\))? panicked at '(?P<message>.*)$")
        .expect("valid regex")
});

/// `…', src/lib.rs:15:9`: the end of an older panic's message, and its location.
static QUOTED_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<message>.*)', (?P<file>[^\s:][^:]*):(?P<line>\d+):(?P<column>\d+)$")
        .expect("valid regex")
});

/// Lines after a panic message that are not part of it.
static MESSAGE_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:note: run with `RUST_BACKTRACE=",
        r"|stack backtrace:$",
        r"|---- .* stdout ----$",
        r"|failures:$",
        r"|test result: ",
        r"|thread '[^']*'(?: \(\d+\))? panicked at ",
        r"|error: test failed",
        r")",
    ))
    .expect("valid regex")
});

#[derive(Default)]
pub struct RustPanicParser {
    state: State,
}

#[derive(Default)]
enum State {
    #[default]
    Idle,
    /// After a located header: the message's lines.
    Message(Box<Panic>),
    /// Inside an older panic's quoted message, which ends with `', file:line:col`.
    QuotedMessage(Box<Panic>),
    /// Inside a `stack backtrace:`.
    Backtrace,
}

struct Panic {
    occurrence: Occurrence,
    lines: Vec<String>,
}

impl Panic {
    fn new(thread: &str) -> Panic {
        let mut occurrence = Occurrence::new(Tool::Rustc, Severity::Error, "");
        occurrence
            .notes
            .push(Note::new(NoteKind::Context, format!("thread '{thread}'")));
        Panic {
            occurrence,
            lines: Vec::new(),
        }
    }

    fn locate(&mut self, captures: &regex::Captures) {
        self.occurrence.file = Some(captures["file"].to_string());
        self.occurrence.line = captures["line"].parse().ok();
        self.occurrence.column = captures["column"].parse().ok();
    }

    fn push_line(&mut self, line: &str) {
        if self.lines.len() <= MAX_MESSAGE_LINES {
            self.lines.push(line.to_string());
        }
    }

    /// The occurrence, once the message has been read; `None` for a panic without a message
    /// or location.
    fn into_occurrence(mut self) -> Option<Occurrence> {
        let mut lines = self.lines.into_iter().skip_while(|l| l.trim().is_empty());
        let headline = lines.next()?;
        self.occurrence.file.as_ref()?;
        self.occurrence.message = headline.trim_end().to_string();
        for line in lines.filter(|l| !l.trim().is_empty()) {
            // `  left: 5` is aligned with ` right: 4`; the values are what matters.
            self.occurrence
                .notes
                .push(Note::new(NoteKind::Note, line.trim().to_string()));
        }
        Some(self.occurrence)
    }
}

impl RustPanicParser {
    fn start(&mut self, line: &str) -> Option<Feed> {
        if let Some(header) = LOCATED_HEADER.captures(line) {
            let mut panic = Panic::new(&header["thread"]);
            panic.locate(&header);
            self.state = State::Message(Box::new(panic));
            return Some(Feed::Consumed);
        }
        let header = QUOTED_HEADER.captures(line)?;
        let mut panic = Panic::new(&header["thread"]);
        let first = &header["message"];
        match QUOTED_END.captures(first) {
            Some(end) => {
                panic.locate(&end);
                panic.push_line(&end["message"]);
                self.state = State::Message(Box::new(panic));
            }
            None => {
                panic.push_line(first);
                self.state = State::QuotedMessage(Box::new(panic));
            }
        }
        Some(Feed::Consumed)
    }

    fn end_panic(&mut self, out: &mut Vec<Occurrence>) {
        match std::mem::take(&mut self.state) {
            State::Message(panic) | State::QuotedMessage(panic) => {
                out.extend(panic.into_occurrence());
            }
            State::Idle | State::Backtrace => {}
        }
    }
}

impl Parser for RustPanicParser {
    fn triggers(&self) -> &'static [&'static str] {
        &[r"^thread '[^'\n]*'(?: \(\d+\))? panicked at "]
    }

    fn feed(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Feed {
        match &mut self.state {
            State::Idle => self.start(line).unwrap_or(Feed::Rejected),
            State::QuotedMessage(panic) => {
                match QUOTED_END.captures(line) {
                    Some(end) => {
                        panic.locate(&end);
                        panic.push_line(&end["message"]);
                        self.end_panic(out);
                        return Feed::Done;
                    }
                    None if MESSAGE_END.is_match(line) => {}
                    None => {
                        panic.push_line(line);
                        return Feed::Consumed;
                    }
                }
                // The quote never closed: what was read is not a panic we can place.
                self.state = State::Idle;
                self.start(line).unwrap_or(Feed::Rejected)
            }
            State::Message(panic) => {
                let ends = MESSAGE_END.is_match(line)
                    || (line.trim().is_empty() && !panic.lines.is_empty());
                if !ends {
                    panic.push_line(line);
                    return Feed::Consumed;
                }
                self.end_panic(out);
                if line.trim_end() == "stack backtrace:" {
                    self.state = State::Backtrace;
                    return Feed::Consumed;
                }
                if line.starts_with("note: run with `RUST_BACKTRACE=") || line.trim().is_empty() {
                    return Feed::Done;
                }
                self.start(line).unwrap_or(Feed::Rejected)
            }
            State::Backtrace => {
                let frame = line.starts_with([' ', '\t']);
                if frame || line.starts_with("note: Some details are omitted") {
                    return Feed::Consumed;
                }
                self.state = State::Idle;
                self.start(line).unwrap_or(Feed::Rejected)
            }
        }
    }

    fn finish(&mut self, out: &mut Vec<Occurrence>) {
        self.end_panic(out);
        self.state = State::Idle;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Vec<Occurrence> {
        crate::capture::parse_with(RustPanicParser::default(), text)
    }

    #[test]
    fn reads_a_failed_assert_eq_at_its_location_with_both_sides() {
        let found = parse(concat!(
            "---- tests::adds stdout ----\n",
            "\n",
            "thread 'tests::adds' (18353) panicked at src/lib.rs:15:9:\n",
            "assertion `left == right` failed: adding 1 and 1\n",
            "  left: 5\n",
            " right: 4\n",
            "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n",
            "\n",
            "---- tests::parses stdout ----\n",
            "\n",
            "thread 'tests::parses' panicked at src/lib.rs:35:38:\n",
            "called `Option::unwrap()` on a `None` value\n",
            "stack backtrace:\n",
            "   0: __rustc::rust_begin_unwind\n",
            "             at /rustc/x/library/std/src/panicking.rs:689:5\n",
            "note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.\n",
        ));
        assert_eq!(found.len(), 2);
        let assertion = &found[0];
        assert_eq!(assertion.tool, Tool::Rustc);
        assert_eq!(assertion.severity, Severity::Error);
        assert_eq!(
            assertion.message,
            "assertion `left == right` failed: adding 1 and 1"
        );
        assert_eq!(
            (assertion.file.as_deref(), assertion.line, assertion.column),
            (Some("src/lib.rs"), Some(15), Some(9))
        );
        let notes: Vec<&str> = assertion.notes.iter().map(|n| n.message.as_str()).collect();
        assert_eq!(notes, ["thread 'tests::adds'", "left: 5", "right: 4"]);
        assert_eq!(
            found[1].message,
            "called `Option::unwrap()` on a `None` value"
        );
        assert_eq!(found[1].notes.len(), 1);
    }

    #[test]
    fn reads_the_older_quoted_form() {
        let found = parse(concat!(
            "thread 'tests::adds' panicked at 'assertion failed: `(left == right)`\n",
            "  left: `5`,\n",
            " right: `4`', src/lib.rs:15:9\n",
            "thread 'main' panicked at 'called `Option::unwrap()` on a `None` value', src/main.rs:2:5\n",
            "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n",
        ));
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].message, "assertion failed: `(left == right)`");
        assert_eq!((found[0].line, found[0].column), (Some(15), Some(9)));
        let notes: Vec<&str> = found[0].notes.iter().map(|n| n.message.as_str()).collect();
        assert_eq!(notes, ["thread 'tests::adds'", "left: `5`,", "right: `4`"]);
        assert_eq!(found[1].file.as_deref(), Some("src/main.rs"));
        assert_eq!(
            found[1].message,
            "called `Option::unwrap()` on a `None` value"
        );
    }

    #[test]
    fn declines_what_is_not_a_panic_and_never_panics() {
        assert!(
            parse("thread 'x' panicked at\nthread 'y' panicked at 'never closed\n\n").is_empty()
        );
        let fragments = [
            "thread 'a' panicked at src/lib.rs:1:1:",
            "thread 'b' panicked at 'm",
            "x', src/lib.rs:99999999999:1",
            "stack backtrace:",
            "   0: frame",
            "",
            "  left: 1",
            "note: run with `RUST_BACKTRACE=1`",
        ];
        let mut seed = 3u64;
        for _ in 0..200 {
            let mut text = String::new();
            for _ in 0..10 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(fragments[(seed >> 33) as usize % fragments.len()]);
                text.push('\n');
            }
            for occurrence in parse(&text) {
                assert!(occurrence.notes.len() <= MAX_MESSAGE_LINES + 2);
            }
        }
    }
}
