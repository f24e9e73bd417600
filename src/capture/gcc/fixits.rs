//! Fix-its. Those printed with `-fdiagnostics-parseable-fixits` (`fix-it:"f.c":{3:5-3:9}:"total"`,
//! 1-based, end exclusive, for both compilers) become machine-applicable suggestions; without that
//! flag the human-readable hints under the caret (`total`, `;`, `( )`, gcc's `---` deletions and
//! `+++ |+#include <stdio.h>` lines) become maybe-incorrect suggestions, dropped when a parseable
//! one for the same diagnostic is present. Whether a hint is inserted or replaces what is under it
//! is not printed; `hint_reading` has the rules. A note's fix-its belong to the diagnostic the note
//! is attached to. Beware: gcc's `fix-it:` columns count bytes, while its headlines and hints count
//! display columns (a tab advances to the next multiple of 8); they differ on tab-indented lines.

use std::sync::LazyLock;

use regex::Regex;

use super::excerpt::ExcerptPhase;
use super::hint_reading::{hint_pieces, HintReading};
use super::{GccParser, Step, MAX_SUGGESTIONS};
use crate::occurrence::{Applicability, Suggestion};

static FIX_IT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^fix-it:"(?P<file>(?:[^"\\]|\\.)*)":\{(?P<line>\d+):(?P<column>\d+)-(?P<end_line>\d+):(?P<end_column>\d+)\}:"(?P<text>(?:[^"\\]|\\.)*)"$"#)
        .expect("valid regex")
});

impl GccParser {
    /// A `fix-it:"f.c":{3:5-3:9}:"total"` line; `None` when the line is not one.
    pub(super) fn parseable_fix_it(&mut self, line: &str) -> Option<Step> {
        if !line.starts_with("fix-it:\"") {
            return None;
        }
        let captures = FIX_IT.captures(line)?;
        Some(self.add_parseable_fix_it(&captures))
    }

    fn add_parseable_fix_it(&mut self, captures: &regex::Captures) -> Step {
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
    pub(super) fn push_suggestion(&mut self, suggestion: Suggestion) -> Option<usize> {
        let record = self.current.as_mut()?;
        let suggestions = &mut record.occurrence.suggestions;
        if suggestions.len() >= MAX_SUGGESTIONS {
            return None;
        }
        suggestions.push(suggestion);
        Some(suggestions.len() - 1)
    }

    /// gcc prints a replacement of a range it did not underline as `---` under the range and the
    /// new text on the row after, starting at the same column.
    pub(super) fn row_after_dashes(&mut self, text: &str) {
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

    /// gcc's `+++ |+#include <stdio.h>`: a whole line inserted before the next excerpt line.
    pub(super) fn gutter_insertion(&mut self, text: &str) {
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

    /// A row of human-readable fix-it hints under the caret (`total`, `;`, `( )`, gcc's `-----`
    /// deletions). Each hint's text starts at the column it applies to; whether it is inserted
    /// there or replaces what is there, the row alone does not say — see `HintReading`.
    pub(super) fn fix_it_row(&mut self, text: &str) {
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
    use super::super::tests::{edits, parse};
    use super::unescape_fix_it;
    use crate::occurrence::{Applicability, Severity};

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
}
