//! Syntax repairs at the tool's caret: the closer or separator the message names (`expected
//! ';'`, `')' expected`, Python's `expected ':'` and `'(' was never closed`), inserted right
//! after the last token before the caret — where a person would have typed it.

use std::sync::OnceLock;

use regex::Regex;

use super::balance::closing_line;
use super::{edit_plan, Context, Generated, Generator};
use crate::fix::{byte_offset_of, line_range, ColumnUnit, TextEdit};
use crate::occurrence::Language;

fn wordings() -> &'static [Regex] {
    static CELL: OnceLock<Vec<Regex>> = OnceLock::new();
    CELL.get_or_init(|| {
        [
            r#"^(?:SyntaxError: )?expected ['"`](?P<token>[;,:)\]}])['"`]"#,
            r#"expected ['"`](?P<token>[;,)\]}])['"`](?: after| before| at end|$)"#,
            r#"^['"`](?P<token>[;,:)\]}])['"`] expected"#,
            r#"^expected `(?P<token>[;,)\]}])`, found"#,
            r#"['"`](?P<open>[(\[{])['"`] was never closed"#,
            // gcc lists what it expected: `expected ‘=’, ‘,’, ‘;’, ‘asm’ or ‘__attribute__’
            // before ‘vec2’` (a struct's `}` without its `;`).
            r"^expected [^;]*?‘(?P<token>;)’[^;]* before ‘",
            // Go: `unexpected newline in composite literal; possibly missing comma or }`.
            r"possibly missing (?P<token>,) or [)}\]]",
            // Python marks the two expressions it found side by side.
            r"(?P<forgot>Perhaps you forgot a comma\?)",
            // Node names only the token it did not expect, at the start of a line after a
            // finished value: an element or argument list that lost its `,`.
            r"^(?:SyntaxError: )?Unexpected (?P<unexpected>token '[^']+'|string|number|identifier(?: '[^']*')?|template string)$",
        ]
        .iter()
        .map(|source| Regex::new(source).expect("valid syntax wording"))
        .collect()
    })
}

fn closer_of(open: &str) -> &'static str {
    match open {
        "(" => ")",
        "[" => "]",
        _ => "}",
    }
}

/// Where in `line` code ends: before a trailing `#` or `//` comment and whitespace (a `#` or
/// `//` inside a string is not a comment).
fn end_of_code(line: &str, language: Language) -> usize {
    let bytes = line.as_bytes();
    let mut quote: Option<u8> = None;
    let mut index = 0;
    let mut end = line.len();
    while index < bytes.len() {
        let byte = bytes[index];
        match quote {
            Some(_) if byte == b'\\' => index += 1,
            Some(q) if byte == q => quote = None,
            Some(_) => {}
            None if byte == b'"' || byte == b'\'' || byte == b'`' => quote = Some(byte),
            None if byte == b'#' && language == Language::Python => {
                end = index;
                break;
            }
            None if byte == b'/'
                && bytes.get(index + 1) == Some(&b'/')
                && language != Language::Python =>
            {
                end = index;
                break;
            }
            None => {}
        }
        index += 1;
    }
    line[..end].trim_end().len()
}

