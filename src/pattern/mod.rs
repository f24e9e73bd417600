//! The pattern model: what selfheal knows about a class of errors — how to recognise it, what it
//! means, and the fixes that usually work — loaded from TOML (the built-in library in
//! `patterns/*.toml` is compiled in; user and team patterns load from files) and validated with
//! errors that name the file, the pattern and what is wrong. Format: `patterns/README.md`.

mod builtin;
mod file;
mod matcher;
mod template;

use std::collections::HashSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::occurrence::{Language, Severity, Tool};

pub use builtin::builtin_sources;
pub use matcher::{PatternMatch, PatternSet};
pub use template::{placeholders, render_template, BUILTIN_PLACEHOLDERS};

/// One pattern as written in a pattern file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatternSpec {
    /// Unique, stable, `language.kebab-name` (e.g. `rust.missing-collections-import`).
    pub id: String,
    pub language: Language,
    /// Tools whose output this pattern applies to; empty means every tool of `language`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tools: Vec<Tool>,
    /// The occurrence's code must be one of these; empty means any code (or none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<String>,
    /// Regex on the occurrence's message; its named groups are the pattern's captures.
    pub message: String,
    /// Optional regex that one of the attached notes must match; its named groups are captures too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub category: Category,
    #[serde(default = "default_severity")]
    pub severity: Severity,
    /// One line, may use `{captures}`: "`HashMap` is not imported".
    pub title: String,
    /// Markdown: what it means, the usual causes, how to fix it by hand.
    pub explanation: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docs: Option<String>,
    #[serde(default, rename = "fix", skip_serializing_if = "Vec::is_empty")]
    pub fixes: Vec<FixTemplate>,
}

fn default_severity() -> Severity {
    Severity::Error
}

/// What kind of mistake a pattern describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    MissingImport,
    UndefinedName,
    Typo,
    MissingDependency,
    Syntax,
    UnusedCode,
    Mutability,
    Ownership,
    Arguments,
    TypeMismatch,
    MissingReturn,
    Exhaustiveness,
    NullAccess,
    Test,
    Configuration,
    Runtime,
    Other,
}

/// A fix as written in a pattern: one of `edits`, `command`, `suggestion` or `generator`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FixTemplate {
    /// What the fix does, may use `{captures}`: "Import `std::collections::{name}`".
    pub title: String,
    /// The prior belief that the fix works, 0 < confidence < 1.
    pub confidence: f64,
    #[serde(default, rename = "edit", skip_serializing_if = "Vec::is_empty")]
    pub edits: Vec<EditTemplate>,
    /// A shell command (e.g. `cargo add {crate}`), shown and never run without a person's yes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
    /// Apply the tool's own suggestion (rustc, clang/gcc fix-its, "did you mean").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub suggestion: bool,
    /// What one of selfheal's candidate generators proposes for the error (`did-you-mean`,
    /// `project-import` …): a lesson that a person's fix was what that generator makes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generator: Option<String>,
}

/// One text edit of a fix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditTemplate {
    pub at: Anchor,
    /// Edit another file, found by walking up from the error's file: `Cargo.toml`,
    /// `package.json`, `requirements.txt`, `go.mod` …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// Regex that must match inside the anchor; what it matched is replaced by `replace`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub find: Option<String>,
    /// Replacement text for the anchor (or for `find`'s match).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replace: Option<String>,
    /// Text to insert at the anchor (a whole line for line-based anchors).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insert: Option<String>,
    /// For `at = "after"`: regex of the line after which `insert` goes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Regex: when the target file already matches it, the edit is not needed (and the fix not
    /// offered) — e.g. the import is already there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unless: Option<String>,
}

/// Where an edit applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Anchor {
    /// The diagnostic's range (line:column to end_line:end_column).
    Range,
    /// The whole diagnostic line.
    Line,
    /// The end of the diagnostic line (e.g. a missing `;`).
    LineEnd,
    /// A new line before the diagnostic line.
    LineBefore,
    /// Where this language's imports go: after the last import, else after the package/module
    /// header, else at the start (after a shebang and leading comments).
    Imports,
    FileStart,
    FileEnd,
    /// After the first line matching `after`.
    After,
    /// The one place in the file that `find` matches — not the diagnostic's line: the
    /// declaration an error names (`const limit` for "Cannot assign to 'limit' because it is a
    /// constant"). No match, or more than one, and the fix is not offered.
    OnlyMatch,
    /// The one place within [`NEAR_LINES`] lines above or below the diagnostic line that `find`
    /// matches (it may span lines): where a learned fix changes the code it was learned on. No
    /// match there, or more than one, and the fix is not offered.
    Near,
    /// Every place in the file that `find` matches, one of them within [`NEAR_LINES`] lines of
    /// the diagnostic line: a name renamed wherever the file uses it. No match near the error,
    /// and the fix is not offered.
    EveryMatch,
}

