//! Where a new import goes in each language: after the last import of the file's leading import
//! section, else after the header (shebang, encoding line, leading comments, module docstring,
//! `package` line, inner attributes), else at the very top.

use crate::occurrence::Language;

/// A place to insert a new line: the byte offset of a line start, and whether to separate it from
/// what is around it by a blank line (a first import after a `package` line, before code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Insertion {
    pub offset: usize,
    pub blank_before: bool,
    pub blank_after: bool,
}

/// Lines of `text` with their start offsets and without line endings.
fn lines(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let line = raw.strip_suffix('\n').unwrap_or(raw);
        let line = line.strip_suffix('\r').unwrap_or(line);
        // A byte-order mark is not part of the first line's text.
        let line = match offset {
            0 => line.strip_prefix('\u{feff}').unwrap_or(line),
            _ => line,
        };
        out.push((offset, line));
        offset += raw.len();
    }
    out
}

/// Where text may be inserted at the very start: after a byte-order mark, if there is one.
pub fn start_of_text(text: &str) -> usize {
    match text.starts_with('\u{feff}') {
        true => '\u{feff}'.len_utf8(),
        false => 0,
    }
}

/// The offset just after line `index` (start of the next line, or end of text).
fn after_line(text: &str, all: &[(usize, &str)], index: usize) -> usize {
    all.get(index + 1).map_or(text.len(), |(offset, _)| *offset)
}

pub fn imports_insertion(text: &str, language: Language) -> Insertion {
    let all = lines(text);
    let scan = match language {
        Language::Python => scan_python(&all),
        Language::Rust => scan_rust(&all),
        Language::JavaScript => scan_javascript(&all),
        Language::Go => scan_go(&all),
        Language::C => scan_c(&all),
        Language::Java => scan_java(&all),
        Language::Unknown => Scan {
            last_import: None,
            header_end: None,
        },
    };
    match (scan.last_import, scan.header_end) {
        (Some(index), _) => Insertion {
            offset: after_line(text, &all, index),
            blank_before: false,
            blank_after: false,
        },
        (None, Some(index)) => {
            let next_blank = all.get(index + 1).is_none_or(|(_, l)| l.trim().is_empty());
            Insertion {
                offset: after_line(text, &all, index),
                blank_before: matches!(language, Language::Go | Language::Java)
                    || !all[index].1.trim().is_empty() && language == Language::Rust,
                blank_after: !next_blank,
            }
        }
        (None, None) => {
            let first_blank = all.first().is_none_or(|(_, l)| l.trim().is_empty());
            Insertion {
                offset: start_of_text(text),
                blank_before: false,
                blank_after: !first_blank,
            }
        }
    }
}

/// The index of the last import line, and of the last header line.
struct Scan {
    last_import: Option<usize>,
    header_end: Option<usize>,
}

fn is_comment_or_blank(line: &str, comment: &str) -> bool {
    let trimmed = line.trim();
    trimmed.is_empty() || trimmed.starts_with(comment)
}

