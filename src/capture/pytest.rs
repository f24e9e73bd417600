//! Parses pytest's report of failed and erroring tests: the per-test tracebacks under
//! `=== FAILURES ===`/`=== ERRORS ===` (`--tb=long`, `short`, `line` and `native`), missing
//! fixtures, collection errors, a root conftest that fails to import (`ImportError while loading
//! conftest …`, printed alone before any session), and the `short test summary info` lines.
//!
//! A test's traceback gives the occurrence: the first `E` line is the message (its exception type,
//! or `AssertionError` for a rewritten `assert`, is the code) and the innermost location line in
//! the user's files is where it is blamed. The summary repeats every failure in one line; those are
//! reported only for tests whose traceback was not shown (`--tb=no`), so a run never reports one
//! failure twice.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::python::{self, Frame};
use super::{Feed, Parser};
use crate::occurrence::{Note, NoteKind, Occurrence, Severity, Tool};

/// `E` lines kept as notes after the one that gives the message.
const MAX_DETAIL_LINES: usize = 10;
/// Location lines kept per test.
const MAX_FRAMES: usize = 30;
/// Failures remembered per run to recognise their summary lines; a run with more starts afresh.
const MAX_REMEMBERED: usize = 10_000;

/// `____ test_name ____`, `____ ERROR at setup of test_x ____`, `____ ERROR collecting t.py ____`.
static TEST_HEADER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^_+ (?P<title>\S.*?) _+$").expect("valid regex"));

/// `_ _ _ _ _`: between the entries of one long traceback.
static ENTRY_SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:_ )+_?$").expect("valid regex"));

/// `==== FAILURES ====`, `==== short test summary info ====`, `==== 2 failed in 0.1s ====`.
static SECTION_HEADER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^=+(?: (?P<title>.*?) =+)?$").expect("valid regex"));

/// `---- Captured stdout call ----`: the test's own output follows, which is not pytest's.
static CAPTURED_HEADER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^-+ .* -+$").expect("valid regex"));

/// `tests/test_x.py:12: AssertionError`, `shapes.py:10: in scale`, `t.py:18: `, `/a/t.py:1`,
/// `<frozen importlib._bootstrap>:1204: in _gcd_import`.
static LOCATION_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<file><[^>]+>|(?:[A-Za-z]:)?[^\s:<>=][^:]*\.\w+):(?P<line>\d+)(?::(?: (?P<rest>.*))?)?$",
    )
    .expect("valid regex")
});

/// `ImportError while loading conftest '/p/conftest.py'.`: the conftest at the root failed to
/// import, before any session header; its traceback follows and pytest stops.
static CONFTEST_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ImportError while loading conftest '(?P<path>.+)'\.$").expect("valid regex")
});

/// `tests/test_x.py::test_a` (or `::TestA::test_b[param]`): a test that warned.
static WARNING_TEST_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?P<file>[^\s:]+\.py)(?:::\S.*)?$").expect("valid regex"));

/// `file /a/tests/test_db.py, line 1` above a missing fixture's test.
static FIXTURE_FILE_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^file (?P<file>.+), line (?P<line>\d+)$").expect("valid regex"));

/// `E   assert 3 == 4`: the exception, indented like the source above it.
static ERROR_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^E(?:(?P<spaces> +)(?P<text>.*))?$").expect("valid regex"));

/// `FAILED tests/test_x.py::test_a - AssertionError: …`, `ERROR tests/test_y.py`.
static SUMMARY_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<kind>FAILED|ERROR) (?P<nodeid>.+?)(?: - (?P<message>.*))?$")
        .expect("valid regex")
});

/// Other outcomes in the summary (`PASSED …`, `SKIPPED [1] …`, `XFAIL …`): nothing to report.
static OTHER_OUTCOME_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Z]+ \S").expect("valid regex"));

/// `3 failed, 1 passed in 0.05s` (`-q` prints the final counts without `=` around them).
static FINAL_COUNTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:=+ )?(?:no tests ran|\d+ \w+).* in [\d.]+s(?: \([^)]*\))?(?: =+)?$")
        .expect("valid regex")
});

#[derive(Default)]
pub struct PytestParser {
    state: State,
    seen: SeenFailures,
    /// Reads `--tb=native` tracebacks, which are the interpreter's.
    native: python::PythonParser,
}

#[derive(Default)]
enum State {
    #[default]
    Idle,
    /// Under `FAILURES`/`ERRORS`, outside any test: `--tb=line` prints only `file:line: message`.
    Section,
    /// Inside one test's report.
    Test(Box<TestReport>),
    /// Inside `short test summary info`.
    Summary,
    /// Inside `warnings summary`: the file of the tests named last (`t.py::test_a`).
    Warnings { test_file: Option<String> },
}

