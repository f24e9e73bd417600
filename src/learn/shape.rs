//! A second, more general lesson from a change that keeps a value and writes something around
//! it: `room_no` → `str(room_no)`, `first` → `&first`, `lane` → `lane.toString()`, `"tea"` →
//! `String::from("tea")`, `load()` → `await load()`. What the person did is about the value's
//! kind, not its name, so the value becomes any value of its shape (a name or dotted path, a
//! string, a number); the unchanged tokens that pin the place (`+ … +`, `= …(`, the end of the
//! line) become their shapes too, or the tool's own range pins it; and the values the message
//! names become any values of theirs (a type, a property), an expression it quotes any text.
//!
//! The general lesson is kept beside the specific one with a lower prior, so the specific one
//! is tried first; like every lesson it must replay to the person's change byte for byte and
//! say nothing about other kinds of errors before it is kept, and `heal` verifies it by running
//! the command again.

use std::sync::LazyLock;

use regex::Regex;

use super::lesson::{
    changed_span, diagnostic_range, escape_literal_regex, find_replace, learned_id, line_window,
    looks_like_code, message_regex_suffix, template_text, with_imports_made, without_hint,
    LEARNED_PRIOR,
};
use crate::occurrence::Occurrence;
use crate::pattern::{placeholders, Anchor, EditTemplate, FixTemplate, PatternSpec, NEAR_LINES};

/// The prior of a general lesson: below the specific one's, above the default minimum.
pub const GENERAL_PRIOR: f64 = LEARNED_PRIOR - 0.1;

/// How many tokens of context may pin the value's place.
const MAX_CONTEXT_TOKENS: usize = 4;

/// What is written around the value may be this long.
const MAX_WRAPPER_BYTES: usize = 40;

/// The name of the value's group in `find`.
const VALUE: &str = "value";

const NAME: &str = r"[A-Za-z_][A-Za-z0-9_]*";
const PATH: &str = r"[A-Za-z_][A-Za-z0-9_]*(?:(?:\.|::)[A-Za-z_][A-Za-z0-9_]*)*";
const NUMBER: &str = r"[0-9]+(?:\.[0-9]+)?";

/// The kinds of value a general lesson abstracts over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// A name or a dotted path (`b.seat`, `vowels::count`).
    Path,
    /// A string literal in these quotes.
    Text(char),
    Number,
}

/// Each shape's regex, whole: `(shape, regex)`.
static WHOLE: LazyLock<Vec<(Shape, Regex)>> = LazyLock::new(|| {
    [
        Shape::Text('"'),
        Shape::Text('\''),
        Shape::Path,
        Shape::Number,
    ]
    .into_iter()
    .map(|shape| {
        let regex = Regex::new(&format!("^(?:{})$", shape.regex()));
        (shape, regex.expect("the shapes' regexes compile"))
    })
    .collect()
});

impl Shape {
    fn of(text: &str) -> Option<Shape> {
        WHOLE
            .iter()
            .find(|(_, regex)| regex.is_match(text))
            .map(|(shape, _)| *shape)
    }

    fn regex(self) -> String {
        match self {
            Shape::Path => PATH.to_string(),
            Shape::Text(quote) => string_regex(quote),
            Shape::Number => NUMBER.to_string(),
        }
    }
}

