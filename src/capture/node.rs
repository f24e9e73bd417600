//! Parses what Node.js prints when a program dies of an uncaught exception or an unhandled
//! rejection: the throw site (`/abs/app.js:3`, the source line, a caret), the error line
//! (`TypeError: …`, `Error [ERR_MODULE_NOT_FOUND]: …`), a multi-line message tail (`Require stack:`),
//! the `    at …` frames, the `{ code: … }` property dump and the `Node.js v20…` footer. Also an error
//! logged with its stack but no throw site (`console.error(err)`), and process warnings
//! (`(node:123) [DEP0005] DeprecationWarning: …`).
//!
//! The location is the innermost frame in the user's code (not `node:internal`, not
//! `node_modules`); failing that the throw site, the require stack, or the importing module.

use std::sync::LazyLock;

use regex::Regex;

use super::{file_line_column, Feed, Parser};
use crate::occurrence::{Note, NoteKind, Occurrence, Severity, Tool};

/// The throw site in a script: `/abs/app.js:3`, `file:///abs/app.mjs:3`, `C:\app\x.js:3`.
const SCRIPT_HEADER_TRIGGER: &str = r"^(?:file://)?(?:[A-Za-z]:)?[/\\][^\n]*\.[cm]?[jt]sx?:\d+$";
/// The throw site inside Node itself: `node:internal/modules/cjs/loader:1228`, `node:events:497`.
const INTERNAL_HEADER_TRIGGER: &str = r"^node:[\w/.-]+:\d+$";
/// An error printed with its stack but no throw site, e.g. by `console.error(err)`. Only taken if
/// the next line is a stack frame.
const BARE_ERROR_TRIGGER: &str = r"^(?:Uncaught )?(?:[A-Z][\w$]*)?Error(?: \[[A-Z][A-Z0-9_]*\])?: ";
/// `(node:1234) [DEP0005] DeprecationWarning: …`.
const WARNING_TRIGGER: &str = r"^\(node:\d+\) ";

/// Notes kept per record (frames, require stack, message lines).
const MAX_NOTES: usize = 50;
/// Stack frames kept as notes.
const MAX_FRAME_NOTES: usize = 20;
/// Lines of message tail (after the error line, before the frames) a record may have.
const MAX_MESSAGE_LINES: usize = 30;
/// Lines a record may have in all; a longer one is cut off here.
const MAX_RECORD_LINES: usize = 500;

static HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<file>(?:file://)?(?:[A-Za-z]:)?[/\\].*\.[cm]?[jt]sx?|node:[\w/.-]+):(?P<line>\d+)$",
    )
    .expect("valid regex")
});

static CARET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?P<indent>[ \t]*)\^+[ \t]*$").expect("valid regex"));

/// `TypeError: …`, `Error [ERR_MODULE_NOT_FOUND]: …`.
static ERROR_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:Uncaught )?(?P<class>[A-Za-z_$][\w$]*)(?: \[(?P<code>[A-Z][A-Z0-9_]*)\])?: (?P<message>.*)$",
    )
    .expect("valid regex")
});

/// An error without a stack, as `util.inspect` prints it: `[UnhandledPromiseRejection: …] {`.
static BRACKETED_ERROR_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:Uncaught )?\[(?P<class>[A-Za-z_$][\w$]*)(?: \[(?P<code>[A-Z][A-Z0-9_]*)\])?: (?P<message>.*)\](?P<brace> \{)?$",
    )
    .expect("valid regex")
});

/// An error line without a message: `Error`, `TypeError {`.
static ERROR_CLASS_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Uncaught )?(?P<class>[A-Z][\w$]*(?:Error|Exception))(?P<brace> \{)?$")
        .expect("valid regex")
});

