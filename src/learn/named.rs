//! The same lesson for another wording of an error about the same name. A fix about one name —
//! a crate added to the manifest, a function renamed wherever a file uses it, a name imported —
//! is what the next file needs too, though its compiler may word the error differently there:
//! a renamed export is "no exported member 'x'" where it is imported and "Property 'x' does not
//! exist" where it is used through a namespace; a crate missing from `Cargo.toml` is an
//! unresolved import in one file and "cannot find module or crate" in the next. Beside the
//! lesson goes a pattern for any error of the language that names that value as a whole token,
//! with the same fix and a lower prior; verification judges it like every other fix.

use std::collections::BTreeSet;

use regex::Regex;

use super::lesson::{escape_literal_regex, learned_id, message_values};
use crate::occurrence::Occurrence;
use crate::pattern::{placeholders, render_template, PatternSpec, BUILTIN_PLACEHOLDERS};

/// The prior of a lesson offered for another wording: below the lesson's own and its general
/// forms', above the default minimum confidence, so that `heal --yes` tries it.
pub const NAMED_PRIOR: f64 = 0.55;

/// Whether `value` names one thing rather than being a word any message may quote (`json`,
/// `number`, `string`): it has a capital, a digit or a separator inside, or it is long.
fn is_distinctive(value: &str) -> bool {
    let identifier = value
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b':' | b'/' | b'-'))
        && value
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_');
    let marked = value
        .bytes()
        .skip(1)
        .any(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || !b.is_ascii_alphanumeric());
    identifier && value.len() >= 4 && (marked || value.len() >= 8)
}

/// Whether `token` occurs in `text` as a whole identifier.
fn has_token(text: &str, token: &str) -> bool {
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let bytes = text.as_bytes();
    text.match_indices(token).any(|(at, _)| {
        let before = at.checked_sub(1).map(|i| bytes[i]);
        let after = bytes.get(at + token.len()).copied();
        !before.is_some_and(word) && !after.is_some_and(word)
    })
}