/// The missing closer or separator, inserted where the message says.
pub fn repairs(context: &Context<'_>) -> Vec<Generated> {
    let message = context.occurrence.message.as_str();
    if message.starts_with("this statement may fall through") {
        return missing_break(context);
    }
    let Some(captures) = wordings().iter().find_map(|regex| regex.captures(message)) else {
        return Vec::new();
    };
    let (token, unclosed) = match (captures.name("token"), captures.name("open")) {
        (Some(token), _) => (token.as_str().to_string(), false),
        (None, Some(open)) => (closer_of(open.as_str()).to_string(), true),
        _ if captures.name("forgot").is_some() => return forgotten_comma(context),
        _ if captures.name("unexpected").is_some() => return comma_before_line(context),
        _ => return Vec::new(),
    };
    let Some((path, text)) = context.error_file() else {
        return Vec::new();
    };
    let Some(line) = context.occurrence.line else {
        return Vec::new();
    };
    let Some((line_start, line_end)) = line_range(&text, line) else {
        return Vec::new();
    };
    let language = context.occurrence.tool.language();
    // A `}` missing at the end of the file belongs where a block was left open
    // (`balance::open_blocks`), not where the tool noticed.
    let after_code = text[line_start..].trim().is_empty() || text[line_end..].trim().is_empty();
    if token == "}" && after_code {
        return Vec::new();
    }
    // An opener that ends its line (`defaults = {` and the items below it): the closer goes
    // where its body ends, on a line of its own at the opener line's indentation.
    let code_end = line_start + end_of_code(&text[line_start..line_end], language);
    if unclosed && text[line_start..code_end].ends_with(['(', '[', '{']) {
        let closer = token.chars().next().unwrap_or('}');
        let Some((at, closing)) = closing_line(&text, line as usize - 1, closer) else {
            return Vec::new();
        };
        return vec![Generated {
            plan: edit_plan(
                format!("Insert `{token}` where the body ends"),
                context.fix_key(Generator::SyntaxRepair, &token, 0),
                0.55,
                &path,
                &text,
                vec![TextEdit::insertion(at, closing)],
            ),
            generator: Generator::SyntaxRepair,
        }];
    }
    let caret = context
        .occurrence
        .column
        .filter(|_| !unclosed && language != Language::Python)
        .and_then(|column| {
            byte_offset_of(&text, line, column, ColumnUnit::of(context.occurrence.tool))
        });
    let at = match caret {
        // Right after the last token before the caret (it may point at the next line's token).
        Some(caret) => text[..caret.min(text.len())].trim_end().len(),
        // No caret (Python puts it at the end of the code): at the end of the line's code.
        None => line_start + end_of_code(&text[line_start..line_end], language),
    };
    vec![Generated {
        plan: edit_plan(
            format!("Insert `{token}`"),
            context.fix_key(Generator::SyntaxRepair, &token, 0),
            0.55,
            &path,
            &text,
            vec![TextEdit::insertion(at, token)],
        ),
        generator: Generator::SyntaxRepair,
    }]
}

/// gcc's `this statement may fall through` (`-Wimplicit-fallthrough`, an error under
/// `-Werror`): a `break;` on a line of its own before the label its `here` note points at,
/// indented as the statement that falls through.
fn missing_break(context: &Context<'_>) -> Vec<Generated> {
    let occurrence = context.occurrence;
    let Some((path, text)) = context.error_file() else {
        return Vec::new();
    };
    let Some(label_line) = occurrence
        .notes
        .iter()
        .find(|note| note.message.trim() == "here")
        .and_then(|note| note.line)
    else {
        return Vec::new();
    };
    let (Some((statement_start, statement_end)), Some((label_start, label_end))) = (
        occurrence.line.and_then(|line| line_range(&text, line)),
        line_range(&text, label_line),
    ) else {
        return Vec::new();
    };
    let label = text[label_start..label_end].trim_start();
    if !(label.starts_with("case ") || label.starts_with("default")) {
        return Vec::new();
    }
    let statement = &text[statement_start..statement_end];
    let indent = &statement[..statement.len() - statement.trim_start().len()];
    vec![Generated {
        plan: edit_plan(
            "Insert `break;` before the next label".to_string(),
            context.fix_key(Generator::SyntaxRepair, "break", 0),
            0.55,
            &path,
            &text,
            vec![TextEdit::insertion(
                label_start,
                format!("{indent}break;\n"),
            )],
        ),
        generator: Generator::SyntaxRepair,
    }]
}

/// One `,` inserted at `at` of the error's file.
fn comma_at(
    context: &Context<'_>,
    path: &std::path::Path,
    text: &str,
    at: usize,
    prior: f64,
) -> Vec<Generated> {
    vec![Generated {
        plan: edit_plan(
            "Insert `,`".to_string(),
            context.fix_key(Generator::SyntaxRepair, ",", 0),
            prior,
            path,
            text,
            vec![TextEdit::insertion(at, ",".to_string())],
        ),
        generator: Generator::SyntaxRepair,
    }]
}

