//! A server's own fix, read from what its diagnostic says, as the suggestion the tool's terminal
//! output carries (rustc's `help:` replacements, clang's fix-it hints, Python's "did you mean"):
//! patterns that take the tool's suggestion (`suggestion = true`) then offer it.
//!
//! - rust-analyzer forwards rustc's suggestions as related information (`message: `replacement``
//!   at the span to replace);
//! - ruff puts its fix's edits in the diagnostic's `data` (`{"edits": [{range, newText}],
//!   "is_preferred": true}` for a safe fix);
//! - tsserver, clangd and others say "did you mean 'x'?";
//! - clangd says ` (fix available)` when clang had a fix-it, and clang's wording says what it is:
//!   `expected ';' after expression` (insert the `;` after the previous token),
//!   `…; take the address with &`, `…; dereference with *`, `…; remove &`, `…; remove *`; and
//!   its include cleaner's `Included header x.h is not used directly` deletes the `#include`.
//!
//! Nothing here guesses: a suggestion is made only when the wording and the text under the range
//! leave one reading.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use tower_lsp_server::ls_types::Diagnostic;

use super::documents::{offset_of, Document, PositionEncoding};
use super::from_proto::CoreSpan;
use crate::fix::ColumnUnit;
use crate::occurrence::{Applicability, Suggestion, Tool};

/// The suggestions a forwarded diagnostic carries or words, in this document.
pub fn suggestions(
    diagnostic: &Diagnostic,
    document: &Document,
    text: &str,
    encoding: PositionEncoding,
    tool: Tool,
    file: &str,
) -> Vec<Suggestion> {
    let start = offset_of(&document.text, diagnostic.range.start, encoding);
    let end = offset_of(&document.text, diagnostic.range.end, encoding);
    let place = Place {
        text,
        tool,
        file,
        document,
        encoding,
    };
    let mut found = related_suggestions(diagnostic, &place);
    if found.is_empty() {
        found = ruff_edits(diagnostic, &place);
    }
    if found.is_empty() {
        found.extend(did_you_mean(&diagnostic.message, &place, start..end));
    }
    if found.is_empty() && tool == Tool::Clang {
        found.extend(clang_fix_it(&diagnostic.message, &place, start..end));
    }
    found
}

/// Where suggestions are made: the document, its text, the tool whose columns they count in.
struct Place<'a> {
    text: &'a str,
    tool: Tool,
    file: &'a str,
    document: &'a Document,
    encoding: PositionEncoding,
}

impl Place<'_> {
    /// A suggestion replacing the bytes `range` of the text.
    fn suggestion(
        &self,
        range: Range<usize>,
        replacement: String,
        message: String,
        applicability: Applicability,
    ) -> Suggestion {
        let unit = ColumnUnit::of_suggestion(self.tool, applicability);
        let span = CoreSpan::of_bytes(self.text, range.start, range.end, unit);
        Suggestion {
            message,
            file: self.file.to_string(),
            line: span.line,
            column: span.column,
            end_line: span.end_line,
            end_column: span.end_column,
            replacement,
            applicability,
        }
    }

    fn offsets(&self, range: tower_lsp_server::ls_types::Range) -> Range<usize> {
        offset_of(&self.document.text, range.start, self.encoding)
            ..offset_of(&self.document.text, range.end, self.encoding)
    }
}

/// The tool's own suggestions a forwarded diagnostic carries in its related information, as
/// rust-analyzer forwards rustc's (and selfheal publishes its own): `message: `replacement`` at
/// the span to replace, in this document. Notes (`help: …`, `note: …`) are not suggestions.
fn related_suggestions(diagnostic: &Diagnostic, place: &Place<'_>) -> Vec<Suggestion> {
    static SUGGESTED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?s)^(?P<message>.+?): `(?P<replacement>.*)`$").expect("valid regex")
    });
    diagnostic
        .related_information
        .iter()
        .flatten()
        .filter(|related| related.location.uri == place.document.uri)
        .filter(|related| {
            !related.message.starts_with("help: ") && !related.message.starts_with("note: ")
        })
        .filter_map(|related| {
            let captures = SUGGESTED.captures(&related.message)?;
            // Read back as what the tool may have got wrong: the editor does not say how sure
            // it was.
            Some(place.suggestion(
                place.offsets(related.location.range),
                captures["replacement"].to_string(),
                captures["message"].to_string(),
                Applicability::MaybeIncorrect,
            ))
        })
        .collect()
}

