//! The tool's own suggestions (rustc's at every applicability, clang's and gcc's fix-its, the
//! "did you mean" a language server read back) as file patches. Suggestions under different
//! messages are alternatives ("import `cmp::Ordering`" / "import `atomic::Ordering`"); one
//! alternative is all the parts that share a message.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::columns::{byte_offset_of, ColumnUnit};
use super::plan::{FileSource, NotApplicable};
use super::{sha256_hex, FilePatch, TextEdit};
use crate::occurrence::{Applicability, Occurrence, Suggestion};

/// One of the tool's alternatives: every part under one message.
#[derive(Debug, Clone)]
pub struct Alternative<'a> {
    pub message: &'a str,
    pub applicability: Applicability,
    pub parts: Vec<&'a Suggestion>,
}

/// How much a tool's applicability is trusted, best first; placeholders are never applied.
fn rank(applicability: Applicability) -> Option<u8> {
    match applicability {
        Applicability::MachineApplicable => Some(0),
        Applicability::MaybeIncorrect => Some(1),
        Applicability::Unspecified => Some(2),
        Applicability::HasPlaceholders => None,
    }
}

/// The tool's alternatives, the surest first, in the tool's order within one applicability.
pub fn alternatives(occurrence: &Occurrence) -> Vec<Alternative<'_>> {
    let mut found: Vec<Alternative<'_>> = Vec::new();
    for suggestion in &occurrence.suggestions {
        if rank(suggestion.applicability).is_none() {
            continue;
        }
        match found.iter_mut().find(|a| {
            a.message == suggestion.message && a.applicability == suggestion.applicability
        }) {
            Some(alternative) => alternative.parts.push(suggestion),
            None => found.push(Alternative {
                message: &suggestion.message,
                applicability: suggestion.applicability,
                parts: vec![suggestion],
            }),
        }
    }
    found.sort_by_key(|a| rank(a.applicability));
    found
}

/// The surest alternative as edits: machine-applicable, else maybe-incorrect, else unspecified.
pub fn plan_suggestions(
    occurrence: &Occurrence,
    files: &dyn FileSource,
) -> Result<Vec<FilePatch>, NotApplicable> {
    let first = alternatives(occurrence)
        .into_iter()
        .next()
        .ok_or_else(|| NotApplicable("the tool suggested no usable fix".to_string()))?;
    alternative_patches(occurrence, &first, files)
}

/// One alternative's parts as patches against the files as they are.
pub fn alternative_patches(
    occurrence: &Occurrence,
    alternative: &Alternative<'_>,
    files: &dyn FileSource,
) -> Result<Vec<FilePatch>, NotApplicable> {
    let mut by_file: BTreeMap<PathBuf, (String, Vec<TextEdit>)> = BTreeMap::new();
    for suggestion in &alternative.parts {
        let path = PathBuf::from(&suggestion.file);
        if !by_file.contains_key(&path) {
            let text = files
                .read(&path)
                .ok_or_else(|| NotApplicable(format!("cannot read {}", path.display())))?;
            by_file.insert(path.clone(), (text, Vec::new()));
        }
        let (text, edits) = by_file.get_mut(&path).expect("inserted above");
        let unit = ColumnUnit::of_suggestion(occurrence.tool, suggestion.applicability);
        let start = byte_offset_of(text, suggestion.line, suggestion.column, unit);
        let end = byte_offset_of(text, suggestion.end_line, suggestion.end_column, unit);
        let (Some(start), Some(end)) = (start, end) else {
            return Err(NotApplicable(format!(
                "the suggestion points outside {}",
                path.display()
            )));
        };
        if end < start {
            return Err(NotApplicable(
                "the suggestion's range is reversed".to_string(),
            ));
        }
        let edit = TextEdit {
            start,
            end,
            expected: text[start..end].to_string(),
            replacement: suggestion.replacement.clone(),
        };
        let duplicate = edits.iter().any(|e| {
            e.start == edit.start && e.end == edit.end && e.replacement == edit.replacement
        });
        let overlaps = edits
            .iter()
            .any(|e| edit.start < e.end && e.start < edit.end);
        if !duplicate && !overlaps {
            edits.push(edit);
        }
    }
    let patches: Vec<FilePatch> = by_file
        .into_iter()
        .map(|(path, (text, mut edits))| {
            edits.sort_by_key(|e| (e.start, e.end));
            FilePatch {
                path,
                original_sha256: sha256_hex(text.as_bytes()),
                edits,
            }
        })
        .filter(|patch| {
            patch
                .edits
                .iter()
                .any(|edit| edit.expected != edit.replacement)
        })
        .collect();
    match patches.is_empty() {
        true => Err(NotApplicable("the suggestion changes nothing".to_string())),
        false => Ok(patches),
    }
}
