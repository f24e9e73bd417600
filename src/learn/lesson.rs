//! One lesson: an error, the file it pointed at before, and the same file after a person's
//! change that made the error go away → a pattern that makes the same change the next time, or
//! the reason it is not learned.
//!
//! The steps (after Getafix's edit patterns with unchanged context, and DevReplay's regex +
//! template patterns):
//! 1. Gate: at most one changed hunk of a few lines near the error (or, when far from it, one
//!    whose text is unique in the file), plus at most one hunk that only adds imports.
//! 2. Minimise: the changed characters, widened to whole identifiers, then widened by tokens of
//!    unchanged context until the old text occurs exactly once where the fix will look for it.
//! 3. Template the message: quoted names, names the edit uses, and paths.
//! 4. Link: a value of the message that the new text contains becomes a capture in the message,
//!    the anchor and the replacement — the lesson then holds for other names too. A value only
//!    removed by the edit stays literal: replacing `load_config` by `read_config` is a fact about
//!    `load_config`, not about every undefined name.
//!
//! The result is validated by `super::replay` before it is kept.

use super::hunks::{hunks, Hunk};
use crate::fix::{byte_offset_of, is_import_line, ColumnUnit};
use crate::occurrence::{Language, Occurrence};
use crate::pattern::{Anchor, Category, EditTemplate, FixTemplate, PatternSpec, NEAR_LINES};

/// The prior of a learned fix: above the default minimum confidence, so `heal --yes` tries it
/// (verified, reverted when it fails), below what an editor marks as preferred.
pub const LEARNED_PRIOR: f64 = 0.7;

/// A hunk longer than this (old or new lines) is a rewrite, not a fix of one error.
const MAX_HUNK_LINES: usize = 6;

/// How many tokens of unchanged context may be added to make the anchor unique.
const MAX_CONTEXT_TOKENS: usize = 16;

/// Why a change was not learned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotLearned(pub String);

fn refuse<T>(reason: impl Into<String>) -> Result<T, NotLearned> {
    Err(NotLearned(reason.into()))
}

/// The pattern a person's change teaches, before validation.
pub fn lesson(occurrence: &Occurrence, old: &str, new: &str) -> Result<PatternSpec, NotLearned> {
    let language = occurrence.tool.language();
    let Some(error_line) = occurrence.line.filter(|&l| l > 0) else {
        return refuse("the error names no line");
    };
    let error_index = error_line as usize - 1;
    // Go: a lone `import "fmt"` the person turned into a block to add an import is read as that
    // block to begin with, so that the change is the import it added (the planner makes the
    // same block when it adds one).
    if let Some((block, at)) = lone_import_as_block(language, old, new) {
        let mut shifted = occurrence.clone();
        if error_index > at {
            shifted.line = shifted.line.map(|line| line + 2);
            shifted.end_line = shifted.end_line.map(|line| line + 2);
        }
        return lesson(&shifted, &block, new);
    }
    let old_lines: Vec<&str> = old.split_inclusive('\n').collect();
    let new_lines: Vec<&str> = new.split_inclusive('\n').collect();
    let Some(found) = hunks(&old_lines, &new_lines) else {
        return refuse("the change is too large to be one fix");
    };
    let (imports, main): (Vec<&Hunk>, Vec<&Hunk>) = found
        .iter()
        .partition(|hunk| is_import_hunk(hunk, language));
    if found.is_empty() {
        return refuse("the file did not change");
    }
    // A name renamed at each of its uses (in one hunk or several) is that rename everywhere.
    if let Some(spec) = super::rename::everywhere(occurrence, old, new) {
        return Ok(spec);
    }
    if imports.len() > 1 || main.len() > 1 {
        return Err(super::rename::several_places(found.len()));
    }
    let main = main.first().copied();
    if let Some(hunk) = main {
        // Deleting the line that failed silences the error rather than fixing it — unless the
        // error is that the line should not be there (an unused import or variable).
        let deletes_error_line = hunk.new.iter().all(|l| l.trim().is_empty())
            && (hunk.old_start..hunk.old_start + hunk.old.len()).contains(&error_index);
        if deletes_error_line && !says_remove(&occurrence.message) {
            return refuse("the change deletes the code that failed");
        }
        if hunk.old.len() > MAX_HUNK_LINES || hunk.new.len() > MAX_HUNK_LINES {
            return refuse(format!(
                "the change spans {} lines; a lesson is a few lines",
                hunk.old.len().max(hunk.new.len())
            ));
        }
    }

    // A tool's hint at the end ("Did you mean: 'None'?") depends on the names around the
    // error, not on the error: the lesson's message ends before it, and any hint may follow.
    let (message, hint) = without_hint(&occurrence.message);
    let values = message_values(message);
    let mut edits = Vec::new();
    let mut described = Vec::new();
    // A name added to an import line that is there already (`from decimal import
    // ROUND_HALF_UP, Decimal`) is learned as that name's own import statement: the same import,
    // and one that applies to files whose import line lists other names.
    let extended = match (imports.first(), main) {
        (None, Some(hunk)) => extended_import(hunk, language),
        _ => None,
    };
    let main = match extended {
        Some(_) => None,
        None => main,
    };
    let import_text = match (&extended, imports.first()) {
        (Some(statement), _) => Some(statement.clone()),
        (None, Some(hunk)) => Some(hunk.new.concat()),
        (None, None) => None,
    };
    if let Some(added) = &import_text {
        let line = import_statement(added.trim_end(), language);
        let linked = link(&line, &values, &line);
        edits.push(EditTemplate {
            at: Anchor::Imports,
            file: None,
            find: None,
            replace: None,
            insert: Some(parts_text(&linked.0)),
            after: None,
            unless: Some(format!("(?m)^\\s*{}\\s*$", template_regex(&linked.0))),
        });
        described.push(format!("add `{}`", first_line(added.trim())));
    }
    let mut used = Vec::new();
    if main.is_some() {
        // The main hunk against the text with the import hunk already made, so that the two
        // do not mix in the character diff.
        let base = match imports.first() {
            Some(import) => {
                let at = import.old_bytes(&old_lines).start;
                let added: String = import.new.concat();
                format!("{}{added}{}", &old[..at], &old[at..])
            }
            None => old.to_string(),
        };
        let error_index = match imports.first() {
            Some(import) if import.old_start <= error_index => error_index + import.new.len(),
            _ => error_index,
        };
        let range = diagnostic_range(occurrence, &base, error_index);
        let (edit, description, linked) = main_edit(&base, new, error_index, range, &values)?;
        edits.push(edit);
        described.push(description);
        used = linked;
    }
    let import_values: Vec<&Value> = match &import_text {
        Some(added) => values
            .iter()
            .filter(|v| contains_token(added, &v.text))
            .collect(),
        None => Vec::new(),
    };
    let generalised: Vec<&Value> = values
        .iter()
        .filter(|v| used.contains(&v.name) || import_values.iter().any(|i| i.name == v.name))
        .collect();
    let mut message = message_regex(message, &values, &generalised);
    message.truncate(message.len() - 1);
    message.push_str(message_regex_suffix(hint));
    let title = described.join(", then ");
    let title = format!("{}{}", title[..1].to_uppercase(), &title[1..]);
    let fix_title = template_text(&title);
    let mut spec = PatternSpec {
        id: String::new(),
        language,
        // Any tool of the language: the same error from pytest or from python3 is one lesson.
        tools: Vec::new(),
        codes: occurrence.code.iter().cloned().collect(),
        message,
        note: None,
        category: Category::Other,
        severity: occurrence.severity,
        title: format!(
            "Learned: {}",
            template_text(&first_line(&occurrence.message))
        ),
        explanation: format!(
            "selfheal learned this fix from a change a person made after this error, which \
             then went away: {title}. It is tried like any other fix, verified by running the \
             command again, and loses confidence when it does not work. Remove it with \
             `selfheal patterns forget ID`."
        )
        .replace('{', "{{")
        .replace('}', "}}"),
        docs: None,
        fixes: vec![FixTemplate {
            title: fix_title,
            confidence: LEARNED_PRIOR,
            edits,
            command: None,
            suggestion: false,
            generator: None,
        }],
    };
    // Snapshots are scrubbed: a secret near the change shows as a redaction, and a pattern that
    // looked for one would never match, one that wrote one would damage the file.
    let redacted = spec.fixes[0].edits.iter().any(|edit| {
        [&edit.find, &edit.replace, &edit.insert]
            .into_iter()
            .flatten()
            .any(|text| text.contains("<redacted:"))
    });
    if redacted {
        return refuse("the change touches a secret; it is not learned");
    }
    spec.id = learned_id(&spec);
    Ok(spec)
}