/// Python's "Perhaps you forgot a comma?": its marks span the two expressions found side by
/// side, so the comma goes after the first — at the first space between them outside brackets
/// and strings — or, when the second is on the next line, at the end of the marked code.
fn forgotten_comma(context: &Context<'_>) -> Vec<Generated> {
    let occurrence = context.occurrence;
    let Some((path, text)) = context.error_file() else {
        return Vec::new();
    };
    let Some(line) = occurrence.line else {
        return Vec::new();
    };
    let Some((line_start, line_end)) = line_range(&text, line) else {
        return Vec::new();
    };
    let unit = ColumnUnit::of(occurrence.tool);
    let marked = match (
        occurrence.column,
        occurrence.end_column,
        occurrence.end_line,
    ) {
        (Some(column), Some(end_column), Some(end_line)) if end_line == line => (
            byte_offset_of(&text, line, column, unit),
            byte_offset_of(&text, line, end_column, unit),
        ),
        _ => (None, None),
    };
    let at = match marked {
        (Some(start), Some(end)) if start < end && end <= line_end => {
            match first_gap(&text[start..end]) {
                Some(gap) => start + gap,
                None => start + text[start..end].trim_end().len(),
            }
        }
        _ => line_start + end_of_code(&text[line_start..line_end], Language::Python),
    };
    comma_at(context, &path, &text, at, 0.55)
}

/// Where the first run of whitespace outside brackets and strings begins, after some code.
fn first_gap(code: &str) -> Option<usize> {
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (index, c) in code.char_indices() {
        match quote {
            Some(_) if escaped => escaped = false,
            Some(_) if c == '\\' => escaped = true,
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                '"' | '\'' => quote = Some(c),
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth -= 1,
                c if c.is_whitespace() && depth == 0 && index > 0 => return Some(index),
                _ => {}
            },
        }
    }
    None
}

