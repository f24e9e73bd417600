//! Turning a matched pattern's fix template into a concrete `FixPlan` for one occurrence, against
//! the files as they are now. A fix that cannot be made safely is `NotApplicable`, with the reason.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use regex::Regex;

use super::anchor::imports_insertion;
use super::columns::{byte_offset_of, line_start_offset, ColumnUnit};
use super::go_imports;
use super::rust_paths;
use super::suggestions::plan_suggestions;
use super::{sha256_hex, FilePatch, FixAction, FixPlan, TextEdit};
use crate::occurrence::{Language, Occurrence};
use crate::pattern::{
    render_template, Anchor, EditTemplate, FixTemplate, PatternMatch, NEAR_LINES,
};

/// Where plans read files from: the disk, or an editor's open documents.
pub trait FileSource {
    fn read(&self, path: &Path) -> Option<String>;
}

/// The file system.
#[derive(Debug, Default, Clone, Copy)]
pub struct Disk;

impl FileSource for Disk {
    fn read(&self, path: &Path) -> Option<String> {
        std::fs::read(path)
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())
    }
}

/// `occurrence` with the columns its tool marked under a line shown without its indentation
/// placed in the file as `files` has it (`Occurrence::with_marked_columns`); as it is otherwise.
pub fn placed<'o>(
    occurrence: &'o Occurrence,
    files: &dyn FileSource,
) -> std::borrow::Cow<'o, Occurrence> {
    let read = || {
        let index = occurrence.line?.checked_sub(1)? as usize;
        let text = files.read(Path::new(occurrence.file.as_deref()?))?;
        let line = text.lines().nth(index)?.to_string();
        occurrence.with_marked_columns(Some(&line))
    };
    match occurrence.marked.is_some() && occurrence.column.is_none() {
        true => read().map_or(
            std::borrow::Cow::Borrowed(occurrence),
            std::borrow::Cow::Owned,
        ),
        false => std::borrow::Cow::Borrowed(occurrence),
    }
}

/// Why a fix is not offered for this occurrence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotApplicable(pub String);

impl std::fmt::Display for NotApplicable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A plan for each of the matched pattern's fixes, in the pattern's order.
pub fn plan_fixes(
    matched: &PatternMatch<'_>,
    occurrence: &Occurrence,
    files: &dyn FileSource,
) -> Vec<Result<FixPlan, NotApplicable>> {
    (0..matched.pattern.spec.fixes.len())
        .map(|index| plan_fix(matched, index, occurrence, files))
        .collect()
}

/// The plan for fix `index` of the matched pattern.
pub fn plan_fix(
    matched: &PatternMatch<'_>,
    index: usize,
    occurrence: &Occurrence,
    files: &dyn FileSource,
) -> Result<FixPlan, NotApplicable> {
    let template: &FixTemplate = matched
        .pattern
        .spec
        .fixes
        .get(index)
        .ok_or_else(|| NotApplicable(format!("the pattern has no fix {index}")))?;
    if let Some(generator) = &template.generator {
        return Err(NotApplicable(format!(
            "the {generator} generator makes this fix (the engine runs it)"
        )));
    }
    let values = Values {
        matched,
        occurrence,
    };
    let title = render_template(&template.title, &|name| values.get(name));
    let fix_key = super::fix_key(&matched.pattern.spec.id, index);
    let action = match (&template.command, template.suggestion) {
        (Some(command), _) => {
            FixAction::Command(render_template(command, &|name| values.get(name)))
        }
        (None, true) => FixAction::Edit(plan_suggestions(occurrence, files)?),
        (None, false) => FixAction::Edit(plan_edits(&template.edits, &values, files)?),
    };
    // The title names the path the edit really imports (`core::cell::Cell`, not the template's
    // `std::cell::Cell`).
    let title = match (&action, occurrence.tool.language()) {
        (FixAction::Edit(patches), Language::Rust) => {
            let template_lines = template
                .edits
                .iter()
                .filter(|edit| edit.at == Anchor::Imports)
                .filter_map(|edit| edit.insert.as_deref())
                .map(|insert| values.text(insert));
            let inserted = patches
                .iter()
                .flat_map(|patch| &patch.edits)
                .flat_map(|edit| edit.replacement.lines());
            rust_paths::retitle(title, template_lines, inserted)
        }
        _ => title,
    };
    Ok(FixPlan {
        title,
        fix_key,
        prior: template.confidence,
        action,
    })
}

