//! Linker errors: GNU ld's `/usr/bin/ld: main.o: in function `main':` becomes a Context note of the
//! `main.c:(.text+0x12): undefined reference to `foo'` errors after it (file `main.c`; a line when
//! ld read debug info); gold's `main.o:main.c:function main: error: …` and lld's `ld.lld: error:
//! undefined symbol: foo` + `>>> referenced by main.c:4` forms are read too. A reference from an
//! object without a source file (the C runtime's `_start` missing `main`: ld's `(.text+0x17):
//! undefined reference to `main'`, gold's `Scrt1.o:function _start: error: …`) has no location.
//! Linker errors are held back (see `flush_held_linker_errors`) until the driver's closing line says
//! which compiler ran the link.

use std::sync::LazyLock;

use regex::Regex;

use super::dialect::Evidence;
use super::{GccParser, Record, Step, C_FAMILY_FILE, MAX_NOTES};
use crate::capture::{MessageCaptures, MessageRegex};
use crate::occurrence::{Note, NoteKind, Occurrence, Severity, Tool};

static LINKER: LazyLock<MessageRegex> = LazyLock::new(|| {
    MessageRegex::rest_of_line(concat!("^(?P<linker>", linker_program!(), "): "), "rest")
});

static LINKER_IN_FUNCTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<object>.+?): in function (?P<function>.+):$").expect("valid regex")
});

static LINKER_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?P<object>[^\s:][^:\t\n]*?\.(?:o|obj|a|so|lib)(?:\([^)\n]*\))?):)?(?P<place>[^\s:][^:\t\n]*?):(?:\([^)\n]*\)|(?P<line>\d+)): (?P<message>(?:undefined reference to|multiple definition of) .*)$")
        .expect("valid regex")
});

/// The second half of `multiple definition of `main'; lnk.o:lnk.c:(.text+0x0): first defined here`.
static FIRST_DEFINED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<message>.*?); (?:[^\s:]+\.(?:o|obj|a|so|lib)(?:\([^)]*\))?:)?(?P<place>[^\s:][^:\t\n]*?):(?:\([^)\n]*\)|(?P<line>\d+)): (?P<note>first defined here)$")
        .expect("valid regex")
});

static OBJECT_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<object>[^\s:]+\.(?:o|obj|a|so(?:\.[\d.]+)?|lib|dll)(?:\([^)\s]*\))?): (?P<message>.+)$")
        .expect("valid regex")
});

static SECTION_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\((?P<section>\.[^)\n]*\+0x[0-9a-fA-F]+)\): (?P<message>(?:undefined reference to|multiple definition of) .*)$")
        .expect("valid regex")
});

/// gold's `main.o:main.c:function main: error: …`; an object without debug info names no source
/// file (`Scrt1.o:function _start: error: undefined reference to 'main'`).
static GOLD: LazyLock<MessageRegex> = LazyLock::new(|| {
    MessageRegex::rest_of_line(
        r"^(?P<object>[^\s:]+?):(?:(?P<file>[^\s:]+):)?function (?P<function>[^:]+): (?P<severity>error|warning): ",
        "message",
    )
});

static LLD_LOCATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^>>> (?:referenced by|defined at) (?P<file>[^\s:]+?)(?::(?P<line>\d+))?(?: .*)?$")
        .expect("valid regex")
});

