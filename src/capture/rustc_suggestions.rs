//! Turns what rustc's human output draws of a suggestion back into the `Suggestion` its JSON
//! output states, so that `cargo build` and `cargo build --message-format=json` reach the same
//! fixes:
//!
//! ```text
//! help: change the type of the numeric literal from `u32` to `u64`
//!    |
//! 22 -     let n: u64 = 5u32;          <- a replacement drawn as whole lines taken out …
//! 22 +     let n: u64 = 5u64;          <- … and put in: the edit is what differs between them
//! ```
//!
//! The human output does not print rustc's applicability; `applicability_of_help` restores it from
//! the help's message for the suggestions rustc always marks machine-applicable (its lints' own
//! removals and renames, what `cargo fix` applies) and takes every other shown suggestion as rustc
//! does by default, "maybe incorrect".

use std::sync::LazyLock;

use regex::Regex;

use crate::occurrence::Applicability;

/// An edit in 1-based line and character columns, end exclusive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineEdit {
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
    pub replacement: String,
}

/// The smallest edit that turns the old lines (starting at `first_line`) into the new ones: the
/// common beginning and end of both are kept, so `5u32` → `5u64` edits `32`, not the whole line.
pub fn replacement_between(
    first_line: u32,
    old_lines: &[String],
    new_lines: &[String],
) -> LineEdit {
    let old: Vec<char> = old_lines.join("\n").chars().collect();
    let new: Vec<char> = new_lines.join("\n").chars().collect();
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let longest_suffix = old.len().min(new.len()) - prefix;
    let suffix = old
        .iter()
        .rev()
        .zip(new.iter().rev())
        .take(longest_suffix)
        .take_while(|(a, b)| a == b)
        .count();
    let (line, column) = position_in(first_line, &old[..prefix]);
    let (end_line, end_column) = position_in(first_line, &old[..old.len() - suffix]);
    LineEdit {
        line,
        column,
        end_line,
        end_column,
        replacement: new[prefix..new.len() - suffix].iter().collect(),
    }
}

/// The line and column just after `text`, which starts at column 1 of `first_line`.
fn position_in(first_line: u32, text: &[char]) -> (u32, u32) {
    let newlines = text.iter().filter(|c| **c == '\n').count() as u32;
    let column = match text.iter().rposition(|c| *c == '\n') {
        Some(last_newline) => text.len() - last_newline,
        None => text.len() + 1,
    };
    (first_line.saturating_add(newlines), column as u32)
}

/// The help messages whose suggestions rustc marks machine-applicable: the fixes of its own lints
/// (`unused_imports`, `unused_mut`, `unused_variables`, `unused_parens`, `unused_braces`) and those
/// of a few errors (`mut` for E0384/E0596, a borrow, a numeric literal's type, a checked integer
/// conversion, the clone of a moved value), as recorded from rustc's JSON. rustc marks the rest of what it
/// shows "maybe incorrect" (imports, similar names, other conversions).
pub fn applicability_of(message: &str, replacement: &str) -> Applicability {
    // `, /* u32 */`: rustc's placeholder for what the author must write.
    if replacement.contains("/* ") && replacement.contains(" */") {
        return Applicability::HasPlaceholders;
    }
    applicability_of_help(message)
}

fn applicability_of_help(message: &str) -> Applicability {
    const MACHINE_APPLICABLE_PREFIXES: &[&str] = &[
        "remove the whole `use` item",
        "remove the unused import",
        "remove this `mut`",
        "if this is intentional, prefix it with an underscore",
        "try ignoring the field",
        "remove these parentheses",
        "remove these braces",
        "consider cloning the value if the performance cost is acceptable",
        "consider making this binding mutable",
        "consider changing this to be mutable",
        "consider borrowing here",
        "change the type of the numeric literal",
    ];
    const MACHINE_APPLICABLE_ENDINGS: &[&str] = &["and panic if the converted value doesn't fit"];
    let known = MACHINE_APPLICABLE_PREFIXES
        .iter()
        .any(|prefix| message.starts_with(prefix))
        || MACHINE_APPLICABLE_ENDINGS
            .iter()
            .any(|ending| message.ends_with(ending));
    match known {
        true => Applicability::MachineApplicable,
        false => Applicability::MaybeIncorrect,
    }
}

/// A help that asks to delete the span it labels: `remove this semicolon`, `remove this `mut``.
pub fn is_removal_help(message: &str) -> bool {
    static REMOVAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:remove|consider removing) (?:this|these|the)\b").expect("valid regex")
    });
    REMOVAL.is_match(message)
}