/// The byte range the tool marked, when it is on the error's line (`error_index`, 0-based, in
/// `text`).
pub(super) fn diagnostic_range(
    occurrence: &Occurrence,
    text: &str,
    error_index: usize,
) -> Option<std::ops::Range<usize>> {
    let (column, end_line, end_column) = (
        occurrence.column?,
        occurrence.end_line?,
        occurrence.end_column?,
    );
    if Some(end_line) != occurrence.line {
        return None;
    }
    let unit = ColumnUnit::of(occurrence.tool);
    let line = error_index as u32 + 1;
    let start = byte_offset_of(text, line, column, unit)?;
    let end = byte_offset_of(text, line, end_column, unit)?;
    (start < end).then_some(start..end)
}

/// `lang.learned-<digest of what it matches and does>`: the same lesson learned twice has the
/// same id.
pub fn learned_id(spec: &PatternSpec) -> String {
    let mut key = spec.message.clone();
    for code in &spec.codes {
        key.push_str(code);
    }
    for edit in spec.fixes.iter().flat_map(|fix| &fix.edits) {
        key.push_str(&format!("{edit:?}"));
    }
    let digest = crate::digest::sha256_hex(key.as_bytes());
    format!("{}.learned-{}", spec.language.as_str(), &digest[..10])
}

/// A value named in the error message: a quoted name, a path, or an identifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Value {
    /// Capture name: `v1`, `v2` …
    pub(super) name: String,
    pub(super) text: String,
    /// Byte range in the message.
    start: usize,
    end: usize,
    /// The quote around it (`'`, `"`, `` ` ``), if any.
    quote: Option<char>,
}

/// Whether the message asks for something to go away: an unused, unnecessary or duplicate name.
fn says_remove(message: &str) -> bool {
    let message = message.to_ascii_lowercase();
    [
        "unused",
        "not used",
        "never used",
        "never read",
        "unnecessary",
        "redundant",
        "unreachable",
        "duplicate",
        "imported more than once",
    ]
    .iter()
    .any(|word| message.contains(word))
}

/// The end of a message regex: the message's end, or any "did you mean" hint first.
pub(super) fn message_regex_suffix(hint: bool) -> &'static str {
    match hint {
        true => r"(?:[.;,]? ?\(?[Dd]id you mean.*)?$",
        false => "$",
    }
}

/// The message without a trailing "did you mean" hint, and whether it had one.
pub(super) fn without_hint(message: &str) -> (&str, bool) {
    let lower = message.to_ascii_lowercase();
    match lower.find("did you mean") {
        Some(at) if at > 0 => {
            let head = message[..at].trim_end_matches([' ', '.', ';', ',', '(']);
            (head, true)
        }
        _ => (message, false),
    }
}

