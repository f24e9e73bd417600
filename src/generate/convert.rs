//! A value converted to the type the error says it must have, where the conversion is one the
//! language writes the same way every time and the error names both types:
//!
//! - Go's `cannot use s (variable of type Settings) as type *Settings in argument`: its address
//!   (`&s`), or for a pointer where a value is wanted the value (`*p`), or between two number
//!   types the conversion (`float64(n)`);
//! - Go's `invalid operation: n * time.Second (mismatched types int and time.Duration)`: the
//!   operand of a built-in number type converted to the other operand's type
//!   (`time.Duration(n) * time.Second`) — a named type's operand is never converted to a number.
//!
//! - a method of strings called on a number, or of numbers on a string (tsc's `Property
//!   'padStart' does not exist on type 'number'`, Python's `'int' object has no attribute
//!   'zfill'`): the receiver converted first (`String(s).padStart`, `str(n).zfill`).
//!
//! - javac's `incompatible types: possible lossy conversion from double to int` on an
//!   initializer, assignment or `return`: the value cast (`(int) (ratio * 100)`).
//!
//! Only the compiler's re-run decides whether the conversion type-checks.

use std::sync::OnceLock;

use regex::Regex;

use super::{edit_plan, Context, Generated, Generator};
use crate::fix::{byte_offset_of, ColumnUnit, TextEdit};
use crate::occurrence::Language;

const PRIOR: f64 = 0.55;

/// Go's built-in number types: conversions between them are always allowed.
const GO_NUMBERS: &[&str] = &[
    "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64",
    "uintptr", "float32", "float64", "byte", "rune",
];

fn is_go_number(name: &str) -> bool {
    GO_NUMBERS.contains(&name)
}

/// A type another package or this one names (`time.Duration`, `Celsius`): neither built in nor
/// composite.
fn is_go_named(name: &str) -> bool {
    let simple = name
        .chars()
        .all(|c| c.is_alphanumeric() || c == '_' || c == '.');
    simple && !is_go_number(name) && !matches!(name, "string" | "bool" | "error" | "any")
}

/// Every conversion for the error, first choice first.
pub fn repairs(context: &Context<'_>) -> Vec<Generated> {
    match context.occurrence.tool.language() {
        Language::Go => go_conversions(context),
        Language::JavaScript | Language::Python => receiver_conversion(context),
        Language::Java => lossy_cast(context),
        _ => Vec::new(),
    }
}

/// The byte offset the error's column points at in `text`.
fn caret(context: &Context<'_>, text: &str) -> Option<usize> {
    let occurrence = context.occurrence;
    byte_offset_of(
        text,
        occurrence.line?,
        occurrence.column?,
        ColumnUnit::of(occurrence.tool),
    )
}

fn go_conversions(context: &Context<'_>) -> Vec<Generated> {
    static CANNOT_USE: OnceLock<Regex> = OnceLock::new();
    static MISMATCHED: OnceLock<Regex> = OnceLock::new();
    let cannot_use = CANNOT_USE.get_or_init(|| {
        Regex::new(r"^cannot use (?P<expr>.+) \([^()]*?type (?P<have>[^()]+)\) as (?:type )?(?P<want>\S+?)(?: value)? in ").unwrap()
    });
    let mismatched = MISMATCHED.get_or_init(|| {
        Regex::new(r"^invalid operation: (?P<expr>.+) \(mismatched types (?P<left>\S+) and (?P<right>\S+)\)$").unwrap()
    });
    let message = context.occurrence.message.as_str();
    let Some((path, text)) = context.error_file() else {
        return Vec::new();
    };
    let Some(at) = caret(context, &text) else {
        return Vec::new();
    };
    // (title, what, edits) for each conversion, first choice first.
    let mut conversions: Vec<(String, &str, Vec<TextEdit>)> = Vec::new();
    if let Some(found) = cannot_use.captures(message) {
        let (expr, have, want) = (&found["expr"], &found["have"], &found["want"]);
        if !text[at..].starts_with(expr) {
            return Vec::new();
        }
        let wrapped = if want.strip_prefix('*') == Some(have) && is_addressable(expr) {
            Some(("&".to_string(), String::new(), "address"))
        } else if have.strip_prefix('*') == Some(want) {
            Some(("*".to_string(), String::new(), "dereference"))
        } else if is_go_number(have) && is_go_number(want) {
            Some((format!("{want}("), ")".to_string(), "number"))
        } else {
            None
        };
        if let Some((before, after, what)) = wrapped {
            conversions.push((
                format!("Use `{before}{expr}{after}`"),
                what,
                wrap(at, expr.len(), &before, &after),
            ));
        }
    } else if let Some(found) = mismatched.captures(message) {
        let (left, right) = (&found["left"], &found["right"]);
        let Some((a, b)) = operands(&found["expr"]) else {
            return Vec::new();
        };
        let Some(b_at) = operand_after(&text, at, a, b) else {
            return Vec::new();
        };
        let mut convert = |operand: &str, start: usize, to: &str| {
            conversions.push((
                format!("Convert `{operand}` to `{to}`"),
                "operand",
                wrap(start, operand.len(), &format!("{to}("), ")"),
            ));
        };
        match (is_go_number(left), is_go_number(right)) {
            (true, false) if is_go_named(right) => convert(a, at, right),
            (false, true) if is_go_named(left) => convert(b, b_at, left),
            (true, true) if right.starts_with("float") => convert(a, at, right),
            (true, true) => {
                convert(b, b_at, left);
                convert(a, at, right);
            }
            _ => {}
        }
    }
    conversions
        .into_iter()
        .enumerate()
        .map(|(position, (title, what, edits))| Generated {
            plan: edit_plan(
                title,
                context.fix_key(Generator::Conversion, what, position),
                PRIOR - 0.05 * position as f64,
                &path,
                &text,
                edits,
            ),
            generator: Generator::Conversion,
        })
        .collect()
}