/// `unused import: `a::B`` / `unused imports: `C` and `D``: the names the warning lists.
static UNUSED_IMPORTS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^unused imports?: (?P<names>`.*)$").expect("valid regex"));

static QUOTED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"`([^`]+)`").expect("valid regex"));

/// `use a::b::C;` / `use a::b::{C, D};` on one line, nothing else on it.
static USE_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^use (?P<path>[A-Za-z0-9_:]+?)(?:::\{(?P<braced>[A-Za-z0-9_, ]+)\})?;$")
        .expect("valid regex")
});

/// rustc attaches "remove the whole `use` item" to every unused-import warning whose `use` imports
/// nothing else, but draws it only in its JSON (it is there for `cargo fix`). When the warning's
/// line, as the snippet showed it, is one such item whose every name the warning lists, this is
/// that suggestion's edit: the whole line, line ending included.
pub fn unused_use_item_removal(message: &str, line: u32, shown_line: &str) -> Option<LineEdit> {
    let names = UNUSED_IMPORTS.captures(message)?;
    let listed: Vec<&str> = QUOTED
        .captures_iter(&names["names"])
        .filter_map(|quoted| quoted.get(1))
        .map(|name| name.as_str())
        .collect();
    let item = USE_ITEM.captures(shown_line)?;
    let mut imported: Vec<&str> = match item.name("braced") {
        Some(braced) => braced
            .as_str()
            .split(',')
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .collect(),
        None => vec![item.name("path")?.as_str()],
    };
    let mut listed_sorted = listed.clone();
    listed_sorted.sort_unstable();
    imported.sort_unstable();
    match !imported.is_empty() && imported == listed_sorted {
        true => Some(LineEdit {
            line,
            column: 1,
            end_line: line.checked_add(1)?,
            end_column: 1,
            replacement: String::new(),
        }),
        false => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &[&str]) -> Vec<String> {
        text.iter().map(|line| line.to_string()).collect()
    }

    #[test]
    fn a_replacement_is_what_differs_between_the_old_and_new_lines() {
        let edit = replacement_between(
            22,
            &lines(&["    let n: u64 = 5u32;"]),
            &lines(&["    let n: u64 = 5u64;"]),
        );
        assert_eq!(
            (edit.line, edit.column, edit.end_line, edit.end_column),
            (22, 20, 22, 22)
        );
        assert_eq!(edit.replacement, "64");
        // A deletion, and a change across lines.
        let edit = replacement_between(40, &lines(&["    if (a) {"]), &lines(&["    if a  {"]));
        assert_eq!(
            (edit.column, edit.end_column, edit.replacement.as_str()),
            (8, 11, "a ")
        );
        let edit = replacement_between(3, &lines(&["a(", "  b)"]), &lines(&["a(b)"]));
        assert_eq!(
            (edit.line, edit.column, edit.end_line, edit.end_column),
            (3, 3, 4, 3)
        );
        assert_eq!(edit.replacement, "");
        // Repeated characters do not make the kept ends overlap.
        let edit = replacement_between(1, &lines(&["aa"]), &lines(&["aaa"]));
        assert_eq!(
            (edit.column, edit.end_column, edit.replacement.as_str()),
            (3, 3, "a")
        );
    }

    #[test]
    fn restores_the_applicability_rustc_gives_its_lint_fixes() {
        assert_eq!(
            applicability_of("remove this `mut`", ""),
            Applicability::MachineApplicable
        );
        assert_eq!(
            applicability_of("consider importing this struct", "use a::B;\n"),
            Applicability::MaybeIncorrect
        );
        assert_eq!(
            applicability_of("provide the argument", ", /* u32 */"),
            Applicability::HasPlaceholders
        );
        assert!(is_removal_help("remove this semicolon"));
        assert!(!is_removal_help("removed"));
    }

    #[test]
    fn removes_a_use_item_only_when_everything_it_imports_is_unused() {
        let removal = unused_use_item_removal(
            "unused imports: `Debug` and `Display`",
            2,
            "use std::fmt::{Debug, Display};",
        );
        assert_eq!(
            removal.map(|edit| (edit.line, edit.column, edit.end_line, edit.end_column)),
            Some((2, 1, 3, 1))
        );
        assert!(unused_use_item_removal(
            "unused import: `std::fmt::Write`",
            1,
            "use std::fmt::Write;"
        )
        .is_some());
        assert!(unused_use_item_removal(
            "unused import: `Debug`",
            2,
            "use std::fmt::{Debug, Display};"
        )
        .is_none());
        assert!(unused_use_item_removal("unused import: `x::Y`", 2, "    use x::Y;").is_none());
        assert!(unused_use_item_removal("unused variable: `x`", 2, "use x;").is_none());
    }
}