/// How far from the diagnostic line an `at = "near"` edit looks.
pub const NEAR_LINES: u32 = 3;

/// A loaded pattern. Its regexes compile on first use: most patterns never meet an error they
/// could match in one run, and compiling hundreds of them up front would cost every start-up.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub spec: PatternSpec,
    pub message: LazyRegex,
    pub note: Option<LazyRegex>,
    /// Where it came from: `builtin:rust.toml`, a file path.
    pub origin: String,
}

/// Compiles a pattern's regex. Where the pattern allows it, `\w`, `\d`, `\s`, `\b` and classes
/// are ASCII-only: a Unicode class compiles to a large automaton, and 435 Unicode-aware pattern
/// regexes cost ~50 MB where ASCII ones cost ~14 MB. Error messages name identifiers in ASCII
/// nearly always; a pattern with a non-ASCII character in a class (`[‘']`) keeps Unicode.
fn compile_pattern_regex(source: &str) -> Result<PatternRegex, regex::Error> {
    let build = |unicode: bool| {
        regex::bytes::RegexBuilder::new(source)
            .unicode(unicode)
            .dfa_size_limit(64 * 1024)
            .build()
    };
    build(false).or_else(|_| build(true)).map(PatternRegex)
}

/// A compiled pattern regex, matched against UTF-8 text.
#[derive(Debug, Clone)]
pub struct PatternRegex(regex::bytes::Regex);

impl PatternRegex {
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.0.is_match(text.as_bytes())
    }

    /// The named captures of the first match, as text.
    pub fn captures(&self, text: &str) -> Option<Vec<(String, String)>> {
        let found = self.0.captures(text.as_bytes())?;
        Some(
            self.capture_names()
                .filter_map(|name| {
                    let value = found.name(name)?;
                    Some((
                        name.to_string(),
                        String::from_utf8_lossy(value.as_bytes()).into_owned(),
                    ))
                })
                .collect(),
        )
    }

    pub fn capture_names(&self) -> impl Iterator<Item = &str> {
        self.0.capture_names().flatten()
    }
}

/// A regex compiled when first used.
#[derive(Debug, Clone)]
pub struct LazyRegex {
    source: String,
    compiled: std::sync::OnceLock<PatternRegex>,
}

impl LazyRegex {
    fn new(source: &str) -> Self {
        LazyRegex {
            source: source.to_string(),
            compiled: std::sync::OnceLock::new(),
        }
    }

    fn compiled(regex: PatternRegex) -> Self {
        let compiled = std::sync::OnceLock::new();
        let source = regex.as_str().to_string();
        let _ = compiled.set(regex);
        LazyRegex { source, compiled }
    }

    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// Whether the regex has been compiled yet.
    pub fn is_compiled(&self) -> bool {
        self.compiled.get().is_some()
    }

    /// The compiled regex. The built-in library is validated by its tests, so a failure here is
    /// a bug: it is logged and the pattern matches nothing.
    pub fn get(&self) -> &PatternRegex {
        self.compiled
            .get_or_init(|| match compile_pattern_regex(&self.source) {
                Ok(regex) => regex,
                Err(error) => {
                    tracing::error!("pattern regex {:?} does not compile: {error}", self.source);
                    compile_pattern_regex(r"[^\s\S]").expect("valid regex")
                }
            })
    }
}

/// A problem found while loading patterns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternError {
    pub origin: String,
    pub pattern_id: Option<String>,
    pub problem: String,
}

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.pattern_id {
            Some(id) => write!(f, "{}: pattern `{id}`: {}", self.origin, self.problem),
            None => write!(f, "{}: {}", self.origin, self.problem),
        }
    }
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct PatternFile {
    #[serde(default, rename = "pattern")]
    patterns: Vec<PatternSpec>,
}

/// Parses and validates one pattern file, compiling every regex. Every problem is reported;
/// valid patterns are kept. For `patterns validate`/`import`, where a regex too large to compile
/// must be reported too.
pub fn load_patterns(origin: &str, text: &str) -> (Vec<Pattern>, Vec<PatternError>) {
    load(origin, text, Validation::Full)
}

