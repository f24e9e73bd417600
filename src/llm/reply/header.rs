//! The reply's JSON header, read robustly: strict JSON → repaired JSON → the first fenced JSON
//! block → the largest valid JSON object anywhere.

use serde_json::{Map, Value};

use super::blocks::fences;
use super::HowRead;

/// The header's keys (lower case); an object with none of them is not a header.
const KEYS: [&str; 4] = ["title", "explanation", "confidence", "deletes"];

/// At most this many `{` are tried as the start of the largest JSON part.
const MAX_CANDIDATES: usize = 2_000;

/// The header object: `region` is where the header belongs (before the edits), `whole` the
/// whole reply.
pub(super) fn read(region: &str, whole: &str) -> Option<(Map<String, Value>, HowRead)> {
    strict(region)
        .map(|object| (object, HowRead::Strict))
        .or_else(|| repaired(region).map(|object| (object, HowRead::Repaired)))
        .or_else(|| fenced(whole).map(|object| (object, HowRead::Fenced)))
        .or_else(|| largest(whole).map(|object| (object, HowRead::LargestPart)))
}

/// `value` when it is an object with at least one header key (case-insensitive).
fn header_object(value: Value) -> Option<Map<String, Value>> {
    match value {
        Value::Object(object)
            if object
                .keys()
                .any(|key| KEYS.contains(&key.trim().to_ascii_lowercase().as_str())) =>
        {
            Some(object)
        }
        _ => None,
    }
}

/// Whether `content` (a fenced part) is the header rather than code.
pub(super) fn is_header(content: &str) -> bool {
    content.trim_start().starts_with('{')
        && (strict(content).or_else(|| repaired(content))).is_some()
}

fn parse_object(text: &str) -> Option<Map<String, Value>> {
    serde_json::from_str(text).ok().and_then(header_object)
}

/// The whole text, or the first `{` to its matching `}`, as JSON.
fn strict(region: &str) -> Option<Map<String, Value>> {
    parse_object(region.trim()).or_else(|| {
        let start = region.find('{')?;
        let end = matching_brace(&region[start..])?;
        parse_object(&region[start..start + end])
    })
}

fn repaired(region: &str) -> Option<Map<String, Value>> {
    let start = region.find('{')?;
    parse_object(&repair(&region[start..]))
}

fn fenced(whole: &str) -> Option<Map<String, Value>> {
    fences(whole)
        .into_iter()
        .find(|fence| {
            fence.info.eq_ignore_ascii_case("json") || fence.content.trim_start().starts_with('{')
        })
        .and_then(|fence| strict(fence.content).or_else(|| repaired(fence.content)))
}

/// The largest `{…}` anywhere that is a valid header object.
fn largest(whole: &str) -> Option<Map<String, Value>> {
    whole
        .match_indices('{')
        .take(MAX_CANDIDATES)
        .filter_map(|(start, _)| {
            let end = matching_brace(&whole[start..])?;
            let object = parse_object(&whole[start..start + end])?;
            Some((end, object))
        })
        .max_by_key(|(length, _)| *length)
        .map(|(_, object)| object)
}