/// Quoted parts of the message, and bare identifiers (which link only when the edit uses them).
pub(super) fn message_values(message: &str) -> Vec<Value> {
    let mut values: Vec<Value> = Vec::new();
    let bytes = message.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        let c = bytes[index];
        let quote = matches!(c, b'\'' | b'"' | b'`')
            // An apostrophe inside a word (`doesn't`) is no quote.
            && !(c == b'\'' && index > 0 && bytes[index - 1].is_ascii_alphanumeric());
        if quote {
            if let Some(length) = message[index + 1..].find(c as char) {
                let text = &message[index + 1..index + 1 + length];
                if !text.is_empty() && !text.contains(char::is_whitespace) {
                    values.push(Value {
                        name: String::new(),
                        text: text.to_string(),
                        start: index + 1,
                        end: index + 1 + length,
                        quote: Some(c as char),
                    });
                }
                index += length + 2;
                continue;
            }
        }
        if is_identifier_byte(c) && (index == 0 || !is_identifier_byte(bytes[index - 1])) {
            // A dotted name, or a path (`example.org/app/util`) as one value.
            let end = bytes[index..]
                .iter()
                .position(|&b| !is_identifier_byte(b) && !matches!(b, b'.' | b'/' | b'-'))
                .map_or(bytes.len(), |n| index + n);
            let end = match message[index..end].ends_with('.') {
                true => end - 1,
                false => end,
            };
            let text = &message[index..end];
            if text.bytes().any(|b| b.is_ascii_alphabetic()) {
                values.push(Value {
                    name: String::new(),
                    text: text.to_string(),
                    start: index,
                    end,
                    quote: None,
                });
            }
            index = end.max(index + 1);
            continue;
        }
        index += 1;
    }
    // A bare word links only when it reads as code, or when the message quotes nothing.
    let quoted = values.iter().any(|v| v.quote.is_some());
    values.retain(|v| v.quote.is_some() || !quoted || looks_like_code(&v.text));
    for (number, value) in values.iter_mut().enumerate() {
        value.name = format!("v{}", number + 1);
    }
    values
}

fn is_identifier_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Whether `text` contains `token` as a whole identifier (not inside a longer one).
fn contains_token(text: &str, token: &str) -> bool {
    token_positions(text, token).next().is_some()
}

fn token_positions<'a>(text: &'a str, token: &'a str) -> impl Iterator<Item = usize> + 'a {
    let bytes = text.as_bytes();
    let edge = |b: Option<&u8>, token_edge: Option<u8>| {
        !(b.is_some_and(|&b| is_identifier_byte(b)) && token_edge.is_some_and(is_identifier_byte))
    };
    text.match_indices(token)
        .map(|(at, _)| at)
        .filter(move |&at| {
            !token.is_empty()
                && edge(
                    at.checked_sub(1).and_then(|i| bytes.get(i)),
                    token.bytes().next(),
                )
                && edge(bytes.get(at + token.len()), token.bytes().last())
        })
}

/// The message as a regex: generalised values are named groups, other values literal, paths
/// (`/` inside a word) any non-space run.
pub(super) fn message_regex(message: &str, values: &[Value], generalised: &[&Value]) -> String {
    let mut regex = String::from("^");
    let mut at = 0;
    let mut used_names = std::collections::HashSet::new();
    for value in values {
        if value.start < at {
            continue;
        }
        regex.push_str(&escape_literal_regex(&message[at..value.start]));
        let general = generalised.iter().any(|g| g.name == value.name);
        let class = match value.quote {
            Some(q) => format!("[^{}]+", regex_class_char(q)),
            // A module path (`example.org/units`, `left-pad`).
            None if value.text.contains(['/', '-']) => "[A-Za-z0-9_./-]+".to_string(),
            None => "[A-Za-z_][A-Za-z0-9_.]*".to_string(),
        };
        if general && used_names.insert(value.text.clone()) {
            regex.push_str(&format!("(?P<{}>{class})", value.name));
        } else if general {
            // The same value again: the same text (regex has no backreferences here).
            regex.push_str(&class);
        } else if value.text.contains('/') {
            // A path names the project it is in: any path.
            regex.push_str(r"\S+");
        } else {
            regex.push_str(&escape_literal_regex(&value.text));
        }
        at = value.end;
    }
    regex.push_str(&escape_literal_regex(&message[at..]));
    regex.push('$');
    regex
}

fn regex_class_char(c: char) -> String {
    match c {
        '\\' | ']' | '[' | '^' | '-' => format!("\\{c}"),
        _ => c.to_string(),
    }
}

/// Regex-escaped text, with braces doubled so that pattern templates read them literally.
pub(super) fn escape_literal_regex(text: &str) -> String {
    regex::escape(text).replace('{', "{{").replace('}', "}}")
}

/// Literal text for a pattern template (braces doubled).
pub(super) fn template_text(text: &str) -> String {
    text.replace('{', "{{").replace('}', "}}")
}

/// A piece of edit text: literal, or a message value's placeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Part {
    Literal(String),
    Value(String),
}

/// `text` cut into literal parts and the linked values' placeholders; the names used.
pub(super) fn link(text: &str, values: &[Value], replacement: &str) -> (Vec<Part>, Vec<String>) {
    let linkable: Vec<&Value> = values
        .iter()
        .filter(|v| contains_token(replacement, &v.text))
        .collect();
    let mut parts = Vec::new();
    let mut names = Vec::new();
    let mut at = 0;
    let mut literal = String::new();
    while at < text.len() {
        let here = linkable.iter().find(|v| {
            text[at..].starts_with(v.text.as_str())
                && token_positions(&text[at..], &v.text).next() == Some(0)
                && !(at > 0 && is_identifier_byte(text.as_bytes()[at - 1]))
        });
        match here {
            Some(value) => {
                if !literal.is_empty() {
                    parts.push(Part::Literal(std::mem::take(&mut literal)));
                }
                parts.push(Part::Value(value.name.clone()));
                if !names.contains(&value.name) {
                    names.push(value.name.clone());
                }
                at += value.text.len();
            }
            None => {
                let c = text[at..].chars().next().unwrap_or(' ');
                literal.push(c);
                at += c.len_utf8();
            }
        }
    }
    if !literal.is_empty() {
        parts.push(Part::Literal(literal));
    }
    (parts, names)
}

/// A bare word of a message that is a name in code rather than English: `snake_case`,
/// `camelCase`, `x2`, `pkg.Name`.
pub(super) fn looks_like_code(text: &str) -> bool {
    text.contains(['_', '.'])
        || text.bytes().any(|b| b.is_ascii_digit())
        || text.bytes().skip(1).any(|b| b.is_ascii_uppercase())
}

