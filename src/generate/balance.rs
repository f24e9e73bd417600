//! Syntax repairs that read the shape of the code around the error rather than the caret:
//!
//! - a block left open (`'}' expected` at the end of the file, Go's `unexpected EOF, expecting
//!   }`): the block whose next line at its own indentation or less is not its `}` gets one there,
//!   at its indentation — not at the end of the file, where the tool noticed;
//! - a line that opens more `(`/`[`/`{` than it closes (rustc's mismatched closing delimiter,
//!   Node's `Unexpected token`): the closers it lacks go at the end of its code, before a
//!   trailing `;`, `,` or block `{`;
//! - Python's unindent that matches no outer level: the line at the nearest level there is;
//! - Python's unterminated string: the quote closed before the brackets that end the line.

use std::sync::OnceLock;

use regex::Regex;

use super::place::lines;
use super::{edit_plan, Context, Generated, Generator};
use crate::fix::{line_range, TextEdit};
use crate::occurrence::Language;

fn regex(cell: &'static OnceLock<Regex>, source: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(source).expect("valid balance wording"))
}

fn block_left_open(message: &str) -> bool {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r#"^['"`]\}['"`] expected|unexpected EOF, expecting \}|expected [‘'"]\}[’'"] at end of input|reached end of file while parsing|Unexpected end of input|this file contains an unclosed delimiter"#,
    )
    .is_match(message)
}

fn line_left_open(message: &str) -> bool {
    static CELL: OnceLock<Regex> = OnceLock::new();
    regex(
        &CELL,
        r"mismatched closing delimiter|unclosed delimiter|^(?:SyntaxError: )?Unexpected token|missing \) after argument list",
    )
    .is_match(message)
}

/// The leading whitespace of a line.
fn indent(line: &str) -> &str {
    &line[..line.len() - line.trim_start().len()]
}

/// The line's code without a trailing `//` comment and whitespace (strings respected).
fn code(line: &str) -> &str {
    let bytes = line.as_bytes();
    let mut quote: Option<u8> = None;
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        match quote {
            Some(_) if byte == b'\\' => index += 1,
            Some(q) if byte == q => quote = None,
            Some(_) => {}
            None if matches!(byte, b'"' | b'\'' | b'`') => quote = Some(byte),
            None if byte == b'/' && bytes.get(index + 1) == Some(&b'/') => {
                return line[..index].trim_end();
            }
            None => {}
        }
        index += 1;
    }
    line.trim_end()
}

/// The openers `text` leaves unclosed, outermost first (strings skipped; a closer without its
/// opener ignored).
fn unclosed(text: &str) -> Vec<char> {
    let mut stack = Vec::new();
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for c in text.chars() {
        if let Some(q) = quote {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, c) if c == q => quote = None,
                _ => {}
            }
            continue;
        }
        match c {
            '"' | '\'' | '`' => quote = Some(c),
            '(' | '[' | '{' => stack.push(c),
            ')' | ']' | '}' => {
                let opener = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                if stack.last() == Some(&opener) {
                    stack.pop();
                }
            }
            _ => {}
        }
    }
    stack
}

