//! Parses the Go toolchain's output: `go build` / `go run` / `go vet` diagnostics (grouped under
//! their `# package` headers, with tab-indented continuation lines), `go:` command errors,
//! `go test` failures (plain and `-v`), and runtime panics with their goroutine traces.

use std::sync::LazyLock;

use regex::Regex;

use super::{Feed, MessageCaptures, MessageRegex, Parser};
use crate::occurrence::{Note, NoteKind, Occurrence, Severity, Tool};

/// Notes kept per occurrence (continuation lines, stack frames); the rest are dropped.
const MAX_NOTES: usize = 50;
/// `-v` log lines kept while their test's verdict is not printed yet.
const MAX_PENDING_LOGS: usize = 50;

const TRIGGERS: &[&str] = &[
    // `# example.com/m`, `# example.com/m [example.com/m.test]`, `# [example.com/m]`
    r"^# \[?[\w.\-/~+]+\]?(?: \[[\w.\-/~+]+\])?$",
    // Compiler and vet diagnostics, go.mod errors.
    r"^(?:vet: )?(?:[A-Za-z]:)?[^\s:]*(?:\.go|go\.mod|go\.work):\d+(?::\d+)?: ",
    r"^go: ",
    r"^[ \t]*--- (?:FAIL|PASS|SKIP): ",
    r"^=== (?:RUN|CONT|NAME|PAUSE) ",
    // A test's log line: `    add_test.go:8: got 3, want 4` (base name, no column).
    r"^[ \t]+[\w.\-]+\.go:\d+: ",
    r"^(?:PASS|FAIL)$",
    r"^(?:FAIL|\?   )\t",
    r"^panic: ",
    r"^fatal error: ",
];

static PACKAGE_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^# (?:\[(?P<vet_package>[\w.\-/~+]+)\]|(?P<package>[\w.\-/~+]+(?: \[[\w.\-/~+]+\])?))$",
    )
    .expect("valid regex")
});

static LOCATED: LazyLock<MessageRegex> = LazyLock::new(|| {
    MessageRegex::new(
        r"^(?:vet: )?(?P<file>(?:[A-Za-z]:)?[^\s:]*(?:\.go|go\.mod|go\.work)):(?P<line>\d+)(?::(?P<column>\d+))?: ",
        "message",
    )
});

/// `\t./main.go:13:6: other declaration of add` under a compile error.
static CONTINUATION_LOCATED: LazyLock<MessageRegex> = LazyLock::new(|| {
    MessageRegex::new(
        r"^\t+(?P<file>(?:[A-Za-z]:)?[^\s:]*\.go):(?P<line>\d+)(?::(?P<column>\d+))?: ",
        "message",
    )
});

static GO_COMMAND: LazyLock<MessageRegex> =
    LazyLock::new(|| MessageRegex::new(r"^go: ", "message"));

static TEST_VERDICT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<indent>[ \t]*)--- (?P<verdict>FAIL|PASS|SKIP): (?P<test>\S+)(?: \([\d.]+m?s\))?\s*$",
    )
    .expect("valid regex")
});

static TEST_RUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^=== (?P<event>RUN|CONT|NAME|PAUSE) +(?P<test>\S+)\s*$").expect("valid regex")
});

static TEST_LOG: LazyLock<MessageRegex> = LazyLock::new(|| {
    MessageRegex::new(
        r"^(?P<indent>[ \t]+)(?P<file>[\w.\-]+\.go):(?P<line>\d+): ",
        "message",
    )
});

static TEST_SUMMARY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:PASS|FAIL|(?:ok  |FAIL|\?   )\t.*)$").expect("valid regex"));

static PANIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^panic: (?P<message>.*?)(?: \[recovered(?:, repanicked)?\])?\s*$")
        .expect("valid regex")
});

static FATAL_ERROR: LazyLock<MessageRegex> =
    LazyLock::new(|| MessageRegex::new(r"^fatal error: ", "message"));

static GOROUTINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^goroutine \d+ (?:.* )?\[[^\]]*\]:$").expect("valid regex"));

/// `\t/abs/main.go:6 +0x1d`: where the function on the line above is.
static FRAME_LOCATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\t(?P<file>.+?):(?P<line>\d+)(?: \+0x[0-9a-f]+)?(?: fp=.*)?$")
        .expect("valid regex")
});