/// Parts as a template for `replace`/`insert`.
pub(super) fn parts_text(parts: &[Part]) -> String {
    parts
        .iter()
        .map(|part| match part {
            Part::Literal(text) => template_text(text),
            Part::Value(name) => format!("{{{name}}}"),
        })
        .collect()
}

/// Parts as a template for `find` (values are filled in regex-escaped by the planner).
pub(super) fn template_regex(parts: &[Part]) -> String {
    parts
        .iter()
        .map(|part| match part {
            Part::Literal(text) => escape_literal_regex(text),
            Part::Value(name) => format!("{{{name}}}"),
        })
        .collect()
}

fn first_line(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default().trim();
    match line.chars().count() > 60 {
        true => format!("{}…", line.chars().take(60).collect::<String>()),
        false => line.to_string(),
    }
}

/// The edit of the main hunk: the changed characters with just enough unchanged context to be
/// found exactly once near the error (or, when the change is far from it, in the whole file).
fn main_edit(
    base: &str,
    new: &str,
    error_index: usize,
    range: Option<std::ops::Range<usize>>,
    values: &[Value],
) -> Result<(EditTemplate, String, Vec<String>), NotLearned> {
    let (start, mut old_end, new_end) = changed_span(base, new);
    // Whitespace that only realigns the rest of the line (gofmt's columns) is not part of the
    // change: the find would not match another file's alignment.
    let is_blank = |b: u8| b == b' ' || b == b'\t';
    if !base[start..old_end].trim().is_empty() && !new[start..new_end].ends_with([' ', '\t']) {
        while old_end > start && is_blank(base.as_bytes()[old_end - 1]) {
            old_end -= 1;
        }
    }
    let near_the_error =
        base[..start].matches('\n').count().abs_diff(error_index) <= NEAR_LINES as usize;
    if let Some(call) =
        argument_insertion(base, new, start, old_end, new_end, values).filter(|_| near_the_error)
    {
        return Ok(call);
    }
    let line_of = |offset: usize| base[..offset].matches('\n').count();
    let near = line_of(start).abs_diff(error_index) <= NEAR_LINES as usize
        && line_of(old_end.max(start)).abs_diff(error_index) <= NEAR_LINES as usize;
    // Where the fix will look for the old text: inside the diagnostic's own range when the
    // change is (it pins the place, whatever else the lines hold), else near its line, else
    // anywhere in the file.
    let in_range = range
        .clone()
        .filter(|r| old_end > start && r.start <= start && old_end <= r.end);
    let at_line_start = start == 0 || base.as_bytes()[start - 1] == b'\n';
    let (anchor, (left, right)) = match in_range
        .and_then(|r| anchor_context(base, start, old_end, r, true, at_line_start))
    {
        Some(found) => (Anchor::Range, found),
        None if near => {
            let window = line_window(base, error_index, NEAR_LINES as usize);
            let found = anchor_context(base, start, old_end, window, true, at_line_start)
                .ok_or_else(|| {
                    NotLearned(
                        "no unchanged text near the change is unique enough to anchor it".into(),
                    )
                })?;
            (Anchor::Near, found)
        }
        None => {
            let found = anchor_context(base, start, old_end, 0..base.len(), false, at_line_start)
                .ok_or_else(|| {
                NotLearned("no unchanged text around the change is unique in the file".into())
            })?;
            (Anchor::OnlyMatch, found)
        }
    };
    let removed = &base[left..right];
    // The context is the old text's on both sides (left of the change the two agree; right of
    // it, whitespace left out of the change above stays as it was).
    let added = &format!("{}{}", &new[left..new_end], &base[old_end..right]);
    // A name the change only removes stays literal, unless what replaces it is generic (`_`,
    // punctuation, keywords of the message): `i declared but not used` → `_` holds for any name.
    let linked_in = match generic_replacement(&new[start..new_end], values) {
        true => format!("{added}\n{removed}"),
        false => added.to_string(),
    };
    let (find_parts, find_names) = link(removed, values, &linked_in);
    let (replace_parts, replace_names) = link(added, values, &linked_in);
    // The names used, for the message's captures (a name may be listed twice).
    let names = [find_names, replace_names].concat();
    let description = describe(&base[start..old_end], &new[start..new_end]);
    Ok((
        find_replace(
            anchor,
            bounded(template_regex(&find_parts), removed),
            parts_text(&replace_parts),
        ),
        description,
        names,
    ))
}

/// The changed characters of `base` → `new` as `(start, old end, new end)`, widened to whole
/// identifiers: a change inside a name changes the name.
pub(super) fn changed_span(base: &str, new: &str) -> (usize, usize, usize) {
    let prefix = common_prefix(base, new);
    let suffix = common_suffix(&base[prefix..], &new[prefix..]);
    let (mut start, mut old_end, mut new_end) = (prefix, base.len() - suffix, new.len() - suffix);
    while start > 0
        && is_identifier_byte(base.as_bytes()[start - 1])
        && (base[start..old_end]
            .bytes()
            .next()
            .is_some_and(is_identifier_byte)
            || new[start..new_end]
                .bytes()
                .next()
                .is_some_and(is_identifier_byte))
    {
        start -= 1;
    }
    while old_end < base.len()
        && is_identifier_byte(base.as_bytes()[old_end])
        && (base[start..old_end]
            .bytes()
            .last()
            .is_some_and(is_identifier_byte)
            || new[start..new_end]
                .bytes()
                .last()
                .is_some_and(is_identifier_byte))
    {
        old_end += 1;
        new_end += 1;
    }
    (start, old_end, new_end)
}

/// An edit that replaces what `find` matches at `at` by `replace`.
pub(super) fn find_replace(at: Anchor, find: String, replace: String) -> EditTemplate {
    EditTemplate {
        at,
        file: None,
        find: Some(find),
        replace: Some(replace),
        insert: None,
        after: None,
        unless: None,
    }
}