impl GccParser {
    /// ld, gold and lld lines; `None` when the line is none of them.
    pub(super) fn linker_line(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Option<Step> {
        if let Some(captures) = LINKER.captures(line) {
            self.linker_message(&captures["rest"], out);
            return Some(Step::Consumed);
        }
        // Both reference forms name what they report in these words; most lines do not.
        let names_reference =
            line.contains("undefined reference to ") || line.contains("multiple definition of ");
        if names_reference {
            if let Some(captures) = LINKER_REFERENCE.captures(line) {
                self.linker_reference(&captures, out);
                return Some(Step::Consumed);
            }
            if let Some(captures) = SECTION_REFERENCE.captures(line) {
                self.section_reference(&captures, out);
                return Some(Step::Consumed);
            }
        }
        if !line.contains("function ") {
            return self.lld_line(line);
        }
        if let Some(captures) = GOLD.captures(line) {
            self.gold_error(&captures, out);
            return Some(Step::Consumed);
        }
        self.lld_line(line)
    }

    /// lld's `>>> ` detail lines of the linker error in progress.
    fn lld_line(&mut self, line: &str) -> Option<Step> {
        if line.starts_with(">>> ") && self.current_is_linker_error() {
            self.lld_detail(line);
            return Some(Step::Consumed);
        }
        None
    }

    fn current_is_linker_error(&self) -> bool {
        self.current
            .as_ref()
            .is_some_and(|record| record.is_linker_error)
    }

    /// The text after `/usr/bin/ld: `.
    fn linker_message(&mut self, rest: &str, out: &mut Vec<Occurrence>) {
        if let Some(captures) = LINKER_IN_FUNCTION.captures(rest) {
            self.flush_current(out);
            self.linker_function = Some(Note {
                kind: NoteKind::Context,
                message: format!("in function {}", &captures["function"]),
                file: Some(captures["object"].to_string()),
                line: None,
                column: None,
            });
            return;
        }
        if let Some(captures) = LINKER_REFERENCE.captures(rest) {
            self.linker_reference(&captures, out);
            return;
        }
        if let Some(captures) = SECTION_REFERENCE.captures(rest) {
            self.section_reference(&captures, out);
            return;
        }
        let is_note = rest.starts_with("NOTE: ") || rest.ends_with(": previous definition here");
        if is_note && self.current_is_linker_error() {
            self.push_note_to_current(Note::new(NoteKind::Note, rest));
            return;
        }
        let severity_after_place = match rest.contains(": warning: ") {
            true => Severity::Warning,
            false => Severity::Error,
        };
        let (severity, message) =
            split_linker_severity(rest).unwrap_or((severity_after_place, rest));
        let mut occurrence = Occurrence::new(Tool::Gcc, severity, message);
        // `dup.o: multiple definition of 'main'`: the object is where, not what; ld puts the
        // severity after it (`shape.o: warning: relocation against …`).
        if let Some(captures) = OBJECT_PREFIX.captures(message) {
            let after_object = captures.name("message").map_or("", |m| m.as_str());
            let (severity, message) =
                split_linker_severity(after_object).unwrap_or((severity, after_object));
            occurrence.severity = severity;
            occurrence.message = message.to_string();
            occurrence.notes.push(Note::new(
                NoteKind::Context,
                format!("in {}", &captures["object"]),
            ));
        }
        self.start_linker_error(occurrence, out);
    }

    /// ld's `(.text+0x17): undefined reference to `main'`: a reference from an object that names
    /// no source file (the C runtime's `_start`), so the error has no location.
    fn section_reference(&mut self, captures: &regex::Captures, out: &mut Vec<Occurrence>) {
        let mut occurrence = Occurrence::new(Tool::Gcc, Severity::Error, &captures["message"]);
        occurrence
            .notes
            .extend(self.linker_function.iter().cloned());
        self.start_linker_error(occurrence, out);
    }

    fn linker_reference(&mut self, captures: &regex::Captures, out: &mut Vec<Occurrence>) {
        let mut message = captures["message"].to_string();
        let mut first_definition = None;
        if let Some(first) = FIRST_DEFINED.captures(&message) {
            first_definition = Some(Note {
                kind: NoteKind::Note,
                message: first["note"].to_string(),
                file: Some(first["place"].to_string()),
                line: first.name("line").and_then(|m| m.as_str().parse().ok()),
                column: None,
            });
            message = first["message"].to_string();
        }
        let mut occurrence = Occurrence::new(Tool::Gcc, Severity::Error, message);
        let place = &captures["place"];
        if C_FAMILY_FILE.is_match(place) {
            occurrence.file = Some(place.to_string());
            occurrence.line = captures.name("line").and_then(|m| m.as_str().parse().ok());
        } else {
            // An object file or archive member: no source file to point at.
            occurrence
                .notes
                .push(Note::new(NoteKind::Context, format!("in {place}")));
        }
        occurrence
            .notes
            .extend(self.linker_function.iter().cloned());
        occurrence.notes.extend(first_definition);
        self.start_linker_error(occurrence, out);
    }

    fn gold_error(&mut self, captures: &MessageCaptures, out: &mut Vec<Occurrence>) {
        let severity = match &captures["severity"] {
            "warning" => Severity::Warning,
            _ => Severity::Error,
        };
        let mut occurrence = Occurrence::new(Tool::Gcc, severity, &captures["message"]);
        occurrence.file = captures.name("file").map(|m| m.as_str().to_string());
        occurrence.notes.push(Note {
            kind: NoteKind::Context,
            message: format!("in function {}", &captures["function"]),
            file: Some(captures["object"].to_string()),
            line: None,
            column: None,
        });
        self.start_linker_error(occurrence, out);
    }

    /// lld's `>>> referenced by main.c:4` gives the error its place; other `>>>` lines are detail.
    fn lld_detail(&mut self, line: &str) {
        let Some(captures) = LLD_LOCATION.captures(line) else {
            return;
        };
        let file = &captures["file"];
        let line_number = captures.name("line").and_then(|m| m.as_str().parse().ok());
        let Some(record) = self.current.as_mut() else {
            return;
        };
        match record.occurrence.file {
            None if C_FAMILY_FILE.is_match(file) => {
                record.occurrence.file = Some(file.to_string());
                record.occurrence.line = line_number;
            }
            _ if record.occurrence.notes.len() < MAX_NOTES => {
                record.occurrence.notes.push(Note {
                    kind: NoteKind::Context,
                    message: line.trim_start_matches(">>> ").trim().to_string(),
                    file: Some(file.to_string()),
                    line: line_number,
                    column: None,
                });
            }
            _ => {}
        }
    }

    fn start_linker_error(&mut self, occurrence: Occurrence, out: &mut Vec<Occurrence>) {
        self.flush_current(out);
        self.current = Some(Record {
            occurrence,
            evidence: Evidence::default(),
            is_linker_error: true,
        });
        self.anchor = None;
    }

    fn push_note_to_current(&mut self, note: Note) {
        if let Some(record) = self.current.as_mut() {
            if record.occurrence.notes.len() < MAX_NOTES {
                record.occurrence.notes.push(note);
            }
        }
    }
}

/// ld's severity prefix: `warning: x` is a warning, `error: x` an error; `None` without one.
fn split_linker_severity(text: &str) -> Option<(Severity, &str)> {
    if let Some(message) = text.strip_prefix("warning: ") {
        return Some((Severity::Warning, message));
    }
    text.strip_prefix("error: ")
        .map(|message| (Severity::Error, message))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{parse, triggered};
    use crate::occurrence::{Severity, Tool};

    #[test]
    fn message_regexes_read_lines_as_their_whole_regexes_would() {
        let lines = crate::capture::fixture_lines(
            "c",
            &[
                "/usr/bin/ld: x",
                "ld: ",
                "ld.gold: a: b",
                "main.o:main.c:function main: error: undefined reference to 'f'",
                "Scrt1.o:function _start: warning: ",
            ],
        );
        let linker = concat!("^(?P<linker>", linker_program!(), "): (?P<rest>.*)$");
        crate::capture::assert_reads_as(&super::LINKER, linker, &lines);
        let gold = r"^(?P<object>[^\s:]+?):(?:(?P<file>[^\s:]+):)?function (?P<function>[^:]+): (?P<severity>error|warning): (?P<message>.*)$";
        crate::capture::assert_reads_as(&super::GOLD, gold, &lines);
    }

    #[test]
    fn linker_errors_share_the_function_context_and_take_the_driver_tool() {
        let found = parse(
            "/usr/bin/ld: main.o: in function `main':\n\
             main.c:(.text+0x5): undefined reference to `foo'\n\
             main.c:(.text+0xf): undefined reference to `bar'\n\
             clang-14: error: linker command failed with exit code 1 (use -v to see invocation)\n",
        );
        assert_eq!(found.len(), 2);
        for occurrence in &found {
            assert_eq!(occurrence.tool, Tool::Clang);
            assert_eq!(occurrence.file.as_deref(), Some("main.c"));
            assert_eq!(occurrence.notes[0].message, "in function `main'");
        }
        assert_eq!(found[1].message, "undefined reference to `bar'");
    }

    #[test]
    fn lld_undefined_symbol_takes_its_place_from_referenced_by() {
        let found = parse(
            "ld.lld: error: undefined symbol: compute\n\
             >>> referenced by main.c:4\n\
             >>>               main.o:(main)\n\
             clang: error: linker command failed with exit code 1 (use -v to see invocation)\n",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].message, "undefined symbol: compute");
        assert_eq!(
            (found[0].file.as_deref(), found[0].line),
            (Some("main.c"), Some(4))
        );
    }