fn scan_python(all: &[(usize, &str)]) -> Scan {
    let mut scan = Scan {
        last_import: None,
        header_end: None,
    };
    let mut index = 0;
    let mut seen_docstring = false;
    while index < all.len() {
        let line = all[index].1;
        let trimmed = line.trim_start();
        if line.trim().is_empty() || trimmed.starts_with('#') {
            if scan.last_import.is_none() && trimmed.starts_with('#') {
                scan.header_end = Some(index);
            }
            index += 1;
            continue;
        }
        if line.starts_with(char::is_whitespace) {
            break;
        }
        let quote = ["\"\"\"", "'''"]
            .into_iter()
            .find(|q| trimmed.starts_with(q) || trimmed.starts_with(&format!("r{q}")));
        if let (Some(quote), false, None) = (quote, seen_docstring, scan.last_import) {
            seen_docstring = true;
            let body_start = trimmed.find(quote).unwrap_or(0) + 3;
            let mut end = index;
            if !trimmed[body_start..].contains(quote) {
                while end + 1 < all.len() && !all[end + 1].1.contains(quote) {
                    end += 1;
                }
                end = (end + 1).min(all.len() - 1);
            }
            scan.header_end = Some(end);
            index = end + 1;
            continue;
        }
        if trimmed.starts_with("import ")
            || (trimmed.starts_with("from ") && trimmed.contains(" import"))
        {
            let end = python_statement_end(all, index);
            match trimmed.starts_with("from __future__") {
                true => scan.header_end = Some(end),
                false => scan.last_import = Some(end),
            }
            index = end + 1;
            continue;
        }
        // Module dunders (`__all__`, `__version__`, `__lazy_modules__ = …`) go between the
        // docstring and the imports (PEP 8): part of the header, not the end of the imports.
        if scan.last_import.is_none() && is_module_dunder_assignment(trimmed) {
            let end = python_statement_end(all, index);
            scan.header_end = Some(end);
            index = end + 1;
            continue;
        }
        break;
    }
    scan
}

fn is_module_dunder_assignment(line: &str) -> bool {
    let Some(name) = line.strip_prefix("__") else {
        return false;
    };
    let name_end = name
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(name.len());
    name[..name_end].ends_with("__") && name[name_end..].trim_start().starts_with('=')
}

/// The last line of a statement that may continue with parentheses or backslashes.
fn python_statement_end(all: &[(usize, &str)], start: usize) -> usize {
    let mut depth: i32 = 0;
    let mut index = start;
    loop {
        let line = all[index].1;
        depth += line.matches('(').count() as i32 - line.matches(')').count() as i32;
        let continues = depth > 0 || line.trim_end().ends_with('\\');
        if !continues || index + 1 >= all.len() {
            return index;
        }
        index += 1;
    }
}

/// Rust: inner attributes (`#![…]`, which may span lines), `//!` and `/*! … */` docs are the
/// header; `use` and `extern crate` items (multi-line ones too, and with their outer attributes
/// such as `#[cfg(…)]` or `#[macro_use]`) are imports; `mod x;` declarations among them are passed
/// over, so a new `use` goes after the last existing one, as rustfmt users keep them.
fn scan_rust(all: &[(usize, &str)]) -> Scan {
    let mut scan = Scan {
        last_import: None,
        header_end: None,
    };
    let mut index = 0;
    while index < all.len() {
        let trimmed = all[index].1.trim();
        if trimmed.is_empty() || (trimmed.starts_with("//") && !trimmed.starts_with("//!")) {
            index += 1;
            continue;
        }
        if trimmed.starts_with("/*") {
            let end = rust_block_comment_end(all, index);
            if trimmed.starts_with("/*!") {
                scan.header_end = Some(end);
            }
            index = end + 1;
            continue;
        }
        let shebang = index == 0 && trimmed.starts_with("#!") && !trimmed.starts_with("#![");
        if trimmed.starts_with("//!") || shebang {
            scan.header_end = Some(index);
            index += 1;
            continue;
        }
        if trimmed.starts_with("#![") {
            let end = rust_item_end(all, index, RustEnd::Bracket);
            scan.header_end = Some(end);
            index = end + 1;
            continue;
        }
        // Outer attributes belong to the item after them: look at that item to decide.
        let mut item_start = index;
        while item_start < all.len() && all[item_start].1.trim().starts_with("#[") {
            item_start = rust_item_end(all, item_start, RustEnd::Bracket) + 1;
            while item_start < all.len() && is_comment_or_blank(all[item_start].1, "//") {
                item_start += 1;
            }
        }
        let Some((_, item_line)) = all.get(item_start) else {
            break;
        };
        match rust_item_kind(item_line.trim()) {
            RustItem::Import => {
                let end = rust_item_end(all, item_start, RustEnd::Semicolon);
                scan.last_import = Some(end);
                index = end + 1;
            }
            RustItem::ModDeclaration => index = item_start + 1,
            RustItem::Other => break,
        }
    }
    scan
}

