//! Parses the diagnostics of gcc and clang (C, C++, Objective-C, CUDA) and of the linkers they
//! drive (GNU ld, gold, lld).
//!
//! One record is one diagnostic: the headline `file:line:col: error|warning|fatal error: message
//! [-Wflag]`, its source excerpt (gcc's `  3 | code` / `    | ^~~~` gutter form or clang's raw line
//! and caret line), the fix-it hint printed under the caret, and the `note:` diagnostics that follow
//! it (attached as notes, with their locations). Lines printed *before* a diagnostic — gcc's
//! `file.c: In function ‘main’:` and template `required from here` lines, `In file included from`
//! chains — become Context notes of the diagnostics that follow.
//!
//! Summary lines are consumed but are not occurrences: `N errors generated.`, `compilation
//! terminated.`, `cc1: all warnings being treated as errors`, `collect2: error: ld returned 1 exit
//! status`, `clang: error: linker command failed …`.
//!
//! Only lines naming C-family files (`.c .h .cc .cpp .cxx .hpp .m .mm .cu .ino …`) start a record,
//! so `.py:`, `.go:`, `.java:` lines reach their own parsers; while inside a record, headers without
//! an extension (libstdc++'s `/usr/include/c++/12/vector`) are accepted too.
//!
//! This file is the state machine (`step` tries each kind of line in a fixed order) and the
//! assembly of records; each kind of line is read in its own module:
//! - `scope`: `In function` context lines and template `required from` steps;
//! - `include_chain`: `In file included from` chains, remembered per header;
//! - `linker`: ld, gold and lld errors;
//! - `excerpt`: the source excerpt, caret, gutter and label rows under a diagnostic;
//! - `fixits`: parseable `fix-it:` lines and the human-readable hint rows under the caret;
//! - `hint_reading`: whether a human-readable hint inserts or replaces, and what;
//! - `dialect`: whether gcc or clang printed a record.

use std::sync::LazyLock;

use regex::Regex;

use super::{Feed, Parser};
use crate::occurrence::{Applicability, Note, NoteKind, Occurrence, Severity, Tool};

/// A C-family source or header file, or one of the compilers' pseudo-files. No whitespace at the
/// start, no colon or tab or newline inside (Windows drive letters aside), a known extension.
macro_rules! c_family_file {
    () => {
        r"(?:<(?:stdin|command-line|built-in|source)>|(?:[A-Za-z]:)?[^\s:][^:\t\n]*?\.(?:c|h|cc|cp|cpp|cxx|c\+\+|hh|hpp|hxx|h\+\+|ipp|tpp|tcc|inl|inc|def|i|ii|m|mm|M|C|H|CC|CPP|CXX|HPP|ino|pde|cu|cuh|y|yy|l|ll))"
    };
}

/// The program names of the compiler drivers and their sub-processes, with an optional target
/// prefix (`x86_64-linux-gnu-gcc-12`) and version suffix (`clang-14`).
macro_rules! driver_program {
    () => {
        r"(?:[^\s:]*/)?(?:[\w.+-]*-)?(?:gcc|g\+\+|cc|c\+\+|clang|clang\+\+|cc1|cc1plus|cc1obj|cc1objplus|lto1|lto-wrapper|collect2|cpp)(?:-[\d.]+)?(?:\.exe)?"
    };
}

/// GNU ld, gold, lld under their usual names and paths.
macro_rules! linker_program {
    () => {
        r"(?:[^\s:]*/)?(?:[\w.+-]*-)?ld(?:\.bfd|\.gold|\.lld)?(?:\.exe)?"
    };
}

mod dialect;
mod excerpt;
mod fixits;
mod hint_reading;
mod include_chain;
mod linker;
mod scope;

use dialect::Evidence;
use excerpt::{Anchor, ExcerptPhase};