/// The lesson `spec` (learned from `occurrence`) for any error that names the one value of the
/// message its fix is about; `None` when its fix is about no single distinctive value.
pub fn named_lesson(spec: &PatternSpec, occurrence: &Occurrence) -> Option<PatternSpec> {
    let fix = spec.fixes.first()?;
    if fix.edits.is_empty() {
        return None;
    }
    let regex = Regex::new(&spec.message).ok()?;
    let captures = regex.captures(&occurrence.message)?;
    let value_of = |name: &str| captures.name(name).map(|m| m.as_str().to_string());
    let templates: Vec<&str> = fix
        .edits
        .iter()
        .flat_map(|edit| {
            [
                &edit.file,
                &edit.find,
                &edit.replace,
                &edit.insert,
                &edit.after,
            ]
            .into_iter()
            .flatten()
            .map(String::as_str)
        })
        .collect();
    let used: BTreeSet<String> = templates
        .iter()
        .flat_map(|template| placeholders(template))
        .filter(|name| !BUILTIN_PLACEHOLDERS.contains(&name.as_str()))
        .collect();
    // The fix as it was made: which of the message's values does it name?
    // (A regex's word boundaries are no part of the names beside them.)
    let rendered: Vec<String> = templates
        .iter()
        .map(|template| render_template(template, &|name| value_of(name)).replace(r"\b", " "))
        .collect();
    let named: BTreeSet<String> = message_values(&occurrence.message)
        .into_iter()
        .map(|value| value.text)
        .filter(|text| rendered.iter().any(|r| has_token(r, text)))
        .collect();
    let [value] = named.into_iter().collect::<Vec<_>>().try_into().ok()?;
    if !is_distinctive(&value) {
        return None;
    }
    // Every capture the fix uses must be that value: the new message names nothing else.
    let group = match used.iter().collect::<Vec<_>>().as_slice() {
        [] => None,
        [name] if value_of(name).as_deref() == Some(value.as_str()) => Some(name.to_string()),
        _ => return None,
    };
    let literal = escape_literal_regex(&value);
    let token = match group {
        Some(name) => format!("(?P<{name}>{literal})"),
        None => literal,
    };
    let mut general = spec.clone();
    general.codes = Vec::new();
    general.note = None;
    general.message = format!(r"(?:^|[^A-Za-z0-9_]){token}(?:[^A-Za-z0-9_]|$)");
    general.title = format!("Learned: an error that names `{value}`");
    general.fixes = vec![crate::pattern::FixTemplate {
        confidence: NAMED_PRIOR,
        ..fix.clone()
    }];
    general.id = learned_id(&general);
    Some(general)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::occurrence::{Severity, Tool};
    use crate::pattern::{Anchor, Category, EditTemplate, FixTemplate};

    fn spec(message: &str, edit: EditTemplate) -> PatternSpec {
        PatternSpec {
            id: "rust.learned-0".to_string(),
            language: crate::occurrence::Language::Rust,
            tools: Vec::new(),
            codes: vec!["E0432".to_string()],
            message: message.to_string(),
            note: None,
            category: Category::Other,
            severity: Severity::Error,
            title: "Learned".to_string(),
            explanation: String::new(),
            docs: None,
            fixes: vec![FixTemplate {
                title: "t".to_string(),
                confidence: 0.7,
                edits: vec![edit],
                command: None,
                suggestion: false,
                generator: None,
            }],
        }
    }

    fn occurrence(message: &str) -> Occurrence {
        let mut occurrence = Occurrence::new(Tool::Rustc, Severity::Error, message);
        occurrence.code = Some("E0432".to_string());
        occurrence
    }

    fn manifest_edit() -> EditTemplate {
        EditTemplate {
            at: Anchor::After,
            file: Some("Cargo.toml".to_string()),
            find: None,
            replace: None,
            insert: Some("{v1} = {{ path = \"vendor/{v1}\" }}".to_string()),
            after: Some(r"^\s*\[dependencies\]\s*$".to_string()),
            unless: None,
        }
    }

    #[test]
    fn a_crate_added_for_one_wording_is_offered_for_another() {
        let spec = spec("^unresolved import `(?P<v1>[^`]+)`$", manifest_edit());
        let named = named_lesson(&spec, &occurrence("unresolved import `fixedpoint`")).unwrap();
        assert!(named.codes.is_empty());
        assert_eq!(named.fixes[0].confidence, NAMED_PRIOR);
        assert_eq!(named.fixes[0].edits, spec.fixes[0].edits);
        let regex = Regex::new(&named.message).unwrap();
        let other = "cannot find module or crate `fixedpoint` in this scope";
        assert_eq!(&regex.captures(other).unwrap()["v1"], "fixedpoint");
        assert!(!regex.is_match("cannot find module or crate `fixedpoints` in this scope"));
        assert!(!regex.is_match("cannot find module or crate `serde` in this scope"));
    }

    #[test]
    fn a_rename_written_literally_is_offered_where_the_name_is_used_otherwise() {
        let rename = EditTemplate {
            at: Anchor::EveryMatch,
            file: None,
            find: Some(r"\bparseRoute\b".to_string()),
            replace: Some("matchRoute".to_string()),
            insert: None,
            after: None,
            unless: None,
        };
        let spec = spec(
            r"^Module '\S+' has no exported member 'parseRoute'\.$",
            rename,
        );
        let message = "Module '\"./router.js\"' has no exported member 'parseRoute'.";
        let named = named_lesson(&spec, &occurrence(message)).unwrap();
        let regex = Regex::new(&named.message).unwrap();
        assert!(
            regex.is_match("Property 'parseRoute' does not exist on type 'typeof import(\"x\")'.")
        );
        assert!(!regex.is_match("Property 'parseRoutes' does not exist on type 'R'."));
    }

    #[test]
    fn a_common_word_or_a_fix_about_several_values_makes_no_such_lesson() {
        let spec_json = spec(
            "^name '(?P<v1>[^']+)' is not defined$",
            EditTemplate {
                at: Anchor::Imports,
                file: None,
                find: None,
                replace: None,
                insert: Some("import {v1}".to_string()),
                after: None,
                unless: None,
            },
        );
        assert!(named_lesson(&spec_json, &occurrence("name 'json' is not defined")).is_none());
        let two = spec(
            "^expected `(?P<v1>[^`]+)`, found `(?P<v2>[^`]+)`$",
            EditTemplate {
                at: Anchor::Line,
                file: None,
                find: Some(r"\b{v2}\b".to_string()),
                replace: Some("{v1}::from({v2})".to_string()),
                insert: None,
                after: None,
                unless: None,
            },
        );
        let message = "expected `Celsius`, found `Fahrenheit`";
        assert!(named_lesson(&two, &occurrence(message)).is_none());
    }
}