/// A stack frame, `    at body` or `    at body {` (an error with properties follows), read as the
/// regex `^[ \t]+at (?P<body>.+?)(?P<brace> \{)?$` would (by hand: on every frame line that
/// regex's capture search cost more than the rest of the line's handling): the body and whether
/// the brace is there.
fn frame(line: &str) -> Option<(&str, bool)> {
    let indented = line.trim_start_matches([' ', '\t']);
    if indented.len() == line.len() {
        return None;
    }
    let rest = indented.strip_prefix("at ")?;
    if rest.is_empty() || rest.contains('\n') {
        return None;
    }
    match rest.strip_suffix(" {") {
        Some(body) if !body.is_empty() => Some((body, true)),
        _ => Some((rest, false)),
    }
}

/// The location at the end of a frame: `fn (/abs/a.js:3:7)` or `/abs/a.js:3:7`.
static FRAME_LOCATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\()(?P<file>[^()\s][^()]*?):(?P<line>\d+):(?P<column>\d+)\)?$")
        .expect("valid regex")
});

/// A frame's file, line and column as `FRAME_LOCATION` captures them; by hand on ASCII text (the
/// regex's capture search cost more than the rest of the frame's handling), where `\d` is an ASCII
/// digit. The line and column end the text (before one `)`), so they are the last two numbers;
/// the file before them holds no parenthesis and starts the text or follows its last `(`.
fn frame_location(body: &str) -> Option<(&str, &str, &str)> {
    if !body.is_ascii() {
        let captures = FRAME_LOCATION.captures(body)?;
        let group = |name| captures.name(name).map(|m| m.as_str());
        return Some((group("file")?, group("line")?, group("column")?));
    }
    let (file, line, column) = file_line_column(body.strip_suffix(')').unwrap_or(body))?;
    let file = match file.rfind('(') {
        Some(open) => &file[open + 1..],
        None => file,
    };
    let starts_well = file
        .chars()
        .next()
        .is_some_and(|first| !first.is_whitespace() && first != ')');
    (starts_well && !file.contains(')')).then_some((file, line, column))
}

static WARNING_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\(node:\d+\) (?:\[(?P<code>[A-Z][A-Z0-9_]*)\] )?(?P<class>[A-Za-z]\w*): (?P<message>.*)$",
    )
    .expect("valid regex")
});

static PROPERTY_CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^  code: '(?P<code>[\w.-]+)',?$").expect("valid regex"));

static PROPERTY_CAUSE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^  \[cause\]: (?P<cause>.+?)(?: \{)?$").expect("valid regex"));

/// `Cannot find module '/abs/x.mjs' imported from /abs/app.mjs`.
static IMPORTED_FROM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r" imported from (?P<file>\S.*)$").expect("valid regex"));

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// After the throw site: the offending source line.
    HeaderSource,
    /// After the source line: the caret under it.
    HeaderCaret,
    /// Blank lines, then the error line.
    ExpectError,
    /// After a bare error line: a frame must follow, or it was not a stack trace.
    BareFirstFrame,
    /// The rest of a multi-line message, up to the first frame.
    Message,
    /// The stack frames.
    Frames,
    /// The `{ code: …, [cause]: … }` dump after the last frame, up to its `}`.
    Properties,
    /// After the trace: blank lines and the `Node.js v20…` footer.
    Footer,
}

#[derive(Default)]
struct Record {
    /// The throw site, when it is in the user's code: file, line and the caret's column.
    throw_site: Option<(String, u32, Option<u32>)>,
    occurrence: Option<Occurrence>,
    /// The message ends with `:` (an assertion diff follows, with blank lines in it).
    message_continues_past_blanks: bool,
    bracket_code: Option<String>,
    property_code: Option<String>,
    class: Option<String>,
    user_frame: Option<(String, u32, u32)>,
    require_stack_file: Option<String>,
    frame_notes: usize,
    message_lines: usize,
    lines: usize,
}

#[derive(Default)]
pub struct NodeParser {
    phase: Option<Phase>,
    record: Record,
}