static FRAMES_ELIDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\.\.\.(?:additional frames elided|\d+ frames elided)\.\.\.$")
        .expect("valid regex")
});

/// Progress lines of the go command, which share the `go: ` prefix with its errors.
const GO_COMMAND_PROGRESS: &[&str] = &[
    "downloading ",
    "finding ",
    "extracting ",
    "found ",
    "added ",
    "upgraded ",
    "downgraded ",
    "removed ",
    "creating new go.mod",
    "to add module requirements",
    "writing ",
];

#[derive(Default)]
pub struct GoParser {
    state: State,
    /// `-v` output: the test named by the last `=== RUN` / `=== CONT` / `=== NAME` line.
    running_test: Option<String>,
    /// `-v` output prints a test's log before its verdict: logs wait here for `--- FAIL` (kept)
    /// or `--- PASS` / `--- SKIP` (dropped). This outlives a rejected line on purpose: the
    /// verdict arrives later, on a line of its own.
    pending_logs: Vec<PendingLog>,
    /// The test of the last `--- FAIL` line, named in a panic that follows it.
    last_failed_test: Option<String>,
}

#[derive(Default)]
enum State {
    #[default]
    Idle,
    /// Lines under a `# package` header, or a compile error without one.
    Compile {
        package: Option<String>,
        error: Option<Box<Occurrence>>,
    },
    /// A `go: …` error and its tab-indented continuation lines.
    GoCommand(Box<Occurrence>),
    /// A block of `--- FAIL` / `--- PASS` / `--- SKIP` lines and the logs nested under them.
    TestResults {
        verdicts: Vec<Verdict>,
        log: Option<TestLog>,
    },
    /// A `-v` log line (and its continuation lines) whose test has no verdict yet.
    VerboseLog(TestLog),
    Panic(Box<PanicRecord>),
}

#[derive(Clone)]
struct Verdict {
    indent: usize,
    test: String,
    failed: bool,
}

impl Verdict {
    /// `--- FAIL: TestAdd (0.00s)`, indented under the parent of a subtest.
    fn parse(line: &str) -> Option<Verdict> {
        let captures = TEST_VERDICT.captures(line)?;
        Some(Verdict {
            indent: captures["indent"].len(),
            test: captures["test"].to_string(),
            failed: &captures["verdict"] == "FAIL",
        })
    }
}

/// A test's log line being collected; `occurrence` is None for the log of a test that passed
/// or was skipped, which is consumed and dropped.
struct TestLog {
    indent: usize,
    test: String,
    occurrence: Option<Occurrence>,
}

struct PendingLog {
    test: String,
    occurrence: Occurrence,
}

impl Parser for GoParser {
    fn triggers(&self) -> &'static [&'static str] {
        TRIGGERS
    }

    fn feed(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Feed {
        if self.continue_record(line, out) {
            return Feed::Consumed;
        }
        self.flush(out);
        self.start_record(line, out)
    }

    fn finish(&mut self, out: &mut Vec<Occurrence>) {
        self.flush(out);
        self.running_test = None;
        self.pending_logs.clear();
        self.last_failed_test = None;
    }
}

impl GoParser {
    /// Whether `line` belongs to the record in progress (and was taken into it).
    fn continue_record(&mut self, line: &str, out: &mut Vec<Occurrence>) -> bool {
        match &mut self.state {
            State::Idle => false,
            State::Compile { package, error } => {
                continue_compile_block(package.as_deref(), error, line, out)
            }
            State::GoCommand(occurrence) => match line.starts_with('\t') {
                true => {
                    add_continuation(occurrence, line);
                    true
                }
                false => false,
            },
            State::TestResults { .. } => self.continue_test_results(line, out),
            State::VerboseLog(log) => continue_log(log, line),
            State::Panic(record) => record.feed(line),
        }
    }

    /// Pushes the record in progress; the parser is idle afterwards.
    fn flush(&mut self, out: &mut Vec<Occurrence>) {
        match std::mem::take(&mut self.state) {
            State::Idle => {}
            State::Compile { error, .. } => out.extend(error.map(|error| *error)),
            State::GoCommand(occurrence) => out.push(*occurrence),
            State::TestResults { log, .. } => {
                out.extend(log.and_then(|log| log.occurrence));
            }
            State::VerboseLog(log) => self.hold_pending_log(log),
            State::Panic(record) => out.extend(record.into_occurrence()),
        }
    }

