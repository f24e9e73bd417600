//! A file's import block: its contiguous leading import statements (blank lines and comments
//! between them allowed), for Python, Rust, Go, JavaScript/TypeScript, Java/Kotlin and C/C++.

use super::Window;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Python,
    Rust,
    Go,
    Script,
    Java,
    C,
}

const ALL: [Family; 6] = [
    Family::Python,
    Family::Rust,
    Family::Go,
    Family::Script,
    Family::Java,
    Family::C,
];

fn families(language: &str) -> &'static [Family] {
    match language.to_ascii_lowercase().as_str() {
        "python" | "py" => &ALL[0..1],
        "rust" | "rs" => &ALL[1..2],
        "go" | "golang" => &ALL[2..3],
        "javascript" | "typescript" | "js" | "ts" | "jsx" | "tsx" => &ALL[3..4],
        "java" | "kotlin" => &ALL[4..5],
        "c" | "cpp" | "c++" | "h" | "hpp" => &ALL[5..6],
        _ => &ALL,
    }
}

/// What a line is, read from the top of a file.
enum Kind {
    /// Blank or a comment: allowed between imports.
    Neutral,
    /// Allowed before the first import only (`package`, shebang, include guards, attributes).
    Preamble,
    /// An import statement that ends on this line.
    Import,
    /// An import statement that goes on until a line containing `until`.
    Opens(&'static str),
    Other,
}

fn is_comment(line: &str, family: Family) -> bool {
    match family {
        Family::Python => line.starts_with('#'),
        _ => ["//", "/*", "*", "*/"]
            .iter()
            .any(|start| line.starts_with(start)),
    }
}

fn kind(line: &str, family: Family) -> Kind {
    let line = line.trim();
    if line.is_empty() || is_comment(line, family) {
        return Kind::Neutral;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let first = words[0];
    match family {
        Family::Python => match first {
            "import" | "from" if line.ends_with('(') => Kind::Opens(")"),
            "import" | "from" if line.ends_with('\\') => Kind::Opens("\n"),
            "import" | "from" => Kind::Import,
            _ if line.starts_with("\"\"\"") || line.starts_with("'''") => Kind::Preamble,
            _ => Kind::Other,
        },
        Family::Rust => {
            let statement = line
                .trim_start_matches("pub ")
                .trim_start_matches("pub(crate) ")
                .trim_start_matches("pub(super) ");
            let starts = |word: &str| statement.starts_with(word);
            match () {
                _ if (starts("use ") || starts("extern crate ")) && line.ends_with(';') => {
                    Kind::Import
                }
                _ if starts("use ") => Kind::Opens(";"),
                _ if starts("mod ") && line.ends_with(';') => Kind::Import,
                _ if line.starts_with("#") => Kind::Preamble,
                _ => Kind::Other,
            }
        }
        Family::Go => match first {
            "package" => Kind::Preamble,
            "import" if line.ends_with('(') => Kind::Opens(")"),
            "import" => Kind::Import,
            _ => Kind::Other,
        },
        Family::Script => {
            let require = line.contains("require(") && matches!(first, "const" | "let" | "var");
            match first {
                _ if require => Kind::Import,
                "import"
                    if line.contains(" from ")
                        || line.ends_with(';')
                        || words
                            .get(1)
                            .is_some_and(|word| word.starts_with(['\'', '"'])) =>
                {
                    Kind::Import
                }
                "import" => Kind::Opens(" from "),
                _ if line.starts_with("\"use strict\"") || line.starts_with("'use strict'") => {
                    Kind::Preamble
                }
                _ if line.starts_with("#!") => Kind::Preamble,
                _ => Kind::Other,
            }
        }
        Family::Java => match first {
            "package" => Kind::Preamble,
            "import" => Kind::Import,
            _ if line.starts_with('@') => Kind::Other,
            _ => Kind::Other,
        },
        Family::C => match () {
            _ if line.starts_with("#include") || line.starts_with("# include") => Kind::Import,
            _ if ["#pragma once", "#ifndef", "#define", "#if "]
                .iter()
                .any(|start| line.starts_with(start)) =>
            {
                Kind::Preamble
            }
            _ => Kind::Other,
        },
    }
}

/// The 1-based lines of the import block of `text` read as `family`.
fn block_of(text: &str, family: Family) -> Option<Window> {
    let lines: Vec<&str> = text.lines().collect();
    let mut first = None;
    let mut last = 0;
    let mut index = 0;
    while index < lines.len() {
        let line = lines[index];
        match kind(line, family) {
            Kind::Neutral => {}
            Kind::Preamble if first.is_none() => {
                // A module docstring: on to its closing quotes.
                let quotes = &line.trim_start()[..line.trim_start().len().min(3)];
                if family == Family::Python && (quotes == "\"\"\"" || quotes == "'''") {
                    let rest = &line.trim_start()[3..];
                    if !rest.contains(quotes) {
                        while index + 1 < lines.len() && !lines[index + 1].contains(quotes) {
                            index += 1;
                        }
                        index += 1;
                    }
                }
            }
            Kind::Import => {
                first.get_or_insert(index);
                last = index;
            }
            Kind::Opens(until) => {
                first.get_or_insert(index);
                index += 1;
                while index < lines.len() {
                    let closes = match until {
                        "\n" => !lines[index].trim_end().ends_with('\\'),
                        _ => lines[index].contains(until),
                    };
                    if closes {
                        break;
                    }
                    index += 1;
                }
                last = index.min(lines.len() - 1);
            }
            Kind::Preamble | Kind::Other => break,
        }
        index += 1;
    }
    first.map(|first| Window {
        start_line: first as u32 + 1,
        end_line: last as u32 + 1,
    })
}

/// The import block of `text` in `language` (any of them when the language is unknown).
pub fn import_block(text: &str, language: &str) -> Option<Window> {
    families(language)
        .iter()
        .find_map(|family| block_of(text, *family))
}
