//! Validation of a lesson before it is kept: as a pattern file it loads and passes the checks of
//! `patterns validate`; its message regex matches the error it was learned from; and its fix,
//! planned and applied to the file as it was, gives the file as the person left it — byte for
//! byte, except that an import may land where selfheal puts imports rather than where the person
//! typed it.

use std::path::{Path, PathBuf};

use super::lesson::NotLearned;
use crate::fix::{apply_patch_to_text, is_import_line, plan_fix, FilePatch, FileSource, FixAction};
use crate::occurrence::{Language, Occurrence};
use crate::pattern::{export_patterns, load_patterns, Anchor, PatternSet, PatternSpec};

/// One file as it was.
pub(super) struct Snapshot<'a> {
    pub(super) path: PathBuf,
    pub(super) text: &'a str,
}

impl FileSource for Snapshot<'_> {
    fn read(&self, path: &Path) -> Option<String> {
        (path == self.path).then(|| self.text.to_string())
    }
}

/// `Ok` when `spec`, replayed on `old` (the error's file as it was), gives `new`.
pub fn replay(
    spec: &PatternSpec,
    occurrence: &Occurrence,
    old: &str,
    new: &str,
) -> Result<(), NotLearned> {
    let path = PathBuf::from(occurrence.file.as_deref().unwrap_or_default());
    replay_on(spec, occurrence, &path, old, new)
}

/// `Ok` when `spec`, replayed on the file at `path` as it was (`old`; the error's file or a
/// manifest its fix edits), gives `new`.
pub fn replay_on(
    spec: &PatternSpec,
    occurrence: &Occurrence,
    path: &Path,
    old: &str,
    new: &str,
) -> Result<(), NotLearned> {
    let text = export_patterns(&[spec]);
    let (patterns, errors) = load_patterns("learned", &text);
    if let Some(error) = errors.first() {
        return Err(NotLearned(format!("the pattern is not valid: {error}")));
    }
    let (set, _) = PatternSet::new(patterns);
    let matched = set
        .match_occurrence(occurrence)
        .ok_or_else(|| NotLearned("its message regex does not match the error".to_string()))?;
    let source = Snapshot {
        path: path.to_path_buf(),
        text: old,
    };
    let plan = plan_fix(&matched, 0, occurrence, &source)
        .map_err(|why| NotLearned(format!("replayed on the file as it was: {why}")))?;
    let FixAction::Edit(patches) = plan.action else {
        return Err(NotLearned("the fix is not an edit".to_string()));
    };
    let [patch] = patches.as_slice() else {
        return Err(NotLearned("the fix edits more than one file".to_string()));
    };
    let has_import = spec.fixes[0]
        .edits
        .iter()
        .any(|edit| edit.at == Anchor::Imports);
    match gives_the_change(patch, old, new, has_import, occurrence.tool.language()) {
        true => Ok(()),
        false => Err(NotLearned(
            "replayed on the file as it was, it does not give the person's change".to_string(),
        )),
    }
}

/// Whether `patch`, applied to `old`, gives `new`: byte for byte, or but for the width of spaces
/// inside lines (a formatter's realignment around the change), or — when the fix imports
/// (`has_import`) — with the same code apart from its imports: the import may land where
/// selfheal puts imports, or be its own statement where the person added the name to a line
/// that was there.
pub(super) fn gives_the_change(
    patch: &FilePatch,
    old: &str,
    new: &str,
    has_import: bool,
    language: Language,
) -> bool {
    let Ok(replayed) = apply_patch_to_text(old, patch) else {
        return false;
    };
    let spaced = |text: &str| -> Vec<String> {
        text.lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
    };
    if replayed == new || spaced(&replayed) == spaced(new) {
        return true;
    }
    // The import edit is the insertion (a learned anchor's edit always replaces some text).
    let imports: Vec<String> = patch
        .edits
        .iter()
        .filter(|edit| has_import && edit.expected.is_empty())
        .flat_map(|edit| edit.replacement.lines())
        .map(|line| line.trim().to_string())
        .filter(|line| !line.is_empty())
        .collect();
    let without = |text: &str| -> Vec<String> {
        text.lines()
            .map(|l| l.trim_end().to_string())
            .filter(|l| !l.trim().is_empty() && !imports.contains(&l.trim().to_string()))
            .filter(|l| !is_import_line(l, language))
            .collect()
    };
    !imports.is_empty() && without(&replayed) == without(new)
}