/// Template values: the pattern's captures, then `file`, `line`, `column`, `code`.
struct Values<'a> {
    matched: &'a PatternMatch<'a>,
    occurrence: &'a Occurrence,
}

impl Values<'_> {
    fn get(&self, name: &str) -> Option<String> {
        if let Some(value) = self.matched.capture(name) {
            return Some(value.to_string());
        }
        match name {
            "file" => self.occurrence.file.clone(),
            "line" => self.occurrence.line.map(|l| l.to_string()),
            "column" => self.occurrence.column.map(|c| c.to_string()),
            "code" => self.occurrence.code.clone(),
            _ => None,
        }
    }

    /// A regex template with every value inserted literally.
    fn regex(&self, template: &str, field: &str) -> Result<Regex, NotApplicable> {
        let filled = render_template(template, &|name| self.get(name).map(|v| regex::escape(&v)));
        super::regex_cache::compiled(&filled)
            .map_err(|e| NotApplicable(format!("{field} regex {filled:?} is invalid: {e}")))
    }

    fn text(&self, template: &str) -> String {
        render_template(template, &|name| self.get(name))
    }
}

fn occurrence_path(occurrence: &Occurrence) -> Result<PathBuf, NotApplicable> {
    match &occurrence.file {
        Some(file) if !file.starts_with('<') => Ok(PathBuf::from(file)),
        _ => Err(NotApplicable("the error names no file".to_string())),
    }
}

/// The nearest `name` in the error's directory or above it.
fn find_upwards(start: &Path, name: &str, files: &dyn FileSource) -> Option<(PathBuf, String)> {
    let mut directory = start.parent();
    while let Some(dir) = directory {
        let candidate = dir.join(name);
        if let Some(text) = files.read(&candidate) {
            return Some((candidate, text));
        }
        directory = dir.parent();
    }
    None
}

fn plan_edits(
    templates: &[EditTemplate],
    values: &Values<'_>,
    files: &dyn FileSource,
) -> Result<Vec<FilePatch>, NotApplicable> {
    let occurrence = values.occurrence;
    let mut by_file: BTreeMap<PathBuf, (String, Vec<TextEdit>)> = BTreeMap::new();
    for template in templates {
        let error_path = occurrence_path(occurrence)?;
        let (path, text) = match &template.file {
            Some(name) => {
                let name = values.text(name);
                find_upwards(&error_path, &name, files).ok_or_else(|| {
                    NotApplicable(format!(
                        "no {name} found in {} or above",
                        error_path.parent().unwrap_or(Path::new("")).display()
                    ))
                })?
            }
            None => {
                let text = files.read(&error_path).ok_or_else(|| {
                    NotApplicable(format!(
                        "cannot read {} as UTF-8 text",
                        error_path.display()
                    ))
                })?;
                (error_path, text)
            }
        };
        let there = match &template.unless {
            Some(unless) => values.regex(unless, "unless")?.is_match(&text),
            None => false,
        } || (occurrence.tool.language() == Language::Go
            && template.at == Anchor::Imports
            && go_imports::imports_already(
                &text,
                &values.text(template.insert.as_deref().unwrap_or_default()),
            ));
        if there {
            // An import that is there already is no reason to refuse the rest of a fix.
            if template.at == Anchor::Imports && templates.len() > 1 {
                continue;
            }
            return Err(NotApplicable(format!(
                "{} already has what the fix would add",
                path.display()
            )));
        }
        let crate_root = match (occurrence.tool.language(), template.at) {
            (Language::Rust, Anchor::Imports) => rust_crate_root_text(&path, &text, files),
            _ => String::new(),
        };
        let edits = match template.at {
            Anchor::EveryMatch => every_match(template, values, &text)?,
            _ => vec![plan_edit(template, values, &text, &crate_root)?],
        };
        by_file
            .entry(path)
            .or_insert_with(|| (text, Vec::new()))
            .1
            .extend(edits);
    }
    let mut patches = Vec::new();
    for (path, (text, mut edits)) in by_file {
        edits.sort_by_key(|e| (e.start, e.end));
        if edits.windows(2).any(|pair| pair[1].start < pair[0].end) {
            return Err(NotApplicable(format!(
                "the fix's edits to {} overlap",
                path.display()
            )));
        }
        patches.push(FilePatch {
            path,
            original_sha256: sha256_hex(text.as_bytes()),
            edits,
        });
    }
    Ok(patches)
}