    fn start_record(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Feed {
        if let Some(verdict) = Verdict::parse(line) {
            self.record_verdict(&verdict, out);
            self.state = State::TestResults {
                verdicts: vec![verdict],
                log: None,
            };
            return Feed::Consumed;
        }
        if let Some(captures) = TEST_LOG.captures(line) {
            let Some(test) = self.running_test.clone() else {
                return Feed::Rejected;
            };
            let occurrence = test_log_occurrence(&captures, &test);
            self.state = State::VerboseLog(TestLog {
                indent: captures["indent"].len(),
                test,
                occurrence: Some(occurrence),
            });
            return Feed::Consumed;
        }
        if let Some(captures) = PACKAGE_HEADER.captures(line) {
            let package = captures
                .name("package")
                .or_else(|| captures.name("vet_package"))
                .map(|package| package.as_str().to_string());
            self.state = State::Compile {
                package,
                error: None,
            };
            return Feed::Consumed;
        }
        if let Some(captures) = LOCATED.captures(line) {
            let Some(error) = compile_error(&captures, None) else {
                return Feed::Done;
            };
            self.state = State::Compile {
                package: None,
                error: Some(Box::new(error)),
            };
            return Feed::Consumed;
        }
        if let Some(captures) = GO_COMMAND.captures(line) {
            return match go_command_error(&captures["message"]) {
                Some(occurrence) => {
                    self.state = State::GoCommand(Box::new(occurrence));
                    Feed::Consumed
                }
                None => Feed::Rejected,
            };
        }
        if let Some(captures) = TEST_RUN.captures(line) {
            self.running_test = match &captures["event"] {
                "PAUSE" => None,
                _ => Some(captures["test"].to_string()),
            };
            return Feed::Done;
        }
        if TEST_SUMMARY.is_match(line) {
            // A package's tests are over: whatever waits for a verdict will not get one.
            self.running_test = None;
            self.pending_logs.clear();
            self.last_failed_test = None;
            return Feed::Done;
        }
        match PanicRecord::start(line, self.last_failed_test.as_deref()) {
            Some(record) => {
                self.state = State::Panic(Box::new(record));
                Feed::Consumed
            }
            None => Feed::Rejected,
        }
    }

    fn continue_test_results(&mut self, line: &str, out: &mut Vec<Occurrence>) -> bool {
        let State::TestResults { verdicts, log } = &mut self.state else {
            return false;
        };
        if let Some(verdict) = Verdict::parse(line) {
            out.extend(log.take().and_then(|log| log.occurrence));
            while verdicts
                .last()
                .is_some_and(|last| last.indent >= verdict.indent)
            {
                verdicts.pop();
            }
            verdicts.push(verdict.clone());
            self.record_verdict(&verdict, out);
            return true;
        }
        if let Some(captures) = TEST_LOG.captures(line) {
            let indent = captures["indent"].len();
            // The log belongs to the innermost verdict it is indented under.
            let Some(owner) = verdicts.iter().rev().find(|v| v.indent < indent) else {
                return false;
            };
            out.extend(log.take().and_then(|log| log.occurrence));
            *log = Some(TestLog {
                indent,
                test: owner.test.clone(),
                occurrence: owner
                    .failed
                    .then(|| test_log_occurrence(&captures, &owner.test)),
            });
            return true;
        }
        match log {
            Some(log) => continue_log(log, line),
            None => false,
        }
    }

    /// A `--- FAIL` releases the `-v` logs of its test; a pass or skip discards them.
    fn record_verdict(&mut self, verdict: &Verdict, out: &mut Vec<Occurrence>) {
        let pending = std::mem::take(&mut self.pending_logs);
        match verdict.failed {
            true => {
                self.last_failed_test = Some(verdict.test.clone());
                for log in pending {
                    match log.test == verdict.test {
                        true => out.push(log.occurrence),
                        false => self.pending_logs.push(log),
                    }
                }
            }
            false => {
                let subtest_prefix = format!("{}/", verdict.test);
                self.pending_logs = pending
                    .into_iter()
                    .filter(|log| {
                        log.test != verdict.test && !log.test.starts_with(&subtest_prefix)
                    })
                    .collect();
            }
        }
    }

    fn hold_pending_log(&mut self, log: TestLog) {
        let Some(occurrence) = log.occurrence else {
            return;
        };
        if self.pending_logs.len() >= MAX_PENDING_LOGS {
            self.pending_logs.remove(0);
        }
        self.pending_logs.push(PendingLog {
            test: log.test,
            occurrence,
        });
    }
}

/// Inside a compile block: a further error, a continuation line of the current one, or the
/// `too many errors` summary.
fn continue_compile_block(
    package: Option<&str>,
    error: &mut Option<Box<Occurrence>>,
    line: &str,
    out: &mut Vec<Occurrence>,
) -> bool {
    if let Some(captures) = LOCATED.captures(line) {
        out.extend(error.take().map(|error| *error));
        *error = compile_error(&captures, package).map(Box::new);
        return true;
    }
    match (line.starts_with('\t'), error) {
        (true, Some(error)) => {
            add_continuation(error, line);
            true
        }
        _ => line == "too many errors",
    }
}

/// go/types' wording (what `go vet`, and so `go test`, prints before go1.20) in the compiler's:
/// `undeclared name: x` is `undefined: x`, `x not declared by package p` is `undefined: p.x` —
/// one error, one wording, so that one pattern and one lesson know it.
pub fn compiler_wording(message: &str) -> std::borrow::Cow<'_, str> {
    if let Some(name) = message.strip_prefix("undeclared name: ") {
        if name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            return format!("undefined: {name}").into();
        }
    }
    if let Some((name, package)) = message.split_once(" not declared by package ") {
        let word =
            |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if word(name) && word(package) {
            return format!("undefined: {package}.{name}").into();
        }
    }
    message.into()
}

