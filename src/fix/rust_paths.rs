//! Which path the `use` line a Rust fix adds should name. The compiler knows the crate better than
//! a pattern's template does: when it suggested an import of the same name, its path wins (in a
//! `#![no_std]` crate it says `core::cell::Cell`, where the template says `std::cell::Cell`). With
//! no suggestion, a `#![no_std]` crate still never gets a `std::` path: it is mapped to `core::` or
//! `alloc::`, or the fix is not offered when neither has the item.

use super::plan::NotApplicable;
use crate::occurrence::Occurrence;

/// The `use` line to add: `template_line` (the pattern's rendered `insert`), with its path replaced
/// by the compiler's suggestion or, in a `#![no_std]` crate, by its `core`/`alloc` equivalent.
/// Lines that are not a plain `use path;` are returned as they are.
pub fn import_line(
    template_line: &str,
    occurrence: &Occurrence,
    crate_root_text: &str,
) -> Result<String, NotApplicable> {
    let Some(template_path) = use_path(template_line) else {
        return Ok(template_line.to_string());
    };
    let no_std = is_no_std(crate_root_text);
    let chosen = match suggested_path(template_path, occurrence) {
        Some(suggested) => suggested,
        None => template_path.to_string(),
    };
    let chosen = match (no_std, chosen.strip_prefix("std::")) {
        (true, Some(_)) => no_std_path(&chosen).ok_or_else(|| {
            NotApplicable(format!(
                "`{chosen}` is not in `core` or `alloc`, and this crate is `#![no_std]`"
            ))
        })?,
        _ => chosen,
    };
    if chosen.starts_with("alloc::") && no_std && !declares_extern_alloc(crate_root_text) {
        return Err(NotApplicable(format!(
            "`{chosen}` needs `extern crate alloc;`, which this `#![no_std]` crate does not declare"
        )));
    }
    Ok(template_line.replacen(template_path, &chosen, 1))
}

/// `title` with each template path that the edit imported under another path (same name) renamed
/// to that path.
pub fn retitle<'a>(
    title: String,
    template_lines: impl Iterator<Item = String>,
    inserted_lines: impl Iterator<Item = &'a str> + Clone,
) -> String {
    let mut title = title;
    for template_line in template_lines {
        let Some(template_path) = use_path(&template_line) else {
            continue;
        };
        let renamed = inserted_lines
            .clone()
            .filter_map(use_path)
            .find(|path| last_segment(path) == last_segment(template_path));
        match renamed {
            Some(path) if path != template_path => title = title.replace(template_path, path),
            _ => {}
        }
    }
    title
}

/// The path of a `use path;` line (`pub` allowed), without `use` and `;`.
fn use_path(line: &str) -> Option<&str> {
    let line = line.trim();
    let line = line.strip_prefix("pub ").unwrap_or(line).trim_start();
    let path = line.strip_prefix("use ")?.strip_suffix(';')?.trim();
    let simple = path
        .chars()
        .all(|c| c.is_alphanumeric() || c == '_' || c == ':');
    (simple && !path.is_empty()).then_some(path)
}

fn last_segment(path: &str) -> &str {
    path.rsplit("::").next().unwrap_or(path)
}

/// The crate root of a path: `std`, `core`, `alloc`, `crate` …
fn first_segment(path: &str) -> &str {
    path.split("::").next().unwrap_or(path)
}

/// The compiler's suggested path for the name the template imports: the template's own path when
/// the compiler listed it too (the pattern chose among alternatives such as `cmp::Ordering` and
/// `atomic::Ordering`), else the same path from another standard crate (`core::cmp::Ordering`),
/// else the first one it suggested.
fn suggested_path(template_path: &str, occurrence: &Occurrence) -> Option<String> {
    let name = last_segment(template_path);
    let suggested: Vec<&str> = occurrence
        .suggestions
        .iter()
        .filter_map(|s| {
            s.replacement
                .lines()
                .find(|line| !line.trim().is_empty())
                .and_then(use_path)
        })
        .filter(|path| last_segment(path) == name)
        .collect();
    let without_root = |path: &str| path.split_once("::").map(|(_, rest)| rest.to_string());
    let standard = |path: &str| matches!(first_segment(path), "std" | "core" | "alloc");
    suggested
        .iter()
        .find(|path| **path == template_path)
        .or_else(|| {
            suggested
                .iter()
                .find(|path| standard(path) && without_root(path) == without_root(template_path))
        })
        .or_else(|| suggested.first())
        .map(|path| path.to_string())
}

/// Whether the crate root says `#![no_std]`, always or under a `cfg_attr` (code that must also
/// build without `std` cannot name it either).
pub fn is_no_std(crate_root_text: &str) -> bool {
    crate_root_text.lines().any(|line| {
        let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
        compact.starts_with("#![no_std]")
            || (compact.starts_with("#![cfg_attr(") && compact.contains(",no_std)"))
    })
}

fn declares_extern_alloc(crate_root_text: &str) -> bool {
    crate_root_text.lines().any(|line| {
        let words: Vec<&str> = line.split_whitespace().collect();
        words
            .windows(3)
            .any(|w| w[0] == "extern" && w[1] == "crate" && (w[2] == "alloc;" || w[2] == "alloc"))
    })
}

