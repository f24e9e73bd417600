//! Parses javac output — `File.java:3: error: …` with its source line, caret and detail lines,
//! the `-XDrawDiagnostics` form (`File.java:3:9: compiler.err.…: …`), `warning: [lint] …` and
//! the `Note: … uses unchecked or unsafe operations.` notes — and Java's uncaught-exception stack
//! traces (`Exception in thread "main" …` + `\tat …` frames), as printed by `java`.

use std::sync::LazyLock;

use regex::Regex;

use super::{Feed, MessageRegex, Parser};
use crate::occurrence::{Note, NoteKind, Occurrence, Severity, Tool};

/// Notes kept per occurrence (detail lines, stack frames); the rest are dropped.
const MAX_NOTES: usize = 50;
/// Lines of an exception's message before its first `at` frame (a message can span lines).
const MAX_EXCEPTION_MESSAGE_LINES: usize = 10;

const TRIGGERS: &[&str] = &[
    r"^(?:[A-Za-z]:)?[^\s:][^\t\n:]*\.java:\d+: (?:error|warning): ",
    r"^(?:[A-Za-z]:)?[^\s:][^\t\n:]*\.java:\d+:\d+: compiler\.(?:err|warn|note|misc)\.",
    r"^- compiler\.(?:err|warn|note)\.",
    r"^warning: \[[\w-]+\] ",
    // The source launcher's (`java Main.java`) closing line after the compile errors.
    r"^error: compilation failed$",
    r"^Note: (?:\S+\.java|Some input files) ",
    r#"^Exception in thread "[^"\n]*" "#,
    // `java.lang.IllegalStateException: boom` from printStackTrace(): taken only if frames follow.
    r"^(?:[a-z_$][\w$]*\.)+[\w$]*(?:Exception|Error|Throwable)(?:: |$)",
];

static DIAGNOSTIC: LazyLock<MessageRegex> = LazyLock::new(|| {
    MessageRegex::new(
        r"^(?P<file>(?:[A-Za-z]:)?[^\s:][^\t:]*\.java):(?P<line>\d+): (?P<severity>error|warning): (?:\[(?P<code>[\w-]+)\] )?",
        "message",
    )
});

static RAW_DIAGNOSTIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<file>(?:[A-Za-z]:)?[^\s:][^\t:]*\.java):(?P<line>\d+):(?P<column>\d+): (?P<code>compiler\.(?P<kind>err|warn|note|misc)\.[\w.]+)(?::[ ]?(?P<message>.*?))?\s*$",
    )
    .expect("valid regex")
});

/// `- compiler.note.unchecked.filename: Main.java`: a raw diagnostic without a position.
static RAW_UNPOSITIONED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^- (?P<code>compiler\.(?P<kind>err|warn|note)\.[\w.]+)(?::[ ]?(?P<message>.*?))?\s*$",
    )
    .expect("valid regex")
});

static OPTION_WARNING: LazyLock<MessageRegex> =
    LazyLock::new(|| MessageRegex::new(r"^warning: \[(?P<code>[\w-]+)\] ", "message"));

static COMPILER_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^Note: (?P<message>(?:(?P<file>\S+\.java)|Some input files) .*?)\s*$")
        .expect("valid regex")
});

static RECOMPILE_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^Note: (?P<message>Recompile with -Xlint:(?P<lint>[\w-]+) .*?)\s*$")
        .expect("valid regex")
});

static CARET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?P<before>[ \t]*)\^\s*$").expect("valid regex"));

static EXCEPTION_IN_THREAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^Exception in thread "[^"]*" (?P<class>[\w$.]+)(?::[ ]?(?P<message>.*?))?\s*$"#)
        .expect("valid regex")
});

static BARE_EXCEPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<class>(?:[a-z_$][\w$]*\.)+[\w$]*(?:Exception|Error|Throwable))(?::[ ]?(?P<message>.*?))?\s*$",
    )
    .expect("valid regex")
});

/// `\tat java.base/java.lang.Integer.parseInt(Integer.java:668)`
static FRAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+at (?P<method>[^\s(]+)\((?P<source>[^)]*)\)\s*$").expect("valid regex")
});

