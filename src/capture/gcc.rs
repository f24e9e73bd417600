//! Parses the diagnostics of gcc and clang (C, C++, Objective-C, CUDA) and of the linkers they
//! drive (GNU ld, gold, lld).
//!
//! One record is one diagnostic: the headline `file:line:col: error|warning|fatal error: message
//! [-Wflag]`, its source excerpt (gcc's `  3 | code` / `    | ^~~~` gutter form or clang's raw line
//! and caret line), the fix-it hint printed under the caret, and the `note:` diagnostics that follow
//! it (attached as notes, with their locations). Lines printed *before* a diagnostic — gcc's
//! `file.c: In function ‘main’:` and template `required from here` lines, `In file included from`
//! chains (gcc's `from …,` continuation form and clang's one-line-per-level form) — become Context
//! notes of the diagnostics that follow. The function context stays in force until gcc prints the
//! next one, or until a diagnostic shows that another compile's output began (see
//! `drop_scope_of_another_compile`); the include chain of a header is remembered, because both
//! compilers print it only for the first diagnostic in that header.
//!
//! The caret run (`^~~~`) gives the end column: end = column + length of the run from the caret on.
//! Fix-its printed with `-fdiagnostics-parseable-fixits` (`fix-it:"f.c":{3:5-3:9}:"total"`, 1-based,
//! end exclusive, for both compilers) become machine-applicable suggestions; without that flag the
//! human-readable hints under the caret (`total`, `;`, `( )`, gcc's `---` deletions and
//! `+++ |+#include <stdio.h>` lines) become maybe-incorrect suggestions, dropped when a parseable
//! one for the same diagnostic is present. Whether a hint is inserted or replaces what is under it
//! is not printed; `HintReading` has the rules, checked against the parseable form of both
//! compilers. A note's fix-its belong to the diagnostic the note is attached to. Beware: gcc's
//! `fix-it:` columns count bytes, while its headlines and hints count display columns (a tab
//! advances to the next multiple of 8); they differ on tab-indented lines.
//!
//! Linker errors: GNU ld's `/usr/bin/ld: main.o: in function `main':` becomes a Context note of the
//! `main.c:(.text+0x12): undefined reference to `foo'` errors after it (file `main.c`; a line when
//! ld read debug info); gold's `main.o:main.c:function main: error: …` and lld's `ld.lld: error:
//! undefined symbol: foo` + `>>> referenced by main.c:4` forms are read too. A reference from an
//! object without a source file (the C runtime's `_start` missing `main`: ld's `(.text+0x17):
//! undefined reference to `main'`, gold's `Scrt1.o:function _start: error: …`) has no location.
//!
//! Summary lines are consumed but are not occurrences: `N errors generated.`, `compilation
//! terminated.`, `cc1: all warnings being treated as errors`, `collect2: error: ld returned 1 exit
//! status`, `clang: error: linker command failed …`.
//!
//! gcc or clang? The two print the same headline format, so each record is judged by marks: its own
//! strong marks, else strong marks seen earlier in the same stretch of compiler output, else its
//! own weak marks, else earlier weak marks, else gcc. Marks that only gcc prints: ‘typographic
//! quotes’ (in UTF-8 locales), `In function` context lines, `[-Werror=flag]`, `+++ |+` insertions,
//! `gcc:`/`cc1:`/`collect2:` lines. Marks that only clang prints:
//! `[-Werror,-Wflag]`, `clang:` lines, `N errors generated.`, one `In file included from` line per
//! include level. Weaker marks, used when none of those is present: a line-number gutter in the
//! excerpt suggests gcc (clang 14 prints none; clang ≥ 17 does), a bare caret line suggests clang
//! (gcc < 9 prints those too). Linker errors are held back until the driver's closing line
//! (`collect2:` or `clang:`) says which compiler ran the link.
//!
//! Only lines naming C-family files (`.c .h .cc .cpp .cxx .hpp .m .mm .cu .ino …`) start a record,
//! so `.py:`, `.go:`, `.java:` lines reach their own parsers; while inside a record, headers without
//! an extension (libstdc++'s `/usr/include/c++/12/vector`) are accepted too.

use std::sync::LazyLock;

use regex::Regex;

use super::{Feed, Parser};
use crate::occurrence::{Applicability, Note, NoteKind, Occurrence, Severity, Suggestion, Tool};

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

static HEADLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<file><[^>\n]+>|(?:[A-Za-z]:)?[^\s:][^:\t\n]*?):(?P<line>\d+)(?::(?P<column>\d+))?:(?P<ranges>(?:\{\d+:\d+-\d+:\d+\})+:)? (?P<severity>fatal error|error|warning|note|remark):(?P<message>.*)$",
    )
    .expect("valid regex")
});

static C_FAMILY_FILE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(concat!("^", c_family_file!(), "$")).expect("valid regex"));

static SOURCE_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\{(?P<line>\d+):(?P<column>\d+)-(?P<end_line>\d+):(?P<end_column>\d+)\}")
        .expect("valid regex")
});

static TRAILING_OPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<message>.*?) ?\[(?P<option>-W[^\]]*|-f[^\]]*|enabled by default)\]$")
        .expect("valid regex")
});

static SCOPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<file><[^>\n]+>|(?:[A-Za-z]:)?[^\s:][^:\t\n]*?): (?P<scope>In .+|At top level|At global scope):$")
        .expect("valid regex")
});

/// gcc's template backtrace: `f.cpp:16:17:   required from here`.
static INSTANTIATION_STEP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<file><[^>\n]+>|(?:[A-Za-z]:)?[^\s:][^:\t\n]*?):(?P<line>\d+)(?::(?P<column>\d+))?: {2,}(?P<message>\S.*)$")
        .expect("valid regex")
});

static INCLUDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:In file included from| +from) (?P<file>.+?):(?P<line>\d+)(?::(?P<column>\d+))?[:,]$",
    )
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

static FIX_IT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^fix-it:"(?P<file>(?:[^"\\]|\\.)*)":\{(?P<line>\d+):(?P<column>\d+)-(?P<end_line>\d+):(?P<end_column>\d+)\}:"(?P<text>(?:[^"\\]|\\.)*)"$"#)
        .expect("valid regex")
});

/// The tokens an `expected …` / `missing …` message names, up to where it says where they go.
static MISSING_TOKEN_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(?:expected|missing) (?P<clause>.*?)(?: before | after | at | between | prior to |$)")
        .expect("valid regex")
});

static QUOTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[‘'](?P<token>[^’']+)[’']").expect("valid regex"));

/// A `name: message` line, or a heading ending in `:`.
static NAME_COLON: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r":(?: |$)").expect("valid regex"));

static GUTTER_SOURCE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ *(?P<number>\d+) \|(?: (?P<text>.*))?$").expect("valid regex"));

static GUTTER_ANNOTATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ +\|(?: (?P<text>.*))?$").expect("valid regex"));

static GUTTER_INSERTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ *\+\+\+ \|\+(?P<text>.*)$").expect("valid regex"));

/// The heading of a `-fanalyzer` execution path: `  ‘main’: events 1-3`.
static ANALYZER_PATH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ +\S.*: events? \d+(?:-\d+)?$").expect("valid regex"));