const HEADLINE_TRIGGER: &str = concat!(
    "^",
    c_family_file!(),
    r":\d+(?::\d+)?:(?:(?:\{\d+:\d+-\d+:\d+\})+:)? (?:fatal error|error|warning|note|remark): "
);
const SCOPE_TRIGGER: &str = concat!(
    "^",
    c_family_file!(),
    r": (?:In [^\n]*|At top level|At global scope):$"
);
const INCLUDE_TRIGGER: &str = r"^In file included from [^\n]*:\d+(?::\d+)?[:,]$";
const DRIVER_TRIGGER: &str = concat!("^", driver_program!(), r": (?:fatal error|error|warning): ");
const LINKER_TRIGGER: &str = concat!("^", linker_program!(), ": ");
const LINKER_REFERENCE_TRIGGER: &str =
    r"^[^\s:][^:\t\n]*:(?:\([^)\n]*\)|\d+): (?:undefined reference to|multiple definition of) ";
/// ld's reference from an object without a source file: `(.text+0x17): undefined reference to …`.
const SECTION_REFERENCE_TRIGGER: &str =
    r"^\(\.[^)\n]*\+0x[0-9a-fA-F]+\): (?:undefined reference to|multiple definition of) ";
const GOLD_TRIGGER: &str = r"^[^\s:]+:(?:[^\s:]+:)?function [^:\n]+: (?:error|warning): ";

const MAX_NOTES: usize = 50;
const MAX_SUGGESTIONS: usize = 50;
const MAX_CONTEXT_NOTES: usize = 50;
const MAX_REMEMBERED_INCLUDERS: usize = 64;
const MAX_HELD_LINKER_ERRORS: usize = 50;
const MAX_LABELS: usize = 64;

/// A headline up to its severity's colon; the message is the rest of the line (see `headline`).
/// A trailing `(?P<message>.*)$` here made every headline's capture search backtrack over the
/// whole message.
static HEADLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<file><[^>\n]+>|(?:[A-Za-z]:)?[^\s:][^:\t\n]*?):(?P<line>\d+)(?::(?P<column>\d+))?:(?P<ranges>(?:\{\d+:\d+-\d+:\d+\})+:)? (?P<severity>fatal error|error|warning|note|remark):",
    )
    .expect("valid regex")
});

/// A headline: its captures and its message, the rest of the line after the severity's colon —
/// what a `(?P<message>.*)$` group ending `HEADLINE` would match (nothing, on a line with a
/// `\n` in the message).
fn headline_of(line: &str) -> Option<(regex::Captures<'_>, &str)> {
    let captures = HEADLINE.captures(line)?;
    let message = &line[captures.get(0)?.end()..];
    match message.contains('\n') {
        true => None,
        false => Some((captures, message)),
    }
}

static C_FAMILY_FILE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(concat!("^", c_family_file!(), "$")).expect("valid regex"));

static SOURCE_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\{(?P<line>\d+):(?P<column>\d+)-(?P<end_line>\d+):(?P<end_column>\d+)\}")
        .expect("valid regex")
});

static DRIVER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        "^(?P<program>",
        driver_program!(),
        r"): (?P<severity>fatal error|error|warning|note): (?P<message>.*)$"
    ))
    .expect("valid regex")
});

static SUMMARY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:(?P<generated>\d+ (?:error|warning)s? (?:and \d+ (?:error|warning)s? )?generated\.)",
        r"|(?P<gcc>compilation terminated\.|\S*cc1\w*: (?:all|some) warnings being treated as errors)",
        r"|(?P<collect2>\S*collect2(?:\.exe)?: error: ld returned \d+ exit status)",
        r"|(?P<clang_link>\S*clang\S*: error: linker command failed.*))$"
    ))
    .expect("valid regex")
});

/// One diagnostic being collected.
struct Record {
    occurrence: Occurrence,
    evidence: Evidence,
    is_linker_error: bool,
}

#[derive(Default)]
pub struct GccParser {
    /// Some line has been consumed since the engine last saw us idle.
    in_progress: bool,
    current: Option<Record>,
    anchor: Option<Anchor>,
    /// The location of the previous diagnostic: clang prints no excerpt for a note at the same place.
    last_location: Option<(String, u32, Option<u32>)>,
    /// The source line clang printed for that location, which it repeats for a diagnostic there
    /// that has ranges or fix-its.
    last_source_text: Option<String>,
    /// A gcc gutter was seen in this stretch of output, so bare lines are never source lines.
    gutter_seen: bool,
    /// `In file included from` lines waiting for their diagnostic, innermost include first.
    pending_includes: Vec<Note>,
    /// For a header, where it was included from (learnt from earlier chains).
    includers: Vec<(String, Note)>,
    /// gcc's `In function`/`In instantiation of` line and its `required from` steps.
    scope: Vec<Note>,
    /// The scope was printed for the next diagnostic (rather than carried over from earlier ones).
    scope_is_fresh: bool,
    /// The compiler this stretch of output came from, and whether a strong mark said so.
    dialect: Option<(Tool, bool)>,
    /// ld's `in function` line, for the undefined references after it.
    linker_function: Option<Note>,
    /// Linker errors waiting for the driver's closing line to tell gcc from clang.
    held_linker_errors: Vec<Occurrence>,
}

