//! A C or C++ `struct`, `union`, `enum` or `class` definition whose closing `}` lacks its `;`.
//! The compiler reports it at the next declaration, in words about that declaration (gcc's
//! `‘static’ is not at beginning of declaration`, `expected ‘;’, identifier or ‘(’ before
//! ‘int’`, clang's `expected ';' after struct`): any error on the first line of code after such
//! a `}` gets the `;` after the `}` as a candidate.

use super::{edit_plan, Context, Generated, Generator};
use crate::fix::{line_range, TextEdit};
use crate::occurrence::Language;

const PRIOR: f64 = 0.6;

pub fn repairs(context: &Context<'_>) -> Vec<Generated> {
    if context.occurrence.tool.language() != Language::C {
        return Vec::new();
    }
    let Some((path, text)) = context.error_file() else {
        return Vec::new();
    };
    let Some(line) = context.occurrence.line else {
        return Vec::new();
    };
    let Some((line_start, _)) = line_range(&text, line) else {
        return Vec::new();
    };
    let Some(brace) = closing_brace_before(&text[..line_start]) else {
        return Vec::new();
    };
    let Some(keyword) = defined_by(&text[..brace]) else {
        return Vec::new();
    };
    vec![Generated {
        plan: edit_plan(
            format!("End the `{keyword}` definition with `;`"),
            context.fix_key(Generator::SyntaxRepair, "definition-end", 0),
            PRIOR,
            &path,
            &text,
            vec![TextEdit::insertion(brace + 1, ";".to_string())],
        ),
        generator: Generator::SyntaxRepair,
    }]
}

/// The `}` that ends the code before the error's line (only blank lines between), when it
/// stands alone on its line.
fn closing_brace_before(before: &str) -> Option<usize> {
    let code = before.trim_end();
    if !code.ends_with('}') {
        return None;
    }
    let brace = code.len() - 1;
    let line = &code[code.rfind('\n').map_or(0, |i| i + 1)..];
    (line.trim() == "}").then_some(brace)
}

/// The keyword of the definition whose body the `}` at `brace` (the end of `before`) closes:
/// found by walking back to its `{` and reading the code from the previous `;`, `}` or `{`.
fn defined_by(before: &str) -> Option<&'static str> {
    let bytes = before.as_bytes();
    let mut depth = 0usize;
    let mut open = None;
    for index in (0..bytes.len()).rev() {
        match bytes[index] {
            b'}' => depth += 1,
            b'{' if depth == 0 => {
                open = Some(index);
                break;
            }
            b'{' => depth -= 1,
            _ => {}
        }
    }
    let open = open?;
    let header_start = before[..open].rfind([';', '}', '{']).map_or(0, |i| i + 1);
    let header = &before[header_start..open];
    // Lines that start with `#` are the preprocessor's, not the header's.
    let words: Vec<&str> = header
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .flat_map(|l| l.split(|c: char| !(c.is_alphanumeric() || c == '_')))
        .filter(|w| !w.is_empty())
        .collect();
    ["struct", "union", "enum", "class"]
        .into_iter()
        .find(|keyword| {
            words
                .first()
                .is_some_and(|w| w == keyword || *w == "typedef" || *w == "template")
                && words.contains(keyword)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_type_body_is_told_from_a_function_body() {
        let text = "struct sensor {\n    int min;\n    struct { int a; } inner;\n}\n\n";
        let brace = closing_brace_before(text).unwrap();
        assert_eq!(defined_by(&text[..brace]), Some("struct"));
        let function = "int f(void) {\n    return 0;\n}\n\n";
        let brace = closing_brace_before(function).unwrap();
        assert_eq!(defined_by(&function[..brace]), None);
        assert_eq!(
            defined_by("#include <x.h>\ntypedef enum {\n    A,\n    B\n"),
            Some("enum")
        );
        assert_eq!(closing_brace_before("struct s { int a; };\n"), None);
    }
}