/// The error on a `file:line:col: message` line, or None for the `too many errors` summary.
fn compile_error(captures: &MessageCaptures, package: Option<&str>) -> Option<Occurrence> {
    let message = &captures["message"];
    if message == "too many errors" {
        return None;
    }
    let message = compiler_wording(message);
    let mut occurrence = Occurrence::new(Tool::Go, Severity::Error, message.as_ref());
    occurrence.file = Some(captures["file"].to_string());
    occurrence.line = captures["line"].parse().ok();
    occurrence.column = captures
        .name("column")
        .and_then(|column| column.as_str().parse().ok());
    if let Some(package) = package {
        let note = Note::new(NoteKind::Context, format!("in package {package}"));
        occurrence.notes.push(note);
    }
    Some(occurrence)
}

/// A tab-indented line under a compile or go-command error: a related location, a command to
/// run, or the rest of a message the tool broke after a colon.
fn add_continuation(occurrence: &mut Occurrence, line: &str) {
    if occurrence.notes.len() >= MAX_NOTES {
        return;
    }
    let text = line.trim();
    if text.is_empty() {
        return;
    }
    if let Some(captures) = CONTINUATION_LOCATED.captures(line) {
        let mut note = Note::new(NoteKind::Note, &captures["message"]);
        note.file = Some(captures["file"].to_string());
        note.line = captures["line"].parse().ok();
        note.column = captures
            .name("column")
            .and_then(|column| column.as_str().parse().ok());
        occurrence.notes.push(note);
        return;
    }
    if text.starts_with("go ") {
        occurrence.notes.push(Note::new(NoteKind::Help, text));
        return;
    }
    let only_context_so_far = occurrence
        .notes
        .iter()
        .all(|note| note.kind == NoteKind::Context);
    match occurrence.message.ends_with(':') && only_context_so_far {
        // `cannot use x … in argument to f:` + `\tT does not implement I (…)` is one message.
        true => {
            occurrence.message.push(' ');
            occurrence.message.push_str(text);
        }
        false => occurrence.notes.push(Note::new(NoteKind::Note, text)),
    }
}

/// The error on a `go: …` line, or None for the go command's progress lines.
fn go_command_error(message: &str) -> Option<Occurrence> {
    if GO_COMMAND_PROGRESS
        .iter()
        .any(|progress| message.starts_with(progress))
        || message.is_empty()
    {
        return None;
    }
    match message.strip_prefix("warning: ") {
        Some(warning) => Some(Occurrence::new(Tool::Go, Severity::Warning, warning)),
        None => Some(Occurrence::new(Tool::Go, Severity::Error, message)),
    }
}