static FRAMES_OMITTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*\.\.\. \d+ (?:more|common frames omitted)\s*$").expect("valid regex")
});

static CAUSE: LazyLock<MessageRegex> =
    LazyLock::new(|| MessageRegex::new(r"^\s*(?P<relation>Caused by|Suppressed): ", "exception"));

/// Class prefixes of frames that are not the program's own code: the JDK and test frameworks.
const LIBRARY_CLASS_PREFIXES: &[&str] = &[
    "java.",
    "javax.",
    "jdk.",
    "sun.",
    "com.sun.",
    "org.junit.",
    "junit.",
    "org.opentest4j.",
    "org.testng.",
];

#[derive(Default)]
pub struct JavacParser {
    state: State,
}

#[derive(Default)]
enum State {
    #[default]
    Idle,
    Diagnostic {
        occurrence: Box<Occurrence>,
        phase: Phase,
    },
    /// `Note: Main.java uses unchecked or unsafe operations.`, which the line
    /// `Note: Recompile with -Xlint:unchecked for details.` completes.
    CompilerNote(Box<Occurrence>),
    Exception(Box<ExceptionRecord>),
}

enum Phase {
    /// Just after the headline: the source line comes next.
    Headline,
    /// The line after the headline, kept until we see whether a caret line follows it.
    Source(String),
    /// Indented detail lines: `symbol: …`, `location: …`, `required: …` …
    Details,
}

impl Parser for JavacParser {
    fn triggers(&self) -> &'static [&'static str] {
        TRIGGERS
    }

    fn feed(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Feed {
        match self.continue_record(line, out) {
            Some(feed) => feed,
            None => {
                self.flush(out);
                self.start_record(line)
            }
        }
    }

    fn finish(&mut self, out: &mut Vec<Occurrence>) {
        self.flush(out);
    }
}