/// Whether the new text names nothing of its own: no word in it that is not a value of the
/// message (`_`, `;`, `?`).
fn generic_replacement(added: &str, values: &[Value]) -> bool {
    added
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|word| word.bytes().any(|b| b.is_ascii_alphabetic()))
        .all(|word| values.iter().any(|v| v.text == word))
}

/// A change that only adds arguments at the end of one call (`render(items)` →
/// `render(items, currency="EUR")`): learned as that, for the call's name whatever its other
/// arguments — another call site passes other values. `None` when the change is anything else
/// or the call's arguments hold parentheses of their own.
fn argument_insertion(
    base: &str,
    new: &str,
    start: usize,
    old_end: usize,
    new_end: usize,
    values: &[Value],
) -> Option<(EditTemplate, String, Vec<String>)> {
    if start != old_end || !base[old_end..].starts_with(')') {
        return None;
    }
    let added = &new[start..new_end];
    if added.contains(['\n', '(', ')']) || !added.trim_start().starts_with(',') {
        return None;
    }
    // The call's opening parenthesis, on the same line; its arguments may hold parentheses
    // one level deep (`("flyers", 1200)`).
    let line_start = base[..start].rfind('\n').map_or(0, |i| i + 1);
    let mut depth = 0usize;
    let mut deepest = 0usize;
    let mut open = None;
    for (index, byte) in base[line_start..start].bytes().enumerate().rev() {
        match byte {
            b')' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b'(' if depth == 0 => {
                open = Some(line_start + index);
                break;
            }
            b'(' => depth -= 1,
            _ => {}
        }
    }
    let open = open?;
    if deepest > 1 || base[open + 1..start].trim().is_empty() {
        return None;
    }
    let callee_start = base[..open]
        .bytes()
        .rposition(|b| !(is_identifier_byte(b) || b == b'.'))
        .map_or(0, |i| i + 1);
    let callee = &base[callee_start..open];
    if !callee
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
    {
        return None;
    }
    let (callee_parts, callee_names) = link(callee, values, callee);
    let (added_parts, added_names) = link(added, values, added);
    let names = [callee_names, added_names].concat();
    let find = format!(
        "\\b{}\\((?P<arguments>(?:[^()\\n]|\\([^()\\n]*\\))*)\\)",
        template_regex(&callee_parts)
    );
    let replace = format!(
        "{}({{arguments}}{})",
        parts_text(&callee_parts),
        parts_text(&added_parts)
    );
    let description = format!(
        "add `{}` to the arguments of `{callee}`",
        added.trim_start_matches([',', ' '])
    );
    Some((
        find_replace(Anchor::Near, find, replace),
        description,
        names,
    ))
}

/// The old text around `start..end` with a token at a time of unchanged context, until it
/// occurs exactly once in `window` (and, when `bounded`, stays inside it). An insertion at the
/// start of a line takes its context from the line it comes before; others alternate left and
/// right.
fn anchor_context(
    base: &str,
    start: usize,
    end: usize,
    window: std::ops::Range<usize>,
    bounded: bool,
    at_line_start: bool,
) -> Option<(usize, usize)> {
    let (mut left, mut right) = (start, end);
    let mut grow_right = at_line_start;
    for _ in 0..=MAX_CONTEXT_TOKENS {
        let old_text = &base[left..right];
        if !old_text.trim().is_empty() && occurrences(&base[window.clone()], old_text) == 1 {
            return (!bounded || (window.start <= left && right <= window.end))
                .then_some((left, right));
        }
        let can_right = right < base.len() && (right < window.end || !bounded);
        let can_left = left > 0 && (left > window.start || !bounded);
        match (grow_right && can_right, can_left, can_right) {
            (true, _, _) => right = next_token_end(base, right),
            (false, true, _) => left = previous_token_start(base, left),
            (false, false, true) => right = next_token_end(base, right),
            _ => return None,
        }
        if !at_line_start {
            grow_right = !grow_right;
        }
    }
    None
}

fn describe(removed: &str, added: &str) -> String {
    let (removed, added) = (first_line(removed), first_line(added));
    match (removed.is_empty(), added.is_empty()) {
        (true, _) => format!("insert `{added}`"),
        (false, true) => format!("remove `{removed}`"),
        (false, false) => format!("change `{removed}` to `{added}`"),
    }
}

fn common_prefix(a: &str, b: &str) -> usize {
    let mut n = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    while !a.is_char_boundary(n) {
        n -= 1;
    }
    n
}

fn common_suffix(a: &str, b: &str) -> usize {
    let mut n = a
        .bytes()
        .rev()
        .zip(b.bytes().rev())
        .take_while(|(x, y)| x == y)
        .count();
    while !a.is_char_boundary(a.len() - n) || !b.is_char_boundary(b.len() - n) {
        n -= 1;
    }
    n
}

/// Bytes of lines `center - radius ..= center + radius`.
pub(super) fn line_window(text: &str, center: usize, radius: usize) -> std::ops::Range<usize> {
    let first = center.saturating_sub(radius);
    let last = center + radius;
    let mut start = text.len();
    let mut end = text.len();
    let mut offset = 0;
    for (line, piece) in text.split_inclusive('\n').enumerate() {
        if line == first {
            start = offset;
        }
        offset += piece.len();
        if line == last {
            end = offset;
            break;
        }
    }
    start.min(end)..end
}

/// Non-overlapping occurrences of `needle` in `haystack`.
/// Occurrences of `needle` in `haystack` that do not continue a name: `want_byte` is not in
/// `want_bytes` (the fix's regex gets the same word boundaries, see `bounded`).
fn occurrences(haystack: &str, needle: &str) -> usize {
    token_positions(haystack, needle).count()
}

/// A `find` regex with a word boundary where its text begins or ends with a name character, so
/// that it finds the name and not the start of a longer one.
fn bounded(find: String, text: &str) -> String {
    let start = match text.bytes().next().is_some_and(is_identifier_byte) {
        true => "\\b",
        false => "",
    };
    let end = match text.bytes().last().is_some_and(is_identifier_byte) {
        true => "\\b",
        false => "",
    };
    format!("{start}{find}{end}")
}