enum RustItem {
    Import,
    ModDeclaration,
    Other,
}

fn rust_item_kind(trimmed: &str) -> RustItem {
    let item = match trimmed.strip_prefix("pub") {
        Some(rest) if rest.starts_with(' ') => rest.trim_start(),
        Some(rest) if rest.starts_with('(') => match rest.find(')') {
            Some(close) => rest[close + 1..].trim_start(),
            None => trimmed,
        },
        _ => trimmed,
    };
    if item.starts_with("use ") || item.starts_with("use::") || item.starts_with("extern crate ") {
        return RustItem::Import;
    }
    match item.strip_prefix("mod ") {
        Some(rest) if rest.trim_end().ends_with(';') => RustItem::ModDeclaration,
        _ => RustItem::Other,
    }
}

/// What ends an item: the `]` that closes its first `[` (attributes), or a `;` outside brackets
/// (`use` items).
#[derive(Clone, Copy, PartialEq, Eq)]
enum RustEnd {
    Bracket,
    Semicolon,
}

/// The index of the line on which the item starting on line `start` ends, reading past strings
/// (`"…"`, raw `r#"…"#`), character literals and comments so that a `]` or `;` inside them does
/// not count. An item that never ends ends with the file.
fn rust_item_end(all: &[(usize, &str)], start: usize, end: RustEnd) -> usize {
    let mut depth: i32 = 0;
    let mut in_block_comment = 0u32;
    let mut in_string: Option<usize> = None; // Some(number of `#`s of a raw string, or usize::MAX)
    for (index, (_, line)) in all.iter().enumerate().skip(start) {
        let chars: Vec<char> = line.chars().collect();
        let mut at = 0;
        while at < chars.len() {
            let c = chars[at];
            let next = chars.get(at + 1).copied();
            if in_block_comment > 0 {
                match (c, next) {
                    ('*', Some('/')) => {
                        in_block_comment -= 1;
                        at += 2;
                    }
                    ('/', Some('*')) => {
                        in_block_comment += 1;
                        at += 2;
                    }
                    _ => at += 1,
                }
                continue;
            }
            if let Some(hashes) = in_string {
                match (c, hashes) {
                    ('\\', usize::MAX) => at += 2,
                    ('"', usize::MAX) => {
                        in_string = None;
                        at += 1;
                    }
                    ('"', hashes)
                        if chars[at + 1..].iter().take_while(|h| **h == '#').count() >= hashes =>
                    {
                        in_string = None;
                        at += 1 + hashes;
                    }
                    _ => at += 1,
                }
                continue;
            }
            match (c, next) {
                ('/', Some('/')) => break,
                ('/', Some('*')) => {
                    in_block_comment = 1;
                    at += 2;
                    continue;
                }
                ('"', _) => in_string = Some(usize::MAX),
                ('r', Some('"' | '#')) if at == 0 || !is_identifier_char(chars[at - 1]) => {
                    let hashes = chars[at + 1..].iter().take_while(|h| **h == '#').count();
                    if chars.get(at + 1 + hashes) == Some(&'"') {
                        in_string = Some(hashes);
                        at += 2 + hashes;
                        continue;
                    }
                }
                // A character literal (`'['`, `'\''`), not a lifetime.
                ('\'', _) => {
                    let literal_end = match next {
                        Some('\\') => chars[at + 2..]
                            .iter()
                            .position(|x| *x == '\'')
                            .map(|p| at + 2 + p),
                        Some(_) if chars.get(at + 2) == Some(&'\'') => Some(at + 2),
                        _ => None,
                    };
                    if let Some(literal_end) = literal_end {
                        at = literal_end + 1;
                        continue;
                    }
                }
                ('[' | '(' | '{', _) => depth += 1,
                (']' | ')' | '}', _) => {
                    depth -= 1;
                    if end == RustEnd::Bracket && depth <= 0 {
                        return index;
                    }
                }
                (';', _) if end == RustEnd::Semicolon && depth <= 0 => return index,
                _ => {}
            }
            at += 1;
        }
    }
    all.len().saturating_sub(1).max(start)
}

