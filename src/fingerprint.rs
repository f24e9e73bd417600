//! Two stable ids per occurrence. `Fingerprint`: this exact error, with the volatile parts of its
//! message (paths, numbers, hex, UUIDs, addresses, timestamps) normalised and identifiers kept.
//! `Shape`: the class of error, with quoted and known unquoted identifiers abstracted too. Both
//! are sha256 in hex over the language family, the error code and the normalised message, so the
//! same message from a terminal build and from a language server of that language meet.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use sha2::{Digest, Sha256};

use crate::occurrence::{Language, Occurrence};

/// The id of one exact error.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Fingerprint(pub String);

/// The id of a class of errors.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Shape(pub String);

impl std::fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::fmt::Display for Shape {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

pub fn fingerprint(occurrence: &Occurrence) -> Fingerprint {
    fingerprint_of(
        occurrence.tool.language(),
        occurrence.code.as_deref(),
        &occurrence.message,
    )
}

pub fn shape(occurrence: &Occurrence) -> Shape {
    shape_of(
        occurrence.tool.language(),
        occurrence.code.as_deref(),
        &occurrence.message,
    )
}

/// Both ids, normalising the message once (the shape builds on the fingerprint's normalisation).
/// They depend only on the language, the code and the message, which build logs repeat thousands
/// of times, so the ids of recent messages are remembered (per thread).
pub fn ids(occurrence: &Occurrence) -> (Fingerprint, Shape) {
    let language = occurrence.tool.language();
    let code = occurrence.code.as_deref();
    let key = ids_key(language, code, &occurrence.message);
    let remembered = REMEMBERED_IDS.with_borrow(|remembered| remembered.get(&key).cloned());
    match remembered {
        Some(ids) => ids,
        None => {
            let ids = compute_ids(language, code, &occurrence.message);
            REMEMBERED_IDS.with_borrow_mut(|remembered| {
                if remembered.len() >= MAX_REMEMBERED_IDS {
                    remembered.clear();
                }
                remembered.insert(key, ids.clone());
            });
            ids
        }
    }
}

fn compute_ids(language: Language, code: Option<&str>, message: &str) -> (Fingerprint, Shape) {
    let normalized = normalize_message(message);
    let shaped = abstract_identifiers(normalized.clone());
    (
        Fingerprint(digest(language, code, &normalized)),
        Shape(digest(language, code, &shaped)),
    )
}

/// At most this many remembered ids per thread; the memo starts afresh when full.
const MAX_REMEMBERED_IDS: usize = 4096;

thread_local! {
    static REMEMBERED_IDS: RefCell<HashMap<String, (Fingerprint, Shape)>> =
        RefCell::new(HashMap::new());
}

/// The language, the code (after its length, so that it cannot run into the message) and the
/// message.
fn ids_key(language: Language, code: Option<&str>, message: &str) -> String {
    let code = match code {
        Some(code) => format!("{}:{code}", code.len()),
        None => "-".to_string(),
    };
    format!("{} {code} {message}", language.as_str())
}

pub fn fingerprint_of(language: Language, code: Option<&str>, message: &str) -> Fingerprint {
    Fingerprint(digest(language, code, &normalize_message(message)))
}

pub fn shape_of(language: Language, code: Option<&str>, message: &str) -> Shape {
    Shape(digest(language, code, &shape_message(message)))
}

/// The message with its volatile parts replaced by placeholders (`<path>`, `<n>`, `<hex>`,
/// `<uuid>`, `<ts>`) and whitespace collapsed. Idempotent.
pub fn normalize_message(message: &str) -> String {
    let (before_hex, after_hex) = VOLATILE.split_at(VOLATILE_BEFORE_DIGESTS);
    let mut text: Cow<str> = Cow::Borrowed(message);
    for (regex, placeholder) in before_hex {
        if let Cow::Owned(replaced) = regex.replace_all(&text, *placeholder) {
            text = Cow::Owned(replaced);
        }
    }
    // Digests, commit ids, object ids: 7+ lowercase hex digits mixing digits and letters (a word
    // of letters only is an identifier, of digits only a number).
    if let Cow::Owned(replaced) = HEX_RUN.replace_all(&text, |captures: &regex::Captures| {
        let run = &captures[0];
        let has_digit = run.bytes().any(|b| b.is_ascii_digit());
        let has_letter = run.bytes().any(|b| b.is_ascii_lowercase());
        match has_digit && has_letter {
            true => "<hex>".to_string(),
            false => run.to_string(),
        }
    }) {
        text = Cow::Owned(replaced);
    }
    for (regex, placeholder) in after_hex {
        if let Cow::Owned(replaced) = regex.replace_all(&text, *placeholder) {
            text = Cow::Owned(replaced);
        }
    }
    collapse_whitespace(&text)
}

/// `normalize_message`, then identifiers abstracted: quoted ones and those in well-known
/// unquoted positions (`undefined: x`). Idempotent.
pub fn shape_message(message: &str) -> String {
    abstract_identifiers(normalize_message(message))
}

fn abstract_identifiers(mut text: String) -> String {
    for (regex, replacement) in IDENTIFIERS.iter() {
        if let Cow::Owned(replaced) = regex.replace_all(&text, *replacement) {
            text = replaced;
        }
    }
    text
}

fn digest(language: Language, code: Option<&str>, normalized: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(language.as_str().as_bytes());
    hasher.update([0]);
    hasher.update(code.unwrap_or("").as_bytes());
    hasher.update([0]);
    hasher.update(normalized.as_bytes());
    let bytes = hasher.finalize();
    let mut hex = String::with_capacity(64);
    for byte in bytes {
        hex.push(char::from(b"0123456789abcdef"[usize::from(byte >> 4)]));
        hex.push(char::from(b"0123456789abcdef"[usize::from(byte & 15)]));
    }
    hex
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

static HEX_RUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[0-9a-f]{7,}\b").expect("valid regex"));

/// How many of `VOLATILE` run before hex digests are replaced.
const VOLATILE_BEFORE_DIGESTS: usize = 4;

/// Volatile parts, most specific first (a UUID contains hex and numbers; a timestamp numbers).
static VOLATILE: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    [
        (
            r"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b",
            "<ts>",
        ),
        (r"\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\b", "<ts>"),
        (
            r"(?i)\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b",
            "<uuid>",
        ),
        (r"\b0[xX][0-9a-fA-F]+\b", "<hex>"),
        // Paths: anything with a directory separator, absolute or relative, or a drive letter.
        (
            r#"(?:[A-Za-z]:[\\/]|~?/|\.{1,2}/)?(?:[\w.@+-]+[\\/])+[\w.@+-]*"#,
            "<path>",
        ),
        (r"\b\d+(?:\.\d+)*\b", "<n>"),
    ]
    .into_iter()
    .map(|(pattern, placeholder)| (Regex::new(pattern).expect("valid regex"), placeholder))
    .collect()
});

static IDENTIFIERS: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    [
        (r"`[^`\s][^`]*`", "`<id>`"),
        (r"‘[^’]+’", "‘<id>’"),
        (r"'[^'\s][^']*'", "'<id>'"),
        (r#""[^"\s][^"]*""#, "\"<id>\""),
        // Unquoted identifiers in well-known places.
        (r"\b(undefined|undeclared name|declared and not used|imported and not used|not used|has no field or method|unknown field|not declared by package|no new variables on left side of):\s*[\w.]+", "$1: <id>"),
        (r"\b(symbol|variable|method|class|location):\s+(?:variable|method|class|interface)?\s*[\w.<>]+", "$1: <id>"),
    ]
    .into_iter()
    .map(|(pattern, replacement)| (Regex::new(pattern).expect("valid regex"), replacement))
    .collect()
});