    #[test]
    fn linker_messages_name_their_object_in_a_note() {
        let found = parse(
            "/usr/bin/ld: main.o: undefined reference to symbol 'sqrt@@GLIBC_2.2.5'\n\
             /usr/bin/ld: /lib/x86_64-linux-gnu/libm.so.6: error adding symbols: DSO missing from command line\n\
             /usr/bin/ld: warning: main.o: missing .note.GNU-stack section implies executable stack\n\
             /usr/bin/ld: NOTE: This behaviour is deprecated\n\
             collect2: error: ld returned 1 exit status\n",
        );
        assert_eq!(found.len(), 3);
        assert_eq!(
            found[0].message,
            "undefined reference to symbol 'sqrt@@GLIBC_2.2.5'"
        );
        assert_eq!(found[0].notes[0].message, "in main.o");
        assert_eq!(
            found[1].message,
            "error adding symbols: DSO missing from command line"
        );
        assert_eq!(found[2].severity, Severity::Warning);
        assert_eq!(
            found[2].notes[1].message,
            "NOTE: This behaviour is deprecated"
        );
    }

    #[test]
    fn object_file_places_are_not_source_files() {
        let found = parse("/usr/bin/ld: main.o:(.data+0x0): undefined reference to `table'");
        assert_eq!(found[0].file, None);
        assert_eq!(found[0].notes[0].message, "in main.o");
    }