fn test_log_occurrence(captures: &MessageCaptures, test: &str) -> Occurrence {
    let mut occurrence = Occurrence::new(Tool::Go, Severity::Error, &captures["message"]);
    occurrence.file = Some(captures["file"].to_string());
    occurrence.line = captures["line"].parse().ok();
    occurrence
        .notes
        .push(Note::new(NoteKind::Context, format!("in test {test}")));
    occurrence
}

/// A line indented deeper than the log line continues its message.
fn continue_log(log: &mut TestLog, line: &str) -> bool {
    let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
    let text = line.trim();
    if indent <= log.indent || text.is_empty() {
        return false;
    }
    if let Some(occurrence) = &mut log.occurrence {
        if occurrence.notes.len() < MAX_NOTES {
            occurrence.notes.push(Note::new(NoteKind::Note, text));
        }
    }
    true
}

/// A `panic:` or runtime `fatal error:` and the goroutine trace after it.
struct PanicRecord {
    occurrence: Occurrence,
    /// `fatal error:` is only taken for Go's when a goroutine trace follows.
    needs_trace: bool,
    in_trace: bool,
    /// The function line of the frame whose location line comes next.
    function: Option<String>,
    frames: Vec<Frame>,
}

struct Frame {
    function: String,
    file: String,
    line: Option<u32>,
}

impl PanicRecord {
    fn start(line: &str, test: Option<&str>) -> Option<PanicRecord> {
        let (occurrence, needs_trace) = match PANIC.captures(line) {
            Some(captures) => (panic_occurrence(&captures["message"], "panic"), false),
            None => {
                let captures = FATAL_ERROR.captures(line)?;
                (panic_occurrence(&captures["message"], "fatal error"), true)
            }
        };
        let mut record = PanicRecord {
            occurrence,
            needs_trace,
            in_trace: false,
            function: None,
            frames: Vec::new(),
        };
        if let Some(test) = test {
            let note = Note::new(NoteKind::Context, format!("in test {test}"));
            record.occurrence.notes.push(note);
        }
        Some(record)
    }

    /// Whether `line` is part of the panic's report.
    fn feed(&mut self, line: &str) -> bool {
        if GOROUTINE.is_match(line) || line == "runtime stack:" {
            self.in_trace = true;
            self.needs_trace = false;
            return true;
        }
        if line.is_empty() {
            return true;
        }
        match self.in_trace {
            false => self.feed_header(line),
            true => self.feed_trace(line),
        }
    }

    /// Between the panic line and the trace: a re-panic (`\tpanic: …`), a `[signal …]` line.
    fn feed_header(&mut self, line: &str) -> bool {
        if line.starts_with('\t') {
            return true;
        }
        if line.starts_with("[signal ") {
            if self.occurrence.notes.len() < MAX_NOTES {
                self.occurrence.notes.push(Note::new(NoteKind::Note, line));
            }
            return true;
        }
        false
    }

    fn feed_trace(&mut self, line: &str) -> bool {
        if let Some(captures) = FRAME_LOCATION.captures(line) {
            if let Some(function) = self.function.take() {
                if self.frames.len() < MAX_NOTES {
                    self.frames.push(Frame {
                        function,
                        file: captures["file"].to_string(),
                        line: captures["line"].parse().ok(),
                    });
                }
            }
            return true;
        }
        if FRAMES_ELIDED.is_match(line) {
            return true;
        }
        let is_function_line = line.starts_with("created by ")
            || (!line.starts_with([' ', '\t']) && line.ends_with(')') && line.contains('('));
        if is_function_line {
            self.function = Some(function_name(line));
        }
        is_function_line
    }

    fn into_occurrence(self) -> Option<Occurrence> {
        if self.needs_trace {
            return None;
        }
        let mut occurrence = self.occurrence;
        if let Some(frame) = user_frame(&self.frames) {
            occurrence.file = Some(frame.file.clone());
            occurrence.line = frame.line;
        }
        for frame in self.frames {
            if occurrence.notes.len() >= MAX_NOTES {
                break;
            }
            let mut note = Note::new(NoteKind::Context, frame.function);
            note.file = Some(frame.file);
            note.line = frame.line;
            occurrence.notes.push(note);
        }
        Some(occurrence)
    }
}