/// The value of the error's line cast to the type javac says it loses precision for.
fn lossy_cast(context: &Context<'_>) -> Vec<Generated> {
    static LOSSY: OnceLock<Regex> = OnceLock::new();
    static VALUE: OnceLock<Regex> = OnceLock::new();
    let lossy = LOSSY.get_or_init(|| {
        Regex::new(r"possible lossy conversion from \w+ to (?P<to>byte|short|char|int|long|float)$")
            .unwrap()
    });
    // `int x = …;`, `x = …;`, `return …;` — the whole value, not a compound assignment.
    let value = VALUE.get_or_init(|| {
        Regex::new(r"^\s*(?:return\s+|(?:final\s+)?(?:[\w.<>\[\]]+\s+)?[\w.\[\]]+\s*=\s*)(?P<value>[^=;][^;]*?)\s*;\s*(?://.*)?$")
            .unwrap()
    });
    let Some(to) = lossy
        .captures(&context.occurrence.message)
        .map(|c| c["to"].to_string())
    else {
        return Vec::new();
    };
    let Some((path, text, line_start, line_end)) = context.error_line() else {
        return Vec::new();
    };
    let Some(found) = value
        .captures(&text[line_start..line_end])
        .and_then(|c| c.name("value"))
    else {
        return Vec::new();
    };
    let expression = found.as_str();
    let (before, after) = match is_addressable(expression) {
        true => (format!("({to}) "), String::new()),
        false => (format!("({to}) ("), ")".to_string()),
    };
    vec![Generated {
        plan: edit_plan(
            format!("Cast `{expression}` to `{to}`"),
            context.fix_key(Generator::Conversion, "cast", 0),
            PRIOR,
            &path,
            &text,
            wrap(
                line_start + found.start(),
                expression.len(),
                &before,
                &after,
            ),
        ),
        generator: Generator::Conversion,
    }]
}

/// Methods only strings have, by language: `node -e 'console.log(Object.getOwnPropertyNames(
/// String.prototype).sort().join(" "))'` (Node 20) less the ones numbers have too and the HTML
/// wrappers; `python3 -c 'print(sorted(set(dir(str)) - set(dir(int))))'` (3.11), public ones.
const STRING_ONLY: &[(Language, &[&str])] = &[
    (
        Language::JavaScript,
        &[
            "at",
            "charAt",
            "charCodeAt",
            "codePointAt",
            "concat",
            "endsWith",
            "includes",
            "indexOf",
            "lastIndexOf",
            "length",
            "localeCompare",
            "match",
            "matchAll",
            "normalize",
            "padEnd",
            "padStart",
            "repeat",
            "replace",
            "replaceAll",
            "search",
            "slice",
            "split",
            "startsWith",
            "substring",
            "toLowerCase",
            "toUpperCase",
            "trim",
            "trimEnd",
            "trimStart",
        ],
    ),
    (
        Language::Python,
        &[
            "capitalize",
            "casefold",
            "center",
            "count",
            "endswith",
            "find",
            "format",
            "index",
            "isalnum",
            "isalpha",
            "isdecimal",
            "isdigit",
            "isnumeric",
            "isspace",
            "join",
            "ljust",
            "lower",
            "lstrip",
            "partition",
            "removeprefix",
            "removesuffix",
            "replace",
            "rfind",
            "rjust",
            "rsplit",
            "rstrip",
            "split",
            "startswith",
            "strip",
            "title",
            "upper",
            "zfill",
        ],
    ),
];

