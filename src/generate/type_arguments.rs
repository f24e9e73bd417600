//! A generic type given one type argument too few (`Map<String>`, `Record<string>`,
//! `std::map<std::string>`, `Result<u8>`): the missing last argument added, each candidate a
//! type the language's small programs use most — the ones the file uses besides the arguments
//! given first, in the language's order; for rustc's placeholder `E` (`Result<u8, E>`), error types. Which one is
//! right the re-run decides, and strictly: a guessed type is kept only when it brings no new
//! error anywhere into the files it changed (`is_guess`), not only none next to the edit.

use std::sync::OnceLock;

use regex::Regex;

use super::{edit_plan, Context, Generated, Generator};
use crate::fix::{byte_offset_of, ColumnUnit, TextEdit};
use crate::occurrence::Language;

/// How many types are tried for one missing argument (`heal --max-tries` bounds it too).
const CANDIDATES: usize = 3;

/// The types tried, in the order small programs use them as a map's values or a result's
/// error.
fn vocabulary(language: Language, placeholder: Option<&str>) -> &'static [&'static str] {
    match (language, placeholder) {
        (Language::Rust, Some("E")) => &["String", "Box<dyn std::error::Error>", "&'static str"],
        (Language::Rust, _) => &["String", "i32", "u32", "u64", "usize", "f64", "bool"],
        (Language::Java, _) => &["String", "Integer", "Long", "Double", "Boolean", "Object"],
        (Language::JavaScript, _) => &["number", "string", "boolean", "unknown"],
        (Language::C, _) => &[
            "int",
            "std::string",
            "double",
            "bool",
            "long",
            "std::size_t",
        ],
        _ => &[],
    }
}

/// How many arguments the tool says the type takes, and how many were given when it says.
fn required(message: &str) -> Option<(usize, Option<usize>)> {
    static CELL: OnceLock<Vec<Regex>> = OnceLock::new();
    let wordings = CELL.get_or_init(|| {
        [
            // javac
            r"^wrong number of type arguments; required (?P<required>\d+)$",
            // tsc
            r"^Generic type '[^']+' requires (?P<required>\d+) type argument\(s\)",
            // rustc
            r"takes (?P<required>\d+) generic arguments? but (?P<given>\d+) generic arguments? (?:was|were) supplied",
            // g++
            r"^wrong number of template arguments \((?P<given>\d+), should be (?:at least )?(?P<required>\d+)\)",
        ]
        .iter()
        .map(|source| Regex::new(source).expect("valid type argument wording"))
        .collect()
    });
    let found = wordings.iter().find_map(|regex| regex.captures(message))?;
    let required = found["required"].parse().ok()?;
    let given = found.name("given").and_then(|g| g.as_str().parse().ok());
    Some((required, given))
}

pub fn repairs(context: &Context<'_>) -> Vec<Generated> {
    let occurrence = context.occurrence;
    let Some((required, given)) = required(&occurrence.message) else {
        return Vec::new();
    };
    let Some((path, text)) = context.error_file() else {
        return Vec::new();
    };
    let Some(caret) = occurrence
        .line
        .zip(occurrence.column)
        .and_then(|(line, column)| {
            byte_offset_of(&text, line, column, ColumnUnit::of(occurrence.tool))
        })
    else {
        return Vec::new();
    };
    let Some((open, close)) = argument_list(&text, caret) else {
        return Vec::new();
    };
    let arguments = top_level_arguments(&text[open + 1..close]);
    if arguments.len() + 1 != required || given.is_some_and(|g| g != arguments.len()) {
        return Vec::new();
    }
    let language = occurrence.tool.language();
    let placeholder = occurrence.suggestions.iter().find_map(|s| {
        let name = s.replacement.trim().strip_prefix(',')?.trim();
        name.chars()
            .all(|c| c.is_ascii_alphanumeric())
            .then_some(name)
    });
    let used = |name: &str| {
        let bare = name.rsplit("::").next().unwrap_or(name);
        let word = Regex::new(&format!(r"\b{}\b", regex::escape(bare))).expect("valid word");
        word.is_match(&text)
    };
    let mut candidates: Vec<&str> = vocabulary(language, placeholder).to_vec();
    // A stable sort: the types the file uses elsewhere first (an argument already given says
    // nothing about the missing one), each group in the language's order.
    candidates.sort_by_key(|name| arguments.contains(name) || !used(name));
    let typed = text[open..=close].to_string();
    candidates
        .into_iter()
        .take(CANDIDATES)
        .enumerate()
        .map(|(position, name)| {
            let at = text[..close].trim_end().len();
            Generated {
                plan: edit_plan(
                    format!("Add the type argument `{name}` to `{typed}`"),
                    context.fix_key(Generator::TypeArgument, "missing", position),
                    0.55 - 0.02 * position as f64,
                    &path,
                    &text,
                    vec![TextEdit::insertion(at, format!(", {name}"))],
                ),
                generator: Generator::TypeArgument,
            }
        })
        .collect()
}

