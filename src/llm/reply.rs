//! Reading a model's reply: a short JSON header (title, explanation, confidence, deletes) and the
//! edits as SEARCH/REPLACE blocks of plain text, or a rewrite of the whole window in a fenced
//! block. The header is read robustly, in order: strict JSON → repaired JSON (trailing commas,
//! single quotes, unquoted keys, missing closers) → the first fenced block → the largest valid
//! JSON part. Blocks without a readable header are still used, under a header made up from them.
//!
//! INTERFACE (kept by the implementation): `Reply`, `Header`, `SearchReplace`, `HowRead`,
//! `parse_reply`, `UnreadableReply`.

mod blocks;
mod header;
#[cfg(test)]
mod tests;

use serde_json::{Map, Value};

/// A reply read.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub header: Header,
    pub blocks: Vec<SearchReplace>,
    /// The whole window rewritten (when asked for), without its fence.
    pub rewrite: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    pub title: String,
    pub explanation: String,
    /// 0–1, clamped; 0.5 when the model gave none.
    pub confidence: f64,
    /// The model says its edit deletes code (an empty REPLACE is applied only then).
    pub deletes: bool,
}

/// One edit as the model wrote it: the lines to find and what replaces them, each line ending
/// in `\n` (an empty part is the empty string).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchReplace {
    pub search: String,
    pub replace: String,
}

/// How the header was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HowRead {
    Strict,
    Repaired,
    Fenced,
    LargestPart,
    /// No readable header: a default one, titled after the first changed line.
    NoHeader,
}

/// A reply that cannot be used; `Display` says why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct UnreadableReply(pub String);

/// The confidence when the model gives none.
pub const DEFAULT_CONFIDENCE: f64 = 0.5;

/// The title when neither the model nor its edits give one.
pub const DEFAULT_TITLE: &str = "Proposed fix";

/// Longest title made up from a changed line, in characters.
const MADE_UP_TITLE_CHARS: usize = 60;

/// Reads `text`: its header and its SEARCH/REPLACE blocks, or (with no blocks) the rewritten
/// window in the first fenced block that is not the header.
pub fn parse_reply(text: &str) -> Result<(Reply, HowRead), UnreadableReply> {
    let text = text.replace("\r\n", "\n");
    if text.trim().is_empty() {
        return Err(UnreadableReply("the reply is empty".into()));
    }
    let scanned = blocks::scan(&text).map_err(UnreadableReply)?;
    let all_fences = blocks::fences(&text);
    let code_fence = all_fences
        .iter()
        .find(|fence| !header::is_header(fence.content));
    let region_end = scanned
        .first_at
        .into_iter()
        .chain(code_fence.map(|fence| fence.start))
        .min()
        .unwrap_or(text.len());
    let header = header::read(&text[..region_end], &text);
    let rewrite = match (scanned.blocks.is_empty(), code_fence) {
        (true, Some(fence)) if !fence.closed => {
            return Err(UnreadableReply(
                "the rewritten code's fence is not closed: the reply was cut off".into(),
            ))
        }
        (true, Some(fence)) => Some(fence.content.to_string()),
        _ => None,
    };
    match (header, scanned.blocks.is_empty(), &rewrite) {
        (None, true, _) => Err(UnreadableReply(
            "the reply has neither a JSON header nor SEARCH/REPLACE blocks".into(),
        )),
        (Some(_), true, None) => Err(UnreadableReply("the reply has no edit".into())),
        (found, _, _) => {
            let (object, how) = match found {
                Some((object, how)) => (Some(object), how),
                None => (None, HowRead::NoHeader),
            };
            let header = header_of(object.as_ref(), &scanned.blocks, rewrite.as_deref());
            Ok((
                Reply {
                    header,
                    blocks: scanned.blocks,
                    rewrite,
                },
                how,
            ))
        }
    }
}

/// The header fields of `object` (keys case-insensitive), defaults where missing.
fn header_of(
    object: Option<&Map<String, Value>>,
    blocks: &[SearchReplace],
    rewrite: Option<&str>,
) -> Header {
    let field = |name: &str| {
        object.and_then(|object| {
            object
                .iter()
                .find(|(key, _)| key.trim().eq_ignore_ascii_case(name))
                .map(|(_, value)| value)
        })
    };
    let text_of = |value: Option<&Value>| match value {
        Some(Value::String(text)) => text.trim().to_string(),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    };
    let title = text_of(field("title"));
    Header {
        title: match title.is_empty() {
            true => made_up_title(blocks, rewrite),
            false => title,
        },
        explanation: text_of(field("explanation")),
        confidence: field("confidence")
            .and_then(confidence_of)
            .unwrap_or(DEFAULT_CONFIDENCE),
        deletes: field("deletes").and_then(flag_of).unwrap_or(false),
    }
}

/// A number, a numeric string or a percentage, as 0–1: a value above 1 up to 100 is a
/// percentage.
fn confidence_of(value: &Value) -> Option<f64> {
    let number = match value {
        Value::Number(number) => number.as_f64()?,
        Value::String(text) => {
            let text = text.trim();
            match text.strip_suffix('%') {
                Some(percent) => percent.trim().parse::<f64>().ok()? / 100.0,
                None => text.parse::<f64>().ok()?,
            }
        }
        _ => return None,
    };
    if !number.is_finite() {
        return None;
    }
    let number = match number > 1.0 && number <= 100.0 {
        true => number / 100.0,
        false => number,
    };
    Some(number.clamp(0.0, 1.0))
}

fn flag_of(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(flag) => Some(*flag),
        Value::Number(number) => number.as_f64().map(|number| number != 0.0),
        Value::String(text) => match text.trim().to_ascii_lowercase().as_str() {
            "true" | "yes" | "1" => Some(true),
            "false" | "no" | "0" | "" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// A title from the first line the edits add, or the first they remove.
fn made_up_title(blocks: &[SearchReplace], rewrite: Option<&str>) -> String {
    let changed = blocks.iter().find_map(|block| {
        let before: Vec<&str> = block.search.lines().map(str::trim).collect();
        let added = block
            .replace
            .lines()
            .map(str::trim)
            .find(|line| !line.is_empty() && !before.contains(line));
        match added {
            Some(line) => Some(format!("Change to `{}`", shortened(line))),
            None => before
                .iter()
                .find(|line| !line.is_empty())
                .map(|line| format!("Remove `{}`", shortened(line))),
        }
    });
    match (changed, rewrite) {
        (Some(title), _) => title,
        (None, Some(_)) => "Rewrite the code around the error".to_string(),
        (None, None) => DEFAULT_TITLE.to_string(),
    }
}

fn shortened(line: &str) -> String {
    match line.chars().count() > MADE_UP_TITLE_CHARS {
        true => {
            let cut: String = line.chars().take(MADE_UP_TITLE_CHARS - 1).collect();
            format!("{cut}…")
        }
        false => line.to_string(),
    }
}