impl JavacParser {
    /// What `line` does to the record in progress, or None if it is not part of it.
    fn continue_record(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Option<Feed> {
        match &mut self.state {
            State::Idle => None,
            State::Diagnostic { occurrence, phase } => {
                continue_diagnostic(occurrence, phase, line).then_some(Feed::Consumed)
            }
            State::CompilerNote(occurrence) => {
                let recompile = RECOMPILE_NOTE
                    .captures(line)
                    .map(|captures| {
                        (
                            captures["message"].to_string(),
                            captures["lint"].to_string(),
                        )
                    })
                    .or_else(|| raw_recompile_note(line))?;
                let (message, lint) = recompile;
                occurrence.notes.push(Note::new(NoteKind::Help, message));
                if occurrence.code.is_none() {
                    occurrence.code = Some(lint);
                }
                self.flush(out);
                Some(Feed::Done)
            }
            State::Exception(record) => record.feed(line).then_some(Feed::Consumed),
        }
    }

    fn flush(&mut self, out: &mut Vec<Occurrence>) {
        match std::mem::take(&mut self.state) {
            State::Idle => {}
            State::Diagnostic { occurrence, phase } => {
                let mut occurrence = *occurrence;
                if let Phase::Source(line) = phase {
                    // No caret came: the line was a detail, not source.
                    add_detail(&mut occurrence, &line);
                }
                out.push(occurrence);
            }
            State::CompilerNote(occurrence) => out.push(*occurrence),
            State::Exception(record) => out.extend(record.into_occurrence()),
        }
    }

    fn start_record(&mut self, line: &str) -> Feed {
        if line == "error: compilation failed" {
            // A summary: the errors it sums up were reported one by one.
            return Feed::Done;
        }
        if let Some(captures) = DIAGNOSTIC.captures(line) {
            let severity = match &captures["severity"] {
                "warning" => Severity::Warning,
                _ => Severity::Error,
            };
            let mut occurrence = Occurrence::new(Tool::Javac, severity, &captures["message"]);
            occurrence.file = Some(captures["file"].to_string());
            occurrence.line = captures["line"].parse().ok();
            occurrence.code = captures.name("code").map(|code| code.as_str().to_string());
            self.state = State::Diagnostic {
                occurrence: Box::new(occurrence),
                phase: Phase::Headline,
            };
            return Feed::Consumed;
        }
        if let Some(captures) = RAW_DIAGNOSTIC.captures(line) {
            let mut occurrence = raw_occurrence(&captures);
            occurrence.file = Some(captures["file"].to_string());
            occurrence.line = captures["line"].parse().ok();
            occurrence.column = captures["column"].parse().ok();
            self.state = State::Diagnostic {
                occurrence: Box::new(occurrence),
                phase: Phase::Details,
            };
            return Feed::Consumed;
        }
        if let Some(captures) = RAW_UNPOSITIONED.captures(line) {
            let mut occurrence = raw_occurrence(&captures);
            if occurrence.message.ends_with(".java") && !occurrence.message.contains(' ') {
                occurrence.file = Some(occurrence.message.clone());
            }
            self.state = State::CompilerNote(Box::new(occurrence));
            return Feed::Consumed;
        }
        if let Some(captures) = OPTION_WARNING.captures(line) {
            let mut occurrence =
                Occurrence::new(Tool::Javac, Severity::Warning, &captures["message"]);
            occurrence.code = Some(captures["code"].to_string());
            self.state = State::Diagnostic {
                occurrence: Box::new(occurrence),
                phase: Phase::Details,
            };
            return Feed::Consumed;
        }
        if let Some(captures) = COMPILER_NOTE.captures(line) {
            let mut occurrence = Occurrence::new(Tool::Javac, Severity::Note, &captures["message"]);
            occurrence.file = captures.name("file").map(|file| file.as_str().to_string());
            self.state = State::CompilerNote(Box::new(occurrence));
            return Feed::Consumed;
        }
        match ExceptionRecord::start(line) {
            Some(record) => {
                self.state = State::Exception(Box::new(record));
                Feed::Consumed
            }
            None => Feed::Rejected,
        }
    }
}

fn is_record_start(line: &str) -> bool {
    DIAGNOSTIC.is_match(line)
        || RAW_DIAGNOSTIC.is_match(line)
        || COMPILER_NOTE.is_match(line)
        || OPTION_WARNING.is_match(line)
}

/// Whether `line` continues the diagnostic: its source line, caret, or an indented detail.
fn continue_diagnostic(occurrence: &mut Occurrence, phase: &mut Phase, line: &str) -> bool {
    match std::mem::replace(phase, Phase::Details) {
        Phase::Headline => {
            if is_record_start(line) {
                return false;
            }
            *phase = Phase::Source(line.to_string());
            true
        }
        Phase::Source(source) => match CARET.captures(line) {
            Some(captures) => {
                // The caret line repeats the source line's tabs, so characters before the
                // caret are characters before the error in the source.
                let before = captures["before"].chars().count();
                occurrence.column = u32::try_from(before + 1).ok();
                true
            }
            None => {
                add_detail(occurrence, &source);
                continue_details(occurrence, line)
            }
        },
        Phase::Details => continue_details(occurrence, line),
    }
}

fn continue_details(occurrence: &mut Occurrence, line: &str) -> bool {
    let indented = line.starts_with([' ', '\t']) && !line.trim().is_empty();
    if indented {
        add_detail(occurrence, line);
    }
    indented
}

/// `  symbol:   variable x` → a note `symbol: variable x`. The symbol javac could not find
/// also goes into the headline, else every `cannot find symbol` would be the same error.
fn add_detail(occurrence: &mut Occurrence, line: &str) {
    let text = line.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() || occurrence.notes.len() >= MAX_NOTES {
        return;
    }
    if occurrence.message == "cannot find symbol" && text.starts_with("symbol: ") {
        occurrence.message = format!("cannot find symbol ({text})");
    }
    occurrence.notes.push(Note::new(NoteKind::Note, text));
}

fn raw_occurrence(captures: &regex::Captures) -> Occurrence {
    let severity = match &captures["kind"] {
        "err" => Severity::Error,
        "warn" => Severity::Warning,
        _ => Severity::Note,
    };
    let code = &captures["code"];
    let message = captures
        .name("message")
        .map(|message| message.as_str())
        .filter(|message| !message.is_empty())
        .unwrap_or(code);
    let mut occurrence = Occurrence::new(Tool::Javac, severity, message);
    occurrence.code = Some(code.to_string());
    occurrence
}

/// `- compiler.note.unchecked.recompile`, the raw form of `Note: Recompile with -Xlint:…`.
fn raw_recompile_note(line: &str) -> Option<(String, String)> {
    let captures = RAW_UNPOSITIONED.captures(line)?;
    let code = &captures["code"];
    let lint = code
        .strip_prefix("compiler.note.")?
        .strip_suffix(".recompile")?;
    Some((code.to_string(), lint.to_string()))
}

/// An uncaught exception and its stack trace, with its causes.
struct ExceptionRecord {
    occurrence: Occurrence,
    /// `Exception in thread …` is certain; a bare `pkg.SomeException: …` line only once an
    /// `at` frame follows it.
    confirmed: bool,
    /// The message may go on over several lines before the first frame (only after `Exception
    /// in thread`).
    message_lines: usize,
    seen_frame: bool,
    /// Inside a `Caused by:` / `Suppressed:` part: its frames are notes, not the location.
    in_cause: bool,
    top_frames: Vec<JavaFrame>,
}

struct JavaFrame {
    method: String,
    file: Option<String>,
    line: Option<u32>,
}

impl ExceptionRecord {
    fn start(line: &str) -> Option<ExceptionRecord> {
        let (captures, confirmed) = match EXCEPTION_IN_THREAD.captures(line) {
            Some(captures) => (captures, true),
            None => (BARE_EXCEPTION.captures(line)?, false),
        };
        let class = &captures["class"];
        let message = captures
            .name("message")
            .map(|message| message.as_str())
            .filter(|message| !message.is_empty())
            .unwrap_or(class);
        let mut occurrence = Occurrence::new(Tool::Javac, Severity::Error, message);
        occurrence.code = Some(class.to_string());
        Some(ExceptionRecord {
            occurrence,
            confirmed,
            message_lines: 0,
            seen_frame: false,
            in_cause: false,
            top_frames: Vec::new(),
        })
    }