/// The length of `text` (starting with `{`) up to and including its matching `}`, strings
/// (double-quoted) skipped.
fn matching_brace(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (index, ch) in text.char_indices() {
        if in_string {
            match ch {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match ch {
            '"' => in_string = true,
            '{' => depth += 1,
            '}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(index + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// `text` (starting with `{`) made into JSON where it can be: single quotes, unquoted keys and
/// words, Python's `True`/`False`/`None`, trailing and missing commas, comments, a string not
/// closed at the end of its line, missing closing quotes and braces. Stops at the brace that
/// closes the first object.
pub(super) fn repair(text: &str) -> String {
    let mut out = String::new();
    let mut closers: Vec<char> = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut index = 0;
    while index < chars.len() {
        let ch = chars[index];
        match ch {
            '{' | '[' => {
                comma_if_needed(&mut out);
                closers.push(if ch == '{' { '}' } else { ']' });
                out.push(ch);
                index += 1;
            }
            '}' | ']' => {
                drop_trailing_comma(&mut out);
                out.push(closers.pop().unwrap_or(ch));
                index += 1;
                if closers.is_empty() {
                    return out;
                }
            }
            '"' | '\'' => {
                comma_if_needed(&mut out);
                index = read_string(&chars, index, &mut out);
            }
            '/' if chars.get(index + 1) == Some(&'/') => {
                index = skip_line(&chars, index);
            }
            '#' => index = skip_line(&chars, index),
            ',' | ':' => {
                out.push(ch);
                index += 1;
            }
            _ if ch.is_whitespace() => {
                out.push(ch);
                index += 1;
            }
            _ if is_word_char(ch) => {
                comma_if_needed(&mut out);
                index = read_word(&chars, index, &mut out);
            }
            _ => index += 1,
        }
    }
    drop_trailing_comma(&mut out);
    if out.trim_end().ends_with(':') {
        out.push_str("null");
    }
    while let Some(closer) = closers.pop() {
        out.push(closer);
    }
    out
}

fn is_word_char(ch: char) -> bool {
    ch.is_alphanumeric() || matches!(ch, '_' | '-' | '+' | '.')
}

fn skip_line(chars: &[char], mut index: usize) -> usize {
    while index < chars.len() && chars[index] != '\n' {
        index += 1;
    }
    index
}

fn drop_trailing_comma(out: &mut String) {
    let kept = out.trim_end().len();
    if out[..kept].ends_with(',') {
        out.truncate(kept - 1);
    }
}

/// A value or key starts right after another value: the comma between them is missing.
fn comma_if_needed(out: &mut String) {
    let last = out.trim_end().chars().last();
    if last.is_some_and(|ch| matches!(ch, '"' | '}' | ']') || ch.is_alphanumeric()) {
        out.push(',');
    }
}

/// Reads a string quoted by `chars[start]` into `out` as a JSON string; a raw line break ends a
/// string whose closing quote is missing. Returns the index after it.
fn read_string(chars: &[char], start: usize, out: &mut String) -> usize {
    let quote = chars[start];
    let mut content = String::new();
    let mut index = start + 1;
    let mut closed = false;
    while index < chars.len() {
        let ch = chars[index];
        index += 1;
        match ch {
            '\\' if index < chars.len() => {
                let next = chars[index];
                index += 1;
                match next {
                    '\'' => content.push('\''),
                    '"' => content.push_str("\\\""),
                    _ => {
                        content.push('\\');
                        content.push(next);
                    }
                }
            }
            _ if ch == quote => {
                closed = true;
                break;
            }
            '\n' => {
                index -= 1;
                break;
            }
            '"' => content.push_str("\\\""),
            '\t' => content.push_str("\\t"),
            '\r' => {}
            _ => content.push(ch),
        }
    }
    if !closed {
        // `"title": "Fix it,` — the comma was the separator.
        let kept = content.trim_end().trim_end_matches(',').trim_end().len();
        content.truncate(kept);
    }
    out.push('"');
    out.push_str(&content);
    out.push('"');
    index
}

/// Reads a bare word: a key (before `:`), a literal (`true`, Python's `True`, `None` …), a
/// number (`80%` becomes the string "80%"), or else an unquoted string up to the next `,`, `}`,
/// `]` or line end.
fn read_word(chars: &[char], start: usize, out: &mut String) -> usize {
    let mut index = start;
    while index < chars.len() && is_word_char(chars[index]) {
        index += 1;
    }
    let word: String = chars[start..index].iter().collect();
    let mut after = index;
    while after < chars.len() && chars[after] == ' ' {
        after += 1;
    }
    if chars.get(after) == Some(&':') {
        out.push_str(&serde_json::Value::String(word).to_string());
        return index;
    }
    match word.as_str() {
        "true" | "True" | "TRUE" => out.push_str("true"),
        "false" | "False" | "FALSE" => out.push_str("false"),
        "null" | "None" | "none" | "nil" => out.push_str("null"),
        _ if chars.get(index) == Some(&'%') => {
            out.push_str(&format!("\"{word}%\""));
            return index + 1;
        }
        _ if serde_json::from_str::<serde_json::Number>(&word).is_ok() => out.push_str(&word),
        _ => match word.parse::<f64>() {
            Ok(number) if number.is_finite() => out.push_str(&Value::from(number).to_string()),
            _ => {
                let mut end = index;
                while end < chars.len() && !matches!(chars[end], ',' | '}' | ']' | '\n') {
                    end += 1;
                }
                let text: String = chars[start..end].iter().collect();
                out.push_str(&Value::String(text.trim().to_string()).to_string());
                return end;
            }
        },
    }
    index
}
