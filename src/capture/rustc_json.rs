//! Parses the machine-readable diagnostics of rustc: the lines of
//! `cargo build --message-format=json` (`{"reason":"compiler-message", "message": {…}}`) and of
//! `rustc --error-format=json` (`{"$message_type":"diagnostic", …}`). Each line is a whole record.
//!
//! This is the authoritative source of rustc's suggestions: every span that carries a
//! `suggested_replacement` becomes a `Suggestion` with rustc's own applicability.

use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use super::{Feed, Parser};
use crate::occurrence::{Applicability, Note, NoteKind, Occurrence, Severity, Suggestion, Tool};

/// Bounds what one diagnostic may make us keep, whatever the input.
const MAX_NOTES: usize = 50;
const MAX_SUGGESTIONS: usize = 50;

const CARGO_PREFIX: &str = r#"{"reason":"#;

/// rustc's error codes. Lint names (`unused_imports`, `clippy::needless_return`) are left out of
/// `code` because the human output does not print them in the header, and the same diagnostic must
/// get the same fingerprint whichever format it was captured from.
static ERROR_CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^E\d{4}$").expect("valid regex"));

/// "2 warnings emitted", the closing count of a warnings-only rustc run.
static WARNINGS_EMITTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d+ warnings? emitted").expect("valid regex"));

/// Stateless: every line is a whole record. Braced rather than a unit struct so that it is built
/// with `Default` like every other parser.
#[derive(Default)]
pub struct RustcJsonParser {}

impl Parser for RustcJsonParser {
    fn triggers(&self) -> &'static [&'static str] {
        &[
            r#"^\{"reason":"compiler-message""#,
            r#"^\{"\$message_type":"diagnostic""#,
        ]
    }

    fn feed(&mut self, line: &str, out: &mut Vec<Occurrence>) -> Feed {
        let Some(diagnostic) = parse_diagnostic_line(line) else {
            return Feed::Rejected;
        };
        if let Some(occurrence) = occurrence_from_diagnostic(&diagnostic) {
            out.push(occurrence);
        }
        Feed::Done
    }

    fn finish(&mut self, _out: &mut Vec<Occurrence>) {}
}

/// One line of cargo's JSON stream; only compiler messages carry a diagnostic.
#[derive(Deserialize)]
struct CargoMessage {
    reason: String,
    message: Option<Diagnostic>,
}

/// rustc's JSON diagnostic, reduced to the fields we use (serde skips the rest, including the
/// long `explanation` and `rendered` texts, without keeping them).
#[derive(Deserialize)]
struct Diagnostic {
    message: String,
    code: Option<DiagnosticCode>,
    level: String,
    #[serde(default)]
    spans: Vec<DiagnosticSpan>,
    #[serde(default)]
    children: Vec<Diagnostic>,
}

#[derive(Deserialize)]
struct DiagnosticCode {
    code: String,
}

#[derive(Deserialize)]
struct DiagnosticSpan {
    file_name: String,
    line_start: u32,
    line_end: u32,
    column_start: u32,
    column_end: u32,
    is_primary: bool,
    label: Option<String>,
    suggested_replacement: Option<String>,
    suggestion_applicability: Option<String>,
}

/// The diagnostic a line holds, or `None` for other JSON (artifacts, build-finished) and for
/// anything that does not parse.
fn parse_diagnostic_line(line: &str) -> Option<Diagnostic> {
    let line = line.trim_end();
    match line.starts_with(CARGO_PREFIX) {
        true => {
            let message: CargoMessage = serde_json::from_str(line).ok()?;
            match message.reason.as_str() {
                "compiler-message" => message.message,
                _ => None,
            }
        }
        false => serde_json::from_str(line).ok(),
    }
}

/// The occurrence for a top-level diagnostic; `None` for rustc's closing summaries.
fn occurrence_from_diagnostic(diagnostic: &Diagnostic) -> Option<Occurrence> {
    if is_summary(diagnostic) {
        return None;
    }
    let mut occurrence = Occurrence::new(
        Tool::Rustc,
        severity_of_level(&diagnostic.level),
        headline_of(diagnostic),
    );
    occurrence.code = diagnostic
        .code
        .as_ref()
        .map(|code| code.code.as_str())
        .filter(|code| ERROR_CODE.is_match(code))
        .map(str::to_string);
    if let Some(primary) = primary_span(&diagnostic.spans) {
        occurrence.file = Some(primary.file_name.clone());
        occurrence.line = Some(primary.line_start);
        occurrence.column = Some(primary.column_start);
        occurrence.end_line = Some(primary.line_end);
        occurrence.end_column = Some(primary.column_end);
        if let Some(label) = primary.label.as_deref().filter(|l| !l.trim().is_empty()) {
            occurrence
                .notes
                .push(located_note(NoteKind::Note, first_line(label), primary));
        }
    }
    for child in &diagnostic.children {
        if occurrence.notes.len() >= MAX_NOTES {
            break;
        }
        let kind = match child.level.as_str() {
            "help" => NoteKind::Help,
            _ => NoteKind::Note,
        };
        let note = match primary_span(&child.spans) {
            Some(span) => located_note(kind, first_line(&child.message), span),
            None => Note::new(kind, first_line(&child.message)),
        };
        occurrence.notes.push(note);
    }
    occurrence.suggestions = suggestions_of(diagnostic);
    Some(occurrence)
}