/// `std::…` as the same item in `core` or `alloc`; `None` when only `std` has it (I/O, files,
/// threads, locks, hash maps, clocks).
pub fn no_std_path(std_path: &str) -> Option<String> {
    let rest = std_path.strip_prefix("std::")?;
    let module = first_segment(rest);
    let item = rest
        .strip_prefix(module)
        .unwrap_or("")
        .trim_start_matches("::");
    let item_name = first_segment(item);
    let root = match (module, item_name) {
        ("collections", "HashMap" | "HashSet" | "hash_map" | "hash_set") => return None,
        ("collections", _) => "alloc",
        ("sync", "atomic") => "core",
        ("sync", "Arc" | "Weak") => "alloc",
        ("sync", _) => return None,
        ("rc" | "string" | "vec" | "boxed", _) => "alloc",
        ("borrow", "Cow" | "ToOwned") => "alloc",
        ("time", "" | "Duration") => "core",
        ("time", _) => return None,
        ("hash", "DefaultHasher" | "RandomState") => return None,
        ("ffi", "CString") => "alloc",
        ("ffi", "" | "CStr" | "c_char" | "c_int" | "c_void") => "core",
        ("ffi", _) => return None,
        (
            "any" | "array" | "ascii" | "borrow" | "cell" | "char" | "clone" | "cmp" | "convert"
            | "default" | "error" | "f32" | "f64" | "fmt" | "future" | "hash" | "hint" | "iter"
            | "marker" | "mem" | "num" | "ops" | "option" | "panic" | "pin" | "primitive" | "ptr"
            | "result" | "slice" | "str" | "task",
            _,
        ) => "core",
        _ => return None,
    };
    Some(format!("{root}::{rest}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::occurrence::{Applicability, Severity, Suggestion, Tool};

    fn occurrence_suggesting(replacements: &[&str]) -> Occurrence {
        let mut occurrence = Occurrence::new(Tool::Rustc, Severity::Error, "cannot find type");
        occurrence.suggestions = replacements
            .iter()
            .map(|replacement| Suggestion {
                message: "consider importing one of these items".into(),
                file: "/p/src/lib.rs".into(),
                line: 2,
                column: 1,
                end_line: 2,
                end_column: 1,
                replacement: replacement.to_string(),
                applicability: Applicability::Unspecified,
            })
            .collect();
        occurrence
    }

    #[test]
    fn the_compilers_suggested_path_wins_over_the_template() {
        let occurrence = occurrence_suggesting(&["use core::cell::Cell;\n"]);
        assert_eq!(
            import_line("use std::cell::Cell;", &occurrence, "fn main() {}\n").unwrap(),
            "use core::cell::Cell;"
        );
        // Among alternatives the pattern's own choice stays, or its equivalent in `core`.
        let occurrence = occurrence_suggesting(&[
            "use std::sync::atomic::Ordering;\n",
            "use std::cmp::Ordering;\n",
        ]);
        assert_eq!(
            import_line("use std::cmp::Ordering;", &occurrence, "").unwrap(),
            "use std::cmp::Ordering;"
        );
        let occurrence = occurrence_suggesting(&[
            "use core::sync::atomic::Ordering;\n",
            "use core::cmp::Ordering;\n",
        ]);
        assert_eq!(
            import_line("use std::cmp::Ordering;", &occurrence, "#![no_std]\n").unwrap(),
            "use core::cmp::Ordering;"
        );
        // A suggestion for another name is not an alternative.
        let occurrence = occurrence_suggesting(&["use core::cell::RefCell;\n"]);
        assert_eq!(
            import_line("use std::cell::Cell;", &occurrence, "").unwrap(),
            "use std::cell::Cell;"
        );
    }

    #[test]
    fn a_no_std_crate_never_gets_a_std_path() {
        let no_suggestion = occurrence_suggesting(&[]);
        let root = "#![no_std]\nextern crate alloc;\n";
        let line = |template: &str, root: &str| import_line(template, &no_suggestion, root);
        assert_eq!(
            line("use std::cell::Cell;", root).unwrap(),
            "use core::cell::Cell;"
        );
        assert_eq!(
            line("use std::collections::BTreeMap;", root).unwrap(),
            "use alloc::collections::BTreeMap;"
        );
        assert_eq!(
            line("use std::rc::Rc;", root).unwrap(),
            "use alloc::rc::Rc;"
        );
        assert_eq!(
            line("use std::sync::Arc;", root).unwrap(),
            "use alloc::sync::Arc;"
        );
        assert_eq!(line("use std::fmt;", root).unwrap(), "use core::fmt;");
        assert!(line("use std::collections::HashMap;", root)
            .unwrap_err()
            .0
            .contains("not in `core` or `alloc`"));
        assert!(line("use std::io::Write;", root).is_err());
        assert!(line("use std::sync::Mutex;", root).is_err());
        // `alloc` is only there when the crate declares it.
        assert!(line("use std::rc::Rc;", "#![no_std]\n")
            .unwrap_err()
            .0
            .contains("extern crate alloc"));
        let conditional = "#![cfg_attr(not(feature = \"std\"), no_std)]\n";
        assert_eq!(
            line("use std::ops::Add;", conditional).unwrap(),
            "use core::ops::Add;"
        );
        // With `std`, and for lines that are not a plain `use`, the template stays.
        assert_eq!(
            line("use std::rc::Rc;", "fn main() {}\n").unwrap(),
            "use std::rc::Rc;"
        );
        assert_eq!(line("mod shapes;", root).unwrap(), "mod shapes;");
    }
}