impl Parser for NodeParser {
    fn triggers(&self) -> &'static [&'static str] {
        &[
            SCRIPT_HEADER_TRIGGER,
            INTERNAL_HEADER_TRIGGER,
            BARE_ERROR_TRIGGER,
            WARNING_TRIGGER,
        ]
    }

    fn feed(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Feed {
        let Some(phase) = self.phase else {
            return self.start(line);
        };
        self.record.lines += 1;
        if self.record.lines > MAX_RECORD_LINES {
            self.flush(out);
            return Feed::Rejected;
        }
        let step = match phase {
            Phase::HeaderSource => Step::Next(Phase::HeaderCaret),
            Phase::HeaderCaret => self.header_caret(line),
            Phase::ExpectError => self.expect_error(line),
            Phase::BareFirstFrame => self.bare_first_frame(line),
            Phase::Message => self.message(line),
            Phase::Frames => self.frames(line),
            Phase::Properties => self.properties(line),
            Phase::Footer => footer(line),
        };
        match step {
            Step::Stay => Feed::Consumed,
            Step::Next(next) => {
                self.phase = Some(next);
                Feed::Consumed
            }
            Step::End => {
                self.flush(out);
                Feed::Done
            }
            Step::Decline => {
                self.flush(out);
                Feed::Rejected
            }
        }
    }

    fn finish(&mut self, out: &mut Vec<Occurrence>) {
        self.flush(out);
    }
}

/// What a line does to the record in progress.
enum Step {
    Stay,
    Next(Phase),
    /// The line ends the record (the footer).
    End,
    /// The line is not part of the record, which ends before it.
    Decline,
}

impl NodeParser {
    fn start(&mut self, line: &str) -> Feed {
        self.record = Record::default();
        if let Some(captures) = HEADER.captures(line) {
            let file = path_from_url(&captures["file"]);
            if let (true, Ok(number)) = (is_user_file(&file), captures["line"].parse()) {
                self.record.throw_site = Some((file, number, None));
            }
            self.phase = Some(Phase::HeaderSource);
            return Feed::Consumed;
        }
        if let Some(captures) = WARNING_LINE.captures(line) {
            let class = &captures["class"];
            let mut occurrence =
                Occurrence::new(Tool::Node, Severity::Warning, &captures["message"]);
            occurrence.code = Some(
                captures
                    .name("code")
                    .map_or(class, |m| m.as_str())
                    .to_string(),
            );
            // Node < 15 reported unhandled rejections as a warning wrapping the error.
            if class == "UnhandledPromiseRejectionWarning"
                && self.read_error_line(&captures["message"]).is_some()
            {
                self.phase = Some(Phase::Message);
                return Feed::Consumed;
            }
            self.record.occurrence = Some(occurrence);
            self.phase = Some(Phase::Frames);
            return Feed::Consumed;
        }
        if BARE_ERROR_LINE.is_match(line) && self.read_error_line(line).is_some() {
            self.phase = Some(Phase::BareFirstFrame);
            return Feed::Consumed;
        }
        Feed::Rejected
    }

    fn header_caret(&mut self, line: &str) -> Step {
        let Some(captures) = CARET.captures(line) else {
            // Not a throw site after all; nothing was recognised yet.
            self.record = Record::default();
            return Step::Decline;
        };
        if let Some((_, _, column)) = &mut self.record.throw_site {
            *column = u32::try_from(captures["indent"].chars().count() + 1).ok();
        }
        Step::Next(Phase::ExpectError)
    }

    fn expect_error(&mut self, line: &str) -> Step {
        if line.trim().is_empty() {
            return Step::Stay;
        }
        match self.read_error_line(line) {
            Some(true) => Step::Next(Phase::Properties),
            Some(false) => Step::Next(Phase::Message),
            None => {
                // A thrown value that is not an Error: printed as is.
                self.record.occurrence =
                    Some(Occurrence::new(Tool::Node, Severity::Error, line.trim()));
                Step::Next(Phase::Message)
            }
        }
    }