fn is_identifier_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The line on which a `/* … */` comment starting on line `start` ends (comments nest in Rust).
fn rust_block_comment_end(all: &[(usize, &str)], start: usize) -> usize {
    let mut depth = 0i32;
    for (index, (_, line)) in all.iter().enumerate().skip(start) {
        let mut rest = *line;
        while !rest.is_empty() {
            match (rest.find("/*"), rest.find("*/")) {
                (Some(open), Some(close)) if open < close => {
                    depth += 1;
                    rest = &rest[open + 2..];
                }
                (_, Some(close)) => {
                    depth -= 1;
                    rest = &rest[close + 2..];
                    if depth <= 0 {
                        return index;
                    }
                }
                (Some(open), None) => {
                    depth += 1;
                    rest = &rest[open + 2..];
                }
                (None, None) => break,
            }
        }
    }
    all.len().saturating_sub(1).max(start)
}

fn scan_javascript(all: &[(usize, &str)]) -> Scan {
    let mut scan = Scan {
        last_import: None,
        header_end: None,
    };
    let mut index = 0;
    let mut in_block_comment = false;
    while index < all.len() {
        let trimmed = all[index].1.trim();
        if in_block_comment {
            in_block_comment = !trimmed.contains("*/");
            scan.header_end.get_or_insert(index);
            if scan.last_import.is_none() {
                scan.header_end = Some(index);
            }
            index += 1;
            continue;
        }
        if trimmed.starts_with("/*") {
            in_block_comment = !trimmed.contains("*/");
            if scan.last_import.is_none() {
                scan.header_end = Some(index);
            }
            index += 1;
            continue;
        }
        if trimmed.is_empty() || trimmed.starts_with("//") {
            if trimmed.starts_with("//") && scan.last_import.is_none() {
                scan.header_end = Some(index);
            }
            index += 1;
            continue;
        }
        if index == 0 && trimmed.starts_with("#!") {
            scan.header_end = Some(index);
            index += 1;
            continue;
        }
        let directive = ["\"use ", "'use "].iter().any(|d| trimmed.starts_with(d));
        if directive && scan.last_import.is_none() {
            scan.header_end = Some(index);
            index += 1;
            continue;
        }
        let is_import = (trimmed.starts_with("import ")
            || trimmed.starts_with("import{")
            || trimmed.starts_with("export ") && trimmed.contains(" from "))
            && !trimmed.starts_with("import(");
        let is_require = (trimmed.starts_with("const ")
            || trimmed.starts_with("let ")
            || trimmed.starts_with("var "))
            && trimmed.contains("require(");
        if is_import {
            let mut end = index;
            let complete = |line: &str| {
                let line = line.trim();
                line.contains(" from ")
                    || line.starts_with("from ")
                    || line.starts_with("} from")
                    || (line.starts_with("import ")
                        && (line.contains('"') || line.contains('\''))
                        && !line.contains('{'))
            };
            while !complete(all[end].1) && end + 1 < all.len() {
                end += 1;
            }
            scan.last_import = Some(end);
            index = end + 1;
            continue;
        }
        if is_require {
            scan.last_import = Some(index);
            index += 1;
            continue;
        }
        break;
    }
    scan
}