/// The end of the token starting at `at` (an identifier, a run of spaces, or one character).
fn next_token_end(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = at;
    if is_identifier_byte(bytes[at]) {
        while end < bytes.len() && is_identifier_byte(bytes[end]) {
            end += 1;
        }
    } else if bytes[at] == b' ' || bytes[at] == b'\t' {
        while end < bytes.len() && (bytes[end] == b' ' || bytes[end] == b'\t') {
            end += 1;
        }
    } else {
        end += text[at..].chars().next().map_or(1, char::len_utf8);
    }
    end
}

/// The start of the token ending at `at`.
fn previous_token_start(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut start = at;
    if is_identifier_byte(bytes[at - 1]) {
        while start > 0 && is_identifier_byte(bytes[start - 1]) {
            start -= 1;
        }
    } else if bytes[at - 1] == b' ' || bytes[at - 1] == b'\t' {
        while start > 0 && (bytes[start - 1] == b' ' || bytes[start - 1] == b'\t') {
            start -= 1;
        }
    } else {
        start -= text[..at].chars().next_back().map_or(1, char::len_utf8);
    }
    start
}

/// `old` with the person's added imports made (a lone Go import read as its block first), and
/// the index `error_index` has there: what the rest of the change is made against. `None` when
/// the change adds no import or is no single import hunk beside the rest.
pub(super) fn with_imports_made(
    language: Language,
    old: &str,
    new: &str,
    error_index: usize,
) -> Option<(String, usize)> {
    let (old, error_index) = match lone_import_as_block(language, old, new) {
        Some((block, at)) if error_index > at => (block, error_index + 2),
        Some((block, _)) => (block, error_index),
        None => (old.to_string(), error_index),
    };
    let old_lines: Vec<&str> = old.split_inclusive('\n').collect();
    let new_lines: Vec<&str> = new.split_inclusive('\n').collect();
    let found = hunks(&old_lines, &new_lines)?;
    let imports: Vec<&Hunk<'_>> = found
        .iter()
        .filter(|hunk| is_import_hunk(hunk, language))
        .collect();
    let [import] = imports.as_slice() else {
        return None;
    };
    let at = import.old_bytes(&old_lines).start;
    let base = format!("{}{}{}", &old[..at], import.new.concat(), &old[at..]);
    let error_index = match import.old_start <= error_index {
        true => error_index + import.new.len(),
        false => error_index,
    };
    Some((base, error_index))
}

/// Go's `old` with its lone `import "x"` (at line index `at`) written as the block `new` has
/// there (`import (` … `"x"` … `)`), and `at`; `None` for other languages and changes.
fn lone_import_as_block(language: Language, old: &str, new: &str) -> Option<(String, usize)> {
    if language != Language::Go {
        return None;
    }
    let old_lines: Vec<&str> = old.split_inclusive('\n').collect();
    let new_lines: Vec<&str> = new.split_inclusive('\n').collect();
    let at = old_lines
        .iter()
        .position(|line| line.trim_start().starts_with("import \""))?;
    let spec = old_lines[at].trim().strip_prefix("import ")?.trim();
    if new_lines.get(at).map(|line| line.trim()) != Some("import (") {
        return None;
    }
    let block_end = at + new_lines[at..].iter().position(|line| line.trim() == ")")?;
    if !new_lines[at..block_end]
        .iter()
        .any(|line| line.trim() == spec)
    {
        return None;
    }
    let newline = match old_lines[at].ends_with("\r\n") {
        true => "\r\n",
        false => "\n",
    };
    let mut block = old_lines[..at].concat();
    block.push_str(&format!("import ({newline}\t{spec}{newline}){newline}"));
    block.push_str(&old_lines[at + 1..].concat());
    Some((block, at))
}

/// Whether a hunk only adds import lines (of `language`).
fn is_import_hunk(hunk: &Hunk<'_>, language: Language) -> bool {
    hunk.old.is_empty()
        && hunk.new.iter().any(|line| !line.trim().is_empty())
        && hunk
            .new
            .iter()
            .all(|line| line.trim().is_empty() || is_import_line(line, language))
}

/// The import statement of the names a one-line change added to an existing import line of the
/// same module, when that is all the change did.
fn extended_import(hunk: &Hunk<'_>, language: Language) -> Option<String> {
    let ([old], [new]) = (hunk.old.as_slice(), hunk.new.as_slice()) else {
        return None;
    };
    if !is_import_line(old, language) || !is_import_line(new, language) {
        return None;
    }
    let (old_module, old_names) = import_parts(old.trim(), language)?;
    let (new_module, new_names) = import_parts(new.trim(), language)?;
    let added: Vec<&str> = new_names
        .iter()
        .copied()
        .filter(|name| !old_names.contains(name))
        .collect();
    if old_module != new_module
        || added.is_empty()
        || old_names.iter().any(|n| !new_names.contains(n))
    {
        return None;
    }
    let names = added.join(", ");
    Some(match language {
        Language::Python => format!("from {new_module} import {names}"),
        Language::JavaScript => format!("import {{ {names} }} from {new_module};"),
        Language::Rust => match added.as_slice() {
            [one] => format!("use {new_module}::{one};"),
            _ => format!("use {new_module}::{{{names}}};"),
        },
        _ => return None,
    })
}

/// The module and the names of a one-line import: `from m import a, b`, `import { a, b } from
/// "m";`, `use p::{a, b};`.
fn import_parts(line: &str, language: Language) -> Option<(&str, Vec<&str>)> {
    fn names(list: &str) -> Vec<&str> {
        list.split(',')
            .map(|name| name.trim())
            .filter(|name| !name.is_empty())
            .collect()
    }
    match language {
        Language::Python => {
            let (module, list) = line.strip_prefix("from ")?.split_once(" import ")?;
            (!list.contains('(')).then(|| (module.trim(), names(list)))
        }
        Language::JavaScript => {
            let rest = line.strip_prefix("import ")?.trim_start();
            let (list, module) = rest.strip_prefix('{')?.split_once('}')?;
            let module = module
                .trim()
                .strip_prefix("from ")?
                .trim()
                .trim_end_matches(';');
            Some((module, names(list)))
        }
        Language::Rust => {
            let body = line.strip_prefix("use ")?.trim_end_matches(';');
            let (module, list) = body.split_once("::{")?;
            Some((module, names(list.strip_suffix('}')?)))
        }
        _ => None,
    }
}