fn closer(opener: char) -> char {
    match opener {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

/// The first non-blank line after line `index` at its indentation or less.
fn next_at_or_below(lines: &[(usize, &str)], index: usize) -> Option<usize> {
    let own = indent(lines[index].1).len();
    (index + 1..lines.len())
        .find(|&i| !lines[i].1.trim().is_empty() && indent(lines[i].1).len() <= own)
}

/// Where the `closer` of a block opened at the end of line `index` goes: after the block's last
/// non-blank line, on a line of its own at the opener line's indentation; and that text.
fn closing_at(
    text: &str,
    lines: &[(usize, &str)],
    index: usize,
    closer: char,
) -> Option<(usize, String)> {
    let end = next_at_or_below(lines, index).unwrap_or(lines.len());
    let last = (index + 1..end)
        .rev()
        .find(|&i| !lines[i].1.trim().is_empty())?;
    let (start, line) = lines[last];
    let newline = match text.contains("\r\n") {
        true => "\r\n",
        false => "\n",
    };
    let own = indent(lines[index].1);
    Some((start + line.len(), format!("{newline}{own}{closer}")))
}

/// `closing_at` for line `index` of `text` (0-based).
pub(super) fn closing_line(text: &str, index: usize, closer: char) -> Option<(usize, String)> {
    closing_at(text, &lines(text), index, closer)
}

/// Blocks opened at a line's end whose next line at their indentation or less is not their
/// `}`: where to insert the `}` line (after the block's last non-blank line) and its text.
fn open_blocks(text: &str) -> Vec<(usize, String)> {
    let lines = lines(text);
    let mut found = Vec::new();
    for (index, (_, line)) in lines.iter().enumerate() {
        if !code(line).ends_with('{') {
            continue;
        }
        let own = indent(line);
        let closed = next_at_or_below(&lines, index).is_some_and(|next| {
            let l = lines[next].1;
            indent(l) == own && l.trim_start().starts_with(['}', ')', ']'])
        });
        if !closed {
            found.extend(closing_at(text, &lines, index, '}'));
        }
    }
    found
}

/// Where the closers a line lacks go (the end of its code before a trailing `;`, `,` or block
/// `{`) and what they are.
fn closers_for_line(text: &str, line_index: usize) -> Option<(usize, String)> {
    let lines = lines(text);
    let (start, line) = *lines.get(line_index)?;
    let code = code(line);
    let mut core = code.trim_end();
    let mut trailing_comma = false;
    for end in [";", ",", "{"] {
        if let Some(stripped) = core.strip_suffix(end) {
            trailing_comma = end == ",";
            core = stripped.trim_end();
            break;
        }
    }
    let missing = unclosed(core);
    if missing.is_empty() {
        return None;
    }
    // A list that goes on to the next line is not left open by mistake.
    if trailing_comma {
        let next = lines[line_index + 1..]
            .iter()
            .find(|(_, l)| !l.trim().is_empty())?;
        if indent(next.1).len() > indent(line).len() {
            return None;
        }
    }
    let closers: String = missing.iter().rev().map(|&c| closer(c)).collect();
    Some((start + core.len(), closers))
}

fn plan(
    context: &Context<'_>,
    path: &std::path::Path,
    text: &str,
    what: &str,
    title: String,
    position: usize,
    edit: TextEdit,
) -> Generated {
    Generated {
        plan: edit_plan(
            title,
            context.fix_key(Generator::SyntaxRepair, what, position),
            match position {
                0 => 0.58,
                _ => 0.45,
            },
            path,
            text,
            vec![edit],
        ),
        generator: Generator::SyntaxRepair,
    }
}

fn insert(at: usize, text: String) -> TextEdit {
    TextEdit {
        start: at,
        end: at,
        expected: String::new(),
        replacement: text,
    }
}

/// The repairs that read the code's shape, for this error.
pub fn repairs(context: &Context<'_>) -> Vec<Generated> {
    let message = context.occurrence.message.as_str();
    let language = context.occurrence.tool.language();
    let Some((path, text)) = context.error_file() else {
        return Vec::new();
    };
    let mut generated = Vec::new();
    if language == Language::Python {
        generated.extend(python_indentation(context, &path, &text));
        generated.extend(python_string(context, &path, &text));
        return generated;
    }
    if block_left_open(message) {
        for (position, (at, line)) in open_blocks(&text).into_iter().take(2).enumerate() {
            generated.push(plan(
                context,
                &path,
                &text,
                "block",
                "Close the block left open".to_string(),
                position,
                insert(at, line),
            ));
        }
    }
    if line_left_open(message) {
        let Some(line) = context.occurrence.line else {
            return generated;
        };
        // Node points at the token after the line left open, often on the next line.
        let lines = lines(&text);
        let this = line as usize - 1;
        let previous = (0..this.min(lines.len()))
            .rev()
            .find(|&i| !lines[i].1.trim().is_empty());
        for index in std::iter::once(this).chain(previous) {
            if let Some((at, closers)) = closers_for_line(&text, index) {
                let position = generated.len();
                generated.push(plan(
                    context,
                    &path,
                    &text,
                    "line",
                    format!("Insert `{closers}`"),
                    position,
                    insert(at, closers),
                ));
            }
        }
    }
    generated
}

/// `unindent does not match any outer indentation level`, `unexpected indent`: the line at the
/// nearest indentation the lines above it have.
fn python_indentation(context: &Context<'_>, path: &std::path::Path, text: &str) -> Vec<Generated> {
    static CELL: OnceLock<Regex> = OnceLock::new();
    let wording = regex(
        &CELL,
        r"unindent does not match any outer indentation level|^(?:IndentationError: )?unexpected indent",
    );
    if !wording.is_match(&context.occurrence.message) {
        return Vec::new();
    }
    let Some(line) = context.occurrence.line else {
        return Vec::new();
    };
    let lines = lines(text);
    let Some(&(start, this)) = lines.get(line as usize - 1) else {
        return Vec::new();
    };
    let own = indent(this);
    if own.contains('\t') {
        return Vec::new();
    }
    let mut levels: Vec<usize> = lines[..line as usize - 1]
        .iter()
        .filter(|(_, l)| !l.trim().is_empty() && !indent(l).contains('\t'))
        .map(|(_, l)| indent(l).len())
        .collect();
    levels.sort_unstable();
    levels.dedup();
    levels.retain(|&level| level != own.len());
    levels.sort_by_key(|&level| (level.abs_diff(own.len()), std::cmp::Reverse(level)));
    levels
        .into_iter()
        .take(2)
        .enumerate()
        .map(|(position, level)| {
            plan(
                context,
                path,
                text,
                "indentation",
                format!("Indent the line by {level} spaces"),
                position,
                TextEdit {
                    start,
                    end: start + own.len(),
                    expected: own.to_string(),
                    replacement: " ".repeat(level),
                },
            )
        })
        .collect()
}

/// `unterminated string literal`: the quote closed before the brackets and separators that end
/// the line, else at its end.
fn python_string(context: &Context<'_>, path: &std::path::Path, text: &str) -> Vec<Generated> {
    if !context
        .occurrence
        .message
        .contains("unterminated string literal")
    {
        return Vec::new();
    }
    let Some((line_start, line_end)) = context.occurrence.line.and_then(|l| line_range(text, l))
    else {
        return Vec::new();
    };
    let line = &text[line_start..line_end];
    // The unterminated quote: the first one that leaves the rest of the line inside a string.
    let mut quote: Option<(usize, char)> = None;
    for (index, c) in line.char_indices() {
        match quote {
            Some((_, q)) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some((index, c)),
            None if c == '#' => break,
            None => {}
        }
    }
    let Some((opened, q)) = quote else {
        return Vec::new();
    };
    let body = line[opened + 1..].trim_end();
    let tail = body.len() - body.trim_end_matches([')', ']', '}', ',', ':', ' ']).len();
    let before_tail = line_start + opened + 1 + body.len() - tail;
    let mut places = vec![before_tail];
    if tail > 0 {
        places.push(line_start + opened + 1 + body.len());
    }
    places
        .into_iter()
        .enumerate()
        .map(|(position, at)| {
            plan(
                context,
                path,
                text,
                "string",
                format!("Close the string with `{q}`"),
                position,
                insert(at, q.to_string()),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_block_whose_closer_is_missing() {
        // tsc 7: `'}' expected.` at the end of the file; the `for` is what is open.
        let text =
            "function f(v: number[]) {\n  for (const x of v) {\n    g(x);\n\n  return 1;\n}\n";
        let blocks = open_blocks(text);
        assert_eq!(blocks.len(), 1);
        let (at, line) = &blocks[0];
        let mut fixed = text.to_string();
        fixed.insert_str(*at, line);
        assert_eq!(
            fixed,
            "function f(v: number[]) {\n  for (const x of v) {\n    g(x);\n  }\n\n  return 1;\n}\n"
        );
        assert!(open_blocks(
            "fn main() {\n    if x {\n        y();\n    } else {\n        z();\n    }\n}\n"
        )
        .is_empty());
    }

    #[test]
    fn closes_what_a_line_left_open_before_its_end() {
        let close = |text: &str, line: usize| {
            let (at, closers) = closers_for_line(text, line).unwrap();
            let mut fixed = text.to_string();
            fixed.insert_str(at, &closers);
            fixed
        };
        assert_eq!(
            close("    println!(\"{}\", f[0][1];\n", 0),
            "    println!(\"{}\", f[0][1]);\n"
        );
        assert_eq!(
            close("  if (lo > hi || (n < 2 {\n", 0),
            "  if (lo > hi || (n < 2)) {\n"
        );
        assert_eq!(
            close("  [\n    { a: 1 ,\n  ];\n", 1),
            "  [\n    { a: 1} ,\n  ];\n"
        );
        // A call that goes on to the next line is not open by mistake.
        assert!(closers_for_line("  f(a,\n      b);\n", 0).is_none());
        assert!(closers_for_line("  f(a);\n", 0).is_none());
    }
}