fn panic_occurrence(message: &str, code: &str) -> Occurrence {
    let message = match message.is_empty() {
        true => code,
        false => message,
    };
    let mut occurrence = Occurrence::new(Tool::Go, Severity::Error, message);
    occurrence.code = Some(code.to_string());
    occurrence
}

/// `main.(*T).M(0xc000010000, ...)` → `main.(*T).M`; `created by testing.(*T).Run in goroutine
/// 1` → `created by testing.(*T).Run`.
fn function_name(line: &str) -> String {
    let line = match line.find(" in goroutine ") {
        Some(suffix) if line.starts_with("created by ") => &line[..suffix],
        _ => line,
    };
    match (line.ends_with(')'), line.rfind('(')) {
        (true, Some(arguments)) if arguments > 0 => line[..arguments].to_string(),
        _ => line.to_string(),
    }
}

/// The frame to blame: the first in the program's own code, not in Go's standard library or the
/// module cache.
fn user_frame(frames: &[Frame]) -> Option<&Frame> {
    frames
        .iter()
        .find(|frame| !is_standard_library(frame) && !frame.file.contains("/pkg/mod/"))
        .or_else(|| frames.iter().find(|frame| !is_standard_library(frame)))
        .or_else(|| frames.first())
}

/// Standard-library packages have no dot in their first path element and live under
/// `$GOROOT/src/<package>/` (or `<package>/` with -trimpath); a module named without a dot is
/// told apart by its files living elsewhere.
fn is_standard_library(frame: &Frame) -> bool {
    let function = frame
        .function
        .strip_prefix("created by ")
        .unwrap_or(&frame.function);
    let last_slash = function.rfind('/').map_or(0, |slash| slash + 1);
    let Some(dot) = function[last_slash..].find('.') else {
        // `panic(…)`, `goexit(…)`: the runtime's own frames print without a package.
        return true;
    };
    let package = &function[..last_slash + dot];
    let first_element = package.split('/').next().unwrap_or(package);
    if first_element.contains('.') || package == "main" {
        return false;
    }
    frame.file.contains(&format!("/src/{package}/"))
        || frame.file.starts_with(&format!("{package}/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_types_wordings_read_as_the_compilers() {
        assert_eq!(
            compiler_wording("undeclared name: errors"),
            "undefined: errors"
        );
        assert_eq!(
            compiler_wording("GetUser not declared by package accounts"),
            "undefined: accounts.GetUser"
        );
        assert_eq!(
            compiler_wording("x declared and not used"),
            "x declared and not used"
        );
    }

    #[test]
    fn message_regexes_read_lines_as_their_whole_regexes_would() {
        let lines = crate::capture::fixture_lines(
            "go",
            &[
                "./main.go:3:5: x  ",
                "./main.go:3: ",
                "./main.go:3:5:  \t",
                "vet: a.go:1:2: x\u{a0}",
                "\t./a.go:1:2: other declaration of x",
                "go: x ",
                "go: ",
                "    a_test.go:12: want 1 ",
                "fatal error: all goroutines are asleep - deadlock!",
                "fatal error:  ",
            ],
        );
        let located = r"^(?:vet: )?(?P<file>(?:[A-Za-z]:)?[^\s:]*(?:\.go|go\.mod|go\.work)):(?P<line>\d+)(?::(?P<column>\d+))?: (?P<message>.*?)\s*$";
        crate::capture::assert_reads_as(&LOCATED, located, &lines);
        let continuation = r"^\t+(?P<file>(?:[A-Za-z]:)?[^\s:]*\.go):(?P<line>\d+)(?::(?P<column>\d+))?: (?P<message>.*?)\s*$";
        crate::capture::assert_reads_as(&CONTINUATION_LOCATED, continuation, &lines);
        crate::capture::assert_reads_as(&GO_COMMAND, r"^go: (?P<message>.*?)\s*$", &lines);
        let test_log =
            r"^(?P<indent>[ \t]+)(?P<file>[\w.\-]+\.go):(?P<line>\d+): (?P<message>.*?)\s*$";
        crate::capture::assert_reads_as(&TEST_LOG, test_log, &lines);
        let fatal = r"^fatal error: (?P<message>.*?)\s*$";
        crate::capture::assert_reads_as(&FATAL_ERROR, fatal, &lines);
    }
    use crate::capture::{capture_text, CaptureOptions};

    fn capture(text: &str) -> Vec<Occurrence> {
        capture_text(text, CaptureOptions::default())
            .into_iter()
            .filter(|occurrence| occurrence.tool == Tool::Go)
            .collect()
    }

    fn feed_all(parser: &mut GoParser, lines: &[&str]) -> (Vec<Feed>, Vec<Occurrence>) {
        let mut out = Vec::new();
        let feeds = lines
            .iter()
            .map(|line| parser.feed(line, &mut out))
            .collect();
        parser.finish(&mut out);
        (feeds, out)
    }

    #[test]
    fn compile_errors_take_the_package_header_as_context() {
        let found = capture(
            "# example.com/m\n./main.go:5:2: undefined: x\n./main.go:9:1: missing return\n",
        );
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].file.as_deref(), Some("./main.go"));
        assert_eq!((found[0].line, found[0].column), (Some(5), Some(2)));
        assert_eq!(found[0].message, "undefined: x");
        assert_eq!(found[0].notes[0].message, "in package example.com/m");
        assert_eq!(found[1].message, "missing return");
    }

    #[test]
    fn newer_vet_repeats_the_package_in_brackets() {
        let found = capture("# example.com/m\n# [example.com/m]\n./main.go:8:2: fmt.Printf format %d has arg s of wrong type string\n");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].notes[0].message, "in package example.com/m");
    }

    #[test]
    fn too_many_errors_is_a_summary() {
        let found = capture("./main.go:4:2: undefined: a\n./main.go:13:2: too many errors\n");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "undefined: a");
    }

    #[test]
    fn vet_prefix_is_dropped() {
        let found = capture("# m\nvet: ./main.go:6:14: cannot use \"one\" as int value\n");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].file.as_deref(), Some("./main.go"));
        assert_eq!(found[0].message, "cannot use \"one\" as int value");
    }

    #[test]
    fn continuation_lines_become_notes_help_or_the_rest_of_the_message() {
        let found = capture(
            "./a.go:15:6: add redeclared in this block\n\t./a.go:13:6: other declaration of add\n\
             ./a.go:18:18: not enough arguments in call to add\n\thave (number)\n\twant (int, int)\n\
             ./a.go:19:19: cannot use s (value of type S) as type I in argument to f:\n\tS does not implement I (missing M method)\n\
             a.go:6:2: no required module provides package x.org/y; to add it:\n\tgo get x.org/y\n",
        );
        assert_eq!(found.len(), 4);
        assert_eq!(found[0].notes[0].line, Some(13));
        assert_eq!(found[0].notes[0].message, "other declaration of add");
        assert_eq!(found[1].notes.len(), 2);
        assert_eq!(found[1].notes[1].message, "want (int, int)");
        assert_eq!(
            found[2].message,
            "cannot use s (value of type S) as type I in argument to f: S does not implement I (missing M method)"
        );
        assert_eq!(found[3].notes[0].kind, NoteKind::Help);
        assert_eq!(found[3].notes[0].message, "go get x.org/y");
    }

    #[test]
    fn go_command_progress_is_not_an_error() {
        let found = capture("go: downloading example.com/x v1.0.0\ngo: warning: \"./...\" matched no packages\ngo: updates to go.mod needed; to update it:\n\tgo mod tidy\n");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(found[1].message, "updates to go.mod needed; to update it:");
        assert_eq!(found[1].notes[0].kind, NoteKind::Help);
    }

    #[test]
    fn test_logs_under_a_failure_are_errors_and_under_a_skip_are_not() {
        let found = capture(
            "--- FAIL: TestAdd (0.00s)\n    add_test.go:8: got 3, want 4\n        more detail\n\
             --- SKIP: TestLater (0.00s)\n    add_test.go:20: not ready\n\
             --- FAIL: TestTable (0.00s)\n    --- PASS: TestTable/a (0.00s)\n    --- FAIL: TestTable/b (0.00s)\n        add_test.go:30: bad b\n\
             FAIL\nFAIL\texample.com/m\t0.002s\n",
        );
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].file.as_deref(), Some("add_test.go"));
        assert_eq!((found[0].line, found[0].column), (Some(8), None));
        assert_eq!(found[0].message, "got 3, want 4");
        assert_eq!(found[0].notes[0].message, "in test TestAdd");
        assert_eq!(found[0].notes[1].message, "more detail");
        assert_eq!(found[1].message, "bad b");
        assert_eq!(found[1].notes[0].message, "in test TestTable/b");
    }

    #[test]
    fn verbose_logs_wait_for_their_verdict() {
        let found = capture(
            "=== RUN   TestA\n    a_test.go:5: just logging\n--- PASS: TestA (0.00s)\n\
             === RUN   TestB\n=== RUN   TestB/x\n    b_test.go:9: broken\n--- FAIL: TestB (0.00s)\n    --- FAIL: TestB/x (0.00s)\nFAIL\n",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "broken");
        assert_eq!(found[0].notes[0].message, "in test TestB/x");
    }

    #[test]
    fn an_indented_go_line_without_a_test_is_not_taken() {
        let mut parser = GoParser::default();
        let (feeds, out) = feed_all(&mut parser, &["    helper.go:3: something"]);
        assert_eq!(feeds, [Feed::Rejected]);
        assert!(out.is_empty());
    }

    #[test]
    fn panic_location_is_the_first_frame_outside_the_standard_library() {
        let found = capture(
            "--- FAIL: TestDiv (0.00s)\npanic: runtime error: integer divide by zero [recovered]\n\tpanic: runtime error: integer divide by zero\n\n\
             goroutine 18 [running]:\ntesting.tRunner.func1.2({0x508da0, 0x5fda60})\n\t/usr/lib/go-1.19/src/testing/testing.go:1396 +0x24e\n\
             panic({0x508da0, 0x5fda60})\n\t/usr/lib/go-1.19/src/runtime/panic.go:884 +0x212\n\
             example.com/m.Div(...)\n\t/home/u/m/div.go:3\ncreated by testing.(*T).Run\n\t/usr/lib/go-1.19/src/testing/testing.go:1493 +0x35f\n\
             FAIL\texample.com/m\t0.011s\n",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code.as_deref(), Some("panic"));
        assert_eq!(found[0].message, "runtime error: integer divide by zero");
        assert_eq!(found[0].file.as_deref(), Some("/home/u/m/div.go"));
        assert_eq!(found[0].line, Some(3));
        assert_eq!(found[0].notes[0].message, "in test TestDiv");
        assert_eq!(found[0].notes[3].message, "example.com/m.Div");
        assert_eq!(found[0].notes[4].message, "created by testing.(*T).Run");
    }

    #[test]
    fn a_dotless_module_is_not_the_standard_library() {
        let frame = |function: &str, file: &str| Frame {
            function: function.to_string(),
            file: file.to_string(),
            line: Some(1),
        };
        assert!(is_standard_library(&frame(
            "runtime.gopanic",
            "/usr/local/go/src/runtime/panic.go"
        )));
        assert!(is_standard_library(&frame(
            "net/http.(*conn).serve",
            "net/http/server.go"
        )));
        assert!(!is_standard_library(&frame(
            "myapp.Run",
            "/home/u/myapp/run.go"
        )));
        assert!(!is_standard_library(&frame(
            "main.main",
            "/usr/src/main/x.go"
        )));
        assert!(!is_standard_library(&frame(
            "github.com/a/b.F",
            "/root/go/pkg/mod/github.com/a/b/f.go"
        )));
    }

    #[test]
    fn fatal_error_needs_a_goroutine_trace() {
        assert!(capture("fatal error: something else entirely\nnext line\n").is_empty());
        let found = capture(
            "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\nmain.main()\n\t/p/main.go:5 +0x25\nexit status 2\n",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code.as_deref(), Some("fatal error"));
        assert_eq!(found[0].line, Some(5));
    }

    #[test]
    fn garbage_does_not_panic() {
        let mut parser = GoParser::default();
        let lines = [
            "panic: ",
            "goroutine 1 [running]:",
            "(",
            ")",
            "\t:",
            "\té:9999999999999999999",
            "created by ",
            "--- FAIL: ",
            "    x.go:1: ",
            "# ",
            "go: ",
            "./a.go:99999999999999999999:1: big",
            "=== RUN",
            "\u{1F600}.go:1:1: emoji",
        ];
        let (_, out) = feed_all(&mut parser, &lines);
        assert!(out.iter().all(|occurrence| occurrence.tool == Tool::Go));
        let found = capture(&lines.join("\n"));
        assert!(found.iter().any(|occurrence| occurrence.message == "emoji"));
    }
}
