//! Fixes: a pattern's fix template, filled in for one occurrence and the files as they are now,
//! becomes a `FixPlan` — text edits (`FilePatch`es with the exact text each edit expects to
//! replace) or a shell command. Applying a plan re-checks every file: if it changed since the plan
//! was made, the plan is refused, never applied blind.

mod anchor;
mod apply;
mod binding;
mod columns;
mod diff;
mod go_imports;
mod merge;
mod plan;
mod regex_cache;
mod rust_paths;
mod suggestions;

use std::path::PathBuf;

pub use anchor::is_import_line;
pub use apply::{
    apply_patch, apply_patch_to_text, prepare_patch, write_atomically, write_file_atomically,
    AppliedPatch, FixError,
};
pub use binding::with_uses_of_renamed_import;
pub use columns::{byte_offset_of, line_and_column_of, ColumnUnit};
pub use diff::{common_ends, render_diff};
pub use merge::merge_patches;
pub use plan::{
    import_edit, line_range, placed, plan_fix, plan_fixes, Disk, FileSource, NotApplicable,
};
pub use suggestions::{alternative_patches, alternatives, Alternative};

/// A fix ready to show and apply.
#[derive(Debug, Clone, PartialEq)]
pub struct FixPlan {
    /// What the fix does, captures filled in.
    pub title: String,
    /// Stable key of the template: `pattern_id#index`, for confidence and outcomes.
    pub fix_key: String,
    /// The template's prior confidence.
    pub prior: f64,
    pub action: FixAction,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FixAction {
    /// Text edits, one patch per file, applied together.
    Edit(Vec<FilePatch>),
    /// A shell command, shown to a person and run only with their yes.
    Command(String),
}

/// Edits to one file, computed against the file's bytes whose sha256 is `original_sha256`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilePatch {
    pub path: PathBuf,
    pub original_sha256: String,
    /// Non-overlapping, in order of position.
    pub edits: Vec<TextEdit>,
}

/// Replace `expected` (the bytes `start..end` of the original file) with `replacement`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextEdit {
    pub start: usize,
    pub end: usize,
    pub expected: String,
    pub replacement: String,
}

impl TextEdit {
    /// `text` inserted at byte `at`, replacing nothing.
    pub fn insertion(at: usize, text: impl Into<String>) -> TextEdit {
        TextEdit {
            start: at,
            end: at,
            expected: String::new(),
            replacement: text.into(),
        }
    }
}

pub use crate::digest::sha256_hex;

/// The key under which a pattern's fix is learned: `pattern_id#fix_index` (0-based, the order of
/// `[[pattern.fix]]` in the pattern file).
pub fn fix_key(pattern_id: &str, fix_index: usize) -> String {
    format!("{pattern_id}#{fix_index}")
}