/// ruff's fix, in its diagnostic's `data`: `edits` (ranges of this document and their new text)
/// with `is_preferred` for a fix ruff calls safe, and the fix's `title`.
fn ruff_edits(diagnostic: &Diagnostic, place: &Place<'_>) -> Vec<Suggestion> {
    if place.tool != Tool::Ruff {
        return Vec::new();
    }
    let Some(data) = &diagnostic.data else {
        return Vec::new();
    };
    let applicability = match data["is_preferred"].as_bool() {
        Some(true) => Applicability::MachineApplicable,
        _ => Applicability::MaybeIncorrect,
    };
    let title = data["title"].as_str().unwrap_or("ruff's fix").to_string();
    data["edits"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|edit| {
            let range: tower_lsp_server::ls_types::Range =
                serde_json::from_value(edit["range"].clone()).ok()?;
            let replacement = edit["newText"].as_str()?.to_string();
            Some(place.suggestion(
                place.offsets(range),
                replacement,
                title.clone(),
                applicability,
            ))
        })
        .collect()
}

/// A server's "did you mean" (tsserver's `Did you mean 'userName'?`, `Did you mean to write
/// 'name'?` and `Did you mean 'typeof limit'?`, clangd's `did you mean 'count'?`) as the
/// suggestion the tool's terminal output carries: the name the diagnostic covers replaced by the
/// one it names. Only when the diagnostic covers exactly one identifier.
fn did_you_mean(message: &str, place: &Place<'_>, range: Range<usize>) -> Option<Suggestion> {
    static DID_YOU_MEAN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"[Dd]id you mean (?:to write )?(?:'|`|‘|\x22)(?P<name>(?:typeof )?[A-Za-z_$][\w$]*)(?:'|`|’|\x22)\?")
            .expect("valid regex")
    });
    let name = DID_YOU_MEAN
        .captures(message)?
        .name("name")?
        .as_str()
        .to_string();
    let covered = place.text.get(range.clone())?;
    // `typeof x` stands for the `x` the diagnostic covers.
    let named = name.strip_prefix("typeof ").unwrap_or(&name);
    if !is_identifier(covered) || covered == name || (named != name && named != covered) {
        return None;
    }
    Some(place.suggestion(
        range,
        name.clone(),
        format!("did you mean `{name}`"),
        Applicability::MaybeIncorrect,
    ))
}

fn is_identifier(text: &str) -> bool {
    static IDENTIFIER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^[A-Za-z_$][\w$]*$").expect("valid regex"));
    IDENTIFIER.is_match(text)
}

/// clang's fix-it, as clangd's wording of it says: only for a message that ends ` (fix
/// available)` (one fix; ` (fixes available)` is a choice for a person).
fn clang_fix_it(message: &str, place: &Place<'_>, range: Range<usize>) -> Option<Suggestion> {
    let message = message.strip_suffix(" (fix available)")?;
    expected_token(message, place, range.clone())
        .or_else(|| address_or_dereference(message, place, range.clone()))
        .or_else(|| unused_include(message, place, range))
}