    /// Reads `Class [CODE]: message` into the record. None if the line is not shaped like that,
    /// else whether a `{ … }` property dump opens on it.
    fn read_error_line(&mut self, line: &str) -> Option<bool> {
        let captures = BRACKETED_ERROR_LINE
            .captures(line)
            .or_else(|| ERROR_LINE.captures(line))
            .or_else(|| ERROR_CLASS_ONLY.captures(line))?;
        let class = captures["class"].to_string();
        let message = captures
            .name("message")
            .map_or(class.as_str(), |m| m.as_str().trim())
            .to_string();
        self.record.message_continues_past_blanks = message.ends_with(':');
        self.record.occurrence = Some(Occurrence::new(Tool::Node, Severity::Error, message));
        self.record.class = Some(class);
        self.record.bracket_code = captures.name("code").map(|m| m.as_str().to_string());
        Some(captures.name("brace").is_some())
    }

    fn bare_first_frame(&mut self, line: &str) -> Step {
        if line == "Require stack:" {
            return Step::Next(Phase::Message);
        }
        match frame(line).is_some() {
            true => self.frames(line),
            false => {
                // An error-looking line without a stack: not ours after all.
                self.record = Record::default();
                Step::Decline
            }
        }
    }

    fn message(&mut self, line: &str) -> Step {
        if frame(line).is_some() {
            return self.frames(line);
        }
        if is_footer(line) {
            return Step::End;
        }
        if super::tsc::is_diagnostic_header(line) {
            // ts-node's `TSError: ⨯ Unable to compile TypeScript:` goes on with tsc's own report,
            // which is worth more as tsc occurrences than as notes here.
            return Step::Decline;
        }
        if line.trim().is_empty() {
            return match self.record.message_continues_past_blanks {
                true => Step::Stay,
                false => Step::Next(Phase::Footer),
            };
        }
        self.record.message_lines += 1;
        if self.record.message_lines > MAX_MESSAGE_LINES {
            return Step::Decline;
        }
        if line == "Require stack:" || line.starts_with("(Use `node --trace-") {
            return Step::Stay;
        }
        if let Some(required_from) = line.strip_prefix("- ") {
            let file = path_from_url(required_from.trim());
            if self.record.require_stack_file.is_none() && is_user_file(&file) {
                self.record.require_stack_file = Some(file.clone());
            }
            let mut note = Note::new(NoteKind::Context, "in the require stack");
            note.file = Some(file);
            self.push_note(note);
            return Step::Stay;
        }
        self.push_note(Note::new(NoteKind::Note, line.trim_end()));
        Step::Stay
    }

    fn frames(&mut self, line: &str) -> Step {
        if let Some((body, brace)) = frame(line) {
            self.read_frame(body);
            return match brace {
                true => Step::Next(Phase::Properties),
                false => Step::Next(Phase::Frames),
            };
        }
        let trimmed = line.trim();
        if trimmed.is_empty() {
            return Step::Next(Phase::Footer);
        }
        if is_footer(line) {
            return Step::End;
        }
        if trimmed.starts_with("... ")
            || line.starts_with("(Use `node --trace-")
            || line.starts_with("Emitted 'error' event")
        {
            return Step::Stay;
        }
        Step::Decline
    }

    fn read_frame(&mut self, body: &str) {
        let Some((file, line, column)) = frame_location(body) else {
            return;
        };
        let file = path_from_url(file);
        if !is_real_file(&file) {
            return;
        }
        let (Ok(line), Ok(column)) = (line.parse(), column.parse()) else {
            return;
        };
        if self.record.user_frame.is_none() && is_user_file(&file) {
            self.record.user_frame = Some((file.clone(), line, column));
        }
        if self.record.frame_notes < MAX_FRAME_NOTES {
            self.record.frame_notes += 1;
            let function = body
                .split_once(" (")
                .map_or("<anonymous>", |(function, _)| function);
            let mut note = Note::new(NoteKind::Context, format!("at {function}"));
            note.file = Some(file);
            note.line = Some(line);
            note.column = Some(column);
            self.push_note(note);
        }
    }

