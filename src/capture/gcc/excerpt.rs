//! The lines under a diagnostic: its source excerpt, in gcc's gutter form (`  3 | code`,
//! `    | ^~~~`) or clang's bare form (the raw source line, then the caret line), gcc's label rows
//! under the carets, and the analyzer's event headings. The caret run (`^~~~`) gives the end column:
//! end = column + length of the run from the caret on. Fix-it rows are handed to `fixits`.

use std::sync::LazyLock;

use regex::Regex;

use super::{GccParser, Step, MAX_LABELS};

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

/// Where the excerpt lines after a headline or note stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ExcerptPhase {
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
pub(super) struct Caret {
    pub(super) caret: usize,
    pub(super) run_end: usize,
}

/// The diagnostic (headline or note) that the excerpt lines being read belong to.
pub(super) struct Anchor {
    pub(super) file: Option<String>,
    pub(super) line: Option<u32>,
    pub(super) column: Option<u32>,
    pub(super) message: String,
    pub(super) is_headline: bool,
    pub(super) phase: ExcerptPhase,
    pub(super) source_text: String,
    pub(super) last_gutter_line: Option<u32>,
    pub(super) caret: Option<Caret>,
    /// The caret line as printed (`~~^~~`): its runs show what a hint replaces.
    pub(super) caret_text: String,
    /// gcc label connectors still waiting for their label, as character positions.
    pub(super) open_label_columns: Vec<usize>,
    /// The `---` deletion just read (its index among the suggestions, where the dashes start),
    /// which the next row may turn into a replacement.
    pub(super) dashes: Option<(usize, usize)>,
}

impl GccParser {
    /// How a diagnostic's excerpt starts. clang prints none for pseudo-files, and for a
    /// diagnostic at the place of the previous one only if it has ranges or fix-its; once a gcc
    /// gutter was seen, bare lines are never taken for source lines.
    pub(super) fn first_excerpt_phase(
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

    /// Source excerpt, caret, fix-it hint and label lines, in gcc's gutter form or clang's bare form.
    pub(super) fn excerpt_line(&mut self, line: &str) -> Step {
        if self.current.is_none() || self.anchor.is_none() {
            return Step::NotMine;
        }
        // Every gutter row holds a `|`; clang's bare excerpt rows mostly do not.
        if memchr::memchr(b'|', line.as_bytes()).is_none() {
            return self.rows_without_gutter(line);
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
        self.rows_without_gutter(line)
    }

    /// The `-fanalyzer` path headings and clang's bare excerpt rows.
    fn rows_without_gutter(&mut self, line: &str) -> Step {
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

    pub(super) fn set_phase(&mut self, phase: ExcerptPhase) {
        if let Some(anchor) = self.anchor.as_mut() {
            anchor.phase = phase;
        }
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
}

impl Anchor {
    pub(super) fn new(
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

fn is_label_connector_row(text: &str) -> bool {
    text.contains('|') && text.chars().all(|c| c == '|' || c == ' ')
}

fn is_caret_line(line: &str) -> bool {
    line.contains(['^', '~']) && line.chars().all(|c| matches!(c, ' ' | '^' | '~'))
}

#[cfg(test)]
mod tests {
    use super::super::tests::parse;
    use super::super::GccParser;
    use crate::capture::{Feed, Parser};
    use crate::occurrence::{Applicability, Tool};

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
}