fn string_regex(quote: char) -> String {
    let q = regex::escape(&quote.to_string());
    format!(r#"{q}(?:[^{q}\\\n]|\\.)*{q}"#)
}

/// The general lesson of `specific`'s change, when the change keeps one value and writes
/// something around it; `None` otherwise.
pub fn general_lesson(
    occurrence: &Occurrence,
    old: &str,
    new: &str,
    specific: &PatternSpec,
) -> Option<PatternSpec> {
    let error_index = occurrence.line.filter(|&l| l > 0)? as usize - 1;
    // An import the change added goes with the general lesson as it is (when it names no value
    // of the message), and the value's wrapping is read against the file with it made.
    let imports: Vec<EditTemplate> = specific
        .fixes
        .first()?
        .edits
        .iter()
        .filter(|edit| edit.at == Anchor::Imports)
        .cloned()
        .collect();
    if imports
        .iter()
        .any(|edit| !placeholders(edit.insert.as_deref().unwrap_or_default()).is_empty())
    {
        return None;
    }
    let language = occurrence.tool.language();
    let (base, error_index) = match imports.is_empty() {
        true => (old.to_string(), error_index),
        false => with_imports_made(language, old, new, error_index)?,
    };
    let old = base.as_str();
    let wrap = wrapping(old, new)?;
    let range = diagnostic_range(occurrence, old, error_index);
    let (message, hint) = without_hint(&occurrence.message);
    let named = named_in_message(message, &old[wrap.value.clone()], wrap.shape)
        .filter(|_| named_once_near(old, error_index, &wrap));
    let edit = match range {
        Some(range) if range == wrap.value => find_replace(
            Anchor::Range,
            format!("^(?P<{VALUE}>{})$", wrap.shape.regex()),
            format!(
                "{}{{{VALUE}}}{}",
                template_text(&wrap.before),
                template_text(&wrap.after)
            ),
        ),
        // The message names the value (`invalid operation: n * time.Second`): that pins it.
        _ if named.is_some() => find_replace(
            Anchor::Near,
            format!("(?m){NAMED_BEFORE}(?P<{VALUE}>{{{SUBJECT}}}){NAMED_AFTER}"),
            format!(
                "{{before}}{}{{{VALUE}}}{}{{after}}",
                template_text(&wrap.before),
                template_text(&wrap.after)
            ),
        ),
        _ => pinned_by_context(old, error_index, &wrap)?,
    };
    let general = match named {
        Some(regex) => regex,
        None => general_message(message),
    };
    let title = match (wrap.before.is_empty(), wrap.after.is_empty()) {
        (false, false) => format!("write `{}…{}` around the value", wrap.before, wrap.after),
        (false, true) => format!("put `{}` before the value", wrap.before.trim_end()),
        _ => format!("add `{}` after the value", wrap.after),
    };
    let title = format!("{}{}", title[..1].to_uppercase(), &title[1..]);
    let mut spec = PatternSpec {
        id: String::new(),
        message: format!("^{general}{}", message_regex_suffix(hint)),
        title: format!("{} (any value)", specific.title),
        explanation: format!(
            "selfheal learned this fix from a change a person made after this error, which \
             then went away, and holds it for any value of the same kind: {title}. It is tried \
             after the fix learned for that value, verified by running the command again, and \
             loses confidence when it does not work. Remove it with `selfheal patterns forget \
             ID`."
        )
        .replace('{', "{{")
        .replace('}', "}}"),
        fixes: vec![FixTemplate {
            title: template_text(&title),
            confidence: GENERAL_PRIOR,
            edits: imports.into_iter().chain([edit]).collect(),
            command: None,
            suggestion: false,
            generator: None,
        }],
        ..specific.clone()
    };
    spec.id = learned_id(&spec);
    (spec.id != specific.id).then_some(spec)
}

/// The capture of the value the message names, in a general lesson's message.
const SUBJECT: &str = "subject";

/// Around a value the message names, in `find`: not inside a longer name or path.
const NAMED_BEFORE: &str = "(?P<before>^|[^A-Za-z0-9_.:])";
const NAMED_AFTER: &str = "(?P<after>[^A-Za-z0-9_]|$)";

/// Whether the wrapped value is where the planner's `near` anchor finds its text as a whole name:
/// the only place near the error line, or the only one on it (else the message's name does not
/// pin the place: a moved value is named where it was moved and where it was used after).
fn named_once_near(old: &str, error_index: usize, wrap: &Wrap) -> bool {
    let find = format!(
        "(?m){NAMED_BEFORE}(?P<{VALUE}>{}){NAMED_AFTER}",
        regex::escape(&old[wrap.value.clone()])
    );
    let Ok(regex) = Regex::new(&find) else {
        return false;
    };
    let window = line_window(old, error_index, NEAR_LINES as usize);
    let found: Vec<usize> = regex
        .captures_iter(&old[window.clone()])
        .filter_map(|c| c.name(VALUE).map(|m| window.start + m.start()))
        .collect();
    let line = line_window(old, error_index, 0);
    let on_the_line: Vec<usize> = found
        .iter()
        .copied()
        .filter(|at| line.contains(at))
        .collect();
    found == [wrap.value.start] || (found.len() > 1 && on_the_line == [wrap.value.start])
}

/// The message as a regex for any values, with the one place it names `value` (a name or path,
/// once, as a whole token) a capture of any value of that shape; `None` when it does not.
fn named_in_message(message: &str, value: &str, shape: Shape) -> Option<String> {
    if shape != Shape::Path {
        return None;
    }
    let bytes = message.as_bytes();
    let edge = |at: Option<&u8>| !at.is_some_and(|&b| is_name_byte(b) || b == b'.');
    let mut places = message.match_indices(value).filter(|&(at, _)| {
        edge(at.checked_sub(1).and_then(|i| bytes.get(i))) && edge(bytes.get(at + value.len()))
    });
    let (at, _) = places.next()?;
    if places.next().is_some() {
        return None;
    }
    let piece = message_pieces(&message[at..]).into_iter().next()?;
    if piece.text != value {
        return None;
    }
    general_message_naming(message, Some(at))
}

/// A change that keeps one value of `old` and writes `before` and `after` around it.
struct Wrap {
    /// The value's byte range in `old`.
    value: std::ops::Range<usize>,
    shape: Shape,
    before: String,
    after: String,
}

fn wrapping(old: &str, new: &str) -> Option<Wrap> {
    let (start, old_end, new_end) = changed_span(old, new);
    let (removed, added) = (&old[start..old_end], &new[start..new_end]);
    let (value, before, after) = if removed.is_empty() {
        // Something inserted next to a value: after it when it continues it (`.`, `?`, `!`,
        // `[`), else before it.
        match added.chars().next()? {
            '.' | '?' | '!' | '[' => (value_before(old, start)?..start, "", added),
            _ => (start..value_after(old, start)?, added, ""),
        }
    } else {
        let at = added.find(removed)?;
        if added[at + removed.len()..].contains(removed) {
            return None;
        }
        (start..old_end, &added[..at], &added[at + removed.len()..])
    };
    let shape = Shape::of(&old[value.clone()])?;
    let joins = |a: Option<u8>, b: Option<u8>| {
        a.zip(b)
            .is_some_and(|(a, b)| is_name_byte(a) && is_name_byte(b))
    };
    let text = &old[value.clone()];
    if (before.is_empty() && after.is_empty())
        || before.len() + after.len() > MAX_WRAPPER_BYTES
        || before.contains('\n')
        || after.contains('\n')
        // `x` → `prefix_x` renames the value; it does not wrap it.
        || joins(before.bytes().last(), text.bytes().next())
        || joins(text.bytes().last(), after.bytes().next())
    {
        return None;
    }
    Some(Wrap {
        value,
        shape,
        before: before.to_string(),
        after: after.to_string(),
    })
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The start of the name, path or string that ends at `end` on its line.
fn value_before(text: &str, end: usize) -> Option<usize> {
    let line_start = text[..end].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..end];
    let starts = (0..line.len()).filter(|&i| line.is_char_boundary(i));
    starts
        .filter(|&i| i == 0 || !is_name_byte(line.as_bytes()[i - 1]))
        .find(|&i| Shape::of(&line[i..]).is_some())
        .map(|i| line_start + i)
}

/// The end of the name, path or string that starts at `start` on its line.
fn value_after(text: &str, start: usize) -> Option<usize> {
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line = &text[start..line_end];
    (1..=line.len())
        .rev()
        .filter(|&i| line.is_char_boundary(i))
        .filter(|&i| i == line.len() || !is_name_byte(line.as_bytes()[i]))
        .find(|&i| Shape::of(&line[..i]).is_some())
        .map(|i| start + i)
}

/// A token of a line, as a context token of a general `find`.
#[derive(Debug, Clone, PartialEq)]
struct Token {
    range: std::ops::Range<usize>,
    /// Its shape as a regex.
    regex: String,
    /// A name or a number (two of them need space between them).
    wordy: bool,
}

/// The tokens of `line` (which starts at `offset` in the text).
fn tokens(line: &str, offset: usize) -> Vec<Token> {
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    while at < line.len() {
        let c = bytes[at];
        let (end, regex, wordy) = if c == b' ' || c == b'\t' || c == b'\r' {
            at += 1;
            continue;
        } else if c == b'"' || c == b'\'' {
            let quote = c as char;
            let mut end = at + 1;
            let mut escaped = false;
            while end < line.len() && (escaped || bytes[end] != c) {
                escaped = !escaped && bytes[end] == b'\\';
                end += 1;
            }
            match end < line.len() {
                true => (end + 1, string_regex(quote), false),
                false => (at + 1, escape_literal_regex(&line[at..at + 1]), false),
            }
        } else if c.is_ascii_alphabetic() || c == b'_' {
            let end = (at..line.len())
                .find(|&i| !is_name_byte(bytes[i]))
                .unwrap_or(line.len());
            (end, NAME.to_string(), true)
        } else if c.is_ascii_digit() {
            let end = (at..line.len())
                .find(|&i| !(bytes[i].is_ascii_digit() || bytes[i] == b'.'))
                .unwrap_or(line.len());
            (end, NUMBER.to_string(), true)
        } else {
            let width = line[at..].chars().next().map_or(1, char::len_utf8);
            (
                at + width,
                escape_literal_regex(&line[at..at + width]),
                false,
            )
        };
        out.push(Token {
            range: offset + at..offset + end,
            regex,
            wordy,
        });
        at = end;
    }
    out
}

/// The edit pinned by the fewest context tokens around the value (their shapes, or the line's
/// start or end) that match exactly once near the error line, at the value.
fn pinned_by_context(old: &str, error_index: usize, wrap: &Wrap) -> Option<EditTemplate> {
    let line_start = old[..wrap.value.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = old[wrap.value.end..]
        .find('\n')
        .map_or(old.len(), |i| wrap.value.end + i);
    let line_tokens = tokens(&old[line_start..line_end], line_start);
    let left: Vec<&Token> = line_tokens
        .iter()
        .filter(|t| t.range.end <= wrap.value.start)
        .rev()
        .collect();
    let right: Vec<&Token> = line_tokens
        .iter()
        .filter(|t| t.range.start >= wrap.value.end)
        .collect();
    let window = line_window(old, error_index, NEAR_LINES as usize);
    let (mut take_left, mut take_right) = (0usize, 0usize);
    // The line's start and end count as one more token on each side.
    while take_left + take_right < MAX_CONTEXT_TOKENS {
        // One more token, alternating sides (the line's start or end is one past the last).
        let (can_left, can_right) = (take_left <= left.len(), take_right <= right.len());
        match can_left && (take_left <= take_right || !can_right) {
            true => take_left += 1,
            false if can_right => take_right += 1,
            false => return None,
        }
        let find = context_regex(&left, take_left, &right, take_right, wrap.shape);
        let regex = Regex::new(&find).ok()?;
        let found: Vec<_> = regex.captures_iter(&old[window.clone()]).collect();
        let [only] = found.as_slice() else {
            continue;
        };
        if only
            .name(VALUE)
            .is_none_or(|value| window.start + value.start() != wrap.value.start)
        {
            continue;
        }
        return Some(find_replace(
            Anchor::Near,
            find,
            format!(
                "{{before}}{}{{{VALUE}}}{}{{after}}",
                template_text(&wrap.before),
                template_text(&wrap.after)
            ),
        ));
    }
    None
}

/// `(?m)(?P<before>…)(?P<value>…)(?P<after>…)` with `take_left` tokens of `left` (nearest
/// first; one past the last is the line's start) and `take_right` of `right`.
fn context_regex(
    left: &[&Token],
    take_left: usize,
    right: &[&Token],
    take_right: usize,
    shape: Shape,
) -> String {
    let joined = |tokens: &[&Token]| {
        let mut out = String::new();
        for (index, token) in tokens.iter().enumerate() {
            if index > 0 {
                out.push_str(match tokens[index - 1].wordy && token.wordy {
                    true => "[ \\t]+",
                    false => "[ \\t]*",
                });
            }
            out.push_str(&token.regex);
        }
        out
    };
    let mut before: Vec<&Token> = left.iter().take(take_left).copied().collect();
    before.reverse();
    let mut before_regex = joined(&before);
    if take_left > left.len() {
        before_regex.insert_str(0, "^[ \\t]*");
    }
    let after: Vec<&Token> = right.iter().take(take_right).copied().collect();
    let mut after_regex = joined(&after);
    if take_right > right.len() {
        after_regex.push_str("[ \\t]*$");
    }
    let gap = |a: Option<&&Token>, b: Option<&&Token>| match (a, b) {
        (Some(a), Some(b)) if a.wordy && b.wordy => "[ \\t]+",
        (Some(_), _) | (_, Some(_)) => "[ \\t]*",
        _ => "",
    };
    let value_token = Token {
        range: 0..0,
        regex: String::new(),
        wordy: shape != Shape::Text('"') && shape != Shape::Text('\''),
    };
    format!(
        "(?m)(?P<before>{before_regex}{})(?P<{VALUE}>{})(?P<after>{}{after_regex})",
        gap(before.last(), Some(&&value_token)),
        shape.regex(),
        gap(Some(&&value_token), after.first()),
    )
}

/// The message as a regex for any values: quoted names and types are any names (a type
/// constructor before `<` stays), quoted text with spaces any text, an expression (values
/// joined by operators) any text, numbers any numbers, and names that read as code any names.
pub(super) fn general_message(message: &str) -> String {
    general_message_naming(message, None).unwrap_or_default()
}

/// `general_message`, with the value at byte `subject` of the message (a name or path) a
/// capture: an operand of an expression the message quotes (`n * time.Second`) is the first or
/// the last of any expression. `None` when the subject is no whole piece, or inside an
/// expression.
fn general_message_naming(message: &str, subject: Option<usize>) -> Option<String> {
    let pieces = message_pieces(message);
    let mut starts = Vec::with_capacity(pieces.len());
    let mut offset = 0;
    for piece in &pieces {
        starts.push(offset);
        offset += piece.text.len();
    }
    let subject_piece = match subject {
        Some(at) => Some(starts.iter().position(|&start| start == at)?),
        None => None,
    };
    let capture = format!("(?P<{SUBJECT}>{PATH})");
    let mut named = false;
    let mut out = String::new();
    let mut index = 0;
    while index < pieces.len() {
        // An expression: operand (operator operand)+, spaces between.
        let mut end = index;
        let mut operators = 0;
        if pieces[index].operand {
            let mut at = index + 1;
            loop {
                let mut next = at;
                while pieces.get(next).is_some_and(|p| p.text == " ") {
                    next += 1;
                }
                if !pieces.get(next).is_some_and(|p| p.operator) {
                    break;
                }
                next += 1;
                while pieces.get(next).is_some_and(|p| p.text == " ") {
                    next += 1;
                }
                if !pieces.get(next).is_some_and(|p| p.operand) {
                    break;
                }
                operators += 1;
                end = next;
                at = next + 1;
            }
        }
        if operators > 0 {
            match subject_piece {
                Some(s) if s == index => {
                    out.push_str(&format!("{capture}.+?"));
                    named = true;
                }
                Some(s) if s == end => {
                    out.push_str(&format!(".+?{capture}"));
                    named = true;
                }
                Some(s) if index < s && s < end => return None,
                _ => out.push_str(".+?"),
            }
            index = end + 1;
        } else {
            match subject_piece == Some(index) {
                true => {
                    out.push_str(&capture);
                    named = true;
                }
                false => out.push_str(&pieces[index].regex),
            }
            index += 1;
        }
    }
    (named || subject.is_none()).then_some(out)
}

struct Piece<'a> {
    text: &'a str,
    regex: String,
    operand: bool,
    operator: bool,
}

fn message_pieces(message: &str) -> Vec<Piece<'_>> {
    let bytes = message.as_bytes();
    let mut pieces = Vec::new();
    let mut at = 0;
    while at < message.len() {
        let c = bytes[at];
        let quote = matches!(c, b'\'' | b'"' | b'`')
            && !(c == b'\'' && at > 0 && bytes[at - 1].is_ascii_alphanumeric());
        let closing = quote
            .then(|| message[at + 1..].find(c as char))
            .flatten()
            .map(|length| at + 1 + length);
        let (end, regex, operand, operator) = if let Some(close) = closing {
            let inner = &message[at + 1..close];
            let q = escape_literal_regex(&(c as char).to_string());
            let regex = match inner.contains(char::is_whitespace) {
                true => format!("{q}[^{q}]*{q}"),
                false => format!("{q}{}{q}", names_as_any(inner, &q)),
            };
            (close + 1, regex, true, false)
        } else if is_name_byte(c) {
            let end = (at..message.len())
                .find(|&i| {
                    let dotted =
                        bytes[i] == b'.' && bytes.get(i + 1).is_some_and(|&b| is_name_byte(b));
                    !(is_name_byte(bytes[i]) || dotted)
                })
                .unwrap_or(message.len());
            let word = &message[at..end];
            // The name a message ends on after `: ` is what it is about (Go's `undefined:
            // errors`, `declared and not used: n`), however plain a word it is.
            let names_its_subject =
                message[..at].ends_with(": ") && message[end..].trim().is_empty();
            let regex = if word.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
                NUMBER.to_string()
            } else if looks_like_code(word) || names_its_subject {
                PATH.to_string()
            } else {
                escape_literal_regex(word)
            };
            (end, regex, true, false)
        } else {
            let width = message[at..].chars().next().map_or(1, char::len_utf8);
            let text = &message[at..at + width];
            // An operator between spaces (`a + b`, not `non-exhaustive`).
            let spaced = at > 0 && bytes[at - 1] == b' ' && bytes.get(at + width) == Some(&b' ');
            let operator = spaced && "+-*/%".contains(text);
            (at + width, escape_literal_regex(text), false, operator)
        };
        pieces.push(Piece {
            text: &message[at..end],
            regex,
            operand,
            operator,
        });
        at = end;
    }
    pieces
}