/// The import as a statement the planner's import anchor takes: a Go spec inside a block
/// (`"strings"`) becomes `import "strings"`.
fn import_statement(added: &str, language: Language) -> String {
    match language {
        Language::Go => {
            let specs: Vec<&str> = added
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            match specs.as_slice() {
                [one] if !one.starts_with("import") => format!("import {one}"),
                _ => added.trim().to_string(),
            }
        }
        _ => added.trim().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::{lesson, message_values};
    use crate::occurrence::{Occurrence, Severity, Tool};
    use crate::pattern::Anchor;

    fn error(tool: Tool, message: &str, line: u32) -> Occurrence {
        let mut occurrence = Occurrence::new(tool, Severity::Error, message);
        occurrence.file = Some("/p/main.py".into());
        occurrence.line = Some(line);
        occurrence
    }

    #[test]
    fn a_rename_is_learned_for_that_name_only() {
        let old =
            "import os\n\ndef main():\n    cfg = load_config(os.environ['X'])\n    print(cfg)\n";
        let new = old.replace("load_config(", "read_config(");
        let occurrence = error(Tool::Python, "name 'load_config' is not defined", 4);
        let spec = lesson(&occurrence, old, &new).unwrap();
        assert_eq!(spec.message, "^name 'load_config' is not defined$");
        let edit = &spec.fixes[0].edits[0];
        assert_eq!(edit.at, Anchor::Near);
        assert_eq!(edit.find.as_deref(), Some("\\bload_config\\b"));
        assert_eq!(edit.replace.as_deref(), Some("read_config"));
        assert!(spec.id.starts_with("python.learned-"), "{}", spec.id);
    }

    #[test]
    fn a_value_the_new_text_uses_becomes_a_capture() {
        let old = "#[derive(Clone)]\nstruct Other;\n\nstruct Point {\n    x: i32,\n}\n\nfn main() {\n    let p = Point { x: 1 };\n    println!(\"{:?}\", p);\n}\n";
        let new = old.replace("struct Point {", "#[derive(Debug)]\nstruct Point {");
        let mut occurrence = error(Tool::Rustc, "`Point` doesn't implement `Debug`", 10);
        occurrence.code = Some("E0277".into());
        let spec = lesson(&occurrence, old, &new).unwrap();
        assert_eq!(
            spec.message,
            "^`(?P<v1>[^`]+)` doesn't implement `(?P<v2>[^`]+)`$"
        );
        let edit = &spec.fixes[0].edits[0];
        assert_eq!(edit.at, Anchor::OnlyMatch);
        assert_eq!(edit.find.as_deref(), Some("\\bstruct {v1}\\b"));
        assert_eq!(
            edit.replace.as_deref(),
            Some("#[derive({v2})]\nstruct {v1}")
        );
    }

    #[test]
    fn an_added_import_is_learned_with_the_name_as_a_capture() {
        let old = "import os\n\n\ndef total(xs):\n    return money(sum(xs))\n";
        let new =
            "import os\nfrom app.fmt import money\n\n\ndef total(xs):\n    return money(sum(xs))\n";
        let occurrence = error(Tool::Python, "name 'money' is not defined", 5);
        let spec = lesson(&occurrence, old, new).unwrap();
        assert_eq!(spec.message, "^name '(?P<v1>[^']+)' is not defined$");
        let edit = &spec.fixes[0].edits[0];
        assert_eq!(edit.at, Anchor::Imports);
        assert_eq!(edit.insert.as_deref(), Some("from app.fmt import {v1}"));
    }

    #[test]
    fn a_change_inside_the_marked_range_is_anchored_to_the_range() {
        let old = "const a = fetchUser(1);\nconst b = fetchUser(2);\n";
        let new = old.replacen("fetchUser", "getUser", 1);
        let mut occurrence = error(Tool::Tsc, "Cannot find name 'fetchUser'.", 1);
        occurrence.code = Some("TS2304".into());
        (
            occurrence.column,
            occurrence.end_line,
            occurrence.end_column,
        ) = (Some(11), Some(1), Some(20));
        let spec = lesson(&occurrence, old, &new).unwrap();
        let edit = &spec.fixes[0].edits[0];
        assert_eq!(edit.at, Anchor::Range);
        assert_eq!(edit.find.as_deref(), Some("\\bfetchUser\\b"));
        crate::learn::replay(&spec, &occurrence, old, &new).unwrap();
    }

    #[test]
    fn an_argument_added_to_a_call_is_learned_for_any_other_arguments() {
        let old = "from invoice import render_invoice\n\ndef test_total():\n    out = render_invoice(items, [(\"a\", 1), (\"b\", 2)])\n    assert out\n";
        let new = old.replace("2)])", "2)], currency=\"EUR\")");
        let occurrence = error(
            Tool::Pytest,
            "render_invoice() missing 1 required positional argument: 'currency'",
            4,
        );
        let spec = lesson(&occurrence, old, &new).unwrap();
        crate::learn::replay(&spec, &occurrence, old, &new).unwrap();
        let other = "x = 1\nprint(render_invoice(order.lines, {\"a\": 1}))\n";
        let mut elsewhere = occurrence.clone();
        elsewhere.line = Some(2);
        let fixed = other.replace("1}))", "1}, currency=\"EUR\"))");
        crate::learn::replay(&spec, &elsewhere, other, &fixed).unwrap();
    }

    #[test]
    fn a_name_added_to_an_existing_import_line_is_its_own_import() {
        let old = "from decimal import ROUND_HALF_UP\n\n\ndef price(x):\n    return Decimal(x).quantize(1, ROUND_HALF_UP)\n";
        let new = old.replace("import ROUND_HALF_UP", "import ROUND_HALF_UP, Decimal");
        let occurrence = error(Tool::Python, "name 'Decimal' is not defined", 5);
        let spec = lesson(&occurrence, old, &new).unwrap();
        crate::learn::replay(&spec, &occurrence, old, &new).unwrap();
        let edit = &spec.fixes[0].edits[0];
        assert_eq!(edit.at, Anchor::Imports);
        assert_eq!(edit.insert.as_deref(), Some("from decimal import {v1}"));
    }

    #[test]
    fn realigned_whitespace_is_not_part_of_the_change() {
        let old = "func f() config.Scraper {\n\treturn config.Scraper{\n\t\tURL:     \"x\",\n\t\tTimeout: 30,\n\t}\n}\n";
        let new = old
            .replace("URL:     \"x\"", "URL:            \"x\"")
            .replace("Timeout: 30", "TimeoutSeconds: 30");
        let occurrence = error(
            Tool::Go,
            "unknown field 'Timeout' in struct literal of type config.Scraper",
            4,
        );
        let spec = lesson(&occurrence, old, &new).unwrap();
        // Two lines changed (one only realigned): still one hunk, and the find is the name.
        let find = spec.fixes[0].edits[0].find.clone().unwrap();
        assert!(!find.contains("  "), "{find}");
        crate::learn::replay(&spec, &occurrence, old, &new).unwrap();
    }

    #[test]
    fn deleting_the_failing_line_is_not_a_lesson_but_deleting_an_unused_import_is() {
        let old = "import fmt\n\nx = 1\nprint(fmt.percent(x))\nprint(x)\n";
        let new = old.replace("print(fmt.percent(x))\n", "");
        let occurrence = error(Tool::Python, "module 'fmt' has no attribute 'percent'", 4);
        assert!(lesson(&occurrence, old, &new).is_err());
        let mut unused = error(Tool::Go, "\"strings\" imported and not used", 3);
        unused.file = Some("/p/main.go".into());
        let old = "package main\n\nimport \"strings\"\n\nfunc main() {}\n";
        let new = old.replace("import \"strings\"\n\n", "");
        assert!(lesson(&unused, old, &new).is_ok());
    }

    #[test]
    fn a_path_in_the_message_matches_any_path() {
        let old = "package main\n\nimport (\n\t\"example.org/food/internal/util/geohash\"\n)\n";
        let new = old.replace("util/geohash", "geohash");
        let mut occurrence = error(
            Tool::Go,
            "no required module provides package example.org/food/internal/util/geohash; to add it:",
            4,
        );
        occurrence.file = Some("/p/main.go".into());
        let spec = lesson(&occurrence, old, &new).unwrap();
        let regex = regex::Regex::new(&spec.message).unwrap();
        assert!(regex.is_match(
            "no required module provides package example.org/permits/internal/util/geohash; to add it:"
        ));
    }

    #[test]
    fn a_name_replaced_by_something_generic_is_a_capture() {
        let old = "package main\n\nfunc main() {\n\tfor i, v := range xs {\n\t\tuse(v)\n\t}\n}\n";
        let new = old.replace("for i, v", "for _, v");
        let mut occurrence = error(Tool::Go, "i declared but not used", 4);
        occurrence.file = Some("/p/main.go".into());
        let spec = lesson(&occurrence, old, &new).unwrap();
        let regex = regex::Regex::new(&spec.message).unwrap();
        assert!(
            regex.is_match("header declared but not used"),
            "{}",
            spec.message
        );
        assert_eq!(spec.fixes[0].edits[0].replace.as_deref(), Some("_"));
    }

    #[test]
    fn a_name_is_not_found_inside_a_longer_one() {
        let old =
            "def keys(k, s):\n    a = [want_byte(k)]\n    b = [want_bytes(s)]\n    return a + b\n";
        let new = old.replace("want_byte(", "want_bytes(");
        let occurrence = error(Tool::Python, "name 'want_byte' is not defined", 2);
        let spec = lesson(&occurrence, old, &new).unwrap();
        crate::learn::replay(&spec, &occurrence, old, &new).unwrap();
        let edit = &spec.fixes[0].edits[0];
        assert_eq!(edit.find.as_deref(), Some("\\bwant_byte\\b"));
    }

    #[test]
    fn a_did_you_mean_hint_is_left_out_of_the_message() {
        let old = "import os\n\nprint(money(1))\n";
        let new = "import os\nfrom app.fmt import money\n\nprint(money(1))\n";
        let occurrence = error(
            Tool::Python,
            "name 'money' is not defined. Did you mean: 'None'?",
            3,
        );
        let spec = lesson(&occurrence, old, new).unwrap();
        let regex = regex::Regex::new(&spec.message).unwrap();
        assert!(regex.is_match("name 'percent' is not defined"));
        assert!(regex.is_match("name 'percent' is not defined. Did you mean: 'print'?"));
        assert!(!regex.is_match("name 'percent' is not a module"));
    }

    #[test]
    fn a_rewrite_is_not_a_lesson() {
        let old: String = (0..40).map(|i| format!("line {i}\n")).collect();
        let new: String = (0..40).map(|i| format!("LINE {i} changed\n")).collect();
        let occurrence = error(Tool::Python, "name 'x' is not defined", 5);
        assert!(lesson(&occurrence, &old, &new).is_err());
        let two_places = old
            .replace("line 3\n", "line three\n")
            .replace("line 30\n", "line thirty\n");
        assert!(lesson(&occurrence, &old, &two_places).is_err());
    }

    #[test]
    fn message_values_skip_apostrophes_in_words() {
        let texts: Vec<_> = message_values("`Point` doesn't implement `Debug`")
            .into_iter()
            .map(|v| v.text)
            .collect();
        assert_eq!(texts, ["Point", "Debug"]);
    }
}