    /// Whether `line` is part of the stack trace.
    fn feed(&mut self, line: &str) -> bool {
        if let Some(captures) = FRAME.captures(line) {
            self.confirmed = true;
            self.seen_frame = true;
            let frame = parse_frame(&captures["method"], &captures["source"]);
            self.add_note(frame_note(&frame));
            if !self.in_cause && self.top_frames.len() < MAX_NOTES {
                self.top_frames.push(frame);
            }
            return true;
        }
        if !self.seen_frame {
            let more_message = self.confirmed
                && !line.trim().is_empty()
                && self.message_lines < MAX_EXCEPTION_MESSAGE_LINES;
            if more_message {
                self.message_lines += 1;
                self.add_note(Note::new(NoteKind::Note, line.trim()));
            }
            return more_message;
        }
        if FRAMES_OMITTED.is_match(line) {
            return true;
        }
        if let Some(captures) = CAUSE.captures(line) {
            self.in_cause = true;
            let relation = captures["relation"].to_ascii_lowercase();
            self.add_note(Note::new(
                NoteKind::Note,
                format!("{relation}: {}", &captures["exception"]),
            ));
            return true;
        }
        false
    }

    fn add_note(&mut self, note: Note) {
        if self.occurrence.notes.len() < MAX_NOTES {
            self.occurrence.notes.push(note);
        }
    }