fn scan_go(all: &[(usize, &str)]) -> Scan {
    let mut scan = Scan {
        last_import: None,
        header_end: None,
    };
    let mut index = 0;
    while index < all.len() {
        let trimmed = all[index].1.trim();
        if trimmed.starts_with("package ") {
            scan.header_end = Some(index);
        } else if trimmed.starts_with("import (") {
            let mut end = index;
            while all[end].1.trim() != ")" && end + 1 < all.len() {
                end += 1;
            }
            scan.last_import = Some(end);
            index = end + 1;
            continue;
        } else if trimmed.starts_with("import ") {
            scan.last_import = Some(index);
        } else if !is_comment_or_blank(trimmed, "//") && scan.header_end.is_some() {
            break;
        }
        index += 1;
    }
    scan
}

fn scan_c(all: &[(usize, &str)]) -> Scan {
    let mut scan = Scan {
        last_import: None,
        header_end: None,
    };
    let mut in_block_comment = false;
    for (index, (_, line)) in all.iter().enumerate() {
        let trimmed = line.trim();
        if in_block_comment {
            in_block_comment = !trimmed.contains("*/");
            scan.header_end = Some(index);
            continue;
        }
        if trimmed.starts_with("/*") {
            in_block_comment = !trimmed.contains("*/");
            scan.header_end = Some(index);
            continue;
        }
        if trimmed.is_empty() || trimmed.starts_with("//") {
            continue;
        }
        let directive = trimmed.trim_start_matches('#').trim_start();
        if trimmed.starts_with('#') && directive.starts_with("include") {
            scan.last_import = Some(index);
            continue;
        }
        if trimmed.starts_with('#')
            && ["pragma once", "ifndef", "define"]
                .iter()
                .any(|d| directive.starts_with(d))
            && scan.last_import.is_none()
        {
            scan.header_end = Some(index);
            continue;
        }
        if trimmed.starts_with('#') {
            continue;
        }
        break;
    }
    scan
}

fn scan_java(all: &[(usize, &str)]) -> Scan {
    let mut scan = Scan {
        last_import: None,
        header_end: None,
    };
    for (index, (_, line)) in all.iter().enumerate() {
        let trimmed = line.trim();
        if trimmed.starts_with("package ") {
            scan.header_end = Some(index);
        } else if trimmed.starts_with("import ") {
            scan.last_import = Some(index);
        } else if !(trimmed.is_empty()
            || trimmed.starts_with("//")
            || trimmed.starts_with("/*")
            || trimmed.starts_with('*'))
        {
            break;
        }
    }
    scan
}