/// Methods only numbers have: `Object.getOwnPropertyNames(Number.prototype)` (Node 20) less
/// the ones strings have too.
const NUMBER_ONLY: &[&str] = &["toExponential", "toFixed", "toPrecision"];

/// A string method on a number, or a number method on a string: the receiver converted.
fn receiver_conversion(context: &Context<'_>) -> Vec<Generated> {
    static TSC: OnceLock<Regex> = OnceLock::new();
    static PYTHON: OnceLock<Regex> = OnceLock::new();
    let tsc = TSC.get_or_init(|| {
        Regex::new(r"^Property '(?P<member>\w+)' does not exist on type '(?P<type>number|string)'")
            .unwrap()
    });
    let python = PYTHON.get_or_init(|| {
        Regex::new(r"^(?:AttributeError: )?'(?P<type>int|float)' object has no attribute '(?P<member>\w+)'").unwrap()
    });
    let language = context.occurrence.tool.language();
    let message = context.occurrence.message.as_str();
    let Some(found) = tsc.captures(message).or_else(|| python.captures(message)) else {
        return Vec::new();
    };
    let (member, have) = (&found["member"], &found["type"]);
    let string_only = STRING_ONLY
        .iter()
        .find(|(l, _)| *l == language)
        .is_some_and(|(_, members)| members.contains(&member));
    let convert = match (have, language) {
        ("string", _) if NUMBER_ONLY.contains(&member) => "Number",
        ("string", _) => return Vec::new(),
        (_, Language::Python) if string_only => "str",
        (_, _) if string_only => "String",
        _ => return Vec::new(),
    };
    let Some((path, text, line_start, line_end)) = context.error_line() else {
        return Vec::new();
    };
    // The `.member` on the error's line: at the caret when there is one, else the only one.
    let dotted = format!(".{member}");
    let line = &text[line_start..line_end];
    let dots: Vec<usize> = line
        .match_indices(&dotted)
        .map(|(i, _)| line_start + i)
        .filter(|&i| {
            !text[i + dotted.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
        })
        .collect();
    // tsc's caret is at the member; Python's marks the whole `n.zfill` (its column is where the
    // receiver starts), so a caret that is at no member takes the only one after it.
    let only = |after: usize| {
        let later: Vec<usize> = dots.iter().copied().filter(|&i| i >= after).collect();
        (later.len() == 1).then(|| later[0])
    };
    let dot = match caret(context, &text) {
        Some(at) => dots
            .iter()
            .copied()
            .find(|&i| i + 1 == at)
            .or_else(|| only(at)),
        None => only(line_start),
    };
    let Some(dot) = dot else {
        return Vec::new();
    };
    let Some(receiver_start) = receiver_start(&text[line_start..dot]).map(|i| line_start + i)
    else {
        return Vec::new();
    };
    let receiver = &text[receiver_start..dot];
    vec![Generated {
        plan: edit_plan(
            format!("Convert `{receiver}` with `{convert}(…)` before `.{member}`"),
            context.fix_key(Generator::Conversion, "receiver", 0),
            PRIOR,
            &path,
            &text,
            wrap(receiver_start, receiver.len(), &format!("{convert}("), ")"),
        ),
        generator: Generator::Conversion,
    }]
}

/// Where the expression that ends `before` starts: a name, a chain of members, calls and
/// indexes (`row.cells[2]`, `f(x).y`).
fn receiver_start(before: &str) -> Option<usize> {
    let bytes = before.as_bytes();
    let mut index = bytes.len();
    loop {
        match bytes.get(index.checked_sub(1)?)? {
            b')' | b']' => {
                let (close, open) = match bytes[index - 1] {
                    b')' => (b')', b'('),
                    _ => (b']', b'['),
                };
                let mut depth = 0usize;
                loop {
                    index = index.checked_sub(1)?;
                    match bytes[index] {
                        b if b == close => depth += 1,
                        b if b == open => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
            }
            b if b.is_ascii_alphanumeric() || *b == b'_' || *b == b'$' => {
                while index > 0
                    && (bytes[index - 1].is_ascii_alphanumeric()
                        || bytes[index - 1] == b'_'
                        || bytes[index - 1] == b'$')
                {
                    index -= 1;
                }
            }
            _ => return None,
        }
        match index.checked_sub(1).map(|i| bytes[i]) {
            Some(b'.') => index -= 1,
            // A call's or index's own name comes before it.
            Some(b)
                if (b.is_ascii_alphanumeric() || b == b'_')
                    && matches!(bytes[index], b'(' | b'[') => {}
            _ => break,
        }
    }
    let start = index;
    (start < bytes.len() && !bytes[start].is_ascii_digit()).then_some(start)
}

/// `before` and `after` around the `length` bytes at `start`.
fn wrap(start: usize, length: usize, before: &str, after: &str) -> Vec<TextEdit> {
    let mut edits = vec![TextEdit::insertion(start, before)];
    if !after.is_empty() {
        edits.push(TextEdit::insertion(start + length, after));
    }
    edits
}

/// A variable, a field or an element: what `&` can take.
fn is_addressable(expr: &str) -> bool {
    static CELL: OnceLock<Regex> = OnceLock::new();
    let regex = CELL.get_or_init(|| Regex::new(r"^[A-Za-z_]\w*(?:\.\w+|\[[^\[\]]+\])*$").unwrap());
    regex.is_match(expr)
}

/// The two operands of the binary expression as Go prints it (`cfg.TimeoutSec * time.Second`):
/// split at the operator outside brackets that binds least (the last of equals).
fn operands(expr: &str) -> Option<(&str, &str)> {
    const BY_PRECEDENCE: &[&[&str]] = &[
        &["||"],
        &["&&"],
        &["==", "!=", "<", "<=", ">", ">="],
        &["+", "-", "|", "^"],
        &["*", "/", "%", "<<", ">>", "&", "&^"],
    ];
    let bytes = expr.as_bytes();
    let mut depth = 0i32;
    let mut quote: Option<u8> = None;
    // (precedence, start of " op ", end of " op ")
    let mut split: Option<(usize, usize, usize)> = None;
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        match (quote, byte) {
            (Some(_), b'\\') => index += 1,
            (Some(q), _) if byte == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'' | b'`') => quote = Some(byte),
            (None, b'(' | b'[' | b'{') => depth += 1,
            (None, b')' | b']' | b'}') => depth -= 1,
            (None, b' ') if depth == 0 => {
                let rest = &expr[index + 1..];
                let op = rest.split(' ').next().unwrap_or_default();
                let precedence = BY_PRECEDENCE.iter().position(|ops| ops.contains(&op));
                if let (Some(precedence), true) = (precedence, rest.len() > op.len()) {
                    if split.is_none_or(|(p, _, _)| precedence <= p) {
                        split = Some((precedence, index, index + 1 + op.len() + 1));
                    }
                    index += op.len();
                }
            }
            _ => {}
        }
        index += 1;
    }
    let (_, start, end) = split?;
    Some((&expr[..start], &expr[end..]))
}

/// Where operand `b` starts in `text`, when `a` starts at `at` and an operator follows it.
fn operand_after(text: &str, at: usize, a: &str, b: &str) -> Option<usize> {
    let rest = text.get(at..)?.strip_prefix(a)?;
    let after_operator = rest
        .trim_start()
        .trim_start_matches(|c: char| "+-*/%&|^<>=!".contains(c))
        .trim_start();
    let b_at = text.len() - after_operator.len();
    after_operator.starts_with(b).then_some(b_at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_a_binary_expression_at_its_loosest_operator() {
        assert_eq!(
            operands("cfg.TimeoutSec * time.Second"),
            Some(("cfg.TimeoutSec", "time.Second"))
        );
        assert_eq!(operands("a + b * c"), Some(("a", "b * c")));
        assert_eq!(operands("a - b - c"), Some(("a - b", "c")));
        assert_eq!(operands("f(a + b) / n"), Some(("f(a + b)", "n")));
        assert_eq!(operands("n"), None);
    }

    #[test]
    fn finds_where_a_receiver_starts() {
        fn start(s: &str) -> Option<&str> {
            receiver_start(s).map(|i| &s[i..])
        }
        assert_eq!(start("  const ss = s"), Some("s"));
        assert_eq!(start("x = row.cells[2]"), Some("row.cells[2]"));
        assert_eq!(start("print(f(a, b).total"), Some("f(a, b).total"));
        assert_eq!(start("y = 12"), None);
    }

    #[test]
    fn finds_the_right_operand_after_the_operator() {
        let text = "x := n*time.Second\n";
        assert_eq!(operand_after(text, 5, "n", "time.Second"), Some(7));
        assert_eq!(operand_after(text, 5, "n", "time.Minute"), None);
    }
}