/// Lines of build tools that follow compiler output and must never be taken for a source line.
static FOREIGN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:g?make(?:\[\d+\])?: |ninja: |FAILED: |\[\d+/\d+\] |\[ *\d+%\] )")
        .expect("valid regex")
});

static LINKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        "^(?P<linker>",
        linker_program!(),
        "): (?P<rest>.*)$"
    ))
    .expect("valid regex")
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
static GOLD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<object>[^\s:]+?):(?:(?P<file>[^\s:]+):)?function (?P<function>[^:]+): (?P<severity>error|warning): (?P<message>.*)$")
        .expect("valid regex")
});

static LLD_LOCATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^>>> (?:referenced by|defined at) (?P<file>[^\s:]+?)(?::(?P<line>\d+))?(?: .*)?$")
        .expect("valid regex")
});

/// Which compiler printed a record, as far as its own lines tell.
#[derive(Debug, Clone, Copy, Default)]
struct Evidence {
    gcc_strong: bool,
    clang_strong: bool,
    gcc_weak: bool,
    clang_weak: bool,
}

impl Evidence {
    /// The compiler these marks point to, and whether a strong mark says so.
    fn verdict(self) -> Option<(Tool, bool)> {
        match (
            self.gcc_strong,
            self.clang_strong,
            self.gcc_weak,
            self.clang_weak,
        ) {
            (true, _, _, _) => Some((Tool::Gcc, true)),
            (false, true, _, _) => Some((Tool::Clang, true)),
            (false, false, true, _) => Some((Tool::Gcc, false)),
            (false, false, false, true) => Some((Tool::Clang, false)),
            (false, false, false, false) => None,
        }
    }
}

/// One diagnostic being collected.
struct Record {
    occurrence: Occurrence,
    evidence: Evidence,
    is_linker_error: bool,
}

/// Where the excerpt lines after a headline or note stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ExcerptPhase {
    /// Nothing more is expected (no excerpt, or it is complete).
    Closed,
    /// clang style: the next line is the raw source line.
    ExpectRawSource,
    /// clang style, a diagnostic at the place of the previous one: clang repeats the excerpt only
    /// when the diagnostic has ranges or fix-its, so the next line is the source line only if it
    /// is the one printed before.
    MaybeRepeatedSource,
    /// clang style: the source line was seen, the caret line comes next.
    AfterRawSource,
    /// gcc style: the gutter line of the diagnostic's own line was seen, the caret line comes next.
    AfterGutterSource,
    /// The caret line was seen; a fix-it hint may follow.
    AfterCaret,
    /// gcc printed label connectors (`|`) under the caret: label rows follow until every
    /// connector has its label, then fix-it rows may come.
    Labels,
    /// gcc underlined a replaced range with `---`: its replacement text may follow on the next row.
    AfterDashes,
}

/// The caret line's `^` and the end of the `^~~~` run from it, as character positions in the
/// excerpt.
#[derive(Debug, Clone, Copy)]
struct Caret {
    caret: usize,
    run_end: usize,
}