/// What decides which paths a Rust file may `use`: its own text and its crate root's (the nearest
/// `lib.rs` or `main.rs` at or above it), where `#![no_std]` and `extern crate alloc;` are.
fn rust_crate_root_text(path: &Path, text: &str, files: &dyn FileSource) -> String {
    let root = ["lib.rs", "main.rs"]
        .into_iter()
        .find_map(|name| find_upwards(path, name, files))
        .filter(|(root_path, _)| root_path != path)
        .map(|(_, root_text)| root_text)
        .unwrap_or_default();
    format!("{text}\n{root}")
}

/// The file's line ending: CRLF if its first line ends so, else LF.
fn newline_of(text: &str) -> &'static str {
    match text.find('\n') {
        Some(index) if index > 0 && text.as_bytes()[index - 1] == b'\r' => "\r\n",
        _ => "\n",
    }
}

/// The byte range of 1-based `line` without its line ending.
pub fn line_range(text: &str, line: u32) -> Option<(usize, usize)> {
    let start = line_start_offset(text, line)?;
    if start > text.len() || (start == text.len() && line > 1 && !text.ends_with('\n')) {
        return None;
    }
    let rest = &text[start..];
    let end = start + rest.find('\n').unwrap_or(rest.len());
    let end = match text[..end].ends_with('\r') {
        true => end - 1,
        false => end,
    };
    Some((start, end))
}

/// The bytes of the lines within `NEAR_LINES` of 1-based `line`.
fn near_window(text: &str, line: u32) -> std::ops::Range<usize> {
    let first = line.saturating_sub(NEAR_LINES).max(1);
    let last = line + NEAR_LINES;
    let start = line_start_offset(text, first)
        .unwrap_or(text.len())
        .min(text.len());
    let end = line_start_offset(text, last + 1)
        .unwrap_or(text.len())
        .min(text.len());
    start..end.max(start)
}

/// The edits of an `every-match` template: each place `find` matches, when one is near the
/// error's line.
fn every_match(
    template: &EditTemplate,
    values: &Values<'_>,
    text: &str,
) -> Result<Vec<TextEdit>, NotApplicable> {
    let find = values.regex(template.find.as_deref().unwrap_or_default(), "find")?;
    let line = values
        .occurrence
        .line
        .ok_or_else(|| NotApplicable("the error has no line".to_string()))?;
    let near = near_window(text, line);
    let places: Vec<_> = find.find_iter(text).map(|m| m.start()..m.end()).collect();
    if !places
        .iter()
        .any(|place| near.start <= place.start && place.start < near.end)
    {
        return Err(NotApplicable(format!(
            "nothing near the error matches {:?}",
            find.as_str()
        )));
    }
    let newline = newline_of(text);
    places
        .into_iter()
        .map(|place| replace_within(template, values, text, (place.start, place.end), newline))
        .collect()
}