/// "aborting due to 2 previous errors", "N warnings emitted", "For more information about this
/// error…", "Some errors have detailed explanations…": counts and pointers, not errors.
fn is_summary(diagnostic: &Diagnostic) -> bool {
    diagnostic.spans.is_empty()
        && (diagnostic.level == "failure-note"
            || diagnostic.message.starts_with("aborting due to")
            || WARNINGS_EMITTED.is_match(&diagnostic.message))
}

fn severity_of_level(level: &str) -> Severity {
    match level {
        "warning" => Severity::Warning,
        "note" | "help" | "failure-note" => Severity::Note,
        // "error", "error: internal compiler error" and anything new that rustc may add.
        _ if level.starts_with("error") => Severity::Error,
        _ => Severity::Note,
    }
}

/// The headline as the human output prints it after `error[E…]: `: the first line of the message,
/// with the internal-compiler-error level folded in the way rustc renders it.
fn headline_of(diagnostic: &Diagnostic) -> String {
    let message = first_line(&diagnostic.message);
    match diagnostic.level.strip_prefix("error: ") {
        Some(level_detail) => format!("{level_detail}: {message}"),
        None => message.to_string(),
    }
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or("").trim_end()
}

/// The span rustc marks primary; the first of them if several are.
fn primary_span(spans: &[DiagnosticSpan]) -> Option<&DiagnosticSpan> {
    spans.iter().find(|span| span.is_primary)
}

fn located_note(kind: NoteKind, message: &str, span: &DiagnosticSpan) -> Note {
    Note {
        kind,
        message: message.to_string(),
        file: Some(span.file_name.clone()),
        line: Some(span.line_start),
        column: Some(span.column_start),
    }
}

/// Every replacement rustc proposed, on the diagnostic's own spans or its children's, each with
/// the message of the (sub-)diagnostic that proposed it.
fn suggestions_of(diagnostic: &Diagnostic) -> Vec<Suggestion> {
    let owners = std::iter::once(diagnostic).chain(diagnostic.children.iter());
    let mut suggestions = Vec::new();
    for owner in owners {
        for span in &owner.spans {
            let Some(replacement) = &span.suggested_replacement else {
                continue;
            };
            if suggestions.len() >= MAX_SUGGESTIONS {
                return suggestions;
            }
            suggestions.push(Suggestion {
                message: first_line(&owner.message).to_string(),
                file: span.file_name.clone(),
                line: span.line_start,
                column: span.column_start,
                end_line: span.line_end,
                end_column: span.column_end,
                replacement: replacement.clone(),
                applicability: applicability_of(span.suggestion_applicability.as_deref()),
            });
        }
    }
    suggestions
}

