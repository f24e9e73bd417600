//! Secrets written on the line after their key: an environment entry of a Kubernetes or ECS
//! manifest (`- name: DB_PASSWORD` then `value: …`, or JSON's `"name": "DB_PASSWORD",` then
//! `"value": "…"`), a YAML block scalar (`password: |` then the indented value), and an XML
//! element whose text sits on a line of its own (`<apiToken>`, the value, `</apiToken>`),
//! CloudFormation's `ParameterKey: DbPassword` then `ParameterValue: …`, and the private lines
//! of a PuTTY key file (`Private-Lines: N` then N lines of base64).
//!
//! `opener` says what a line announces; `value_in` finds the value in the next line. The
//! streaming scrubber keeps the announcement for one line.

use std::ops::Range;

use super::kind::Kind;
use super::rules::{is_secret_key, judge_value_at};

/// What the next line is expected to hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expect {
    /// A `value: …` entry, for the variable named on the line before.
    NameValue(Vec<u8>),
    /// A line indented deeper than the key's, holding the whole value.
    Block { key: Vec<u8>, indent: usize },
    /// A line holding the element's text.
    Element(Vec<u8>),
    /// This many more lines of a PuTTY key's private part.
    KeyLines(usize),
}

fn indent_of(line: &[u8]) -> usize {
    line.iter()
        .take_while(|&&byte| byte == b' ' || byte == b'\t')
        .count()
}

fn trimmed_end(line: &[u8]) -> usize {
    line.iter()
        .rposition(|byte| !byte.is_ascii_whitespace())
        .map_or(0, |last| last + 1)
}

fn is_plain_key(key: &[u8]) -> bool {
    !key.is_empty()
        && key
            .iter()
            .all(|&byte| byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'-' | b'.'))
}

/// `name:` or `"name":` at the start of `body`: the offset just after the colon.
fn after_field(body: &[u8], field: &[u8]) -> Option<usize> {
    let quoted = body.first() == Some(&b'"');
    let start = usize::from(quoted);
    let name = body.get(start..start + field.len())?;
    if !name.eq_ignore_ascii_case(field) {
        return None;
    }
    let mut position = start + field.len();
    if quoted {
        if body.get(position) != Some(&b'"') {
            return None;
        }
        position += 1;
    }
    match body.get(position) {
        Some(b':') => Some(position + 1),
        _ => None,
    }
}

/// A nested mapping entry or list item (`secretKeyRef:`, `name: x`, `- item`), not a value.
fn is_structure(body: &[u8]) -> bool {
    if body.starts_with(b"- ") || body == b"-" {
        return true;
    }
    body.iter()
        .position(|&byte| byte == b':')
        .is_some_and(|colon| {
            is_plain_key(&body[..colon]) && matches!(body.get(colon + 1), None | Some(b' '))
        })
}

/// What `line` announces for the next line, if anything.
pub fn opener(line: &[u8]) -> Option<Expect> {
    let end = trimmed_end(line);
    let indent = indent_of(line);
    if indent >= end {
        return None;
    }
    let body = &line[indent..end];
    // `<apiToken>` alone on its line.
    if body.len() > 2 && body[0] == b'<' && body[body.len() - 1] == b'>' {
        let name = &body[1..body.len() - 1];
        let local = name.rsplit(|&byte| byte == b':').next().unwrap_or(name);
        return (is_plain_key(local) && is_secret_key(local))
            .then(|| Expect::Element(local.to_vec()));
    }
    // `Private-Lines: 14` in a `.ppk` file.
    if let Some(count) = body.strip_prefix(b"Private-Lines: ") {
        let count = std::str::from_utf8(count).ok()?.parse::<usize>().ok()?;
        return (1..=64).contains(&count).then_some(Expect::KeyLines(count));
    }
    let body = body.strip_prefix(b"- ").unwrap_or(body);
    // `name: DB_PASSWORD`, `"name": "DB_PASSWORD",`, `ParameterKey: DbPassword`
    if let Some(after) = after_field(body, b"name").or_else(|| after_field(body, b"ParameterKey")) {
        let value = super::values::trim_ascii(&body[after..]);
        let value = value.strip_suffix(b",").unwrap_or(value);
        let value = value
            .strip_prefix(b"\"")
            .and_then(|inner| inner.strip_suffix(b"\""))
            .unwrap_or(value);
        return (is_plain_key(value) && is_secret_key(value))
            .then(|| Expect::NameValue(value.to_vec()));
    }
    // `password: |`, `password: >-`, `password:`
    let colon = body.iter().position(|&byte| byte == b':')?;
    let after = super::values::trim_ascii(&body[colon + 1..]);
    let block = matches!(after, b"" | b"|" | b">" | b"|-" | b">-" | b"|+" | b">+");
    let key = &body[..colon];
    let key = key
        .strip_prefix(b"\"")
        .and_then(|inner| inner.strip_suffix(b"\""))
        .unwrap_or(key);
    (block && is_plain_key(key) && is_secret_key(key)).then(|| Expect::Block {
        key: key.to_vec(),
        indent,
    })
}