/// Node's "Unexpected token" at the first token of a line that follows a finished value (`}`,
/// `]`, a string, a number or a name): the `,` between two elements or arguments is missing.
fn comma_before_line(context: &Context<'_>) -> Vec<Generated> {
    let occurrence = context.occurrence;
    if occurrence.tool.language() != Language::JavaScript {
        return Vec::new();
    }
    let Some((path, text)) = context.error_file() else {
        return Vec::new();
    };
    let (Some(line), Some(column)) = (occurrence.line, occurrence.column) else {
        return Vec::new();
    };
    let Some((line_start, _)) = line_range(&text, line) else {
        return Vec::new();
    };
    let Some(caret) = byte_offset_of(&text, line, column, ColumnUnit::of(occurrence.tool)) else {
        return Vec::new();
    };
    if caret < line_start || !text[line_start..caret].trim().is_empty() {
        return Vec::new();
    }
    let before = text[..line_start].trim_end();
    let ends_a_value = before.chars().next_back().is_some_and(|c| {
        matches!(c, '}' | ']' | ')' | '"' | '\'' | '`') || c.is_alphanumeric() || c == '_'
    });
    if !ends_a_value {
        return Vec::new();
    }
    comma_at(context, &path, &text, before.len(), 0.52)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fix::{apply_patch_to_text, FileSource, FixAction};
    use crate::occurrence::{Occurrence, Severity, Tool};

    struct One(&'static str);

    impl FileSource for One {
        fn read(&self, _: &std::path::Path) -> Option<String> {
            Some(self.0.to_string())
        }
    }

    fn repaired(
        tool: Tool,
        message: &str,
        line: u32,
        column: Option<u32>,
        text: &'static str,
    ) -> String {
        let mut occurrence = Occurrence::new(tool, Severity::Error, message);
        occurrence.file = Some("/p/f".into());
        occurrence.line = Some(line);
        occurrence.column = column;
        let files = One(text);
        let context = Context {
            occurrence: &occurrence,
            files: &files,
            symbols: None,
        };
        let generated = repairs(&context);
        let FixAction::Edit(patches) = &generated[0].plan.action else {
            panic!("an edit")
        };
        apply_patch_to_text(text, &patches[0]).unwrap()
    }

    #[test]
    fn the_token_goes_after_the_last_token_before_the_caret() {
        // tsc points at the next property; the comma belongs after the previous value.
        assert_eq!(
            repaired(
                Tool::Tsc,
                "',' expected.",
                3,
                Some(3),
                "const o = {\n  a: 1\n  b: 2 };\n"
            ),
            "const o = {\n  a: 1,\n  b: 2 };\n"
        );
        // Python gives no column: the colon ends the line's code, before its comment.
        assert_eq!(
            repaired(
                Tool::Python,
                "SyntaxError: expected ':'",
                1,
                None,
                "def f(x)  # doc\n    return x\n"
            ),
            "def f(x):  # doc\n    return x\n"
        );
        assert_eq!(
            repaired(
                Tool::Python,
                "SyntaxError: '(' was never closed",
                1,
                None,
                "print((1 + 2)\n"
            ),
            "print((1 + 2))\n"
        );
    }

    #[test]
    fn an_opener_that_ends_its_line_is_closed_where_its_body_ends() {
        assert_eq!(
            repaired(
                Tool::Python,
                "SyntaxError: '{' was never closed",
                2,
                None,
                "def f():\n    d = {\n        \"a\": 1,\n        \"b\": 2,\n    return d\n"
            ),
            "def f():\n    d = {\n        \"a\": 1,\n        \"b\": 2,\n    }\n    return d\n"
        );
    }

    fn repaired_in(occurrence: &Occurrence, text: &'static str) -> Option<String> {
        let files = One(text);
        let context = Context {
            occurrence,
            files: &files,
            symbols: None,
        };
        let generated = repairs(&context);
        let FixAction::Edit(patches) = &generated.first()?.plan.action else {
            panic!("an edit")
        };
        Some(apply_patch_to_text(text, &patches[0]).unwrap())
    }

    #[test]
    fn a_forgotten_comma_goes_after_the_first_of_the_marked_expressions() {
        let mut occurrence = Occurrence::new(
            Tool::Python,
            Severity::Error,
            "SyntaxError: invalid syntax. Perhaps you forgot a comma?",
        );
        occurrence.file = Some("/p/f".into());
        occurrence.line = Some(1);
        (
            occurrence.column,
            occurrence.end_line,
            occurrence.end_column,
        ) = (Some(7), Some(1), Some(20));
        assert_eq!(
            repaired_in(&occurrence, "xs = [f(a, b) \"c d\"]\n").as_deref(),
            Some("xs = [f(a, b), \"c d\"]\n")
        );
        // The second expression on the next line: the comma ends the marked code.
        occurrence.line = Some(2);
        (
            occurrence.column,
            occurrence.end_line,
            occurrence.end_column,
        ) = (Some(18), Some(2), Some(20));
        assert_eq!(
            repaired_in(
                &occurrence,
                "D = {\n    \"page_size\": 25\n    \"x\": 1,\n}\n"
            )
            .as_deref(),
            Some("D = {\n    \"page_size\": 25,\n    \"x\": 1,\n}\n")
        );
    }

    #[test]
    fn an_unexpected_token_after_a_finished_value_gets_the_comma_before_it() {
        let mut occurrence = Occurrence::new(
            Tool::Node,
            Severity::Error,
            "SyntaxError: Unexpected token '{'",
        );
        occurrence.file = Some("/p/f".into());
        occurrence.line = Some(3);
        occurrence.column = Some(3);
        let text = "const r = [\n  { a: 1 }\n  { a: 2 },\n];\n";
        assert_eq!(
            repaired_in(&occurrence, text).as_deref(),
            Some("const r = [\n  { a: 1 },\n  { a: 2 },\n];\n")
        );
        // Not at the start of its line: no guess.
        occurrence.column = Some(12);
        assert_eq!(
            repaired_in(&occurrence, "const r = [1 2];\nf()\n{x}\n"),
            None
        );
    }

    #[test]
    fn code_ends_before_a_comment_outside_strings() {
        assert_eq!(end_of_code("if x > 1  # check", Language::Python), 8);
        assert_eq!(end_of_code("s = '#' ", Language::Python), 7);
        assert_eq!(end_of_code("let a = 1 // one", Language::JavaScript), 9);
    }
}