/// clangd's include cleaner: `Included header stdio.h is not used directly`, on the `#include`
/// line; its fix deletes that line.
fn unused_include(message: &str, place: &Place<'_>, range: Range<usize>) -> Option<Suggestion> {
    static UNUSED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^Included header (?P<header>\S+) is not used directly$").expect("valid regex")
    });
    let header = UNUSED.captures(message)?["header"].to_string();
    let text = place.text;
    let start = line_start(text, range.start);
    let end = text[start..]
        .find('\n')
        .map_or(text.len(), |newline| start + newline + 1);
    let line = text[start..end].trim();
    let include = Regex::new(&format!(
        r#"^#\s*include\s*[<"](?:[^<>"]*/)?{}[>"]\s*(?://.*)?$"#,
        regex::escape(&header)
    ))
    .ok()?;
    if !include.is_match(line) {
        return None;
    }
    Some(place.suggestion(
        start..end,
        String::new(),
        format!("remove `#include` of {header}"),
        Applicability::MaybeIncorrect,
    ))
}

/// `expected ';' after expression` (and `at end of declaration`, `after return statement`,
/// `after struct` …): clang inserts the token right after the previous token, where it noticed
/// it missing, and clangd's range is the token after that (often on the next line). When what
/// clang found instead of a `;` is a `,` or `:` (a typo), it replaces that.
fn expected_token(message: &str, place: &Place<'_>, range: Range<usize>) -> Option<Suggestion> {
    static EXPECTED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^Expected '(?P<token>[;,:)\]}])' (?:after|at end of) ").expect("valid regex")
    });
    let token = EXPECTED.captures(message)?["token"].to_string();
    let text = place.text;
    let covered = text.get(range.clone())?;
    // As the terminal's fix-it hints are read: clang does not say how sure it is.
    let applicability = Applicability::MaybeIncorrect;
    if token == ";" && (covered == "," || covered == ":") {
        return Some(place.suggestion(
            range,
            token.clone(),
            format!("replace `{covered}` with `;`"),
            applicability,
        ));
    }
    let at = text[..range.start].trim_end().len();
    if at == 0 {
        return None;
    }
    // A comment between the previous token and the range would hide where it ends.
    let line = &text[line_start(text, at)..at];
    if line.contains("//") || line.contains("/*") || line.contains("*/") {
        return None;
    }
    Some(place.suggestion(
        at..at,
        token.clone(),
        format!("insert `{token}`"),
        applicability,
    ))
}

/// `incompatible integer to pointer conversion …; take the address with &` (and `dereference with
/// *`, `remove &`, `remove *`): the expression converted, as clang marks it. The range is that
/// expression when passing or returning it, the declared name when initializing (the expression
/// is its initializer) and the `=` when assigning. Only a plain operand — a name with members,
/// subscripts or calls — is changed: anything else would need parentheses clang may not have
/// meant.
fn address_or_dereference(
    message: &str,
    place: &Place<'_>,
    range: Range<usize>,
) -> Option<Suggestion> {
    static ACTION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?P<how>initializing|assigning to|passing|returning) .*; (?P<action>take the address with &|dereference with \*|remove &|remove \*)$")
            .expect("valid regex")
    });
    static OPERAND: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?P<prefix>[&*]\s*)?(?P<operand>[A-Za-z_]\w*(?:\s*(?:\[[^\[\]\n;]*\]|\.\s*[A-Za-z_]\w*|->\s*[A-Za-z_]\w*|\([^()\n;]*\)))*)$")
            .expect("valid regex")
    });
    let captures = ACTION.captures(message)?;
    let text = place.text;
    let covered = text.get(range.clone())?;
    let expression = match &captures["how"] {
        "passing" | "returning" => range,
        "initializing" if is_identifier(covered) => initializer(text, range.end)?,
        "assigning to" if covered == "=" => initializer(text, range.start)?,
        _ => return None,
    };
    let written = &text[expression.clone()];
    let operand = OPERAND.captures(written)?;
    let prefix = operand.name("prefix").map(|p| p.as_str().trim());
    let plain = &operand["operand"];
    let (replacement, what) = match (&captures["action"], prefix) {
        ("take the address with &", None) => (format!("&{plain}"), "take the address with `&`"),
        ("dereference with *", None) => (format!("*{plain}"), "dereference with `*`"),
        ("remove &", Some("&")) => (plain.to_string(), "remove `&`"),
        ("remove *", Some("*")) => (plain.to_string(), "remove `*`"),
        _ => return None,
    };
    Some(place.suggestion(
        expression,
        replacement,
        what.to_string(),
        Applicability::MaybeIncorrect,
    ))
}