/// The failures of the current run already reported from their tracebacks.
#[derive(Default)]
struct SeenFailures {
    /// `FAILED TestNames.test_upper`, `ERROR test_insert`, `ERROR tests/test_y.py`.
    tests: HashSet<String>,
    /// `--tb=line` failures, which carry no test name: their messages, each matched once.
    messages: Vec<String>,
}

impl SeenFailures {
    fn remember_test(&mut self, key: String) {
        if self.tests.len() >= MAX_REMEMBERED {
            self.tests.clear();
        }
        self.tests.insert(key);
    }

    fn remember_message(&mut self, message: String) {
        if self.messages.len() >= MAX_REMEMBERED {
            self.messages.clear();
        }
        self.messages.push(message);
    }

    /// Whether a summary line repeats a failure already reported; a matched message is used up.
    fn already_reported(&mut self, key: &str, message: Option<&str>) -> bool {
        if self.tests.contains(key) {
            return true;
        }
        let Some(message) = message else {
            return false;
        };
        // The summary cuts long messages to the terminal width and ends them with "...".
        let shown = message.strip_suffix("...").unwrap_or(message);
        match self.messages.iter().position(|m| m.starts_with(shown)) {
            Some(index) => {
                self.messages.swap_remove(index);
                true
            }
            None => false,
        }
    }

    fn clear(&mut self) {
        self.tests.clear();
        self.messages.clear();
    }
}

/// What one test's report has shown so far.
#[derive(Default)]
struct TestReport {
    /// The key its summary line will have (see `SeenFailures::tests`).
    key: String,
    /// Location lines, outermost first.
    frames: Vec<Frame>,
    /// The `>` source line shown above the next location line (`--tb=long`).
    pending_source: Option<String>,
    /// Where the stripped source starts in its `>` line, and the columns a marker line under it
    /// marked (Python 3.11+'s `^^^`), relative to the stripped source.
    pending_source_at: usize,
    pending_span: Option<(u32, u32)>,
    /// The previous line was a location line, so an indented line is its source (`--tb=short`).
    after_location: bool,
    /// Text of the current group of `E` lines, without the marker and its indent.
    error_lines: Vec<String>,
    error_indent: Option<usize>,
    /// `available fixtures: …` and pytest's advice.
    help: Vec<String>,
    /// Earlier exceptions of a chain (as notes) with their frames.
    chain_notes: Vec<Note>,
    /// The interpreter's own traceback (`--tb=native`), once read.
    native: Option<Occurrence>,
    reading_native: bool,
    /// A conftest's import error, which stands alone (no section or header follows it): it ends at
    /// the first line after its `E` lines that is not part of a traceback.
    stands_alone: bool,
}

/// The exception a group of `E` lines shows.
struct ShownException {
    code_name: Option<String>,
    message: String,
    /// A SyntaxError's own location, shown inside the `E` lines.
    syntax_frame: Option<Frame>,
    details: Vec<String>,
}

impl TestReport {
    fn new(title: &str) -> Self {
        TestReport {
            key: key_from_title(title),
            ..TestReport::default()
        }
    }

    fn push_frame(&mut self, frame: Frame) {
        if self.frames.len() >= MAX_FRAMES {
            self.frames.remove(0);
        }
        self.frames.push(frame);
    }

    fn read_error_line(&mut self, spaces: usize, text: &str) {
        if self.error_lines.len() >= MAX_DETAIL_LINES * 2 {
            return;
        }
        let indent = *self.error_indent.get_or_insert_with(|| {
            // A SyntaxError shown inside `E` lines starts with its own `  File …` line.
            match text.starts_with("File \"") && spaces >= 2 {
                true => spaces - 2,
                false => spaces,
            }
        });
        let kept = spaces.saturating_sub(indent);
        self.error_lines
            .push(format!("{}{text}", " ".repeat(kept.min(200))));
    }

    /// Reads the current group of `E` lines.
    fn shown_exception(&self) -> Option<ShownException> {
        let mut lines = self
            .error_lines
            .iter()
            .map(String::as_str)
            .skip_while(|line| line.trim().is_empty());
        let first = lines.next()?;
        if let Some(mut frame) = python::parse_frame_line(first).filter(|f| f.function.is_none()) {
            // The interpreter's SyntaxError layout: location, source, caret, exception.
            let mut details = Vec::new();
            let mut exception = None;
            for line in lines.by_ref() {
                match line.strip_prefix("    ") {
                    Some(shown) if exception.is_none() => {
                        python::read_source_or_marker(&mut frame, shown)
                    }
                    _ if exception.is_none() => exception = Some(line),
                    _ => details.push(line.trim().to_string()),
                }
            }
            let exception = exception?;
            let (code_name, message) = split_exception_line(exception);
            return Some(ShownException {
                code_name,
                message,
                syntax_frame: Some(frame),
                details,
            });
        }
        let (code_name, message) = split_exception_line(first);
        let details = lines
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(str::to_string)
            .collect();
        Some(ShownException {
            code_name,
            message,
            syntax_frame: None,
            details,
        })
    }