/// One edit of a template. `crate_root` is the text `rust_crate_root_text` gives for a Rust import,
/// else empty.
fn plan_edit(
    template: &EditTemplate,
    values: &Values<'_>,
    text: &str,
    crate_root: &str,
) -> Result<TextEdit, NotApplicable> {
    let occurrence = values.occurrence;
    let newline = newline_of(text);
    let lines_of = |s: String| s.replace("\r\n", "\n").replace('\n', newline);
    let insert = template.insert.as_deref().map(|t| lines_of(values.text(t)));
    let replace = template
        .replace
        .as_deref()
        .map(|t| lines_of(values.text(t)));
    let need_line = || {
        occurrence
            .line
            .ok_or_else(|| NotApplicable("the error has no line".to_string()))
    };
    let the_line = |line: u32| {
        line_range(text, line)
            .ok_or_else(|| NotApplicable(format!("line {line} is not in the file (it changed?)")))
    };
    let unit = ColumnUnit::of(occurrence.tool);
    let whole = |start: usize, end: usize, replacement: String| TextEdit {
        start,
        end,
        expected: text[start..end].to_string(),
        replacement,
    };
    match template.at {
        Anchor::Range => {
            let line = need_line()?;
            let column = occurrence
                .column
                .ok_or_else(|| NotApplicable("the tool gave no column".to_string()))?;
            let start = byte_offset_of(text, line, column, unit)
                .ok_or_else(|| NotApplicable(format!("line {line} is not in the file")))?;
            match (replace, insert) {
                (Some(_), _) => {
                    let end = match (occurrence.end_line, occurrence.end_column) {
                        (Some(end_line), Some(end_column)) => {
                            byte_offset_of(text, end_line, end_column, unit)
                        }
                        _ => None,
                    }
                    .filter(|&end| end >= start)
                    .ok_or_else(|| {
                        NotApplicable("the tool gave no end of the range".to_string())
                    })?;
                    replace_within(template, values, text, (start, end), newline)
                }
                (None, Some(insertion)) => Ok(TextEdit {
                    start,
                    end: start,
                    expected: String::new(),
                    replacement: insertion,
                }),
                (None, None) => Err(NotApplicable("the edit has nothing to do".to_string())),
            }
        }
        Anchor::Line => {
            let (start, end) = the_line(need_line()?)?;
            if replace.is_none() {
                return Err(NotApplicable("`line` needs `replace`".to_string()));
            }
            let deletes_line = |edit: &TextEdit| {
                edit.replacement.is_empty()
                    && text[start..edit.start].trim().is_empty()
                    && text[edit.end..end].trim().is_empty()
            };
            let edit = replace_within(template, values, text, (start, end), newline)?;
            if !deletes_line(&edit) {
                return Ok(edit);
            }
            // Nothing would be left of the line: delete it, line ending included, rather than
            // leave a blank line. A Go import also takes a doubled blank line or its emptied
            // `import ( )` with it, as gofmt would.
            let line = need_line()?;
            match (
                occurrence.tool.language(),
                go_imports::remove_import(text, line),
            ) {
                (Language::Go, Some(removal)) => Ok(removal),
                _ => {
                    let next = text[end..].find('\n').map_or(text.len(), |i| end + i + 1);
                    Ok(whole(start, next, String::new()))
                }
            }
        }
        Anchor::LineEnd => {
            let (start, end) = the_line(need_line()?)?;
            let insertion = insert.unwrap_or_default();
            Ok(whole(
                start,
                end,
                format!("{}{insertion}", &text[start..end]),
            ))
        }
        Anchor::LineBefore => {
            let (start, end) = the_line(need_line()?)?;
            let line = &text[start..end];
            let indentation: String = line
                .chars()
                .take_while(|c| *c == ' ' || *c == '\t')
                .collect();
            let insertion = insert.unwrap_or_default();
            Ok(whole(
                start,
                end,
                format!("{indentation}{insertion}{newline}{line}"),
            ))
        }
        Anchor::Imports => {
            let line = insert.unwrap_or_default();
            let line = match occurrence.tool.language() {
                Language::Rust => rust_paths::import_line(&line, occurrence, crate_root)?,
                _ => line,
            };
            Ok(import_edit(text, &line, occurrence.tool.language()))
        }
        Anchor::FileStart => Ok(TextEdit {
            start: super::anchor::start_of_text(text),
            end: super::anchor::start_of_text(text),
            expected: String::new(),
            replacement: format!("{}{newline}", insert.unwrap_or_default()),
        }),
        Anchor::FileEnd => {
            let separator = match text.is_empty() || text.ends_with('\n') {
                true => "",
                false => newline,
            };
            Ok(TextEdit {
                start: text.len(),
                end: text.len(),
                expected: String::new(),
                replacement: format!("{separator}{}{newline}", insert.unwrap_or_default()),
            })
        }
        Anchor::EveryMatch => Err(NotApplicable(
            "an every-match edit is planned with every_match".to_string(),
        )),
        Anchor::OnlyMatch | Anchor::Near => {
            let find = values.regex(template.find.as_deref().unwrap_or_default(), "find")?;
            let window = match template.at {
                Anchor::Near => near_window(text, need_line()?),
                _ => 0..text.len(),
            };
            let mut places: Vec<_> = find
                .find_iter(&text[window.clone()])
                .map(|m| (m.start() + window.start)..(m.end() + window.start))
                .collect();
            // Near the error, several places: the one on the error's own line, if only one is.
            if template.at == Anchor::Near && places.len() > 1 {
                if let Ok((start, end)) = the_line(need_line()?) {
                    let on_the_line: Vec<_> = places
                        .iter()
                        .filter(|place| place.start < end && start < place.end)
                        .cloned()
                        .collect();
                    if on_the_line.len() == 1 {
                        places = on_the_line;
                    }
                }
            }
            // Still several: the one inside the range the tool marked, if only one is (Python's
            // carets under `a + ": " + n`, the operation that failed, of a longer line).
            if template.at == Anchor::Near && places.len() > 1 {
                let range = match (occurrence.line, occurrence.column, occurrence.end_line) {
                    (Some(line), Some(column), Some(end_line)) => {
                        byte_offset_of(text, line, column, unit).zip(
                            occurrence
                                .end_column
                                .and_then(|end| byte_offset_of(text, end_line, end, unit)),
                        )
                    }
                    _ => None,
                };
                if let Some((start, end)) = range.filter(|(start, end)| start < end) {
                    let inside: Vec<_> = places
                        .iter()
                        .filter(|place| {
                            let trimmed = text[(*place).clone()].trim_end().len();
                            start <= place.start && place.start + trimmed <= end
                        })
                        .cloned()
                        .collect();
                    if inside.len() == 1 {
                        places = inside;
                    }
                }
            }
            let place = match places.as_slice() {
                [] => {
                    return Err(NotApplicable(format!(
                        "nothing in the file matches {:?}",
                        find.as_str()
                    )))
                }
                [place] => place.clone(),
                _ => {
                    return Err(NotApplicable(format!(
                        "more than one place in the file matches {:?}",
                        find.as_str()
                    )))
                }
            };
            replace_within(template, values, text, (place.start, place.end), newline)
        }
        Anchor::After => {
            let after = values.regex(template.after.as_deref().unwrap_or_default(), "after")?;
            let line_count = text.split_inclusive('\n').count() as u32;
            let (start, end) = (1..=line_count)
                .filter_map(|line| line_range(text, line))
                .find(|&(start, end)| after.is_match(&text[start..end]))
                .ok_or_else(|| NotApplicable(format!("no line matches {:?}", after.as_str())))?;
            let insertion = insert.unwrap_or_default();
            Ok(whole(
                start,
                end,
                format!("{}{newline}{insertion}", &text[start..end]),
            ))
        }
    }
}