    fn into_occurrence(self) -> Option<Occurrence> {
        if !self.confirmed {
            return None;
        }
        let mut occurrence = self.occurrence;
        let with_file = |frame: &&JavaFrame| frame.file.is_some() && frame.line.is_some();
        let blamed = self
            .top_frames
            .iter()
            .filter(with_file)
            .find(|frame| !is_library_frame(&frame.method))
            .or_else(|| self.top_frames.iter().find(with_file))
            .or_else(|| self.top_frames.iter().find(|frame| frame.file.is_some()));
        if let Some(frame) = blamed {
            occurrence.file = frame.file.clone();
            occurrence.line = frame.line;
        }
        Some(occurrence)
    }
}

/// `app.Main.main` + `Main.java:7`; the source may also be `Native Method`, `Unknown Source`
/// or a file without a line.
fn parse_frame(method: &str, source: &str) -> JavaFrame {
    let (file, line) = match source.rsplit_once(':') {
        Some((file, line)) => (file, line.parse().ok()),
        None => (source, None),
    };
    let has_file = file.contains('.') && !file.contains(' ');
    JavaFrame {
        method: method.to_string(),
        file: has_file.then(|| file.to_string()),
        line: line.filter(|_| has_file),
    }
}

fn frame_note(frame: &JavaFrame) -> Note {
    let mut note = Note::new(NoteKind::Context, format!("at {}", frame.method));
    note.file = frame.file.clone();
    note.line = frame.line;
    note
}

/// A frame of the JDK or a test framework. The method may carry a class-loader and module
/// prefix: `java.base/java.lang.Integer.parseInt`, `app//com.example.Main.main`.
fn is_library_frame(method: &str) -> bool {
    let (module, class) = match method.rsplit_once('/') {
        Some((prefix, class)) => (prefix.trim_end_matches('/'), class),
        None => ("", method),
    };
    let module = module.rsplit('/').next().unwrap_or(module);
    module.starts_with("java.")
        || module.starts_with("jdk.")
        || LIBRARY_CLASS_PREFIXES
            .iter()
            .any(|prefix| class.starts_with(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_regexes_read_lines_as_their_whole_regexes_would() {
        let lines = crate::capture::fixture_lines(
            "java",
            &[
                "Main.java:3: error: [removal] x  ",
                "Main.java:3: error: [removal]  ",
                "Main.java:3: warning: ",
                "C:\\a\\Main.java:3: error: x",
                "warning: [options] x ",
                "Caused by: java.lang.X: y ",
                "\tSuppressed: java.lang.X",
                "Caused by: ",
            ],
        );
        let diagnostic = r"^(?P<file>(?:[A-Za-z]:)?[^\s:][^\t:]*\.java):(?P<line>\d+): (?P<severity>error|warning): (?:\[(?P<code>[\w-]+)\] )?(?P<message>.*?)\s*$";
        crate::capture::assert_reads_as(&DIAGNOSTIC, diagnostic, &lines);
        let option = r"^warning: \[(?P<code>[\w-]+)\] (?P<message>.*?)\s*$";
        crate::capture::assert_reads_as(&OPTION_WARNING, option, &lines);
        let cause = r"^\s*(?P<relation>Caused by|Suppressed): (?P<exception>.*?)\s*$";
        crate::capture::assert_reads_as(&CAUSE, cause, &lines);
    }
    use crate::capture::{capture_text, CaptureOptions};

    fn capture(text: &str) -> Vec<Occurrence> {
        capture_text(text, CaptureOptions::default())
            .into_iter()
            .filter(|occurrence| occurrence.tool == Tool::Javac)
            .collect()
    }

    #[test]
    fn caret_gives_the_column_counting_tabs_as_one_character() {
        let found = capture(
            "App.java:5: error: incompatible types: String cannot be converted to int\n\t\tint x = f(\"2\");\n\t\t          ^\n1 error\n",
        );
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].line, found[0].column), (Some(5), Some(13)));
        assert_eq!(found[0].code, None);
        assert!(found[0].notes.is_empty());
    }

    #[test]
    fn symbol_and_location_lines_are_notes_and_the_symbol_is_in_the_headline() {
        let found = capture(
            "Main.java:3: error: cannot find symbol\n        int y = x + 1;\n                ^\n  symbol:   variable x\n  location: class Main\n1 error\n",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "cannot find symbol (symbol: variable x)");
        assert_eq!(found[0].column, Some(17));
        let notes: Vec<_> = found[0].notes.iter().map(|n| n.message.as_str()).collect();
        assert_eq!(notes, ["symbol: variable x", "location: class Main"]);
    }

    #[test]
    fn a_lint_warning_has_its_category_as_code() {
        let found = capture(
            "Main.java:10: warning: [deprecation] stop() in Thread has been deprecated\n        t.stop();\n         ^\n1 warning\n",
        );
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(found[0].code.as_deref(), Some("deprecation"));
        assert_eq!(found[0].message, "stop() in Thread has been deprecated");
    }