    /// The exception ending the location line `t.py:12: AssertionError`, if that is what it is.
    fn closing_exception_name(&self) -> Option<&str> {
        let last = self.frames.last()?;
        match last.function.as_deref() {
            Some(rest) if !rest.starts_with("in ") && !rest.is_empty() => Some(rest),
            _ => None,
        }
    }

    /// Ends one exception of a chain: what it showed becomes a note of the next.
    fn read_chain_relation(&mut self, relation: &str) {
        if let Some(shown) = self.shown_exception() {
            let mut note = Note::new(
                NoteKind::Note,
                format!("{relation}: {}", exception_display(&shown)),
            );
            if let Some(frame) = self.blamed(&shown) {
                note.file = Some(frame.file.clone());
                note.line = Some(frame.line);
            }
            self.chain_notes.push(note);
        }
        let frames = std::mem::take(&mut self.frames);
        self.chain_notes
            .extend(frames.iter().map(|f| frame_note(f, f.function.as_deref())));
        self.error_lines.clear();
        self.error_indent = None;
        self.pending_source = None;
        self.pending_span = None;
    }

    fn blamed<'a>(&'a self, shown: &'a ShownException) -> Option<&'a Frame> {
        shown
            .syntax_frame
            .as_ref()
            .filter(|f| !python::is_pseudo_file(&f.file))
            .or_else(|| python::blamed_frame(&self.frames))
    }

    fn into_occurrence(self) -> Option<Occurrence> {
        if let Some(mut native) = self.native {
            native.tool = Tool::Pytest;
            // pytest hides its own frames in its other layouts; so do we.
            native
                .notes
                .retain(|note| !note.file.as_deref().is_some_and(is_pytest_machinery));
            return Some(native);
        }
        let shown = self.shown_exception()?;
        let closing = self.closing_exception_name().map(str::to_string);
        let blamed = self.blamed(&shown);
        let name = shown.code_name.as_deref().or(closing.as_deref());
        let mut occurrence =
            python::exception_occurrence(Tool::Pytest, name, Some(&shown.message), blamed);
        if name.is_none() {
            occurrence.code = default_code(&shown.message);
        }
        let mut notes = self.chain_notes;
        notes.extend(
            self.frames
                .iter()
                .map(|f| frame_note(f, f.function.as_deref())),
        );
        if let Some(frame) = &shown.syntax_frame {
            notes.push(python::frame_note(frame));
        }
        notes.extend(
            shown
                .details
                .iter()
                .take(MAX_DETAIL_LINES)
                .map(|line| Note::new(NoteKind::Note, line.clone())),
        );
        notes.extend(
            self.help
                .iter()
                .map(|line| Note::new(NoteKind::Help, line.clone())),
        );
        let skip = notes.len().saturating_sub(python::MAX_NOTES);
        occurrence.notes.splice(0..0, notes.into_iter().skip(skip));
        Some(occurrence)
    }
}

impl PytestParser {
    fn end_test(&mut self, out: &mut Vec<Occurrence>) {
        if let State::Test(report) = std::mem::take(&mut self.state) {
            self.report_test(*report, out);
        }
    }

    fn report_test(&mut self, mut report: TestReport, out: &mut Vec<Occurrence>) {
        if report.reading_native {
            let mut natives = Vec::new();
            self.native.finish(&mut natives);
            report.native = natives.pop().or(report.native);
        }
        let key = std::mem::take(&mut report.key);
        if let Some(occurrence) = report.into_occurrence() {
            self.seen.remember_test(key);
            out.push(occurrence);
        }
    }