fn applicability_of(name: Option<&str>) -> Applicability {
    match name {
        Some("MachineApplicable") => Applicability::MachineApplicable,
        Some("MaybeIncorrect") => Applicability::MaybeIncorrect,
        Some("HasPlaceholders") => Applicability::HasPlaceholders,
        _ => Applicability::Unspecified,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feed_one(line: &str) -> (Feed, Vec<Occurrence>) {
        let mut parser = RustcJsonParser::default();
        let mut out = Vec::new();
        let feed = parser.feed(line, &mut out);
        (feed, out)
    }

    const RUSTC_E0425: &str = r#"{"$message_type":"diagnostic","message":"cannot find value `totl` in this scope","code":{"code":"E0425","explanation":"An unresolved name was used.\n"},"level":"error","spans":[{"file_name":"main.rs","byte_start":47,"byte_end":51,"line_start":3,"line_end":3,"column_start":20,"column_end":24,"is_primary":true,"text":[],"label":"not found in this scope","suggested_replacement":null,"suggestion_applicability":null,"expansion":null}],"children":[{"message":"a local variable with a similar name exists","code":null,"level":"help","spans":[{"file_name":"main.rs","byte_start":47,"byte_end":51,"line_start":3,"line_end":3,"column_start":20,"column_end":24,"is_primary":true,"text":[],"label":null,"suggested_replacement":"total","suggestion_applicability":"MaybeIncorrect","expansion":null}],"children":[],"rendered":null}],"rendered":"error[E0425]: …\n"}"#;

    #[test]
    fn reads_a_rustc_diagnostic_with_its_suggestion() {
        let (feed, out) = feed_one(RUSTC_E0425);
        assert_eq!(feed, Feed::Done);
        assert_eq!(out.len(), 1);
        let occurrence = &out[0];
        assert_eq!(occurrence.severity, Severity::Error);
        assert_eq!(occurrence.code.as_deref(), Some("E0425"));
        assert_eq!(occurrence.message, "cannot find value `totl` in this scope");
        assert_eq!(occurrence.file.as_deref(), Some("main.rs"));
        assert_eq!(
            (
                occurrence.line,
                occurrence.column,
                occurrence.end_line,
                occurrence.end_column
            ),
            (Some(3), Some(20), Some(3), Some(24))
        );
        assert_eq!(occurrence.notes.len(), 2);
        assert_eq!(occurrence.notes[0].message, "not found in this scope");
        assert_eq!(occurrence.notes[1].kind, NoteKind::Help);
        assert_eq!(occurrence.suggestions.len(), 1);
        let suggestion = &occurrence.suggestions[0];
        assert_eq!(suggestion.replacement, "total");
        assert_eq!(suggestion.applicability, Applicability::MaybeIncorrect);
        assert_eq!(
            suggestion.message,
            "a local variable with a similar name exists"
        );
        assert_eq!((suggestion.column, suggestion.end_column), (20, 24));
    }

    #[test]
    fn reads_the_diagnostic_inside_a_cargo_message_and_drops_lint_names() {
        let line = r#"{"reason":"compiler-message","package_id":"x","target":{"name":"x"},"message":{"rendered":"warning: …","$message_type":"diagnostic","children":[{"children":[],"code":null,"level":"help","message":"remove this `mut`","rendered":null,"spans":[{"byte_end":4,"byte_start":0,"column_end":13,"column_start":9,"expansion":null,"file_name":"src/main.rs","is_primary":true,"label":null,"line_end":6,"line_start":6,"suggested_replacement":"","suggestion_applicability":"MachineApplicable","text":[]}]}],"code":{"code":"unused_mut","explanation":null},"level":"warning","message":"variable does not need to be mutable","spans":[{"byte_end":9,"byte_start":1,"column_end":17,"column_start":9,"expansion":null,"file_name":"src/main.rs","is_primary":true,"label":null,"line_end":6,"line_start":6,"suggested_replacement":null,"suggestion_applicability":null,"text":[]}]}}"#;
        let (feed, out) = feed_one(line);
        assert_eq!(feed, Feed::Done);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].severity, Severity::Warning);
        assert_eq!(out[0].code, None);
        assert_eq!(out[0].file.as_deref(), Some("src/main.rs"));
        assert_eq!(out[0].suggestions[0].replacement, "");
        assert_eq!(
            out[0].suggestions[0].applicability,
            Applicability::MachineApplicable
        );
    }

    #[test]
    fn skips_summaries_but_consumes_them() {
        for line in [
            r#"{"$message_type":"diagnostic","message":"aborting due to 2 previous errors","code":null,"level":"error","spans":[],"children":[],"rendered":"error: aborting due to 2 previous errors\n\n"}"#,
            r#"{"$message_type":"diagnostic","message":"For more information about this error, try `rustc --explain E0308`.","code":null,"level":"failure-note","spans":[],"children":[],"rendered":""}"#,
            r#"{"$message_type":"diagnostic","message":"2 warnings emitted","code":null,"level":"warning","spans":[],"children":[],"rendered":""}"#,
        ] {
            let (feed, out) = feed_one(line);
            assert_eq!(feed, Feed::Done, "{line}");
            assert!(out.is_empty(), "{line}");
        }
    }

    #[test]
    fn keeps_location_less_errors_and_folds_the_ice_level() {
        let line = r#"{"$message_type":"diagnostic","message":"unexpected panic","code":null,"level":"error: internal compiler error","spans":[],"children":[]}"#;
        let (_, out) = feed_one(line);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].message, "internal compiler error: unexpected panic");
        assert_eq!(out[0].severity, Severity::Error);
        assert_eq!(out[0].file, None);
    }

    #[test]
    fn rejects_other_json_and_garbage() {
        for line in [
            r#"{"reason":"build-finished","success":false}"#,
            r#"{"reason":"compiler-artifact","package_id":"x"}"#,
            r#"{"reason":"compiler-message","message":{"message":"#,
            r#"{"$message_type":"diagnostic","message":12}"#,
            r#"{"$message_type":"diagnostic"}"#,
            "",
            "{",
            "\u{0}\u{ffff}",
        ] {
            let (feed, out) = feed_one(line);
            assert_eq!(feed, Feed::Rejected, "{line}");
            assert!(out.is_empty());
        }
    }
}