    #[test]
    fn undefined_main_is_an_error_without_a_source_location() {
        let found = parse(
            "/usr/bin/ld: /usr/lib/x86_64-linux-gnu/Scrt1.o: in function `_start':\n\
             (.text+0x17): undefined reference to `main'\n\
             collect2: error: ld returned 1 exit status\n\
             /usr/lib/x86_64-linux-gnu/Scrt1.o:function _start: error: undefined reference to 'main'\n\
             clang: error: linker command failed with exit code 1 (use -v to see invocation)\n",
        );
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].message, "undefined reference to `main'");
        assert_eq!((found[0].file.as_deref(), found[0].tool), (None, Tool::Gcc));
        assert_eq!(found[0].notes[0].message, "in function `_start'");
        assert_eq!(found[1].message, "undefined reference to 'main'");
        assert_eq!(
            (found[1].file.as_deref(), found[1].tool),
            (None, Tool::Clang)
        );
        assert!(triggered("(.text+0x17): undefined reference to `main'"));
        assert!(!triggered("(see above): undefined reference to x"));
    }

    #[test]
    fn ld_warnings_after_an_object_lose_the_repeated_prefix() {
        let found = parse(
            "/usr/bin/ld: shape.o: warning: relocation against `_ZTV5Shape' in read-only section `.text'\n\
             /usr/bin/ld: dup.o: error: something broke\n\
             collect2: error: ld returned 1 exit status\n",
        );
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(
            found[0].message,
            "relocation against `_ZTV5Shape' in read-only section `.text'"
        );
        assert_eq!(found[0].notes[0].message, "in shape.o");
        assert_eq!(
            (found[1].severity, found[1].message.as_str()),
            (Severity::Error, "something broke")
        );
    }
}