/// Parses and validates a user's or team's pattern file as [`load_patterns`] does, but checks
/// regexes by parsing them only and leaves them to compile on first use, as the built-in
/// library does: a team's 10,000 patterns would otherwise cost hundreds of MB of automata and
/// seconds of start-up in every editor, for patterns most sessions never meet.
pub fn load_user_patterns(origin: &str, text: &str) -> (Vec<Pattern>, Vec<PatternError>) {
    load(origin, text, Validation::Syntax)
}

/// Parses a file whose validity its tests guarantee (the built-in library), leaving the regexes
/// to compile on first use.
pub(crate) fn load_trusted_patterns(origin: &str, text: &str) -> (Vec<Pattern>, Vec<PatternError>) {
    load(origin, text, Validation::Trusted)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Validation {
    /// Every check, regexes compiled.
    Full,
    /// Every check, regexes parsed (not compiled) and left lazy.
    Syntax,
    /// No checks (the built-in library, which its tests validate).
    Trusted,
}

/// The pattern specs of a pattern file, parsed but neither validated nor compiled.
pub fn parse_specs(text: &str) -> Result<Vec<PatternSpec>, toml::de::Error> {
    file::parse_in_pieces(text, |all: &mut PatternFile, more| {
        all.patterns.extend(more.patterns)
    })
    .map(|file| file.patterns)
}

fn load(origin: &str, text: &str, validation: Validation) -> (Vec<Pattern>, Vec<PatternError>) {
    let specs = match parse_specs(text) {
        Ok(specs) => specs,
        Err(error) => {
            let problem = error.to_string().trim_end().replace('\n', "\n    ");
            return (
                Vec::new(),
                vec![PatternError {
                    origin: origin.to_string(),
                    pattern_id: None,
                    problem,
                }],
            );
        }
    };
    let mut patterns = Vec::new();
    let mut errors = Vec::new();
    for spec in specs {
        if validation == Validation::Trusted {
            let message = LazyRegex::new(&spec.message);
            let note = spec.note.as_deref().map(LazyRegex::new);
            patterns.push(Pattern {
                spec,
                message,
                note,
                origin: origin.to_string(),
            });
            continue;
        }
        match compile(spec, origin, validation) {
            Ok(pattern) => patterns.push(pattern),
            Err(mut problems) => errors.append(&mut problems),
        }
    }
    (patterns, errors)
}

/// Serialises patterns back to the file format (for `patterns export`).
pub fn export_patterns(patterns: &[&PatternSpec]) -> String {
    let file = PatternFile {
        patterns: patterns.iter().map(|p| (*p).clone()).collect(),
    };
    toml::to_string_pretty(&file).unwrap_or_default()
}

/// Checks that ids are unique across everything loaded; later duplicates are reported.
pub fn check_unique_ids(patterns: &[Pattern]) -> Vec<PatternError> {
    let mut seen = HashSet::new();
    patterns
        .iter()
        .filter(|p| !seen.insert(p.spec.id.as_str()))
        .map(|p| PatternError {
            origin: p.origin.clone(),
            pattern_id: Some(p.spec.id.clone()),
            problem: "this id is already used by another pattern".to_string(),
        })
        .collect()
}

fn compile(
    spec: PatternSpec,
    origin: &str,
    validation: Validation,
) -> Result<Pattern, Vec<PatternError>> {
    let mut problems = Vec::new();
    let id_ok = spec.id.split_once('.').is_some_and(|(language, name)| {
        language == spec.language.as_str()
            && !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
    });
    if !id_ok {
        problems.push(format!(
            "id must be `{}.kebab-case-name` (lowercase letters, digits, `-`)",
            spec.language.as_str()
        ));
    }
    for tool in &spec.tools {
        if tool.language() != spec.language {
            problems.push(format!(
                "tool `{tool}` is not a {} tool",
                spec.language.as_str()
            ));
        }
    }
    let mut captures: HashSet<String> = HashSet::new();
    let message = check_regex(
        "message",
        &spec.message,
        validation,
        &mut captures,
        &mut problems,
    );
    let note = spec
        .note
        .as_deref()
        .and_then(|note| check_regex("note", note, validation, &mut captures, &mut problems));
    if spec.title.trim().is_empty() {
        problems.push("title is empty".to_string());
    }
    if spec.explanation.trim().len() < 40 {
        problems.push("explanation is missing or too short to help (write what it means, the usual causes, how to fix it by hand)".to_string());
    }
    check_placeholders("title", &spec.title, &captures, &mut problems);
    for (index, fix) in spec.fixes.iter().enumerate() {
        let context = format!("fix {} (`{}`)", index + 1, fix.title);
        check_fix(fix, &context, &captures, &mut problems);
    }
    match (problems.is_empty(), message) {
        (true, Some(message)) => Ok(Pattern {
            spec,
            message,
            note,
            origin: origin.to_string(),
        }),
        _ => Err(problems
            .into_iter()
            .map(|problem| PatternError {
                origin: origin.to_string(),
                pattern_id: Some(spec.id.clone()),
                problem,
            })
            .collect()),
    }
}

fn check_fix(
    fix: &FixTemplate,
    context: &str,
    captures: &HashSet<String>,
    problems: &mut Vec<String>,
) {
    if !(fix.confidence > 0.0 && fix.confidence < 1.0) {
        problems.push(format!(
            "{context}: confidence must be between 0 and 1 (exclusive), not {}",
            fix.confidence
        ));
    }
    let kinds = usize::from(!fix.edits.is_empty())
        + usize::from(fix.command.is_some())
        + usize::from(fix.suggestion)
        + usize::from(fix.generator.is_some());
    if kinds != 1 {
        problems.push(format!(
            "{context}: give exactly one of `[[…fix.edit]]`, `command`, `suggestion = true` or \
             `generator`"
        ));
    }
    if let Some(name) = &fix.generator {
        if crate::generate::Generator::named(name).is_none() {
            problems.push(format!("{context}: no generator is called {name:?}"));
        }
    }
    check_placeholders(&format!("{context} title"), &fix.title, captures, problems);
    if let Some(command) = &fix.command {
        check_placeholders(&format!("{context} command"), command, captures, problems);
    }
    for (index, edit) in fix.edits.iter().enumerate() {
        let context = format!("{context} edit {}", index + 1);
        check_edit(edit, &context, captures, problems);
    }
}

fn check_edit(
    edit: &EditTemplate,
    context: &str,
    captures: &HashSet<String>,
    problems: &mut Vec<String>,
) {
    // `replace` may also use the named groups of `find`.
    let mut find_groups = captures.clone();
    for (field, regex) in [
        ("find", &edit.find),
        ("after", &edit.after),
        ("unless", &edit.unless),
    ] {
        if let Some(regex) = regex {
            // Regex fields may use placeholders too; check the regex with them filled in.
            let filled = render_template(regex, &|_| Some("x".to_string()));
            // Parsing finds every syntax error; these compile when a fix is planned.
            let mut groups = HashSet::new();
            check_regex(
                &format!("{context} {field}"),
                &filled,
                Validation::Syntax,
                &mut groups,
                problems,
            );
            if field == "find" {
                find_groups.extend(groups);
            }
            check_placeholders(&format!("{context} {field}"), regex, captures, problems);
        }
    }
    if let Some(text) = &edit.replace {
        check_placeholders(&format!("{context} replace"), text, &find_groups, problems);
    }
    if let Some(text) = &edit.insert {
        check_placeholders(&format!("{context} insert"), text, captures, problems);
    }
    let needs = match edit.at {
        Anchor::Range | Anchor::Line => edit.replace.is_some() || edit.insert.is_some(),
        Anchor::OnlyMatch | Anchor::Near | Anchor::EveryMatch => {
            edit.find.is_some() && edit.replace.is_some()
        }
        Anchor::LineEnd
        | Anchor::LineBefore
        | Anchor::Imports
        | Anchor::FileStart
        | Anchor::FileEnd => edit.insert.is_some(),
        Anchor::After => edit.insert.is_some() && edit.after.is_some(),
    };
    if !needs {
        problems.push(format!(
            "{context}: `at = \"{}\"` needs {}",
            serde_plain_anchor(edit.at),
            match edit.at {
                Anchor::Range | Anchor::Line => "`replace` (optionally with `find`) or `insert`",
                Anchor::OnlyMatch | Anchor::Near | Anchor::EveryMatch => "`find` and `replace`",
                Anchor::After => "`after` and `insert`",
                _ => "`insert`",
            }
        ));
    }
    if edit.find.is_some() && edit.replace.is_none() {
        problems.push(format!("{context}: `find` needs `replace`"));
    }
    if edit.file.is_some()
        && matches!(
            edit.at,
            Anchor::Range | Anchor::Line | Anchor::LineEnd | Anchor::LineBefore
        )
    {
        problems.push(format!(
            "{context}: an edit of another `file` cannot use the diagnostic's position"
        ));
    }
}

fn serde_plain_anchor(anchor: Anchor) -> String {
    serde_json::to_value(anchor)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Checks one of a pattern's regexes — compiled ([`Validation::Full`]) or parsed only — and
/// adds its named captures to `captures`.
fn check_regex(
    field: &str,
    pattern: &str,
    validation: Validation,
    captures: &mut HashSet<String>,
    problems: &mut Vec<String>,
) -> Option<LazyRegex> {
    let checked = match validation {
        Validation::Full => compile_pattern_regex(pattern)
            .map(|regex| {
                captures.extend(regex.capture_names().map(str::to_string));
                LazyRegex::compiled(regex)
            })
            .map_err(|error| error.to_string()),
        Validation::Syntax | Validation::Trusted => parse_pattern_regex(pattern).map(|hir| {
            capture_names(&hir, captures);
            LazyRegex::new(pattern)
        }),
    };
    match checked {
        Ok(regex) => Some(regex),
        Err(detail) => {
            let detail = detail.lines().last().unwrap_or("").trim();
            problems.push(format!("{field}: invalid regex `{pattern}`: {detail}"));
            None
        }
    }
}

/// Parses a pattern regex the way [`compile_pattern_regex`] builds it (ASCII classes where
/// possible, else Unicode), without building an automaton.
fn parse_pattern_regex(source: &str) -> Result<regex_syntax::hir::Hir, String> {
    let parse = |unicode: bool| {
        regex_syntax::ParserBuilder::new()
            .unicode(unicode)
            .utf8(false)
            .build()
            .parse(source)
            .map_err(|error| error.to_string())
    };
    parse(false).or_else(|_| parse(true))
}

fn capture_names(hir: &regex_syntax::hir::Hir, names: &mut HashSet<String>) {
    use regex_syntax::hir::HirKind;
    match hir.kind() {
        HirKind::Capture(capture) => {
            if let Some(name) = &capture.name {
                names.insert(name.to_string());
            }
            capture_names(&capture.sub, names);
        }
        HirKind::Repetition(repetition) => capture_names(&repetition.sub, names),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => {
            for sub in subs {
                capture_names(sub, names);
            }
        }
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => {}
    }
}

fn check_placeholders(
    field: &str,
    text: &str,
    captures: &HashSet<String>,
    problems: &mut Vec<String>,
) {
    for name in placeholders(text) {
        if !captures.contains(&name) && !template::BUILTIN_PLACEHOLDERS.contains(&name.as_str()) {
            problems.push(format!(
                "{field}: `{{{name}}}` is not a named capture of the pattern's regexes (have: {})",
                sorted(captures)
            ));
        }
    }
}

fn sorted(names: &HashSet<String>) -> String {
    let mut names: Vec<_> = names.iter().map(String::as_str).collect();
    names.sort_unstable();
    match names.is_empty() {
        true => "none".to_string(),
        false => names.join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::{load_patterns, load_user_patterns};

    const GOOD: &str = r#"
[[pattern]]
id = "python.name-not-defined-test"
language = "python"
message = "name '(?P<name>\\w+)' is not defined"
category = "missing-import"
title = "Define `{name}`"
explanation = "The name is used before anything defines or imports it in this scope."
"#;

    #[test]
    fn user_patterns_are_checked_without_compiling() {
        let (patterns, errors) = load_user_patterns("team.toml", GOOD);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(!patterns[0].message.is_compiled());
        assert!(patterns[0]
            .message
            .get()
            .is_match("name 'json' is not defined"));
        assert!(patterns[0].message.is_compiled());
        let (patterns, _) = load_patterns("team.toml", GOOD);
        assert!(patterns[0].message.is_compiled());
    }

    #[test]
    fn user_patterns_report_what_full_validation_reports() {
        let broken_regex = GOOD.replace("(?P<name>", "(?P<name");
        let unknown_capture = GOOD.replace("Define `{name}`", "Define `{symbol}`");
        let broken_edit_regex = format!(
            "{GOOD}\n[[pattern.fix]]\ntitle = \"t\"\nconfidence = 0.5\n[[pattern.fix.edit]]\nat = \"after\"\nafter = \"(unclosed\"\ninsert = \"x\"\n"
        );
        for text in [broken_regex, unknown_capture, broken_edit_regex] {
            let (full_patterns, full) = load_patterns("team.toml", &text);
            let (user_patterns, user) = load_user_patterns("team.toml", &text);
            assert!(
                full_patterns.is_empty() && user_patterns.is_empty(),
                "{text}"
            );
            assert!(
                !full.is_empty() && full.iter().all(|e| e.pattern_id.is_some()),
                "a pattern's own problem, not a file error: {full:?}"
            );
            assert_eq!(
                full.iter()
                    .map(|e| e.problem.split(':').next().unwrap().to_string())
                    .collect::<Vec<_>>(),
                user.iter()
                    .map(|e| e.problem.split(':').next().unwrap().to_string())
                    .collect::<Vec<_>>(),
                "{text}"
            );
        }
    }
}