    fn properties(&mut self, line: &str) -> Step {
        if line == "}" {
            return Step::Next(Phase::Footer);
        }
        if let Some(captures) = PROPERTY_CODE.captures(line) {
            self.record.property_code = Some(captures["code"].to_string());
        } else if let Some(captures) = PROPERTY_CAUSE.captures(line) {
            let note = Note::new(NoteKind::Note, format!("caused by {}", &captures["cause"]));
            self.push_note(note);
        }
        Step::Stay
    }

    fn push_note(&mut self, note: Note) {
        if let Some(occurrence) = &mut self.record.occurrence {
            if occurrence.notes.len() < MAX_NOTES {
                occurrence.notes.push(note);
            }
        }
    }

    fn flush(&mut self, out: &mut Vec<Occurrence>) {
        self.phase = None;
        let record = std::mem::take(&mut self.record);
        let Some(mut occurrence) = record.occurrence else {
            return;
        };
        if let Some((file, line, column)) = record.user_frame {
            occurrence.file = Some(file);
            occurrence.line = Some(line);
            occurrence.column = Some(column);
        } else if let Some((file, line, column)) = record.throw_site {
            occurrence.file = Some(file);
            occurrence.line = Some(line);
            occurrence.column = column;
        } else if let Some(file) = record.require_stack_file {
            occurrence.file = Some(file);
        } else if let Some(captures) = IMPORTED_FROM.captures(&occurrence.message) {
            occurrence.file = Some(path_from_url(captures["file"].trim()));
        }
        if occurrence.code.is_none() {
            occurrence.code = record
                .bracket_code
                .or(record.property_code)
                .or(record.class);
        }
        out.push(occurrence);
    }
}

fn footer(line: &str) -> Step {
    match (line.trim().is_empty(), is_footer(line)) {
        (_, true) => Step::End,
        (true, false) => Step::Stay,
        (false, false) => Step::Decline,
    }
}

fn is_footer(line: &str) -> bool {
    line.strip_prefix("Node.js v")
        .is_some_and(|version| version.starts_with(|c: char| c.is_ascii_digit()))
}

/// The error line of a bare trace, as the trigger sees it.
static BARE_ERROR_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(BARE_ERROR_TRIGGER).expect("valid regex"));