/// The `<` and `>` of the argument list the caret points into: at the `<` (javac), at the
/// closing `>` (g++), or at the type's name before it (tsc, rustc).
fn argument_list(text: &str, caret: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let open = match bytes.get(caret)? {
        b'<' => caret,
        b'>' => {
            let mut depth = 0usize;
            let mut index = caret;
            loop {
                match bytes[index] {
                    b'>' => depth += 1,
                    b'<' => {
                        depth -= 1;
                        if depth == 0 {
                            break index;
                        }
                    }
                    b'\n' | b';' | b'{' => return None,
                    _ => {}
                }
                index = index.checked_sub(1)?;
            }
        }
        _ => {
            let name_end = caret
                + text[caret..]
                    .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':' || c == '.'))?;
            (bytes.get(name_end) == Some(&b'<')).then_some(name_end)?
        }
    };
    let mut depth = 0usize;
    for (index, byte) in bytes.iter().enumerate().skip(open) {
        match byte {
            b'<' => depth += 1,
            b'>' => {
                depth -= 1;
                if depth == 0 {
                    return Some((open, index));
                }
            }
            b'\n' | b';' | b'{' | b'=' => return None,
            _ => {}
        }
    }
    None
}

/// The arguments between `<` and `>`, split at commas outside nested brackets.
fn top_level_arguments(inside: &str) -> Vec<&str> {
    let mut arguments = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (index, c) in inside.char_indices() {
        match c {
            '<' | '(' | '[' => depth += 1,
            '>' | ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                arguments.push(inside[start..index].trim());
                start = index + 1;
            }
            _ => {}
        }
    }
    if !inside[start..].trim().is_empty() {
        arguments.push(inside[start..].trim());
    }
    arguments
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_argument_list_from_where_each_tool_points() {
        let text = "    std::map<std::string> hits;\n";
        let expected = Some((12, 24));
        assert_eq!(argument_list(text, 24), expected);
        assert_eq!(argument_list(text, 12), expected);
        assert_eq!(argument_list(text, 4), expected);
        assert_eq!(
            top_level_arguments("String, Map<String, List<Integer>>"),
            ["String", "Map<String, List<Integer>>"]
        );
    }

    #[test]
    fn reads_how_many_arguments_each_tool_wants() {
        assert_eq!(
            required("wrong number of type arguments; required 2"),
            Some((2, None))
        );
        assert_eq!(
            required("Generic type 'Record' requires 2 type argument(s)."),
            Some((2, None))
        );
        assert_eq!(
            required("enum takes 2 generic arguments but 1 generic argument was supplied"),
            Some((2, Some(1)))
        );
        assert_eq!(
            required("wrong number of template arguments (1, should be at least 2)"),
            Some((2, Some(1)))
        );
    }
}