/// What is still expected after `expect` was met on a line.
pub fn after_value(expect: &Expect) -> Option<Expect> {
    match expect {
        Expect::KeyLines(count) if *count > 1 => Some(Expect::KeyLines(count - 1)),
        _ => None,
    }
}

/// The value that `expect` announced, if `line` holds it.
pub fn value_in(line: &[u8], expect: &Expect) -> Option<(Range<usize>, Kind)> {
    let end = trimmed_end(line);
    let indent = indent_of(line);
    if indent >= end {
        return None;
    }
    match expect {
        Expect::NameValue(key) => {
            let body = &line[indent..end];
            let dash = usize::from(body.starts_with(b"- ")) * 2;
            let after = after_field(&body[dash..], b"value")
                .or_else(|| after_field(&body[dash..], b"ParameterValue"))?;
            let mut start = indent + dash + after;
            while matches!(line.get(start), Some(b' ') | Some(b'\t')) {
                start += 1;
            }
            judge_value_at(key, line, start)
        }
        Expect::Block {
            key,
            indent: key_indent,
        } => {
            if indent <= *key_indent || is_structure(&line[indent..end]) {
                return None;
            }
            let (_, kind) = judge_value_at(key, &line[..end], indent)?;
            Some((indent..end, kind))
        }
        Expect::KeyLines(_) => {
            let body = &line[indent..end];
            let base64 = body
                .iter()
                .all(|&byte| byte.is_ascii_alphanumeric() || matches!(byte, b'+' | b'/' | b'='));
            base64.then_some((indent..end, Kind::PrivateKey))
        }
        Expect::Element(key) => {
            if line[indent] == b'<' || is_structure(&line[indent..end]) {
                return None;
            }
            let (_, kind) = judge_value_at(key, &line[..end], indent)?;
            Some((indent..end, kind))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn redacted(first: &str, second: &str) -> Option<String> {
        let expect = opener(first.as_bytes())?;
        let (range, _) = value_in(second.as_bytes(), &expect)?;
        Some(second[range].to_string())
    }

    #[test]
    fn values_on_the_next_line() {
        assert_eq!(
            redacted("        - name: DB_PASSWORD", "          value: S3cr3tPass").as_deref(),
            Some("S3cr3tPass")
        );
        assert_eq!(
            redacted(
                r#"  "name": "API_TOKEN","#,
                r#"  "value": "ghx8Kq2Lm9Np4Rt7Vw1Y""#
            )
            .as_deref(),
            Some("ghx8Kq2Lm9Np4Rt7Vw1Y")
        );
        assert_eq!(
            redacted("  password: |", "    correct horse battery").as_deref(),
            Some("correct horse battery")
        );
        assert_eq!(
            redacted("<apiToken>", "    Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB").as_deref(),
            Some("Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB")
        );
    }

    #[test]
    fn other_next_lines_stay() {
        assert_eq!(redacted("- name: DB_HOST", "  value: db.corp.io"), None);
        assert_eq!(redacted("- name: DB_PASSWORD", "  valueFrom:"), None);
        assert_eq!(redacted("password:", "user: bob"), None);
        assert_eq!(redacted("password:", "  secretKeyRef:"), None);
        assert_eq!(redacted("<apiToken>", "</apiToken>"), None);
        assert_eq!(redacted("  password: |", "    ${DB_PASSWORD}"), None);
    }
}