/// `file:///abs/x.mjs` → `/abs/x.mjs` (`file:///C:/x.mjs` → `C:/x.mjs`), percent-escapes decoded.
fn path_from_url(location: &str) -> String {
    let Some(path) = location.strip_prefix("file://") else {
        return location.to_string();
    };
    let bytes = path.as_bytes();
    let path = match bytes {
        [b'/', drive, b':', ..] if drive.is_ascii_alphabetic() => &path[1..],
        _ => path,
    };
    percent_decode(path)
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let escaped = match (bytes[index], bytes.get(index + 1), bytes.get(index + 2)) {
            (b'%', Some(&high), Some(&low)) => hex_value(high).zip(hex_value(low)),
            _ => None,
        };
        match escaped {
            Some((high, low)) => {
                decoded.push(high * 16 + low);
                index += 3;
            }
            None => {
                decoded.push(bytes[index]);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

fn hex_value(digit: u8) -> Option<u8> {
    char::from(digit)
        .to_digit(16)
        .and_then(|value| u8::try_from(value).ok())
}

/// A file on disk, as opposed to `node:internal/…`, `<anonymous>`, `[eval]` or `native`.
fn is_real_file(file: &str) -> bool {
    !(file.starts_with("node:")
        || file.starts_with('<')
        || file.starts_with('[')
        || file.starts_with("internal/")
        || file == "native")
}

/// A file of the program itself, not of Node or of a dependency.
fn is_user_file(file: &str) -> bool {
    is_real_file(file) && !file.contains("/node_modules/") && !file.contains("\\node_modules\\")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_reads_a_line_as_its_regex_would() {
        let regex = Regex::new(r"^[ \t]+at (?P<body>.+?)(?P<brace> \{)?$").unwrap();
        let lines = crate::capture::fixture_lines(
            "js",
            &[
                "    at f (/a.js:1:2)",
                "\tat x",
                "at x",
                "    at ",
                "    at  {",
                "    at x {",
                "    at  ",
                "  \t at a {{",
                "    at x {\n",
                "    at x\r",
                "    atx",
                " at é {",
                "    at {",
                "    at  { {",
                "",
                "   ",
            ],
        );
        for line in &lines {
            let expected = regex
                .captures(line)
                .map(|c| (c.name("body").unwrap().as_str(), c.name("brace").is_some()));
            assert_eq!(frame(line), expected, "{line:?}");
        }
    }

    #[test]
    fn frame_location_reads_a_frame_as_its_regex_would() {
        let regex =
            Regex::new(r"(?:^|\()(?P<file>[^()\s][^()]*?):(?P<line>\d+):(?P<column>\d+)\)?$")
                .unwrap();
        let lines = crate::capture::fixture_lines(
            "js",
            &[
                "f (/a.js:1:2)",
                "/a.js:1:2",
                "f (/a (b).js:1:2)",
                "f (/a.js:1:2))",
                "f (a:1:2:3)",
                "f ( a.js:1:2)",
                "f (\ta.js:1:2)",
                "f (\u{b}a.js:1:2)",
                "f ()a.js:1:2)",
                "f ():1:2)",
                "a) b (c:1:2",
                "(c:1:2",
                "c:1:2)",
                "c:1:",
                "c::2",
                ":1:2",
                "f (file:///a.mjs:1:2)",
                "f (é.js:1:2)",
                "f (a.js:١:2)",
                "async f (node:internal/a:1:2)",
                "",
            ],
        );
        for line in &lines {
            let body = super::frame(line).map_or(line.as_str(), |(body, _)| body);
            for text in [line.as_str(), body] {
                let expected = regex
                    .captures(text)
                    .map(|c| (c.name("file"), c.name("line"), c.name("column")))
                    .map(|(f, l, c)| {
                        (
                            f.unwrap().as_str(),
                            l.unwrap().as_str(),
                            c.unwrap().as_str(),
                        )
                    });
                assert_eq!(frame_location(text), expected, "{text:?}");
            }
        }
    }

    fn parse(text: &str) -> Vec<Occurrence> {
        crate::capture::parse_with(NodeParser::default(), text)
    }

    #[test]
    fn location_is_the_innermost_user_frame() {
        let found = parse(
            "/app/node_modules/lib/index.js:10\n    throw new TypeError('bad');\n    ^\n\nTypeError: bad\n    at check (/app/node_modules/lib/index.js:10:11)\n    at main (/app/src/main.js:4:3)\n    at node:internal/main/run_main_module:28:49\n\nNode.js v20.1.0\n",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].file.as_deref(), Some("/app/src/main.js"));
        assert_eq!((found[0].line, found[0].column), (Some(4), Some(3)));
        assert_eq!(found[0].code.as_deref(), Some("TypeError"));
        assert_eq!(found[0].notes.len(), 2, "internal frames are not notes");
    }

    #[test]
    fn syntax_error_falls_back_to_the_throw_site_and_caret() {
        let found = parse(
            "file:///app/my%20dir/m.mjs:2\nif (a {\n      ^\n\nSyntaxError: Unexpected token '{'\n    at compileSourceTextModule (node:internal/modules/esm/utils:346:16)\n\nNode.js v20.1.0",
        );
        assert_eq!(found[0].file.as_deref(), Some("/app/my dir/m.mjs"));
        assert_eq!((found[0].line, found[0].column), (Some(2), Some(7)));
        assert_eq!(found[0].code.as_deref(), Some("SyntaxError"));
    }

    #[test]
    fn module_not_found_takes_the_code_property_and_require_stack() {
        let found = parse(
            "node:internal/modules/cjs/loader:1228\n  throw err;\n  ^\n\nError: Cannot find module 'x'\nRequire stack:\n- /app/a.js\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15) {\n  code: 'MODULE_NOT_FOUND',\n  requireStack: [ '/app/a.js' ]\n}\n\nNode.js v20.1.0\n",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code.as_deref(), Some("MODULE_NOT_FOUND"));
        assert_eq!(found[0].file.as_deref(), Some("/app/a.js"));
        assert_eq!(found[0].line, None);
        assert_eq!(found[0].message, "Cannot find module 'x'");
    }

    #[test]
    fn old_style_bracketed_rejection() {
        let found = parse(
            "node:internal/process/promises:288\n            triggerUncaughtException(err, true /* fromPromise */);\n            ^\n\n[UnhandledPromiseRejection: The promise rejected with the reason \"oops\".] {\n  code: 'ERR_UNHANDLED_REJECTION'\n}\n\nNode.js v18.0.0",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code.as_deref(), Some("ERR_UNHANDLED_REJECTION"));
        assert_eq!(
            found[0].message,
            "The promise rejected with the reason \"oops\"."
        );
    }

    #[test]
    fn bare_error_needs_a_stack() {
        let found = parse("Error: Process completed with exit code 1.\nnext line\nTypeError: x is not a function\n    at run (/app/a.js:1:2)\ndone");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "x is not a function");
        assert_eq!(found[0].line, Some(1));
    }

    #[test]
    fn deprecation_warning() {
        let found = parse("(node:42) [DEP0005] DeprecationWarning: Buffer() is deprecated.\n(Use `node --trace-deprecation ...` to show where the warning was created)\n");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(found[0].code.as_deref(), Some("DEP0005"));
    }

    #[test]
    fn header_without_caret_is_not_a_crash_report() {
        let found = parse("/app/a.js:3\nsome text\nmore text\n");
        assert!(found.is_empty());
    }

    #[test]
    fn ts_node_leaves_the_embedded_tsc_report_to_tsc() {
        let text = "/app/node_modules/ts-node/src/index.ts:859\n    return new TSError(diagnosticText, diagnosticCodes, diagnostics);\n           ^\nTSError: \u{2a2f} Unable to compile TypeScript:\nsrc/index.ts:1:7 - error TS2322: Type 'string' is not assignable to type 'number'.\n\n1 const x: number = \"a\";\n        ~\n\n    at createTSError (/app/node_modules/ts-node/src/index.ts:859:12)\n";
        let found = crate::capture::capture_text(text, Default::default());
        assert_eq!(found.len(), 2, "{found:#?}");
        assert_eq!(found[0].tool, Tool::Node);
        assert_eq!(found[0].code.as_deref(), Some("TSError"));
        assert_eq!(found[1].tool, Tool::Tsc);
        assert_eq!(found[1].code.as_deref(), Some("TS2322"));
        assert_eq!((found[1].end_line, found[1].end_column), (Some(1), Some(8)));
    }

    #[test]
    fn garbage_does_not_panic() {
        let found = parse(
            "/é.js:1\n\u{0}\n^\n\n[: ]\n    at (é:99999999999:1)\n    at %ff%:1:1\nfile://%e9%:1\n",
        );
        assert!(found.len() <= 2);
        assert_eq!(path_from_url("file:///C:/x%20y.js"), "C:/x y.js");
        assert_eq!(path_from_url("file://%"), "%");
    }
}