/// A quoted value's names as any names, but a type constructor (a name before `<`) as it is,
/// with any arguments (`Promise<Singer>` → `Promise<…>`).
fn names_as_any(inner: &str, quote: &str) -> String {
    if let Some(open) = inner.find('<').filter(|_| inner.ends_with('>')) {
        let constructor = &inner[..open];
        if !constructor.is_empty() && constructor.bytes().all(is_name_byte) {
            return format!("{}<[^{quote}]*>", escape_literal_regex(constructor));
        }
    }
    let bytes = inner.as_bytes();
    let mut out = String::new();
    let mut at = 0;
    while at < inner.len() {
        if bytes[at].is_ascii_alphabetic() || bytes[at] == b'_' {
            let end = (at..inner.len())
                .find(|&i| !is_name_byte(bytes[i]))
                .unwrap_or(inner.len());
            match bytes.get(end) == Some(&b'<') {
                true => out.push_str(&escape_literal_regex(&inner[at..end])),
                false => out.push_str(NAME),
            }
            at = end;
        } else {
            let width = inner[at..].chars().next().map_or(1, char::len_utf8);
            out.push_str(&escape_literal_regex(&inner[at..at + width]));
            at += width;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{general_lesson, general_message, wrapping};
    use crate::learn::lesson;
    use crate::occurrence::{Occurrence, Severity, Tool};
    use crate::pattern::Anchor;

    fn wrapped(old: &str, new: &str) -> Option<(String, String, String)> {
        wrapping(old, new).map(|w| (old[w.value].to_string(), w.before, w.after))
    }

    fn owned(value: &str, before: &str, after: &str) -> Option<(String, String, String)> {
        Some((value.into(), before.into(), after.into()))
    }

    #[test]
    fn a_kept_value_and_what_is_written_around_it_are_found() {
        let cases = [
            (
                "x = 'a' + n + 'b'\n",
                "x = 'a' + str(n) + 'b'\n",
                owned("n", "str(", ")"),
            ),
            ("f(first, l)\n", "f(&first, l)\n", owned("first", "&", "")),
            (
                "label: lane,\n",
                "label: lane.toString(),\n",
                owned("lane", "", ".toString()"),
            ),
            (
                "rows = load(1)\n",
                "rows = await load(1)\n",
                owned("load", "await ", ""),
            ),
            (
                "p((\"tea\", 1))\n",
                "p((String::from(\"tea\"), 1))\n",
                owned("\"tea\"", "String::from(", ")"),
            ),
            (
                "s + b.seat\n",
                "s + strconv.Itoa(b.seat)\n",
                owned("b.seat", "strconv.Itoa(", ")"),
            ),
        ];
        for (old, new, expected) in cases {
            assert_eq!(wrapped(old, new), expected, "{old:?} → {new:?}");
        }
    }

    #[test]
    fn a_rename_or_a_rewrite_is_no_wrapping() {
        for (old, new) in [
            ("cfg = load_config(p)\n", "cfg = read_config(p)\n"),
            ("x = value\n", "x = my_value\n"),
            ("x = a + b\n", "x = a - b\n"),
            ("f(n)\n", "f(n)\ng(n)\n"),
        ] {
            assert_eq!(wrapped(old, new), None, "{old:?} → {new:?}");
        }
    }

    #[test]
    fn the_message_holds_any_values_and_any_expression() {
        assert_eq!(
            general_message(
                "invalid operation: \"Row \" + b.row + \", seat \" + b.seat (mismatched types string and int)"
            ),
            r"invalid operation: .+? \(mismatched types string and int\)"
        );
        assert_eq!(
            general_message("Property 'voice' does not exist on type 'Promise<Singer>'."),
            r"Property '[A-Za-z_][A-Za-z0-9_]*' does not exist on type 'Promise<[^']*>'\."
        );
        assert_eq!(
            general_message("non-exhaustive patterns: 3 not covered"),
            r"non\-exhaustive patterns: [0-9]+(?:\.[0-9]+)? not covered"
        );
    }

    #[test]
    fn the_place_is_pinned_by_the_shapes_around_the_value() {
        let old = "def board(no, floor, state):\n    a = 'Room ' + no + ' (floor ' + str(floor) + '): ' + state\n    return a\n";
        let new = old.replace("+ no +", "+ str(no) +");
        let mut occurrence = Occurrence::new(
            Tool::Python,
            Severity::Error,
            "can only concatenate str (not \"int\") to str",
        );
        occurrence.file = Some("/p/main.py".into());
        occurrence.line = Some(2);
        let specific = lesson(&occurrence, old, &new).unwrap();
        let general = general_lesson(&occurrence, old, &new, &specific).unwrap();
        let edit = &general.fixes[0].edits[0];
        assert_eq!(edit.at, Anchor::Near);
        let find = regex::Regex::new(edit.find.as_deref().unwrap()).unwrap();
        let places: Vec<&str> = find.find_iter(old).map(|m| m.as_str()).collect();
        assert_eq!(places, ["+ no +"], "{find}");
        assert_eq!(edit.replace.as_deref(), Some("{before}str({value}){after}"));
        assert!(
            regex::Regex::new(&general.message)
                .unwrap()
                .is_match("can only concatenate str (not \"float\") to str"),
            "{}",
            general.message
        );
        assert!(general.fixes[0].confidence < specific.fixes[0].confidence);
        assert_ne!(general.id, specific.id);
    }
}