/// The edit that adds the import `line` (a whole statement, without its line ending) where the
/// file's imports go: Go's into the existing `import ( … )` (a lone import made a block), other
/// languages' after the file's imports or leading comments.
pub fn import_edit(text: &str, line: &str, language: Language) -> TextEdit {
    let newline = newline_of(text);
    if language == Language::Go {
        if let Some(edit) = go_imports::add_import(text, line, newline) {
            return edit;
        }
    }
    let at = imports_insertion(text, language);
    let mut insertion = String::new();
    if at.blank_before {
        insertion.push_str(newline);
    }
    insertion.push_str(line);
    insertion.push_str(newline);
    if at.blank_after {
        insertion.push_str(newline);
    }
    // A file whose last line has no newline: end that line before adding ours.
    if at.offset == text.len() && !text.is_empty() && !text.ends_with('\n') {
        insertion.insert_str(0, newline);
    }
    TextEdit {
        start: at.offset,
        end: at.offset,
        expected: String::new(),
        replacement: insertion,
    }
}

/// Replaces `start..end`, or only what the template's `find` matches inside it; `replace` may
/// use the named groups of `find` (what they matched) besides the pattern's captures.
fn replace_within(
    template: &EditTemplate,
    values: &Values<'_>,
    text: &str,
    (start, end): (usize, usize),
    newline: &str,
) -> Result<TextEdit, NotApplicable> {
    let target = &text[start..end];
    let replace = template.replace.as_deref().unwrap_or_default();
    let (start, end, replacement) = match &template.find {
        Some(find) => {
            let regex = values.regex(find, "find")?;
            let found = regex.captures(target).ok_or_else(|| {
                NotApplicable(format!(
                    "{:?} is not where the error points ({target:?})",
                    regex.as_str()
                ))
            })?;
            let whole = found.get(0).expect("a match has its group 0");
            let replacement = render_template(replace, &|name| {
                found
                    .name(name)
                    .map(|group| group.as_str().to_string())
                    .or_else(|| values.get(name))
            });
            (start + whole.start(), start + whole.end(), replacement)
        }
        None => (start, end, values.text(replace)),
    };
    let replacement = replacement.replace("\r\n", "\n").replace('\n', newline);
    Ok(TextEdit {
        start,
        end,
        expected: text[start..end].to_string(),
        replacement,
    })
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::fix::apply_patch_to_text;
    use crate::occurrence::{Applicability, Severity, Suggestion, Tool};
    use crate::pattern::{load_patterns, PatternSet};

    struct Files(HashMap<PathBuf, String>);

    impl FileSource for Files {
        fn read(&self, path: &Path) -> Option<String> {
            self.0.get(path).cloned()
        }
    }

    /// Plans fix 0 of a one-pattern set for `occurrence` and returns the edited files.
    fn fixed(
        pattern_toml: &str,
        occurrence: &Occurrence,
        files: &Files,
    ) -> Result<Vec<(PathBuf, String)>, NotApplicable> {
        let (patterns, errors) = load_patterns("test", pattern_toml);
        assert!(errors.is_empty(), "{errors:?}");
        let set = PatternSet::new(patterns).0;
        let matched = set
            .match_occurrence(occurrence)
            .expect("the pattern matches");
        let plan = plan_fix(&matched, 0, occurrence, files)?;
        let FixAction::Edit(patches) = plan.action else {
            panic!("an edit")
        };
        Ok(patches
            .iter()
            .map(|patch| {
                (
                    patch.path.clone(),
                    apply_patch_to_text(&files.0[&patch.path], patch).unwrap(),
                )
            })
            .collect())
    }

    fn pattern(edit: &str) -> String {
        format!(
            "[[pattern]]\nid = \"rust.test\"\nlanguage = \"rust\"\nmessage = 'unused import: `(?P<name>\\w+)`'\ncategory = \"unused-code\"\ntitle = \"t\"\nexplanation = \"An explanation long enough to pass the validation of patterns.\"\n[[pattern.fix]]\ntitle = \"t\"\nconfidence = 0.5\n{edit}\n"
        )
    }

    fn occurrence(line: u32) -> Occurrence {
        let mut occurrence =
            Occurrence::new(Tool::Rustc, Severity::Warning, "unused import: `fmt`");
        occurrence.file = Some("/p/src/main.rs".into());
        occurrence.line = Some(line);
        occurrence.column = Some(5);
        occurrence
    }

    fn files(pairs: &[(&str, &str)]) -> Files {
        Files(
            pairs
                .iter()
                .map(|(p, t)| (PathBuf::from(p), t.to_string()))
                .collect(),
        )
    }

    #[test]
    fn only_match_changes_the_one_place_the_file_matches_and_find_groups_fill_replace() {
        let edit = "[[pattern.fix.edit]]\nat = \"only-match\"\nfind = '\\blet(?P<rest>\\s+{name}\\b)'\nreplace = \"const{rest}\"";
        let source = files(&[(
            "/p/src/main.rs",
            "fn main() {\n    let fmt = 1;\n    let other = 2;\n}\n",
        )]);
        let result = fixed(&pattern(edit), &occurrence(3), &source).unwrap();
        assert_eq!(
            result[0].1,
            "fn main() {\n    const fmt = 1;\n    let other = 2;\n}\n"
        );
        // Two places, or none: which one the error means is not known.
        let twice = files(&[(
            "/p/src/main.rs",
            "fn a() { let fmt = 1; }\nfn b() { let fmt = 2; }\n",
        )]);
        assert!(fixed(&pattern(edit), &occurrence(1), &twice).is_err());
        let none = files(&[("/p/src/main.rs", "fn a() {}\n")]);
        assert!(fixed(&pattern(edit), &occurrence(1), &none).is_err());
    }

    #[test]
    fn an_empty_line_replacement_deletes_the_line() {
        let source = files(&[(
            "/p/src/main.rs",
            "use std::fmt;\r\nuse std::io;\r\nfn main() {}\r\n",
        )]);
        let edit = "[[pattern.fix.edit]]\nat = \"line\"\nreplace = \"\"";
        let result = fixed(&pattern(edit), &occurrence(1), &source).unwrap();
        assert_eq!(result[0].1, "use std::io;\r\nfn main() {}\r\n");
    }

    #[test]
    fn line_before_takes_the_indentation_and_after_finds_its_line() {
        let source = files(&[
            ("/p/src/main.rs", "fn main() {\n    \tlet x = 1;\n}\n"),
            (
                "/p/Cargo.toml",
                "[package]\nname = \"p\"\n\n[dependencies]\nitoa = \"1\"\n",
            ),
        ]);
        let edit = "[[pattern.fix.edit]]\nat = \"line-before\"\ninsert = \"// {name}\"\n[[pattern.fix.edit]]\nat = \"after\"\nfile = \"Cargo.toml\"\nafter = '^\\[dependencies\\]'\ninsert = '{name} = \"1\"'";
        let result = fixed(&pattern(edit), &occurrence(2), &source).unwrap();
        assert_eq!(
            result[0].1,
            "[package]\nname = \"p\"\n\n[dependencies]\nfmt = \"1\"\nitoa = \"1\"\n"
        );
        assert_eq!(
            result[1].1,
            "fn main() {\n    \t// fmt\n    \tlet x = 1;\n}\n"
        );
    }

    #[test]
    fn unless_and_missing_manifest_make_the_fix_not_applicable() {
        let source = files(&[("/p/src/main.rs", "use std::fmt;\n")]);
        let edit = "[[pattern.fix.edit]]\nat = \"imports\"\ninsert = \"use std::{name};\"\nunless = 'use std::{name};'";
        assert!(fixed(&pattern(edit), &occurrence(1), &source)
            .unwrap_err()
            .0
            .contains("already has"));
        let edit = "[[pattern.fix.edit]]\nat = \"file-end\"\nfile = \"Cargo.toml\"\ninsert = \"x\"";
        assert!(fixed(&pattern(edit), &occurrence(1), &source)
            .unwrap_err()
            .0
            .contains("no Cargo.toml found"));
    }

    #[test]
    fn an_import_there_already_is_skipped_and_the_rest_of_the_fix_made() {
        let source = files(&[("/p/src/main.rs", "use std::fmt;\n\nfn main() { fmt(); }\n")]);
        let edit = "[[pattern.fix.edit]]\nat = \"imports\"\ninsert = \"use std::{name};\"\nunless = 'use std::{name};'\n[[pattern.fix.edit]]\nat = \"line\"\nfind = 'fmt\\(\\)'\nreplace = \"fmt(1)\"";
        let result = fixed(&pattern(edit), &occurrence(3), &source).unwrap();
        assert_eq!(result[0].1, "use std::fmt;\n\nfn main() { fmt(1); }\n");
        // Go: imported inside a block, which no one-line `unless` sees.
        let go = "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() { fmt.Println(wait()) }\n";
        let source = files(&[("/p/main.go", go)]);
        let toml = "[[pattern]]\nid = \"go.test\"\nlanguage = \"go\"\nmessage = 'not enough arguments'\ncategory = \"arguments\"\ntitle = \"t\"\nexplanation = \"An explanation long enough to pass the validation of patterns.\"\n[[pattern.fix]]\ntitle = \"t\"\nconfidence = 0.5\n[[pattern.fix.edit]]\nat = \"imports\"\ninsert = 'import \"time\"'\nunless = '(?m)^\\s*import \"time\"\\s*$'\n[[pattern.fix.edit]]\nat = \"line\"\nfind = 'wait\\(\\)'\nreplace = \"wait(time.Second)\"\n";
        let mut go_error = Occurrence::new(Tool::Go, Severity::Error, "not enough arguments");
        go_error.file = Some("/p/main.go".into());
        go_error.line = Some(8);
        let result = fixed(toml, &go_error, &source).unwrap();
        assert_eq!(result[0].1, go.replace("wait()", "wait(time.Second)"));
    }

    #[test]
    fn only_the_first_alternative_of_the_tools_suggestions_is_applied() {
        let source = files(&[("/p/src/main.rs", "fn main() { let o = Ordering::Less; }\n")]);
        let mut occurrence = occurrence(1);
        let suggestion = |message: &str, replacement: &str| Suggestion {
            message: message.into(),
            file: "/p/src/main.rs".into(),
            line: 1,
            column: 1,
            end_line: 1,
            end_column: 1,
            replacement: replacement.into(),
            applicability: Applicability::MaybeIncorrect,
        };
        occurrence.suggestions = vec![
            suggestion("consider importing this enum", "use std::cmp::Ordering;\n"),
            suggestion(
                "consider importing this other enum",
                "use std::sync::atomic::Ordering;\n",
            ),
        ];
        let toml = "[[pattern]]\nid = \"rust.test\"\nlanguage = \"rust\"\nmessage = 'unused'\ncategory = \"other\"\ntitle = \"t\"\nexplanation = \"An explanation long enough to pass the validation of patterns.\"\n[[pattern.fix]]\ntitle = \"t\"\nconfidence = 0.5\nsuggestion = true\n";
        let result = fixed(toml, &occurrence, &source).unwrap();
        assert_eq!(
            result[0].1,
            "use std::cmp::Ordering;\nfn main() { let o = Ordering::Less; }\n"
        );
    }
}