    #[test]
    fn a_headline_without_source_is_followed_by_the_next_headline() {
        let found = capture("A.java:1: error: first\nA.java:2: error: second\n  detail\n");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].message, "first");
        assert!(found[0].notes.is_empty());
        assert_eq!(found[1].notes[0].message, "detail");
        assert_eq!(found[1].column, None);
    }

    #[test]
    fn raw_diagnostics_give_the_key_as_code() {
        let found = capture(
            "Main.java:3:25: compiler.err.cant.resolve.location: kindname.variable, x, , , (compiler.misc.location: kindname.class, Main, null)\n\
             - compiler.note.unchecked.filename: Main.java\n- compiler.note.unchecked.recompile\n1 error\n",
        );
        assert_eq!(found.len(), 2);
        assert_eq!(
            found[0].code.as_deref(),
            Some("compiler.err.cant.resolve.location")
        );
        assert_eq!((found[0].line, found[0].column), (Some(3), Some(25)));
        assert_eq!(found[1].severity, Severity::Note);
        assert_eq!(found[1].file.as_deref(), Some("Main.java"));
        assert_eq!(found[1].notes[0].kind, NoteKind::Help);
    }

    #[test]
    fn unchecked_note_takes_its_code_from_the_recompile_hint() {
        let found = capture(
            "Note: Main.java uses unchecked or unsafe operations.\nNote: Recompile with -Xlint:unchecked for details.\n",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Note);
        assert_eq!(found[0].code.as_deref(), Some("unchecked"));
        assert_eq!(found[0].file.as_deref(), Some("Main.java"));
        assert_eq!(found[0].line, None);
    }

    #[test]
    fn exception_location_is_the_first_frame_outside_the_jdk() {
        let found = capture(
            "Exception in thread \"main\" java.lang.NumberFormatException: For input string: \"x\"\n\
             \tat java.base/java.lang.NumberFormatException.forInputString(NumberFormatException.java:67)\n\
             \tat java.base/java.lang.Integer.parseInt(Integer.java:668)\n\
             \tat app//app.Config.port(Config.java:8)\n\tat app.Main.main(Main.java:7)\n",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].code.as_deref(),
            Some("java.lang.NumberFormatException")
        );
        assert_eq!(found[0].message, "For input string: \"x\"");
        assert_eq!(found[0].file.as_deref(), Some("Config.java"));
        assert_eq!(found[0].line, Some(8));
        assert_eq!(found[0].notes.len(), 4);
    }

    #[test]
    fn a_bare_exception_line_needs_a_frame() {
        assert!(capture("java.io.IOException: disk full\nretrying\n").is_empty());
        let found = capture(
            "java.io.IOException: disk full\n\tat Store.save(Store.java:12)\n\tat Native.call(Native Method)\n",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].file.as_deref(), Some("Store.java"));
        assert_eq!(found[0].notes[1].file, None);
    }

    #[test]
    fn exception_without_message_uses_its_class() {
        let found = capture(
            "Exception in thread \"main\" java.lang.StackOverflowError\n\tat Main.f(Main.java:2)\n",
        );
        assert_eq!(found[0].message, "java.lang.StackOverflowError");
        assert_eq!(found[0].line, Some(2));
    }

    #[test]
    fn library_frames_are_recognised() {
        assert!(is_library_frame("java.base/java.lang.Integer.parseInt"));
        assert!(is_library_frame("org.junit.Assert.fail"));
        assert!(is_library_frame("jdk.internal.reflect.X.y"));
        assert!(!is_library_frame("app//com.example.Main.main"));
        assert!(!is_library_frame("Main.main"));
    }

    #[test]
    fn garbage_does_not_panic() {
        let mut parser = JavacParser::default();
        let mut out = Vec::new();
        for line in [
            "X.java:1: error: ",
            "",
            "^",
            "é^",
            "X.java:99999999999:1: compiler.err.x",
            "- compiler.note.",
            "Note: A.java uses",
            "Exception in thread \"t\" a.BException",
            "\tat (",
            "\tat x(:)",
            "\tat y(é:é)",
            "Caused by: ",
        ] {
            parser.feed(line, &mut out);
        }
        parser.finish(&mut out);
        assert!(out.iter().all(|occurrence| occurrence.tool == Tool::Javac));
    }
}