/// What one line turned out to be.
enum Step {
    Consumed,
    /// A closing line: the stretch of compiler output is over.
    Closed,
    NotMine,
}

impl Parser for GccParser {
    fn triggers(&self) -> &'static [&'static str] {
        &[
            HEADLINE_TRIGGER,
            SCOPE_TRIGGER,
            INCLUDE_TRIGGER,
            DRIVER_TRIGGER,
            LINKER_TRIGGER,
            LINKER_REFERENCE_TRIGGER,
            SECTION_REFERENCE_TRIGGER,
            GOLD_TRIGGER,
        ]
    }

    fn feed(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Feed {
        match self.step(line, out) {
            Step::Consumed => {
                self.in_progress = true;
                Feed::Consumed
            }
            Step::Closed => {
                self.flush_everything(out, None);
                Feed::Done
            }
            Step::NotMine => {
                self.flush_everything(out, None);
                Feed::Rejected
            }
        }
    }

    fn finish(&mut self, out: &mut Vec<Occurrence>) {
        self.flush_everything(out, None);
    }
}

impl GccParser {
    fn step(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Step {
        // Every kind of line below starts with a non-blank, except gcc's `  from x.h:1,` include
        // continuations: an excerpt row (`  3 | code`, `    ^~~`) or an empty line can skip them.
        match line.as_bytes().first() {
            None => return self.excerpt_line(line),
            Some(b' ') => {
                if let Some(step) = self.include_line(line) {
                    return step;
                }
                return self.excerpt_line(line);
            }
            Some(_) => {}
        }
        if let Some(step) = self.parseable_fix_it(line) {
            return step;
        }
        if let Some((captures, message)) = headline_of(line) {
            if self.accepts_file(&captures["file"]) {
                self.headline(&captures, message, out);
                return Step::Consumed;
            }
        }
        if let Some(captures) = SUMMARY.captures(line) {
            return self.summary(&captures, out);
        }
        if let Some(captures) = DRIVER.captures(line) {
            self.driver_diagnostic(&captures, out);
            return Step::Consumed;
        }
        if let Some(step) = self.scope_line(line, out) {
            return step;
        }
        if let Some(step) = self.instantiation_step(line) {
            return step;
        }
        if let Some(step) = self.include_line(line) {
            return step;
        }
        if let Some(step) = self.linker_line(line, out) {
            return step;
        }
        self.excerpt_line(line)
    }

    /// Whether a headline's file is ours: a C-family file always; inside a record also the
    /// extension-less headers of the C++ library (a path with a directory).
    fn accepts_file(&self, file: &str) -> bool {
        if C_FAMILY_FILE.is_match(file) {
            return true;
        }
        let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
        self.in_progress && file.contains('/') && !name.contains('.') && !name.is_empty()
    }

    fn headline(&mut self, captures: &regex::Captures, message: &str, out: &mut Vec<Occurrence>) {
        let file = captures["file"].to_string();
        let line = captures["line"].parse::<u32>().ok();
        let column = captures
            .name("column")
            .and_then(|m| m.as_str().parse::<u32>().ok());
        let raw_message = message.trim();
        let severity = match &captures["severity"] {
            "warning" => Severity::Warning,
            "note" | "remark" => Severity::Note,
            _ => Severity::Error,
        };
        let excerpt_phase = self.first_excerpt_phase(&file, line, column);
        self.last_location = line.map(|line| (file.clone(), line, column));
        let attaches_to_current = &captures["severity"] == "note"
            && self
                .current
                .as_ref()
                .is_some_and(|record| !record.is_linker_error);
        if attaches_to_current {
            self.attach_note(&file, line, column, raw_message, excerpt_phase);
            return;
        }
        self.flush_current(out);
        self.flush_held_linker_errors(out, None);
        let (message, code, evidence) = split_option(raw_message);
        let mut occurrence = Occurrence::new(Tool::Gcc, severity, message.clone());
        occurrence.file = Some(file.clone());
        occurrence.line = line;
        occurrence.column = column;
        occurrence.code = code;
        if let (Some(line), Some(column), Some(ranges)) = (line, column, captures.name("ranges")) {
            set_end_from_source_ranges(&mut occurrence, line, column, ranges.as_str());
        }
        self.drop_scope_of_another_compile(&file);
        let includes = self.take_include_chain(&file);
        occurrence.notes.extend(includes);
        occurrence.notes.extend(self.scope.iter().cloned());
        self.current = Some(Record {
            occurrence,
            evidence,
            is_linker_error: false,
        });
        self.anchor = Some(Anchor::new(
            Some(file),
            line,
            column,
            message,
            true,
            excerpt_phase,
        ));
    }

    fn attach_note(
        &mut self,
        file: &str,
        line: Option<u32>,
        column: Option<u32>,
        message: &str,
        excerpt_phase: ExcerptPhase,
    ) {
        // An include chain before a note only says where the note's header is.
        let includes = std::mem::take(&mut self.pending_includes);
        self.remember_includers(file, &includes);
        let Some(record) = self.current.as_mut() else {
            return;
        };
        if message.contains('‘') {
            record.evidence.gcc_strong = true;
        }
        if record.occurrence.notes.len() < MAX_NOTES {
            record.occurrence.notes.push(Note {
                kind: NoteKind::Note,
                message: message.to_string(),
                file: Some(file.to_string()),
                line,
                column,
            });
        }
        self.anchor = Some(Anchor::new(
            Some(file.to_string()),
            line,
            column,
            message.to_string(),
            false,
            excerpt_phase,
        ));
    }

    fn summary(&mut self, captures: &regex::Captures, out: &mut Vec<Occurrence>) -> Step {
        if !self.in_progress {
            return Step::NotMine;
        }
        if captures.name("generated").is_some() {
            self.mark_current(|evidence| evidence.clang_strong = true);
        } else if captures.name("gcc").is_some() {
            self.mark_current(|evidence| evidence.gcc_strong = true);
        } else if captures.name("collect2").is_some() {
            self.flush_current(out);
            self.flush_held_linker_errors(out, Some(Tool::Gcc));
        } else if captures.name("clang_link").is_some() {
            self.flush_current(out);
            self.flush_held_linker_errors(out, Some(Tool::Clang));
        }
        Step::Closed
    }

    fn driver_diagnostic(&mut self, captures: &regex::Captures, out: &mut Vec<Occurrence>) {
        self.flush_current(out);
        let severity = match &captures["severity"] {
            "warning" => Severity::Warning,
            "note" => Severity::Note,
            _ => Severity::Error,
        };
        let (message, code, mut evidence) = split_option(captures["message"].trim());
        match captures["program"].contains("clang") {
            true => evidence.clang_strong = true,
            false => evidence.gcc_strong = true,
        }
        let mut occurrence = Occurrence::new(Tool::Gcc, severity, message);
        occurrence.code = code;
        self.current = Some(Record {
            occurrence,
            evidence,
            is_linker_error: false,
        });
        self.anchor = None;
    }

    /// Pushes the diagnostic in progress (linker errors to the held list).
    fn flush_current(&mut self, out: &mut Vec<Occurrence>) {
        self.anchor = None;
        let Some(record) = self.current.take() else {
            return;
        };
        let mut occurrence = record.occurrence;
        let has_parseable_fix_its = occurrence
            .suggestions
            .iter()
            .any(|s| s.applicability == Applicability::MachineApplicable);
        if has_parseable_fix_its {
            occurrence
                .suggestions
                .retain(|s| s.applicability == Applicability::MachineApplicable);
        }
        if record.is_linker_error {
            self.held_linker_errors.push(occurrence);
            if self.held_linker_errors.len() >= MAX_HELD_LINKER_ERRORS {
                self.flush_held_linker_errors(out, None);
            }
            return;
        }
        occurrence.tool = self.decide_tool(record.evidence);
        out.push(occurrence);
    }

    fn flush_held_linker_errors(&mut self, out: &mut Vec<Occurrence>, driver: Option<Tool>) {
        let tool = driver
            .or(self.dialect.map(|(tool, _)| tool))
            .unwrap_or(Tool::Gcc);
        for mut occurrence in self.held_linker_errors.drain(..) {
            occurrence.tool = tool;
            out.push(occurrence);
        }
    }

    /// The stretch of compiler output is over: push everything and forget its context.
    fn flush_everything(&mut self, out: &mut Vec<Occurrence>, driver: Option<Tool>) {
        self.flush_current(out);
        self.flush_held_linker_errors(out, driver);
        *self = GccParser::default();
    }
}

/// Splits the trailing `[-Wflag]` off a message. `-Werror=flag` (gcc) and `-Werror,-Wflag` (clang)
/// both become `-Wflag`, so a warning and the same warning made an error share a code.
fn split_option(message: &str) -> (String, Option<String>, Evidence) {
    let mut evidence = Evidence {
        gcc_strong: message.contains('‘'),
        ..Evidence::default()
    };
    let Some((text, option)) = trailing_option(message) else {
        return (message.to_string(), None, evidence);
    };
    let parts: Vec<&str> = option.split(',').map(str::trim).collect();
    let code = if let Some(flag) = parts.iter().find_map(|p| p.strip_prefix("-Werror=")) {
        evidence.gcc_strong = true;
        Some(format!("-W{flag}"))
    } else {
        if parts.contains(&"-Werror") {
            evidence.clang_strong = true;
        }
        parts
            .iter()
            .find(|p| p.starts_with("-W") && **p != "-Werror")
            .or_else(|| parts.iter().find(|p| p.starts_with("-f")))
            .map(|p| p.to_string())
    };
    (text.to_string(), code, evidence)
}

/// A message's text and trailing option, as the regex
/// `^(?P<message>.*?) ?\[(?P<option>-W[^\]]*|-f[^\]]*|enabled by default)\]$` would capture
/// them (by hand: that regex's capture search backtracked over the whole message). The option is
/// all between a `[` and the final `]`, so it follows the last `]` before that; the lazy message
/// takes the first such `[` whose option fits, less one space before it, and holds no `\n`.
fn trailing_option(message: &str) -> Option<(&str, &str)> {
    let body = message.strip_suffix(']')?;
    let from = body.rfind(']').map_or(0, |close| close + 1);
    let (open, option) = body[from..]
        .match_indices('[')
        .map(|(offset, _)| (from + offset, &body[from + offset + 1..]))
        .find(|(_, option)| {
            option.starts_with("-W") || option.starts_with("-f") || *option == "enabled by default"
        })?;
    let text = &body[..open];
    let text = text.strip_suffix(' ').unwrap_or(text);
    (!text.contains('\n')).then_some((text, option))
}

/// clang's `-fdiagnostics-print-source-range-info` ranges (`{7:20-7:25}`, end exclusive): the one
/// holding the caret gives the end.
fn set_end_from_source_ranges(occurrence: &mut Occurrence, line: u32, column: u32, ranges: &str) {
    for range in SOURCE_RANGE.captures_iter(ranges) {
        let number = |name: &str| range[name].parse::<u32>().ok();
        let (Some(start_line), Some(start_column), Some(end_line), Some(end_column)) = (
            number("line"),
            number("column"),
            number("end_line"),
            number("end_column"),
        ) else {
            continue;
        };
        let starts_before = (start_line, start_column) <= (line, column);
        let ends_after = (line, column) < (end_line, end_column);
        if starts_before && ends_after {
            occurrence.end_line = Some(end_line);
            occurrence.end_column = Some(end_column);
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn parse(text: &str) -> Vec<Occurrence> {
        crate::capture::parse_with(GccParser::default(), text)
    }

    pub(super) fn triggered(line: &str) -> bool {
        GccParser::default()
            .triggers()
            .iter()
            .any(|t| Regex::new(t).expect("trigger compiles").is_match(line))
    }

    #[test]
    fn trailing_option_reads_a_message_as_its_regex_would() {
        let regex =
            Regex::new(r"^(?P<message>.*?) ?\[(?P<option>-W[^\]]*|-f[^\]]*|enabled by default)\]$")
                .unwrap();
        let mut lines = crate::capture::fixture_lines(
            "c",
            &[
                "unused variable 'x' [-Wunused-variable]",
                "x  [-Wa]",
                "x[-Wa]",
                " [-Wa]",
                "[-Wa]",
                "[enabled by default]",
                "x [enabled by default ]",
                "x [-Wa] [-Wb]",
                "x [-Wa] [b]",
                "x [b] [-fc]",
                "x [y [-Wz]",
                "x [-Wz] y]",
                "x ]-W[-Wa]",
                "a\nb [-Wa]",
                "a [-Wa\nb]",
                "a [\n-Wa]",
                "é ‘x’ [-Werror=é]",
                "x []",
                "x [-W]",
                "x [-f]",
                "]",
                "",
            ],
        );
        // The messages of headlines too: what `split_option` is given.
        let messages: Vec<String> = lines
            .iter()
            .filter_map(|line| headline_of(line).map(|(_, message)| message.trim().to_string()))
            .collect();
        lines.extend(messages);
        for line in &lines {
            let expected = regex
                .captures(line)
                .map(|c| (c.name("message"), c.name("option")))
                .map(|(m, o)| (m.unwrap().as_str(), o.unwrap().as_str()));
            assert_eq!(trailing_option(line), expected, "{line:?}");
        }
    }

    /// The one suggestion (or the suggestions of one message) as `(column, end_column, text)`.
    pub(super) fn edits(occurrence: &Occurrence) -> Vec<(u32, u32, &str)> {
        occurrence
            .suggestions
            .iter()
            .map(|s| (s.column, s.end_column, s.replacement.as_str()))
            .collect()
    }

    #[test]
    fn triggers_only_on_c_family_files_and_linker_lines() {
        assert!(triggered("main.c:3:5: error: expected ';'"));
        assert!(triggered("src/lib/a b.cpp:3:5: warning: x [-Wfoo]"));
        assert!(triggered(r"C:\src\main.c:3:5: error: x"));
        assert!(triggered("<stdin>:1:1: error: x"));
        assert!(triggered("main.c: In function ‘main’:"));
        assert!(triggered("In file included from main.c:1:"));
        assert!(triggered("gcc: fatal error: no input files"));
        assert!(triggered("/usr/bin/ld: main.o: in function `main':"));
        assert!(triggered(
            "main.c:(.text+0x15): undefined reference to `compute'"
        ));
        assert!(!triggered("app.py:3:5: error: Name \"x\" is not defined"));
        assert!(!triggered("main.go:3:5: error: undefined: x"));
        assert!(!triggered("Main.java:3: error: cannot find symbol"));
        assert!(!triggered("make: *** [Makefile:3: all] Error 1"));
        assert!(!triggered("  main.c:3:5: error: indented"));
        assert!(!triggered("1 error generated."));
        assert!(parse("collect2: error: ld returned 1 exit status").is_empty());
    }

    #[test]
    fn triggers_never_match_across_a_newline() {
        let text =
            "x\n.c:1:2: error: a\nfoo\n:1: warning: b\nld\n: x\nmain\n.c: In function 'f':\n";
        for trigger in GccParser::default().triggers() {
            let regex = Regex::new(&format!("(?m){trigger}")).expect("trigger compiles");
            for found in regex.find_iter(text) {
                assert!(
                    !found.as_str().contains('\n'),
                    "{trigger} matched {found:?}"
                );
            }
        }
    }

    #[test]
    fn werror_forms_of_both_compilers_give_the_warning_code() {
        let gcc = parse("f.c:2:9: error: unused variable ‘x’ [-Werror=unused-variable]");
        assert_eq!(gcc[0].code.as_deref(), Some("-Wunused-variable"));
        assert_eq!(gcc[0].message, "unused variable ‘x’");
        assert_eq!(gcc[0].tool, Tool::Gcc);
        let clang = parse("f.c:2:9: error: unused variable 'x' [-Werror,-Wunused-variable]");
        assert_eq!(clang[0].code.as_deref(), Some("-Wunused-variable"));
        assert_eq!(clang[0].tool, Tool::Clang);
        let format = parse("f.c:3:1: warning: format ‘%s’ expects ‘char *’ [-Werror=format=]");
        assert_eq!(format[0].code.as_deref(), Some("-Wformat="));
        let permissive = parse("f.cpp:3:1: error: invalid conversion [-fpermissive]");
        assert_eq!(permissive[0].code.as_deref(), Some("-fpermissive"));
        let old = parse("f.c:3:1: warning: it happened [enabled by default]");
        assert_eq!(
            (old[0].code.as_deref(), old[0].message.as_str()),
            (None, "it happened")
        );
        let template = parse("f.cpp:3:1: error: no match for call [with T = int]");
        assert_eq!(template[0].message, "no match for call [with T = int]");
    }

    #[test]
    fn driver_lines_are_errors_without_a_file_and_summaries_are_skipped() {
        let found = parse(
            "gcc: error: nosuch.c: No such file or directory\n\
             gcc: fatal error: no input files\n\
             compilation terminated.\n",
        );
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].message, "nosuch.c: No such file or directory");
        assert_eq!((found[0].file.as_deref(), found[0].tool), (None, Tool::Gcc));
        let clang = parse(
            "clang: warning: argument unused during compilation: '-c' [-Wunused-command-line-argument]",
        );
        assert_eq!(clang[0].tool, Tool::Clang);
        assert_eq!(clang[0].severity, Severity::Warning);
        assert_eq!(
            clang[0].code.as_deref(),
            Some("-Wunused-command-line-argument")
        );
    }

    #[test]
    fn standalone_note_and_notes_after_an_error() {
        let found = parse(
            "main.c:1:9: note: ‘#pragma message: hi’\n\
             main.c:4:3: error: conflicting types for ‘f’\n\
             main.c:2:5: note: previous declaration of ‘f’ with type ‘int(void)’\n",
        );
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].severity, Severity::Note);
        assert_eq!(found[1].notes[0].line, Some(2));
    }

    #[test]
    fn garbage_never_panics_and_is_rejected() {
        let garbage = [
            "",
            "^",
            "    |",
            "  +++ |+",
            "fix-it:\"a.c\":{0:0-0:0}:\"\\",
            "fix-it:\"a.c\":{99999999999:1-1:1}:\"x\"",
            "In file included from :1:",
            "                 from :1:",
            "a.c:99999999999:99999999999: error: big",
            "a.c:1:1:{1:1-99999999999:1}: error: ranges",
            "/usr/bin/ld: ",
            ">>> referenced by",
            "é.c:1:1: error: ünïcödé ‘x’",
            "\u{0}\u{1}\u{7f}",
            "(.text+0x0): undefined reference to ",
            "a.o:function : error: ",
            "      |  |   |",
            "      | ---  -",
            "      | é ( ) = ",
            "= ",
            " = ",
        ];
        for first in garbage {
            for second in garbage {
                let mut parser = GccParser::default();
                let mut out = Vec::new();
                for line in [
                    first,
                    second,
                    "    ^~~~~",
                    "          x",
                    "a.c:3:2: error: e",
                    "    3 | é;",
                    "      |  ^~",
                    "      |  |",
                    first,
                    second,
                    "      | ---",
                    second,
                ] {
                    parser.feed(line, &mut out);
                }
                parser.finish(&mut out);
            }
        }
        let mut parser = GccParser::default();
        let mut out = Vec::new();
        assert_eq!(parser.feed("hello world", &mut out), Feed::Rejected);
        assert_eq!(parser.feed("    ^~~~", &mut out), Feed::Rejected);
        assert_eq!(parser.feed("1 error generated.", &mut out), Feed::Rejected);
        assert!(out.is_empty());
    }

    #[test]
    fn notes_are_capped() {
        let mut text = String::from("a.c:1:1: error: x\n");
        for index in 0..500 {
            text.push_str(&format!("a.c:{index}:1: note: n\n"));
        }
        let found = parse(&text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].notes.len(), MAX_NOTES);
    }
}