/// The diagnostic (headline or note) that the excerpt lines being read belong to.
struct Anchor {
    file: Option<String>,
    line: Option<u32>,
    column: Option<u32>,
    message: String,
    is_headline: bool,
    phase: ExcerptPhase,
    source_text: String,
    last_gutter_line: Option<u32>,
    caret: Option<Caret>,
    /// The caret line as printed (`~~^~~`): its runs show what a hint replaces.
    caret_text: String,
    /// gcc label connectors still waiting for their label, as character positions.
    open_label_columns: Vec<usize>,
    /// The `---` deletion just read (its index among the suggestions, where the dashes start),
    /// which the next row may turn into a replacement.
    dashes: Option<(usize, usize)>,
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
        if let Some(captures) = FIX_IT.captures(line) {
            return self.parseable_fix_it(&captures);
        }
        if let Some(captures) = HEADLINE.captures(line) {
            if self.accepts_file(&captures["file"]) {
                self.headline(&captures, out);
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
        if let Some(captures) = SCOPE.captures(line) {
            if self.accepts_file(&captures["file"]) {
                self.scope_line(&captures, out);
                return Step::Consumed;
            }
        }
        if let Some(captures) = INSTANTIATION_STEP.captures(line) {
            if self.in_progress && self.accepts_file(&captures["file"]) {
                self.instantiation_step(&captures);
                return Step::Consumed;
            }
        }
        if let Some(captures) = INCLUDE.captures(line) {
            return self.include_line(line, &captures);
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

    fn headline(&mut self, captures: &regex::Captures, out: &mut Vec<Occurrence>) {
        let file = captures["file"].to_string();
        let line = captures["line"].parse::<u32>().ok();
        let column = captures
            .name("column")
            .and_then(|m| m.as_str().parse::<u32>().ok());
        let raw_message = captures["message"].trim();
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

    /// How a diagnostic's excerpt starts. clang prints none for pseudo-files, and for a
    /// diagnostic at the place of the previous one only if it has ranges or fix-its; once a gcc
    /// gutter was seen, bare lines are never taken for source lines.
    fn first_excerpt_phase(
        &mut self,
        file: &str,
        line: Option<u32>,
        column: Option<u32>,
    ) -> ExcerptPhase {
        let Some(line) = line else {
            return ExcerptPhase::Closed;
        };
        let same_place =
            self.last_location
                .as_ref()
                .is_some_and(|(last_file, last_line, last_column)| {
                    last_file == file && *last_line == line && *last_column == column
                });
        if !same_place {
            self.last_source_text = None;
        }
        match (self.gutter_seen || file.starts_with('<'), same_place) {
            (true, _) => ExcerptPhase::Closed,
            (false, true) => ExcerptPhase::MaybeRepeatedSource,
            (false, false) => ExcerptPhase::ExpectRawSource,
        }
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

    /// gcc prints `In function` only when the function changes, so a scope carried over from
    /// earlier diagnostics may belong to the previous compile of a build log. A diagnostic in
    /// another source file (or in a header included from one) without a scope line of its own is
    /// from a new compile; one in a header alone may be a macro's body, still in that function.
    fn drop_scope_of_another_compile(&mut self, file: &str) {
        if std::mem::replace(&mut self.scope_is_fresh, false) {
            return;
        }
        let Some(scope_file) = self.scope.first().and_then(|note| note.file.as_deref()) else {
            return;
        };
        let compiled_file = self
            .pending_includes
            .last()
            .and_then(|note| note.file.as_deref())
            .unwrap_or(file);
        if compiled_file != scope_file && !is_header(compiled_file) {
            self.scope.clear();
        }
    }

    /// The include chain for a diagnostic in `file`: the one just printed, else the one learnt
    /// from an earlier diagnostic in the same header.
    fn take_include_chain(&mut self, file: &str) -> Vec<Note> {
        let printed = std::mem::take(&mut self.pending_includes);
        if !printed.is_empty() {
            self.remember_includers(file, &printed);
            return printed;
        }
        let mut chain: Vec<Note> = Vec::new();
        let mut included = file.to_string();
        while chain.len() < MAX_CONTEXT_NOTES {
            let Some((_, includer)) = self.includers.iter().find(|(name, _)| *name == included)
            else {
                break;
            };
            let Some(includer_file) = includer.file.clone() else {
                break;
            };
            chain.push(includer.clone());
            included = includer_file;
        }
        chain
    }

    fn remember_includers(&mut self, file: &str, chain: &[Note]) {
        let mut included = file.to_string();
        for includer in chain {
            self.includers.retain(|(name, _)| *name != included);
            if self.includers.len() >= MAX_REMEMBERED_INCLUDERS {
                self.includers.remove(0);
            }
            self.includers.push((included.clone(), includer.clone()));
            match &includer.file {
                Some(includer_file) => included = includer_file.clone(),
                None => break,
            }
        }
    }

    fn include_line(&mut self, line: &str, captures: &regex::Captures) -> Step {
        let note = Note {
            kind: NoteKind::Context,
            message: "In file included from".to_string(),
            file: Some(captures["file"].to_string()),
            line: captures["line"].parse().ok(),
            column: captures
                .name("column")
                .and_then(|m| m.as_str().parse().ok()),
        };
        let continues_gcc_chain = !line.starts_with("In file included");
        if continues_gcc_chain && self.pending_includes.is_empty() {
            return Step::NotMine;
        }
        if self.pending_includes.len() >= MAX_CONTEXT_NOTES {
            return Step::Consumed;
        }
        match continues_gcc_chain {
            // gcc: the innermost include first, each outer one on a `from` line after it.
            true => self.pending_includes.push(note),
            // clang: one line per level, outermost first.
            false if !self.pending_includes.is_empty() => {
                self.dialect = Some((Tool::Clang, true));
                self.pending_includes.insert(0, note);
            }
            false => self.pending_includes.push(note),
        }
        self.anchor = None;
        Step::Consumed
    }

    fn scope_line(&mut self, captures: &regex::Captures, out: &mut Vec<Occurrence>) {
        self.flush_current(out);
        self.dialect = Some((Tool::Gcc, true));
        self.scope.clear();
        self.scope_is_fresh = true;
        let scope = &captures["scope"];
        if scope.starts_with("In ") {
            self.scope.push(Note {
                kind: NoteKind::Context,
                message: scope.to_string(),
                file: Some(captures["file"].to_string()),
                line: None,
                column: None,
            });
        }
    }

    /// `required from here` lines precede the error in gcc 12; should one follow an error, it is
    /// that error's context.
    fn instantiation_step(&mut self, captures: &regex::Captures) {
        let note = Note {
            kind: NoteKind::Context,
            message: captures["message"].to_string(),
            file: Some(captures["file"].to_string()),
            line: captures["line"].parse().ok(),
            column: captures
                .name("column")
                .and_then(|m| m.as_str().parse().ok()),
        };
        match self.current.as_mut() {
            Some(record) if record.occurrence.notes.len() < MAX_NOTES => {
                record.occurrence.notes.push(note);
            }
            Some(_) => {}
            None if self.scope.len() < MAX_CONTEXT_NOTES => self.scope.push(note),
            None => {}
        }
        self.anchor = None;
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

    fn mark_current(&mut self, mark: impl FnOnce(&mut Evidence)) {
        if let Some(record) = self.current.as_mut() {
            mark(&mut record.evidence);
        }
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

    /// ld, gold and lld lines; `None` when the line is none of them.
    fn linker_line(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Option<Step> {
        if let Some(captures) = LINKER.captures(line) {
            let rest = captures.name("rest").map_or("", |m| m.as_str());
            self.linker_message(rest, out);
            return Some(Step::Consumed);
        }
        if let Some(captures) = LINKER_REFERENCE.captures(line) {
            self.linker_reference(&captures, out);
            return Some(Step::Consumed);
        }
        if let Some(captures) = SECTION_REFERENCE.captures(line) {
            self.section_reference(&captures, out);
            return Some(Step::Consumed);
        }
        if let Some(captures) = GOLD.captures(line) {
            self.gold_error(&captures, out);
            return Some(Step::Consumed);
        }
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

    fn gold_error(&mut self, captures: &regex::Captures, out: &mut Vec<Occurrence>) {
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

    fn parseable_fix_it(&mut self, captures: &regex::Captures) -> Step {
        if !self.in_progress {
            return Step::NotMine;
        }
        let message = self
            .anchor
            .as_ref()
            .map(|anchor| anchor.message.clone())
            .or_else(|| {
                self.current
                    .as_ref()
                    .map(|record| record.occurrence.message.clone())
            })
            .unwrap_or_default();
        let number = |name: &str| captures[name].parse::<u32>().ok();
        let (Some(line), Some(column), Some(end_line), Some(end_column)) = (
            number("line"),
            number("column"),
            number("end_line"),
            number("end_column"),
        ) else {
            return Step::Consumed;
        };
        let suggestion = Suggestion {
            message,
            file: unescape_fix_it(&captures["file"]),
            line,
            column,
            end_line,
            end_column,
            replacement: unescape_fix_it(&captures["text"]),
            applicability: Applicability::MachineApplicable,
        };
        self.push_suggestion(suggestion);
        Step::Consumed
    }

    /// Adds a suggestion to the diagnostic in progress; its index there, if it was kept.
    fn push_suggestion(&mut self, suggestion: Suggestion) -> Option<usize> {
        let record = self.current.as_mut()?;
        let suggestions = &mut record.occurrence.suggestions;
        if suggestions.len() >= MAX_SUGGESTIONS {
            return None;
        }
        suggestions.push(suggestion);
        Some(suggestions.len() - 1)
    }

    /// Source excerpt, caret, fix-it hint and label lines, in gcc's gutter form or clang's bare form.
    fn excerpt_line(&mut self, line: &str) -> Step {
        if self.current.is_none() || self.anchor.is_none() {
            return Step::NotMine;
        }
        if let Some(captures) = GUTTER_SOURCE.captures(line) {
            let number = captures["number"].parse::<u32>().ok();
            let text = captures.name("text").map_or("", |m| m.as_str());
            self.gutter_source(number, text);
            return Step::Consumed;
        }
        if let Some(captures) = GUTTER_ANNOTATION.captures(line) {
            let text = captures.name("text").map_or("", |m| m.as_str());
            self.gutter_annotation(text);
            return Step::Consumed;
        }
        if let Some(captures) = GUTTER_INSERTION.captures(line) {
            self.gutter_insertion(&captures["text"]);
            return Step::Consumed;
        }
        if ANALYZER_PATH.is_match(line) {
            if let Some(anchor) = self.anchor.as_mut() {
                anchor.phase = ExcerptPhase::Closed;
            }
            return Step::Consumed;
        }
        self.bare_excerpt_line(line)
    }

    fn gutter_source(&mut self, number: Option<u32>, text: &str) {
        self.gutter_seen = true;
        self.mark_current(|evidence| evidence.gcc_weak = true);
        let Some(anchor) = self.anchor.as_mut() else {
            return;
        };
        anchor.last_gutter_line = number;
        let is_own_line = number.is_some() && number == anchor.line && anchor.caret.is_none();
        anchor.phase = match is_own_line {
            true => ExcerptPhase::AfterGutterSource,
            false => ExcerptPhase::Closed,
        };
        anchor.source_text = text.to_string();
    }

    fn gutter_annotation(&mut self, text: &str) {
        let Some(phase) = self.anchor.as_ref().map(|anchor| anchor.phase) else {
            return;
        };
        // gcc prints a line's rows in this order: source, carets, labels, fix-its; every row
        // after the carets that is not a label row is a fix-it row.
        match phase {
            ExcerptPhase::AfterGutterSource => self.caret_line(text),
            ExcerptPhase::AfterCaret if is_label_connector_row(text) => self.start_labels(text),
            ExcerptPhase::AfterCaret => self.fix_it_row(text),
            ExcerptPhase::Labels => self.label_row(text),
            ExcerptPhase::AfterDashes => self.row_after_dashes(text),
            _ => {}
        }
    }

    /// The `|` connectors under gcc's carets, one per label.
    fn start_labels(&mut self, text: &str) {
        let Some(anchor) = self.anchor.as_mut() else {
            return;
        };
        anchor.open_label_columns = text
            .chars()
            .enumerate()
            .filter(|(_, c)| *c == '|')
            .map(|(index, _)| index)
            .take(MAX_LABELS)
            .collect();
        anchor.phase = ExcerptPhase::Labels;
    }

    /// A label row: each open connector column holds either `|` (its label comes on a later row)
    /// or the start of its label. A row that fits no open column is the first fix-it row.
    fn label_row(&mut self, text: &str) {
        let Some(anchor) = self.anchor.as_mut() else {
            return;
        };
        let row: Vec<char> = text.chars().collect();
        let fits = anchor
            .open_label_columns
            .iter()
            .all(|column| row.get(*column).is_some_and(|c| !c.is_whitespace()));
        if !fits {
            anchor.open_label_columns.clear();
            anchor.phase = ExcerptPhase::AfterCaret;
            self.fix_it_row(text);
            return;
        }
        anchor
            .open_label_columns
            .retain(|column| row.get(*column) == Some(&'|'));
        if anchor.open_label_columns.is_empty() {
            anchor.phase = ExcerptPhase::AfterCaret;
        }
    }

    /// gcc prints a replacement of a range it did not underline as `---` under the range and the
    /// new text on the row after, starting at the same column.
    fn row_after_dashes(&mut self, text: &str) {
        let Some(anchor) = self.anchor.as_mut() else {
            return;
        };
        anchor.phase = ExcerptPhase::AfterCaret;
        let Some((index, dash_start)) = anchor.dashes.take() else {
            return;
        };
        let row: Vec<char> = text.chars().collect();
        let text_start = row.iter().position(|c| !c.is_whitespace());
        if text_start != Some(dash_start) {
            self.fix_it_row(text);
            return;
        }
        let replacement: String = row[dash_start..].iter().collect();
        if let Some(suggestion) = self
            .current
            .as_mut()
            .and_then(|record| record.occurrence.suggestions.get_mut(index))
        {
            suggestion.replacement = replacement;
        }
    }

    fn set_phase(&mut self, phase: ExcerptPhase) {
        if let Some(anchor) = self.anchor.as_mut() {
            anchor.phase = phase;
        }
    }

    /// gcc's `+++ |+#include <stdio.h>`: a whole line inserted before the next excerpt line.
    fn gutter_insertion(&mut self, text: &str) {
        self.mark_current(|evidence| evidence.gcc_strong = true);
        let Some(anchor) = self.anchor.as_ref() else {
            return;
        };
        let line = anchor
            .last_gutter_line
            .map(|previous| previous.saturating_add(1))
            .or(anchor.line);
        let (Some(file), Some(line)) = (anchor.file.clone(), line) else {
            return;
        };
        let suggestion = Suggestion {
            message: anchor.message.clone(),
            file,
            line,
            column: 1,
            end_line: line,
            end_column: 1,
            replacement: format!("{text}\n"),
            applicability: Applicability::MaybeIncorrect,
        };
        self.push_suggestion(suggestion);
    }

    fn bare_excerpt_line(&mut self, line: &str) -> Step {
        let Some(phase) = self.anchor.as_ref().map(|anchor| anchor.phase) else {
            return Step::NotMine;
        };
        match phase {
            ExcerptPhase::ExpectRawSource if !FOREIGN.is_match(line) => {
                self.raw_source_line(line);
                Step::Consumed
            }
            ExcerptPhase::MaybeRepeatedSource if self.last_source_text.as_deref() == Some(line) => {
                self.raw_source_line(line);
                Step::Consumed
            }
            ExcerptPhase::AfterRawSource if is_caret_line(line) => {
                self.mark_current(|evidence| evidence.clang_weak = true);
                self.caret_line(line);
                Step::Consumed
            }
            ExcerptPhase::AfterCaret if self.is_clang_fix_it_row(line) => {
                self.fix_it_row(line);
                self.set_phase(ExcerptPhase::Closed);
                Step::Consumed
            }
            _ => Step::NotMine,
        }
    }

    fn raw_source_line(&mut self, line: &str) {
        self.last_source_text = Some(line.to_string());
        if let Some(anchor) = self.anchor.as_mut() {
            anchor.source_text = line.to_string();
            anchor.phase = ExcerptPhase::AfterRawSource;
        }
    }

    /// clang's fix-it row under a bare caret line. clang places a hint inside the source line or
    /// just after its end. A hint at column 1 (`struct `) is unindented, so such a row is taken
    /// only when the caret line marks column 1 and it does not look like another tool's
    /// `name: message` line.
    fn is_clang_fix_it_row(&self, line: &str) -> bool {
        let Some(anchor) = self.anchor.as_ref() else {
            return false;
        };
        let Some(hint_start) = line.chars().position(|c| !c.is_whitespace()) else {
            return false;
        };
        if FOREIGN.is_match(line) || hint_start > anchor.source_text.chars().count() {
            return false;
        }
        match hint_start {
            0 => anchor.caret_text.starts_with(['^', '~']) && !NAME_COLON.is_match(line),
            _ => true,
        }
    }

    /// The `^~~~` line: gives the headline its end column and later fix-it hints their place.
    fn caret_line(&mut self, text: &str) {
        let Some(anchor) = self.anchor.as_mut() else {
            return;
        };
        if !is_caret_line(text) {
            anchor.phase = ExcerptPhase::Closed;
            return;
        }
        anchor.phase = ExcerptPhase::AfterCaret;
        let Some(caret) = Caret::find(text) else {
            return;
        };
        anchor.caret = Some(caret);
        anchor.caret_text = text.to_string();
        if !anchor.is_headline {
            return;
        }
        let (Some(line), Some(column)) = (anchor.line, anchor.column) else {
            return;
        };
        let Some(record) = self.current.as_mut() else {
            return;
        };
        if record.occurrence.end_line.is_none() {
            record.occurrence.end_line = Some(line);
            record.occurrence.end_column =
                column.checked_add(u32::try_from(caret.run_end - caret.caret).unwrap_or(0));
        }
    }

    /// A row of human-readable fix-it hints under the caret (`total`, `;`, `( )`, gcc's `-----`
    /// deletions). Each hint's text starts at the column it applies to; whether it is inserted
    /// there or replaces what is there, the row alone does not say — see `HintReading`.
    fn fix_it_row(&mut self, text: &str) {
        let Some(anchor) = self.anchor.as_ref() else {
            return;
        };
        let (Some(caret), Some(file), Some(line), Some(column)) = (
            anchor.caret,
            anchor.file.clone(),
            anchor.line,
            anchor.column,
        ) else {
            return;
        };
        let reading = HintReading {
            source: anchor.source_text.chars().collect(),
            marks: anchor.caret_text.chars().collect(),
            caret: caret.caret,
            message: &anchor.message,
        };
        let column_of = |index: usize| -> Option<u32> {
            let offset = i64::try_from(index).ok()? - i64::try_from(caret.caret).ok()?;
            u32::try_from(i64::from(column) + offset)
                .ok()
                .filter(|c| *c >= 1)
        };
        let mut edits = Vec::new();
        for (start, hint) in hint_pieces(text) {
            let is_deletion = hint.trim().chars().all(|c| c == '-');
            let (start, end, replacement) = match is_deletion {
                true => (start, start + hint.trim().chars().count(), String::new()),
                false => reading.read(start, &hint),
            };
            let (Some(start_column), Some(end_column)) = (column_of(start), column_of(end)) else {
                continue;
            };
            let suggestion = Suggestion {
                message: anchor.message.clone(),
                file: file.clone(),
                line,
                column: start_column,
                end_line: line,
                end_column,
                replacement,
                applicability: Applicability::MaybeIncorrect,
            };
            edits.push((suggestion, is_deletion.then_some(start)));
        }
        let mut last_dashes = None;
        for (suggestion, dash_start) in edits {
            let index = self.push_suggestion(suggestion);
            last_dashes = index.zip(dash_start);
        }
        if let (Some(dashes), Some(anchor)) = (last_dashes, self.anchor.as_mut()) {
            anchor.dashes = Some(dashes);
            anchor.phase = ExcerptPhase::AfterDashes;
        }
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

    /// The record's own marks first, then the marks of this stretch of output, then gcc.
    fn decide_tool(&mut self, evidence: Evidence) -> Tool {
        let verdict = evidence.verdict();
        let (tool, strong) = match (verdict, self.dialect) {
            (Some((tool, true)), _) => (tool, true),
            (_, Some((tool, true))) => (tool, true),
            (Some((tool, false)), _) => (tool, false),
            (None, Some(dialect)) => dialect,
            (None, None) => (Tool::Gcc, false),
        };
        let dialect_is_strong = self.dialect.is_some_and(|(_, strong)| strong);
        if verdict.is_some() && (strong || !dialect_is_strong) {
            self.dialect = Some((tool, strong));
        }
        tool
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

impl Anchor {
    fn new(
        file: Option<String>,
        line: Option<u32>,
        column: Option<u32>,
        message: String,
        is_headline: bool,
        phase: ExcerptPhase,
    ) -> Self {
        Anchor {
            file,
            line,
            column,
            message,
            is_headline,
            phase,
            source_text: String::new(),
            last_gutter_line: None,
            caret: None,
            caret_text: String::new(),
            open_label_columns: Vec::new(),
            dashes: None,
        }
    }
}

impl Caret {
    /// The `^` in a caret line and the run of `~`/`^` from it; `None` for a line of `~` only.
    fn find(caret_line: &str) -> Option<Caret> {
        let marks: Vec<char> = caret_line.chars().collect();
        let caret = marks.iter().position(|c| *c == '^')?;
        let run_end = caret
            + marks[caret..]
                .iter()
                .take_while(|c| **c == '^' || **c == '~')
                .count();
        Some(Caret { caret, run_end })
    }
}

/// A header rather than a file given to the compiler: a header extension, or none (`vector`).
fn is_header(file: &str) -> bool {
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    match name.rsplit_once('.') {
        Some((_, extension)) => matches!(
            extension,
            "h" | "hh"
                | "hpp"
                | "hxx"
                | "h++"
                | "ipp"
                | "tpp"
                | "tcc"
                | "inl"
                | "inc"
                | "def"
                | "H"
                | "HPP"
                | "cuh"
        ),
        None => true,
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

/// How to read one human-readable fix-it hint: what it replaces, if anything.
///
/// Both compilers print a hint's text at the column where it applies, so an insertion before a
/// character and a replacement starting at it look alike. gcc prints a replacement without `---`
/// only when its range is exactly a range it underlined; clang underlines what a fix-it replaces
/// with `~`. Neither marks an insertion. Read against `-fdiagnostics-parseable-fixits` output of
/// both compilers, these rules tell them apart:
/// - insertions: a hint that begins or ends with a space (`struct `, `"%s", `, ` = 0`); the token
///   an `expected ‘)’` or `missing ','` message asks for; a lone bracket (parentheses around an
///   expression, a closing `]`); a hint at a blank or past the end of the line; a keyword such as
///   `struct` in front of a name (in case trailing spaces were lost);
/// - replacements: a hint inside an underlined run of two or more columns replaces the rest of the
///   run (`total` for `totl`, `%f` for `%d`, `.` for `->`); a hint on a lone caret replaces that
///   character when the message quotes it (`did you mean to use ‘->’?`, `use '=='`), and clang's
///   array-indexing `[` replaces the `+`;
/// - anything else is an insertion (`&` before a function's name).
struct HintReading<'a> {
    source: Vec<char>,
    marks: Vec<char>,
    caret: usize,
    message: &'a str,
}

impl HintReading<'_> {
    /// The hint starting at character `start` of the excerpt: the range it replaces (end
    /// exclusive; `start == end` for an insertion) and its text.
    fn read(&self, start: usize, hint: &str) -> (usize, usize, String) {
        let token = hint.trim();
        if self.is_keyword_before_a_name(start, token) {
            return (start, start, format!("{token} "));
        }
        if self.is_insertion(start, hint, token) {
            return (start, start, hint.to_string());
        }
        let end = self.replaced_end(start, token).unwrap_or(start);
        (start, end, hint.to_string())
    }

    fn is_keyword_before_a_name(&self, start: usize, token: &str) -> bool {
        let inserted_keyword = matches!(
            token,
            "struct" | "union" | "enum" | "class" | "typename" | "template"
        );
        let name: String = self
            .source
            .iter()
            .skip(start)
            .take_while(|c| c.is_alphanumeric() || **c == '_')
            .collect();
        inserted_keyword
            && quotes(self.message, token)
            && name.starts_with(|c: char| c.is_alphabetic() || c == '_')
            && name != token
    }

    fn is_insertion(&self, start: usize, hint: &str, token: &str) -> bool {
        hint.starts_with(char::is_whitespace)
            || hint.ends_with(char::is_whitespace)
            || names_missing_token(self.message, token)
            || matches!(token, "(" | ")" | "{" | "}" | "]")
            || self.source.get(start).is_none_or(|c| c.is_whitespace())
    }

    fn replaced_end(&self, start: usize, token: &str) -> Option<usize> {
        if let Some((run_start, run_end)) = self.run_around(start) {
            if run_end - run_start > 1 {
                return Some(run_end);
            }
        }
        let replaces_plus = token == "[" && self.source.get(start) == Some(&'+');
        let quoted_at_caret = start == self.caret && quotes(self.message, token);
        (replaces_plus || quoted_at_caret).then_some(start + 1)
    }

    /// The run of `^`/`~` marks that covers character `index`, as a half-open range.
    fn run_around(&self, index: usize) -> Option<(usize, usize)> {
        let is_mark = |c: &char| *c == '^' || *c == '~';
        if !self.marks.get(index).is_some_and(is_mark) {
            return None;
        }
        let before = self.marks[..index].iter().rev().take_while(|c| is_mark(c));
        let after = self.marks[index..].iter().take_while(|c| is_mark(c));
        Some((index - before.count(), index + after.count()))
    }
}

/// The hints of a fix-it row, each with the character position where it starts. A row is one
/// hint (spaces inside it are its own: `static_cast<int> (d)`), unless it is made only of
/// single-character marks apart (`( )`, `&     [  ]`, `---  ;`). The ` = 0` of an initialiser
/// starts with a space that the row's indentation hides; it is given back.
fn hint_pieces(row: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = row.chars().collect();
    let Some(first) = chars.iter().position(|c| !c.is_whitespace()) else {
        return Vec::new();
    };
    let mut tokens: Vec<(usize, String)> = Vec::new();
    for (index, c) in chars.iter().enumerate() {
        match (c.is_whitespace(), tokens.last_mut()) {
            (true, _) => {}
            (false, Some((start, token))) if *start + token.chars().count() == index => {
                token.push(*c);
            }
            (false, _) => tokens.push((index, c.to_string())),
        }
    }
    let is_mark = |token: &str| {
        token.chars().all(|c| c == '-')
            || (token.chars().count() == 1 && !token.chars().all(char::is_alphanumeric))
    };
    if tokens.len() > 1 && tokens.iter().all(|(_, token)| is_mark(token)) {
        return tokens;
    }
    let text: String = chars[first..].iter().collect();
    match text.starts_with("= ") && first > 0 {
        true => vec![(first - 1, format!(" {text}"))],
        false => vec![(first, text)],
    }
}

/// Whether the message quotes `token` (`did you mean ‘->’?`, `use '=='`).
fn quotes(message: &str, token: &str) -> bool {
    !token.is_empty()
        && (message.contains(&format!("‘{token}’")) || message.contains(&format!("'{token}'")))
}

/// Whether `token` is what an `expected ‘;’ before …` / `missing ',' between …` message asks for.
fn names_missing_token(message: &str, token: &str) -> bool {
    let Some(clause) = MISSING_TOKEN_CLAUSE
        .captures(message)
        .and_then(|captures| captures.name("clause"))
    else {
        return false;
    };
    QUOTED
        .captures_iter(clause.as_str())
        .any(|quoted| quoted.name("token").is_some_and(|t| t.as_str() == token))
}

fn is_label_connector_row(text: &str) -> bool {
    text.contains('|') && text.chars().all(|c| c == '|' || c == ' ')
}

fn is_caret_line(line: &str) -> bool {
    line.contains(['^', '~']) && line.chars().all(|c| matches!(c, ' ' | '^' | '~'))
}

/// Splits the trailing `[-Wflag]` off a message. `-Werror=flag` (gcc) and `-Werror,-Wflag` (clang)
/// both become `-Wflag`, so a warning and the same warning made an error share a code.
fn split_option(message: &str) -> (String, Option<String>, Evidence) {
    let mut evidence = Evidence {
        gcc_strong: message.contains('‘'),
        ..Evidence::default()
    };
    let Some(captures) = TRAILING_OPTION.captures(message) else {
        return (message.to_string(), None, evidence);
    };
    let option = &captures["option"];
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
    (captures["message"].to_string(), code, evidence)
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

/// Undoes the escaping of `fix-it:` strings: `\\`, `\"`, `\n`, `\t` and `\ooo` octal bytes (both
/// compilers write non-ASCII bytes that way).
fn unescape_fix_it(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut unescaped = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        if byte != b'\\' || index + 1 >= bytes.len() {
            unescaped.push(byte);
            index += 1;
            continue;
        }
        let escaped = bytes[index + 1];
        let octal_digits = bytes[index + 1..]
            .iter()
            .take(3)
            .take_while(|b| (b'0'..=b'7').contains(b))
            .count();
        if octal_digits > 0 {
            let value = bytes[index + 1..index + 1 + octal_digits]
                .iter()
                .fold(0u32, |value, digit| value * 8 + u32::from(digit - b'0'));
            unescaped.push(u8::try_from(value).unwrap_or(b'?'));
            index += 1 + octal_digits;
            continue;
        }
        unescaped.push(match escaped {
            b'n' => b'\n',
            b't' => b'\t',
            b'r' => b'\r',
            other => other,
        });
        index += 2;
    }
    String::from_utf8_lossy(&unescaped).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Vec<Occurrence> {
        crate::capture::parse_with(GccParser::default(), text)
    }

    fn triggered(line: &str) -> bool {
        GccParser::default()
            .triggers()
            .iter()
            .any(|t| Regex::new(t).expect("trigger compiles").is_match(line))
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
    fn make_line_after_a_diagnostic_without_excerpt_is_not_swallowed() {
        let mut parser = GccParser::default();
        let mut out = Vec::new();
        assert_eq!(
            parser.feed("main.c:3:5: error: broken", &mut out),
            Feed::Consumed
        );
        assert_eq!(
            parser.feed("make: *** [Makefile:3: all] Error 1", &mut out),
            Feed::Rejected
        );
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].end_column, None);
    }

    #[test]
    fn clang_excerpt_gives_end_and_fix_it_replacement() {
        let found = parse(
            "main.c:10:26: error: no member named 'endl' in namespace 'std'; did you mean 'end'?\n\
             \x20   cout << name << std::endl;\n\
             \x20                   ~~~~~^~~~\n\
             \x20                        end\n\
             1 error generated.\n",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].end_line, found[0].end_column),
            (Some(10), Some(30))
        );
        let fix = &found[0].suggestions[0];
        assert_eq!(
            (fix.column, fix.end_column, fix.replacement.as_str()),
            (26, 30, "end")
        );
        assert_eq!(fix.applicability, Applicability::MaybeIncorrect);
        assert_eq!(found[0].tool, Tool::Clang);
    }

    #[test]
    fn gcc_deletion_hint_removes_the_dashed_text() {
        let found = parse(
            "f.c:2:11: warning: remove this [-Wfoo]\n\
             \x20   2 |     x = 1;;\n\
             \x20     |           ^\n\
             \x20     |           -\n",
        );
        let fix = &found[0].suggestions[0];
        assert_eq!(
            (fix.column, fix.end_column, fix.replacement.as_str()),
            (11, 12, "")
        );
    }

    #[test]
    fn parseable_fix_its_replace_derived_ones_and_are_unescaped() {
        let found = parse(
            "f.c:1:1: note: include ‘<stdio.h>’\n\
             \x20 +++ |+#include <stdio.h>\n\
             \x20   1 | int main(void) {\n\
             fix-it:\"f.c\":{1:1-1:1}:\"#include <stdio.h>\\n\"\n",
        );
        assert_eq!(found[0].severity, Severity::Note);
        assert_eq!(found[0].suggestions.len(), 1);
        assert_eq!(found[0].suggestions[0].replacement, "#include <stdio.h>\n");
        assert_eq!(
            found[0].suggestions[0].applicability,
            Applicability::MachineApplicable
        );
        assert_eq!(unescape_fix_it(r#"a\"b\\c\303\251\t"#), "a\"b\\cé\t");
        assert_eq!(unescape_fix_it("trailing\\"), "trailing\\");
    }

    #[test]
    fn include_chain_is_remembered_for_later_errors_in_the_same_header() {
        let found = parse(
            "In file included from b.h:1,\n\
             \x20                from main.c:1:\n\
             c.h:3:1: error: first\n\
             b.h:2:3: error: second\n\
             c.h:5:1: error: third\n",
        );
        let chain = |o: &Occurrence| -> Vec<String> {
            o.notes
                .iter()
                .map(|n| {
                    format!(
                        "{}:{}",
                        n.file.clone().unwrap_or_default(),
                        n.line.unwrap_or(0)
                    )
                })
                .collect()
        };
        assert_eq!(chain(&found[0]), ["b.h:1", "main.c:1"]);
        assert_eq!(chain(&found[1]), ["main.c:1"]);
        assert_eq!(chain(&found[2]), ["b.h:1", "main.c:1"]);
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

    /// The one suggestion (or the suggestions of one message) as `(column, end_column, text)`.
    fn edits(occurrence: &Occurrence) -> Vec<(u32, u32, &str)> {
        occurrence
            .suggestions
            .iter()
            .map(|s| (s.column, s.end_column, s.replacement.as_str()))
            .collect()
    }

    #[test]
    fn gcc_missing_token_hints_are_insertions_even_on_a_character() {
        // gcc moves the caret to the insertion point, which may hold the next token (`;`), or
        // join it with the old location's range (`^~`).
        let found = parse(
            "call.c:5:59: error: expected ‘)’ before ‘;’ token\n\
             \x20   5 |     printf(\"%d errors, %d warnings\\n\", (errors + warnings);\n\
             \x20     |           ~                                               ^\n\
             \x20     |                                                           )\n\
             comma.c:3:27: error: expected ‘)’ before numeric constant\n\
             \x20   3 | int t(void) { return sum(1 2); }\n\
             \x20     |                         ~ ^~\n\
             \x20     |                           )\n\
             more.cpp:3:15: error: expected ‘;’ at end of member declaration\n\
             \x20   3 | class C { int x }\n\
             \x20     |               ^\n\
             \x20     |                ;\n",
        );
        assert_eq!(edits(&found[0]), [(59, 59, ")")]);
        assert_eq!(edits(&found[1]), [(27, 27, ")")]);
        assert_eq!(edits(&found[2]), [(16, 16, ";")]);
    }

    #[test]
    fn keyword_hints_are_inserted_before_the_name_with_their_space() {
        let found = parse(
            "f.c:2:1: error: unknown type name ‘point’; use ‘struct’ keyword to refer to the type\n\
             \x20   2 | point origin;\n\
             \x20     | ^~~~~\n\
             \x20     | struct \n\
             f.c:3:10: error: unknown type name ‘point’; did you mean ‘int’?\n\
             \x20   3 | int area(point p) { return p.x * p.y; }\n\
             \x20     |          ^~~~~\n\
             \x20     |          int\n\
             f.c:4:17: error: unknown type name ‘point’; use ‘struct’ keyword to refer to the type\n\
             \x20   4 | int use(void) { point q; q.x = 1; return q.x; }\n\
             \x20     |                 ^~~~~\n\
             \x20     |                 struct\n",
        );
        assert_eq!(edits(&found[0]), [(1, 1, "struct ")]);
        // A rename of the underlined name stays a replacement.
        assert_eq!(edits(&found[1]), [(10, 15, "int")]);
        // Trailing spaces lost on the way (a CI log, a copy): still an insertion, space included.
        assert_eq!(edits(&found[2]), [(17, 17, "struct ")]);
        let clang = parse(
            "f.c:2:1: error: must use 'struct' tag to refer to type 'point'\n\
             point origin;\n\
             ^\n\
             struct \n\
             1 error generated.\n",
        );
        assert_eq!(edits(&clang[0]), [(1, 1, "struct ")]);
    }

    #[test]
    fn hint_on_a_lone_caret_replaces_only_what_the_message_quotes() {
        let found = parse(
            "r.c:10:16: error: ‘pp’ is a pointer; did you mean to use ‘->’?\n\
             \x20  10 |     total += pp.x;\n\
             \x20     |                ^\n\
             \x20     |                ->\n",
        );
        assert_eq!(edits(&found[0]), [(16, 17, "->")]);
        let clang = parse(
            "m.c:4:11: warning: using the result of an assignment as a condition without parentheses [-Wparentheses]\n\
             \x20   if (a = b) return 2;\n\
             \x20       ~~^~~\n\
             m.c:4:11: note: use '==' to turn this assignment into an equality comparison\n\
             \x20   if (a = b) return 2;\n\
             \x20         ^\n\
             \x20         ==\n\
             m.c:17:9: warning: address of function 'fn' will always evaluate to 'true' [-Wpointer-bool-conversion]\n\
             \x20   if (fn) return 3;\n\
             \x20   ~~  ^~\n\
             m.c:17:9: note: prefix with the address-of operator to silence this warning\n\
             \x20   if (fn) return 3;\n\
             \x20       ^\n\
             \x20       &\n",
        );
        assert_eq!(edits(&clang[0]), [(11, 12, "==")]);
        assert_eq!(edits(&clang[1]), [(9, 9, "&")]);
    }

    #[test]
    fn separate_marks_on_one_row_are_separate_hints() {
        let gcc = parse(
            "m.c:3:9: note: add parentheses around left hand side expression to silence this warning\n\
             \x20   3 |     if (!a == b) return 1;\n\
             \x20     |         ^~\n\
             \x20     |         ( )\n",
        );
        assert_eq!(edits(&gcc[0]), [(9, 9, "("), (11, 11, ")")]);
        let clang = parse(
            "x.c:18:27: note: use array indexing to silence this warning\n\
             \x20   const char *t = \"abc\" + a;\n\
             \x20                         ^\n\
             \x20                   &     [  ]\n",
        );
        assert_eq!(
            edits(&clang[0]),
            [(21, 21, "&"), (27, 28, "["), (30, 30, "]")]
        );
    }

    #[test]
    fn gcc_dashes_then_text_replace_the_dashed_range() {
        let found = parse(
            "more.cpp:5:31: warning: use of old-style cast to ‘int’ [-Wold-style-cast]\n\
             \x20   5 | int h(double d) { return (int)d; }\n\
             \x20     |                               ^\n\
             \x20     |                          ------\n\
             \x20     |                          static_cast<int> (d)\n\
             more.cpp:6:1: error: next\n",
        );
        assert_eq!(edits(&found[0]), [(26, 32, "static_cast<int> (d)")]);
        assert_eq!(found.len(), 2);
    }

    #[test]
    fn gcc_fix_it_after_labels_replaces_the_format_directive() {
        let found = parse(
            "f.c:7:14: warning: format ‘%s’ expects argument of type ‘char *’, but argument 2 has type ‘double’ [-Wformat=]\n\
             \x20   7 |     printf(\"%s\\n\", d);\n\
             \x20     |             ~^     ~\n\
             \x20     |              |     |\n\
             \x20     |              |     double\n\
             \x20     |              char *\n\
             \x20     |             %f\n",
        );
        assert_eq!(edits(&found[0]), [(13, 15, "%f")]);
        let labels_only = parse(
            "f.c:5:25: warning: format ‘%d’ expects a matching ‘int’ argument [-Wformat=]\n\
             \x20   5 |     printf(\"%d errors\\n\");\n\
             \x20     |                        ~^\n\
             \x20     |                         |\n\
             \x20     |                         int\n",
        );
        assert!(labels_only[0].suggestions.is_empty());
    }

    #[test]
    fn clang_hints_keep_their_spaces_and_position() {
        let found = parse(
            "init.c:3:33: warning: variable 'total' is uninitialized when used here [-Wuninitialized]\n\
             \x20   for (int i = 0; i < n; i++) total += i;\n\
             \x20                               ^~~~~\n\
             init.c:2:14: note: initialize the variable 'total' to silence this warning\n\
             \x20   int total;\n\
             \x20            ^\n\
             \x20             = 0\n\
             clangx.c:2:11: error: missing ',' between enumerators\n\
             enum e { A B };\n\
             \x20         ^\n\
             \x20         , \n",
        );
        assert_eq!(edits(&found[0]), [(14, 14, " = 0")]);
        assert_eq!(edits(&found[1]), [(11, 11, ", ")]);
    }

    #[test]
    fn clang_rows_that_cannot_be_hints_are_left_alone() {
        let found = parse(
            "f.c:1:1: error: unknown type name 'widget'\n\
             widget w;\n\
             ^\n\
             Error: the build failed\n",
        );
        assert!(found[0].suggestions.is_empty());
        let beyond_the_line = parse(
            "f.c:1:3: error: expected ';' after expression\n\
             \x20 x\n\
             \x20 ^\n\
             \x20                    some indented output\n",
        );
        assert!(beyond_the_line[0].suggestions.is_empty());
    }

    #[test]
    fn clang_hint_under_a_tilde_range_replaces_it() {
        let found = parse(
            "format.c:5:20: warning: format specifies type 'int' but the argument has type 'double' [-Wformat]\n\
             \x20   printf(\"%d\\n\", d);\n\
             \x20           ~~     ^\n\
             \x20           %f\n\
             rename.c:11:15: error: member reference type 'struct point' is not a pointer; did you mean to use '.'?\n\
             \x20   total += p->y;\n\
             \x20            ~^~\n\
             \x20             .\n",
        );
        assert_eq!(edits(&found[0]), [(13, 15, "%f")]);
        assert_eq!(edits(&found[1]), [(15, 17, ".")]);
    }

    #[test]
    fn clang_notes_at_the_same_place_keep_their_excerpt_and_fix_its() {
        let human = "main.c:14:5: warning: unannotated fall-through between switch labels [-Wimplicit-fallthrough]\n\
             \x20   case 1:\n\
             \x20   ^\n\
             main.c:14:5: note: insert '__attribute__((fallthrough));' to silence this warning\n\
             \x20   case 1:\n\
             \x20   ^\n\
             \x20   __attribute__((fallthrough)); \n\
             main.c:14:5: note: insert 'break;' to avoid fall-through\n\
             \x20   case 1:\n\
             \x20   ^\n\
             \x20   break; \n\
             call.c:4:12: warning: format string is not a string literal (potentially insecure) [-Wformat-security]\n\
             \x20   printf(status);\n\
             \x20          ^~~~~~\n\
             call.c:4:12: note: treat the string as an argument to avoid this\n\
             \x20   printf(status);\n\
             \x20          ^\n\
             \x20          \"%s\", \n\
             2 warnings generated.\n";
        let found = parse(human);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].notes.len(), 2);
        assert_eq!(
            edits(&found[0]),
            [(5, 5, "__attribute__((fallthrough)); "), (5, 5, "break; ")]
        );
        assert_eq!(
            found[0].suggestions[1].message,
            "insert 'break;' to avoid fall-through"
        );
        assert_eq!(edits(&found[1]), [(12, 12, "\"%s\", ")]);
        let parseable = human.replace(
            "\x20          \"%s\", \n",
            "\x20          \"%s\", \nfix-it:\"call.c\":{4:12-4:12}:\"\\\"%s\\\", \"\n",
        );
        let found = parse(&parseable);
        assert_eq!(found.len(), 2);
        assert_eq!(edits(&found[1]), [(12, 12, "\"%s\", ")]);
        assert_eq!(
            found[1].suggestions[0].applicability,
            Applicability::MachineApplicable
        );
        // Without ranges or fix-its clang repeats no excerpt: the next line is not taken for one.
        let bare = parse(
            "m.c:6:5: error: ‘totl’ undeclared\n\
             m.c:6:5: note: each undeclared identifier is reported only once\n\
             some other output\n",
        );
        assert_eq!(bare.len(), 1);
    }

    #[test]
    fn function_context_ends_with_its_compile() {
        let found = parse(
            "main.c: In function ‘main’:\n\
             main.c:20:1: error: expected declaration or statement at end of input\n\
             \x20  20 | }\n\
             \x20     | ^\n\
             shapes.cpp:1:31: error: expected ‘;’ after struct definition\n\
             \x20   1 | struct Point { int x; int y; }\n\
             \x20     |                               ^\n",
        );
        assert_eq!(found[0].notes[0].message, "In function ‘main’");
        assert!(found[1].notes.is_empty(), "{:?}", found[1].notes);
        let header_of_another_compile = parse(
            "main.c: In function ‘main’:\n\
             main.c:20:1: error: expected declaration or statement at end of input\n\
             In file included from other.c:1:\n\
             lib.h:2:1: error: in a header of another compile\n",
        );
        let notes: Vec<&str> = header_of_another_compile[1]
            .notes
            .iter()
            .map(|n| n.message.as_str())
            .collect();
        assert_eq!(notes, ["In file included from"]);
        // An error in a macro's body is reported in the header, still inside the function.
        let macro_body = parse(
            "main.c: In function ‘main’:\n\
             foo.h:1:21: error: ‘missing_var’ undeclared (first use in this function)\n\
             main.c:4:13: note: in expansion of macro ‘USE’\n\
             main.c:5:16: error: ‘zz’ undeclared (first use in this function)\n",
        );
        assert_eq!(macro_body[0].notes[0].message, "In function ‘main’");
        assert_eq!(macro_body[1].notes[0].message, "In function ‘main’");
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