/// Whether `line` is an import statement of `language` (a whole one on this line).
pub fn is_import_line(line: &str, language: Language) -> bool {
    let line = line.trim();
    match language {
        Language::Python => {
            line.starts_with("import ") || (line.starts_with("from ") && line.contains(" import "))
        }
        Language::Rust => {
            let line = line.strip_prefix("pub ").unwrap_or(line);
            line.starts_with("use ") && line.ends_with(';')
        }
        Language::JavaScript => {
            (line.starts_with("import ")
                && (line.contains(" from ")
                    || line.starts_with("import \"")
                    || line.starts_with("import '")))
                || (line.contains("require(")
                    && ["const ", "let ", "var "]
                        .iter()
                        .any(|k| line.starts_with(k)))
        }
        Language::Go => {
            line.starts_with("import ")
                || (line.ends_with('"') && line.matches('"').count() == 2 && !line.contains('('))
        }
        Language::C => line.starts_with("#include") || line.starts_with("# include"),
        Language::Java => line.starts_with("import ") && line.ends_with(';'),
        Language::Unknown => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Inserts `line` where imports go and returns the new text.
    fn insert(text: &str, language: Language, line: &str) -> String {
        let at = imports_insertion(text, language);
        let mut new = String::new();
        if at.blank_before {
            new.push('\n');
        }
        new.push_str(line);
        new.push('\n');
        if at.blank_after {
            new.push('\n');
        }
        format!("{}{new}{}", &text[..at.offset], &text[at.offset..])
    }

    #[test]
    fn python() {
        assert_eq!(
            insert(
                "import os\nfrom a import (\n  b,\n)\n\nprint(1)\n",
                Language::Python,
                "import json"
            ),
            "import os\nfrom a import (\n  b,\n)\nimport json\n\nprint(1)\n"
        );
        assert_eq!(insert("#!/usr/bin/env python3\n\"\"\"Doc\nstring.\"\"\"\nfrom __future__ import annotations\nx = 1\n", Language::Python, "import json"),
            "#!/usr/bin/env python3\n\"\"\"Doc\nstring.\"\"\"\nfrom __future__ import annotations\nimport json\n\nx = 1\n");
        assert_eq!(
            insert("print(1)\n", Language::Python, "import json"),
            "import json\n\nprint(1)\n"
        );
        assert_eq!(
            insert("def f():\n    import os\n", Language::Python, "import json"),
            "import json\n\ndef f():\n    import os\n"
        );
        // more-itertools' more.py: a module dunder before the imports.
        assert_eq!(
            insert(
                "__lazy_modules__ = frozenset({'queue'})\n\nimport math\n\nx = 1\n",
                Language::Python,
                "import types"
            ),
            "__lazy_modules__ = frozenset({'queue'})\n\nimport math\nimport types\n\nx = 1\n"
        );
    }

    #[test]
    fn rust() {
        assert_eq!(insert("//! Crate.\n\nuse std::fmt;\nuse a::{\n    b,\n};\n\nfn main() {}\n", Language::Rust, "use std::collections::HashMap;"),
            "//! Crate.\n\nuse std::fmt;\nuse a::{\n    b,\n};\nuse std::collections::HashMap;\n\nfn main() {}\n");
        assert_eq!(
            insert("fn main() {}\n", Language::Rust, "use std::fs;"),
            "use std::fs;\n\nfn main() {}\n"
        );
        assert_eq!(
            insert("mod a;\n\nfn main() {}\n", Language::Rust, "use std::fs;"),
            "use std::fs;\n\nmod a;\n\nfn main() {}\n"
        );
    }

    #[test]
    fn rust_imports_go_after_multi_line_inner_attributes_and_docs() {
        // Found in real crates: the import used to land inside the attribute.
        assert_eq!(
            insert(
                "#![allow(\n    dead_code,\n    unused\n)]\n\nfn main() {}\n",
                Language::Rust,
                "use std::fs;"
            ),
            "#![allow(\n    dead_code,\n    unused\n)]\n\nuse std::fs;\n\nfn main() {}\n"
        );
        assert_eq!(
            insert(
                "//! Docs.\n#![doc(\n    html_root_url = \"https://docs.rs/x/1.0.0\" // ] not the end\n)]\n#![deny(missing_docs)]\n/*! More\n docs. */\npub fn f() {}\n",
                Language::Rust,
                "use std::fs;"
            ),
            "//! Docs.\n#![doc(\n    html_root_url = \"https://docs.rs/x/1.0.0\" // ] not the end\n)]\n#![deny(missing_docs)]\n/*! More\n docs. */\n\nuse std::fs;\n\npub fn f() {}\n"
        );
        assert_eq!(
            insert(
                "#![doc = r#\"a ] b\n]\"#]\nfn main() {}\n",
                Language::Rust,
                "use std::fs;"
            ),
            "#![doc = r#\"a ] b\n]\"#]\n\nuse std::fs;\n\nfn main() {}\n"
        );
    }

    #[test]
    fn rust_imports_go_after_the_last_use_item_past_mod_and_extern_crate() {
        let source = "#![no_std]\n\n#[macro_use]\nextern crate alloc;\n\nmod a;\npub(crate) mod b;\n\nuse std::{\n    fmt,\n    io, // ; in a comment\n};\n#[cfg(test)]\nuse a::X;\n\n#[derive(Debug)]\nstruct S;\n";
        assert_eq!(
            insert(source, Language::Rust, "use std::fs;"),
            source.replace("use a::X;\n", "use a::X;\nuse std::fs;\n")
        );
        assert_eq!(
            insert(
                "#![no_std]\nextern crate alloc;\n\nmod a;\n\npub fn f() {}\n",
                Language::Rust,
                "use core::cell::Cell;"
            ),
            "#![no_std]\nextern crate alloc;\nuse core::cell::Cell;\n\nmod a;\n\npub fn f() {}\n"
        );
        assert_eq!(
            insert(
                "#!/usr/bin/env rust-script\nfn main() {}\n",
                Language::Rust,
                "use std::fs;"
            ),
            "#!/usr/bin/env rust-script\n\nuse std::fs;\n\nfn main() {}\n"
        );
        // An outer attribute of code is not an import: the `use` goes above it.
        assert_eq!(
            insert(
                "#[derive(Debug)]\nstruct S;\n",
                Language::Rust,
                "use std::fs;"
            ),
            "use std::fs;\n\n#[derive(Debug)]\nstruct S;\n"
        );
    }

    #[test]
    fn javascript() {
        assert_eq!(insert("#!/usr/bin/env node\n'use strict';\nimport {\n  a,\n} from \"x\";\nimport y from 'y';\nconst z = 1;\n", Language::JavaScript, "import { readFileSync } from \"node:fs\";"),
            "#!/usr/bin/env node\n'use strict';\nimport {\n  a,\n} from \"x\";\nimport y from 'y';\nimport { readFileSync } from \"node:fs\";\nconst z = 1;\n");
        assert_eq!(
            insert(
                "const fs = require('fs');\nfs.x();\n",
                Language::JavaScript,
                "const path = require('path');"
            ),
            "const fs = require('fs');\nconst path = require('path');\nfs.x();\n"
        );
    }

    #[test]
    fn go() {
        assert_eq!(
            insert(
                "package main\n\nimport (\n\t\"os\"\n)\n\nfunc main() {}\n",
                Language::Go,
                "import \"fmt\""
            ),
            "package main\n\nimport (\n\t\"os\"\n)\nimport \"fmt\"\n\nfunc main() {}\n"
        );
        assert_eq!(
            insert(
                "package main\n\nfunc main() {}\n",
                Language::Go,
                "import \"fmt\""
            ),
            "package main\n\nimport \"fmt\"\n\nfunc main() {}\n"
        );
    }

    #[test]
    fn a_byte_order_mark_stays_first() {
        assert_eq!(
            insert("\u{feff}print(1)\n", Language::Python, "import json"),
            "\u{feff}import json\n\nprint(1)\n"
        );
        assert_eq!(
            insert(
                "\u{feff}import os\nx = 1\n",
                Language::Python,
                "import json"
            ),
            "\u{feff}import os\nimport json\nx = 1\n"
        );
    }

    #[test]
    fn c_and_java() {
        assert_eq!(
            insert(
                "/* a\n * b */\n#include <stdio.h>\n\nint main(void) {}\n",
                Language::C,
                "#include <string.h>"
            ),
            "/* a\n * b */\n#include <stdio.h>\n#include <string.h>\n\nint main(void) {}\n"
        );
        assert_eq!(
            insert(
                "#ifndef A_H\n#define A_H\nint f(void);\n#endif\n",
                Language::C,
                "#include <stddef.h>"
            ),
            "#ifndef A_H\n#define A_H\n#include <stddef.h>\n\nint f(void);\n#endif\n"
        );
        assert_eq!(
            insert(
                "package a;\n\nimport java.util.List;\n\nclass A {}\n",
                Language::Java,
                "import java.util.Map;"
            ),
            "package a;\n\nimport java.util.List;\nimport java.util.Map;\n\nclass A {}\n"
        );
        assert_eq!(
            insert(
                "public class Main {}\n",
                Language::Java,
                "import java.util.Map;"
            ),
            "import java.util.Map;\n\npublic class Main {}\n"
        );
    }
}