/// The initializer after `from` (a declared name, or the `=` itself): what follows `=` up to the
/// `;` that ends the line, when nothing else (a `,`, another `;`) is in it.
fn initializer(text: &str, from: usize) -> Option<Range<usize>> {
    static EQUALS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(?:\s*\[[^\]\n]*\])*\s*=?[ \t]*").expect("valid regex"));
    let rest = &text[from..];
    let line_end = rest.find('\n').unwrap_or(rest.len());
    let rest = &rest[..line_end];
    let skipped = EQUALS.find(rest)?.end();
    if !text[..from + skipped].trim_end().ends_with('=') {
        return None;
    }
    let value = &rest[skipped..];
    let semicolon = value.find(';')?;
    if !value[semicolon + 1..].trim().is_empty()
        && !value[semicolon + 1..].trim_start().starts_with("//")
    {
        return None;
    }
    let expression = value[..semicolon].trim_end();
    if expression.is_empty() || expression.contains(',') {
        return None;
    }
    let start = from + skipped;
    Some(start..start + expression.len())
}

/// The byte offset where the line holding `offset` starts.
pub fn line_start(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |newline| newline + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ropey::Rope;
    use tower_lsp_server::ls_types::Uri;

    fn document(text: &str) -> Document {
        let uri: Uri = "file:///w/main.c".parse().unwrap();
        Document {
            uri,
            path: Some("/w/main.c".into()),
            language_id: "c".to_string(),
            version: 1,
            text: Rope::from_str(text),
        }
    }

    /// What `read` makes of the first occurrence of `covered` in `text`, as `tool`'s.
    fn suggested(
        tool: Tool,
        text: &str,
        covered: &str,
        read: impl Fn(&Place<'_>, Range<usize>) -> Option<Suggestion>,
    ) -> Option<Suggestion> {
        let document = document(text);
        let place = Place {
            text,
            tool,
            file: "/w/main.c",
            document: &document,
            encoding: PositionEncoding::Utf16,
        };
        let start = text.find(covered).unwrap();
        read(&place, start..start + covered.len())
    }

    /// The suggestion for clangd's `message` on the first occurrence of `covered` in `text`.
    fn clangd_suggestion(text: &str, covered: &str, message: &str) -> Option<Suggestion> {
        suggested(Tool::Clang, text, covered, |place, range| {
            clang_fix_it(message, place, range)
        })
    }

    /// The same, as (replaced text, replacement).
    fn clangd(text: &str, covered: &str, message: &str) -> Option<(String, String)> {
        let suggestion = clangd_suggestion(text, covered, message)?;
        let unit = ColumnUnit::of_suggestion(Tool::Clang, suggestion.applicability);
        let from = crate::fix::byte_offset_of(text, suggestion.line, suggestion.column, unit)?;
        let to =
            crate::fix::byte_offset_of(text, suggestion.end_line, suggestion.end_column, unit)?;
        Some((text[from..to].to_string(), suggestion.replacement))
    }

    #[test]
    fn a_servers_did_you_mean_replaces_the_name_it_covers() {
        let read = |text: &str, covered: &str, message: &str| {
            suggested(Tool::Tsc, text, covered, |place, range| {
                did_you_mean(message, place, range)
            })
            .map(|suggestion| suggestion.replacement)
        };
        let text = "const u: User = { nmae: 1 };\nconst n: limit = 1;\n";
        assert_eq!(
            read(text, "nmae", "Object literal may only specify known properties, but 'nmae' does not exist in type 'User'. Did you mean to write 'name'?").as_deref(),
            Some("name")
        );
        assert_eq!(
            read(text, "limit", "'limit' refers to a value, but is being used as a type here. Did you mean 'typeof limit'?").as_deref(),
            Some("typeof limit")
        );
        // `typeof` of another name than the one covered is not this name's replacement.
        assert_eq!(read(text, "limit", "Did you mean 'typeof other'?"), None);
    }

    #[test]
    fn a_missing_semicolon_goes_after_the_previous_token() {
        let text = "int main(void) {\n    int total = 0\n    for (;;) {}\n}\n";
        let found = clangd(
            text,
            "for",
            "Expected ';' at end of declaration (fix available)",
        );
        assert_eq!(found, Some((String::new(), ";".to_string())));
        let suggestion = clangd_suggestion(
            text,
            "for",
            "Expected ';' at end of declaration (fix available)",
        )
        .unwrap();
        assert_eq!((suggestion.line, suggestion.column), (2, 18));
        // Behind a comment the end of the statement is not known.
        let commented = "int main(void) {\n    int total = 0 // zero\n    for (;;) {}\n}\n";
        assert_eq!(
            clangd(
                commented,
                "for",
                "Expected ';' at end of declaration (fix available)"
            ),
            None
        );
        // A typo'd `,` is replaced.
        assert_eq!(
            clangd(
                "void f(void) {\n    g(),\n}\n",
                ",",
                "Expected ';' after expression (fix available)"
            ),
            Some((",".to_string(), ";".to_string()))
        );
        // clangd's include cleaner: the whole line goes.
        assert_eq!(
            clangd(
                "#include <stdio.h>\n#include <ctype.h>\nint x;\n",
                "#include <ctype.h>",
                "Included header ctype.h is not used directly (fix available)"
            ),
            Some(("#include <ctype.h>\n".to_string(), String::new()))
        );
        // Without clang's fix-it there is nothing to read.
        assert_eq!(
            clangd(
                "int x = 0\nint y;\n",
                "int y",
                "Expected ';' after top level declarator"
            ),
            None
        );
    }

    #[test]
    fn the_address_or_the_value_of_a_plain_operand() {
        const TO_POINTER: &str = "Incompatible integer to pointer conversion initializing 'int *' with an expression of type 'int'";
        type Case<'a> = (&'a str, &'a str, String, Option<(&'a str, &'a str)>);
        let cases: &[Case<'_>] = &[
            ("    int *first = numbers[0];\n", "first", format!("{TO_POINTER}; take the address with & (fix available)"), Some(("numbers[0]", "&numbers[0]"))),
            ("    return first;\n", "first", "Incompatible pointer to integer conversion returning 'int *' from a function with result type 'int'; dereference with * (fix available)".into(), Some(("first", "*first"))),
            ("    int value = &numbers[1];\n", "value", "Incompatible pointer to integer conversion initializing 'int' with an expression of type 'int *'; remove & (fix available)".into(), Some(("&numbers[1]", "numbers[1]"))),
            ("    p = n;\n", "=", "Incompatible integer to pointer conversion assigning to 'int *' from 'int'; take the address with & (fix available)".into(), Some(("n", "&n"))),
            ("    fill(slot);\n", "slot", "Incompatible pointer types passing 'int *' to parameter of type 'int **'; take the address with & (fix available)".into(), Some(("slot", "&slot"))),
            // Not a plain operand, or not the fix clang had: nothing.
            ("    int *p = a + b;\n", "p", format!("{TO_POINTER}; take the address with & (fix available)"), None),
            ("    int *p = a, *q = b;\n", "p", format!("{TO_POINTER}; take the address with & (fix available)"), None),
            ("    int *p = n;\n", "p", TO_POINTER.to_string(), None),
        ];
        for (text, covered, message, expected) in cases {
            let expected = expected.map(|(from, to)| (from.to_string(), to.to_string()));
            assert_eq!(
                clangd(text, covered, message),
                expected,
                "{text:?} {message}"
            );
        }
    }
}