    /// A line that is not inside any test: a header of pytest's, or not pytest's at all.
    fn read_between_tests(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Feed {
        if let Some(captures) = CONFTEST_HEADER.captures(line) {
            let mut report = TestReport::new(&format!("conftest {}", &captures["path"]));
            report.stands_alone = true;
            self.state = State::Test(Box::new(report));
            return Feed::Consumed;
        }
        if let Some(captures) = TEST_HEADER.captures(line) {
            let title = captures.name("title").map_or("", |m| m.as_str());
            if !ENTRY_SEPARATOR.is_match(line) && !title.trim_matches(['_', ' ']).is_empty() {
                self.state = State::Test(Box::new(TestReport::new(title)));
                return Feed::Consumed;
            }
        }
        if let Some(captures) = SECTION_HEADER.captures(line) {
            return self.read_section_header(captures.name("title").map(|m| m.as_str()), line);
        }
        if SUMMARY_LINE.is_match(line) && looks_like_nodeid_line(line) {
            self.state = State::Summary;
            return self.read_summary_line(line, out);
        }
        self.state = State::Idle;
        Feed::Rejected
    }

    fn read_section_header(&mut self, title: Option<&str>, line: &str) -> Feed {
        match title.unwrap_or("") {
            "FAILURES" | "ERRORS" => {
                self.state = State::Section;
                Feed::Consumed
            }
            "short test summary info" => {
                self.state = State::Summary;
                Feed::Consumed
            }
            "warnings summary" => {
                self.state = State::Warnings { test_file: None };
                Feed::Consumed
            }
            "test session starts" => {
                self.seen.clear();
                self.state = State::Idle;
                Feed::Done
            }
            _ if FINAL_COUNTS.is_match(line) => {
                self.seen.clear();
                self.state = State::Idle;
                Feed::Done
            }
            _ => {
                self.state = State::Idle;
                Feed::Rejected
            }
        }
    }

    /// A line of `--tb=line` output (or blank, or `E` lines it also prints).
    fn read_in_section(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Feed {
        if line.trim().is_empty() || line.starts_with([' ', '\t']) || ERROR_LINE.is_match(line) {
            return Feed::Consumed;
        }
        let Some(captures) = LOCATION_LINE.captures(line) else {
            return self.read_between_tests(line, out);
        };
        let Some(message) = captures.name("rest").map(|m| m.as_str().trim()) else {
            return self.read_between_tests(line, out);
        };
        if message.is_empty() {
            return self.read_between_tests(line, out);
        }
        let frame = Frame {
            file: captures["file"].to_string(),
            line: captures["line"].parse().unwrap_or(0),
            function: None,
            source: None,
            span: None,
        };
        let (code_name, text) = split_exception_line(message);
        let mut occurrence = python::exception_occurrence(
            Tool::Pytest,
            code_name.as_deref(),
            Some(&text),
            Some(&frame),
        );
        if code_name.is_none() {
            occurrence.code = default_code(&text);
        }
        self.seen.remember_message(message.to_string());
        out.push(occurrence);
        Feed::Consumed
    }

    /// A line of `warnings summary`: the tests that warned, then each warning indented under them.
    /// A warning placed in pytest's own code (a coroutine the test created and never awaited is
    /// collected there) is the test's: it goes to the test's file, its place kept as a note.
    fn read_warnings_line(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Feed {
        let State::Warnings { test_file } = &mut self.state else {
            return Feed::Rejected;
        };
        if let Some(captures) = WARNING_TEST_LINE.captures(line) {
            *test_file = Some(captures["file"].to_string());
            return Feed::Consumed;
        }
        if let Some(mut warning) = python::warning_occurrence(line) {
            let in_machinery = warning.file.as_deref().is_some_and(is_pytest_machinery);
            if let (true, Some(file)) = (in_machinery, test_file.clone()) {
                let mut place = Note::new(NoteKind::Context, "warned in pytest's code");
                place.file = warning.file.replace(file);
                place.line = warning.line.take();
                warning.notes.push(place);
            }
            out.push(warning);
            return Feed::Consumed;
        }
        if line.trim().is_empty() || line.starts_with([' ', '\t']) {
            return Feed::Consumed;
        }
        if line.starts_with("-- Docs: ") {
            self.state = State::Idle;
            return Feed::Done;
        }
        self.read_between_tests(line, out)
    }

    fn read_summary_line(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Feed {
        let Some(captures) = SUMMARY_LINE.captures(line) else {
            if OTHER_OUTCOME_LINE.is_match(line) {
                return Feed::Consumed;
            }
            self.seen.clear();
            self.state = State::Idle;
            return match FINAL_COUNTS.is_match(line) {
                true => Feed::Done,
                false => Feed::Rejected,
            };
        };
        let kind = captures.name("kind").map_or("FAILED", |m| m.as_str());
        let nodeid = captures.name("nodeid").map_or("", |m| m.as_str());
        let message = captures.name("message").map(|m| m.as_str().trim());
        let key = key_from_nodeid(kind, nodeid);
        if self.seen.already_reported(&key, message) {
            return Feed::Consumed;
        }
        out.push(summary_occurrence(kind, nodeid, message));
        Feed::Consumed
    }

    fn read_in_test(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Feed {
        let State::Test(report) = &mut self.state else {
            return Feed::Rejected;
        };
        if report.reading_native {
            let mut natives = Vec::new();
            match self.native.feed(line, &mut natives) {
                Feed::Consumed => return Feed::Consumed,
                Feed::Done | Feed::Rejected => {
                    report.reading_native = false;
                    report.native = natives.pop().or(report.native.take());
                }
            }
        }
        let after_location = std::mem::replace(&mut report.after_location, false);
        if let Some(captures) = ERROR_LINE.captures(line) {
            let spaces = captures.name("spaces").map_or(0, |m| m.as_str().len());
            let text = captures.name("text").map_or("", |m| m.as_str());
            report.read_error_line(spaces, text);
            return Feed::Consumed;
        }
        if let Some(source) = line.strip_prefix('>') {
            read_flow_line(report, source.trim());
            // Characters before the stripped source in the line, `>` included.
            report.pending_source_at = 1 + source.chars().take_while(|c| c.is_whitespace()).count();
            report.pending_span = None;
            return Feed::Consumed;
        }
        if line.starts_with([' ', '\t']) || line.is_empty() {
            if report.pending_source.is_some() && report.pending_span.is_none() {
                report.pending_span = python::marker_span(line).and_then(|(start, end)| {
                    let at = u32::try_from(report.pending_source_at).ok()?;
                    Some((start.checked_sub(at)?, end.checked_sub(at)?)).filter(|(s, _)| *s > 0)
                });
            }
            if after_location && !line.trim().is_empty() {
                if let Some(frame) = report.frames.last_mut() {
                    frame.source.get_or_insert_with(|| line.trim().to_string());
                }
            }
            return Feed::Consumed;
        }
        if let Some(captures) = LOCATION_LINE.captures(line) {
            let frame = Frame {
                file: captures["file"].to_string(),
                line: captures["line"].parse().unwrap_or(0),
                function: captures.name("rest").map(|m| m.as_str().trim().to_string()),
                source: report.pending_source.take(),
                span: report.pending_span.take(),
            };
            // A missing fixture's test is located twice: `file t.py, line 1` and `t.py:1`.
            let repeated = frame.function.is_none()
                && report
                    .frames
                    .last()
                    .is_some_and(|last| last.file == frame.file && last.line == frame.line);
            if !repeated {
                report.push_frame(frame);
                report.after_location = true;
            }
            return Feed::Consumed;
        }
        if let Some(captures) = FIXTURE_FILE_LINE.captures(line) {
            if let Ok(number) = captures["line"].parse() {
                report.push_frame(Frame {
                    file: captures["file"].to_string(),
                    line: number,
                    function: None,
                    source: None,
                    span: None,
                });
                report.after_location = true;
            }
            return Feed::Consumed;
        }
        match line.trim_end() {
            python::DIRECT_CAUSE => {
                report.read_chain_relation("direct cause");
                return Feed::Consumed;
            }
            python::DURING_HANDLING => {
                report.read_chain_relation("during handling of");
                return Feed::Consumed;
            }
            python::HEADER if report.native.is_none() => {
                let mut ignored = Vec::new();
                report.reading_native = self.native.feed(line, &mut ignored) == Feed::Consumed;
                return Feed::Consumed;
            }
            _ => {}
        }
        if ENTRY_SEPARATOR.is_match(line) {
            return Feed::Consumed;
        }
        if TEST_HEADER.is_match(line)
            || SECTION_HEADER.is_match(line)
            || CAPTURED_HEADER.is_match(line)
        {
            self.end_test(out);
            return match CAPTURED_HEADER.is_match(line) && !SECTION_HEADER.is_match(line) {
                // The test's captured output may hold errors of other tools.
                true => Feed::Rejected,
                false => self.read_between_tests(line, out),
            };
        }
        if report.stands_alone && !report.error_lines.is_empty() {
            self.end_test(out);
            self.state = State::Idle;
            return Feed::Rejected;
        }
        // Explanations (`ImportError while importing test module …`, `Hint: …`, locals).
        Feed::Consumed
    }
}

impl Parser for PytestParser {
    fn triggers(&self) -> &'static [&'static str] {
        &[
            r"^=+ (?:FAILURES|ERRORS|short test summary info|test session starts|warnings summary) =+$",
            r"^_{3,} [^ \n][^\n]* _{3,}$",
            r"^(?:FAILED|ERROR) [^ \n]+\.py(?:::[^\n]*)?(?: - [^\n]*)?$",
            r"^ImportError while loading conftest '",
        ]
    }

    fn feed(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Feed {
        match self.state {
            State::Idle => self.read_between_tests(line, out),
            State::Section => self.read_in_section(line, out),
            State::Test(_) => self.read_in_test(line, out),
            State::Summary => self.read_summary_line(line, out),
            State::Warnings { .. } => self.read_warnings_line(line, out),
        }
    }

    fn finish(&mut self, out: &mut Vec<Occurrence>) {
        self.end_test(out);
        self.state = State::Idle;
        self.seen.clear();
    }
}

/// A file of pytest or pluggy, whose frames run every test.
fn is_pytest_machinery(file: &str) -> bool {
    ["/_pytest/", "/pluggy/", "\\_pytest\\", "\\pluggy\\"]
        .iter()
        .any(|part| file.contains(part))
}

/// A `>` line: the failing source line (`--tb=long`), or the fixtures pytest has (missing fixture).
fn read_flow_line(report: &mut TestReport, text: &str) {
    if text.starts_with("available fixtures:") || text.starts_with("use 'pytest --fixtures") {
        if report.help.len() < MAX_DETAIL_LINES {
            report.help.push(text.to_string());
        }
        return;
    }
    report.pending_source = Some(text.to_string());
}

/// `test_perimeter` → `FAILED test_perimeter`; `ERROR at setup of test_x` → `ERROR test_x`;
/// `ERROR collecting tests/t.py` → `ERROR tests/t.py`.
fn key_from_title(title: &str) -> String {
    let errored = [
        "ERROR at setup of ",
        "ERROR at teardown of ",
        "ERROR collecting ",
    ]
    .iter()
    .find_map(|prefix| title.strip_prefix(prefix));
    match errored {
        Some(test) => format!("ERROR {test}"),
        None => format!("FAILED {title}"),
    }
}

/// `tests/t.py::TestNames::test_upper` → `FAILED TestNames.test_upper`, the test's header title.
fn key_from_nodeid(kind: &str, nodeid: &str) -> String {
    match nodeid.split_once("::") {
        Some((_, test)) => format!("{kind} {}", test.replace("::", ".")),
        None => format!("{kind} {nodeid}"),
    }
}

fn looks_like_nodeid_line(line: &str) -> bool {
    SUMMARY_LINE
        .captures(line)
        .and_then(|c| c.name("nodeid"))
        .is_some_and(|nodeid| {
            let file = nodeid.as_str().split("::").next().unwrap_or("");
            file.ends_with(".py") && !file.contains(' ')
        })
}

/// A summary line as an occurrence: the test's file, the message as cut by pytest.
fn summary_occurrence(kind: &str, nodeid: &str, message: Option<&str>) -> Occurrence {
    let file = nodeid.split("::").next().unwrap_or(nodeid);
    let (code_name, text) = match message {
        Some(message) if !message.is_empty() => split_exception_line(message),
        _ => {
            let text = match (kind, nodeid.contains("::")) {
                ("ERROR", false) => format!("error collecting {nodeid}"),
                ("ERROR", true) => format!("error in {nodeid}"),
                _ => format!("{nodeid} failed"),
            };
            (None, text)
        }
    };
    let mut occurrence = Occurrence::new(Tool::Pytest, Severity::Error, text);
    occurrence.code = code_name
        .map(|name| python::unqualified_exception_name(&name).to_string())
        .or_else(|| default_code(&occurrence.message));
    occurrence.file = Some(file.to_string());
    occurrence
}

/// `TypeError: bad` → (`TypeError`, `bad`); `assert 3 == 4` → (none, `assert 3 == 4`).
fn split_exception_line(line: &str) -> (Option<String>, String) {
    let line = line.trim();
    let Some(captures) = python::EXCEPTION_LINE.captures(line) else {
        return (None, line.to_string());
    };
    let name = captures.name("name").map_or("", |m| m.as_str());
    let message = captures.name("message").map(|m| m.as_str().trim());
    // A lone word is an exception only if it is named like one (`KeyboardInterrupt`, `Failed`).
    if message.is_none() && !name.chars().next().is_some_and(char::is_uppercase) {
        return (None, line.to_string());
    }
    let message = match message {
        Some(message) if !message.is_empty() => message.to_string(),
        _ => python::unqualified_exception_name(name).to_string(),
    };
    (Some(name.to_string()), message)
}

/// A rewritten `assert` shows the comparison, not the exception type.
fn default_code(message: &str) -> Option<String> {
    match message.starts_with("assert ") || message == "assert" {
        true => Some(String::from("AssertionError")),
        false => None,
    }
}

fn exception_display(shown: &ShownException) -> String {
    match &shown.code_name {
        Some(name) => format!("{name}: {}", shown.message),
        None => shown.message.clone(),
    }
}

/// A location line as a context note: `in scale: return …`, or the source it points at.
fn frame_note(frame: &Frame, rest: Option<&str>) -> Note {
    let message = match (rest.filter(|r| !r.is_empty()), &frame.source) {
        (Some(rest), Some(source)) if rest.starts_with("in ") => format!("{rest}: {source}"),
        (Some(rest), None) if rest.starts_with("in ") => rest.to_string(),
        (_, Some(source)) => source.clone(),
        (Some(rest), None) => rest.to_string(),
        (None, None) => String::from("here"),
    };
    let mut note = Note::new(NoteKind::Context, message);
    note.file = Some(frame.file.clone());
    note.line = Some(frame.line);
    note
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Vec<Occurrence> {
        crate::capture::parse_with(PytestParser::default(), text)
    }

    #[test]
    fn the_carets_under_a_failing_line_are_marked_on_its_stripped_source() {
        let text = "=================================== FAILURES ===================================\n___________________________________ test_headline ___________________________________\n\n    def test_headline():\n>       return self.name + \": \" + latest + \" \" + self.unit\n               ^^^^^^^^^^^^^^^^^^^^^^^^^\nE       TypeError: can only concatenate str (not \"float\") to str\n\nweather/station.py:12: TypeError\n=========================== short test summary info ============================\nFAILED tests/test_station.py::test_headline - TypeError: can only concatenate str (not \"float\") to str\n";
        let occurrence = parse(text)
            .into_iter()
            .find(|o| o.code.as_deref() == Some("TypeError"))
            .unwrap();
        let marked = occurrence.marked.clone().unwrap();
        assert_eq!(
            marked.source,
            "return self.name + \": \" + latest + \" \" + self.unit"
        );
        let span = &marked.source[marked.start as usize - 1..marked.end as usize - 1];
        assert_eq!(span, "self.name + \": \" + latest");
    }

    #[test]
    fn a_warning_placed_in_pytest_code_goes_to_the_test_that_caused_it() {
        let text = "=============================== warnings summary ===============================\ntests/test_fetch.py::test_fetch\n  /usr/lib/python3/site-packages/_pytest/python.py:187: RuntimeWarning: coroutine 'fetch' was never awaited\n    result = testfunction(**testargs)\n  Enable tracemalloc to get traceback where the object was allocated.\n\ntests/test_fetch.py::test_in_loop\n  /p/tests/test_fetch.py:16: RuntimeWarning: coroutine 'fetch' was never awaited\n    fetch(\"https://example.com\")\n\n-- Docs: https://docs.pytest.org/en/stable/how-to/capture-warnings.html\n";
        let found = parse(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(
            (found[0].file.as_deref(), found[0].line),
            (Some("tests/test_fetch.py"), None)
        );
        assert_eq!(found[0].notes[0].line, Some(187));
        assert_eq!(
            (found[1].file.as_deref(), found[1].line),
            (Some("/p/tests/test_fetch.py"), Some(16))
        );
        assert!(found[1].notes.is_empty());
    }

    #[test]
    fn a_conftest_that_fails_to_import_is_its_own_error_where_it_failed() {
        let text = "ImportError while loading conftest '/p/conftest.py'.\nconftest.py:1: in <module>\n    import requestz\nE   ModuleNotFoundError: No module named 'requestz'\nsomething else\n";
        let found = parse(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code.as_deref(), Some("ModuleNotFoundError"));
        assert_eq!(found[0].message, "No module named 'requestz'");
        assert_eq!(
            (found[0].file.as_deref(), found[0].line),
            (Some("conftest.py"), Some(1))
        );
        let syntax = "ImportError while loading conftest '/p/conftest.py'.\n/usr/lib/python3.11/ast.py:50: in parse\n    return compile(source, filename, mode, flags,\nE     File \"/p/conftest.py\", line 5\nE       def client()\nE                   ^\nE   SyntaxError: expected ':'\n";
        let found = parse(syntax);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code.as_deref(), Some("SyntaxError"));
        assert_eq!(
            (found[0].file.as_deref(), found[0].line),
            (Some("/p/conftest.py"), Some(5))
        );
    }

    #[test]
    fn a_long_traceback_is_reported_once_not_again_from_the_summary() {
        let text = "=================================== FAILURES ===================================\n________________________________ test_perimeter ________________________________\n\n    def test_perimeter():\n>       assert perimeter(2, 3) == 12\nE       assert 10 == 12\nE        +  where 10 = perimeter(2, 3)\n\ntests/test_shapes.py:14: AssertionError\n=========================== short test summary info ============================\nFAILED tests/test_shapes.py::test_perimeter - assert 10 == 12\nFAILED tests/test_shapes.py::test_other - assert 1 == 2\n========================= 2 failed in 0.06s ==========================\n";
        let found = parse(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].message, "assert 10 == 12");
        assert_eq!(found[0].code.as_deref(), Some("AssertionError"));
        assert_eq!(found[0].file.as_deref(), Some("tests/test_shapes.py"));
        assert_eq!(found[0].line, Some(14));
        assert!(found[0]
            .notes
            .iter()
            .any(|n| n.message == "+  where 10 = perimeter(2, 3)"));
        assert_eq!(found[1].message, "assert 1 == 2");
        assert_eq!(found[1].line, None);
    }

    #[test]
    fn exception_type_in_the_e_line_is_the_code() {
        let text = "=== FAILURES ===\n___ test_scale ___\ntests/t.py:18: in test_scale\n    scale(x)\nshapes.py:10: in scale\n    return v * f\nE   json.decoder.JSONDecodeError: Expecting value\n";
        let found = parse(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code.as_deref(), Some("JSONDecodeError"));
        assert_eq!(found[0].message, "Expecting value");
        assert_eq!(found[0].file.as_deref(), Some("shapes.py"));
        assert_eq!(found[0].line, Some(10));
        assert_eq!(found[0].notes[1].message, "in scale: return v * f");
    }

    #[test]
    fn library_frames_are_not_blamed() {
        let text = "___ test_json ___\n\n    def test_json():\n>       json.loads(\"{x\")\n\ntest_n.py:5: \n_ _ _ _ _ _\n/usr/lib/python3.11/json/decoder.py:353: JSONDecodeError\nE   json.decoder.JSONDecodeError: Expecting value\n";
        let found = parse(text);
        assert_eq!(found[0].file.as_deref(), Some("test_n.py"));
        assert_eq!(found[0].line, Some(5));
    }

    #[test]
    fn summary_only_runs_are_reported_from_the_summary() {
        let text = "=========================== short test summary info ============================\nPASSED tests/test_db.py::test_ok\nERROR tests/test_db.py::test_insert\nFAILED tests/test_shapes.py::test_scale - TypeError: unsupported operand type...\n===================== 1 failed, 1 passed, 1 error in 0.04s =====================\n";
        let found = parse(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].message, "error in tests/test_db.py::test_insert");
        assert_eq!(found[0].code, None);
        assert_eq!(found[1].code.as_deref(), Some("TypeError"));
        assert_eq!(found[1].message, "unsupported operand type...");
        assert_eq!(found[1].file.as_deref(), Some("tests/test_shapes.py"));
    }

    #[test]
    fn tb_line_failures_are_not_repeated_by_the_summary() {
        let text = "=== FAILURES ===\nE   assert 10 == 12\n     +  where 10 = f()\n/a/tests/t.py:14: assert 10 == 12\n/a/shapes.py:10: TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'\n=== short test summary info ===\nFAILED tests/t.py::test_a - assert 10 == 12\nFAILED tests/t.py::test_b - TypeError: unsupported operand type...\n2 failed in 0.02s\n";
        let found = parse(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].line, Some(14));
        assert_eq!(found[1].code.as_deref(), Some("TypeError"));
        assert_eq!(found[1].file.as_deref(), Some("/a/shapes.py"));
    }

    #[test]
    fn a_new_run_forgets_the_failures_of_the_last() {
        let run = "=== FAILURES ===\n___ test_a ___\nE   assert 1 == 2\nt.py:3: AssertionError\n=== short test summary info ===\nFAILED t.py::test_a - assert 1 == 2\n=== 1 failed in 0.01s ===\n";
        let summary_only = "=== short test summary info ===\nFAILED t.py::test_a - assert 1 == 2\n=== 1 failed in 0.01s ===\n";
        assert_eq!(parse(&format!("{run}{summary_only}")).len(), 2);
    }

    #[test]
    fn missing_fixture_takes_the_file_line_and_the_available_fixtures() {
        let text = "___ ERROR at setup of test_insert ___\nfile /a/tests/test_db.py, line 1\n  def test_insert(database):\nE       fixture 'database' not found\n>       available fixtures: capfd, tmp_path\n>       use 'pytest --fixtures [testpath]' for help on them.\n\n/a/tests/test_db.py:1\n=== short test summary info ===\nERROR tests/test_db.py::test_insert\n";
        let found = parse(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "fixture 'database' not found");
        assert_eq!(found[0].file.as_deref(), Some("/a/tests/test_db.py"));
        assert_eq!(found[0].line, Some(1));
        assert!(found[0]
            .notes
            .iter()
            .any(|n| n.kind == NoteKind::Help && n.message.starts_with("available fixtures:")));
    }

    #[test]
    fn keys_match_between_titles_and_nodeids() {
        assert_eq!(
            key_from_title("TestNames.test_upper"),
            key_from_nodeid("FAILED", "tests/t.py::TestNames::test_upper")
        );
        assert_eq!(
            key_from_title("ERROR collecting tests/t.py"),
            key_from_nodeid("ERROR", "tests/t.py")
        );
        assert_ne!(
            key_from_title("ERROR at teardown of test_td"),
            key_from_nodeid("FAILED", "t.py::test_td")
        );
    }

    #[test]
    fn garbage_does_not_panic_and_is_rejected() {
        let mut parser = PytestParser::default();
        let mut out = Vec::new();
        for line in ["", "E", "____", "_ _ _", "FAILED", "=", "\u{0}é"] {
            assert_eq!(parser.feed(line, &mut out), Feed::Rejected, "{line:?}");
        }
        assert_eq!(parser.feed("___ t ___", &mut out), Feed::Consumed);
        for line in [
            "E",
            "E  ",
            "E     File \"",
            ">",
            "x.py:99999999999999: E",
            "\u{0}",
        ] {
            let _ = parser.feed(line, &mut out);
        }
        parser.finish(&mut out);
        assert!(out.len() <= 1);
    }
}
