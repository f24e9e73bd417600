//! What is sent: the scrubbed error (every occurrence of its fingerprint, the tool and the
//! language), a window of the code around it plus the file's import block, the candidates
//! already tried and why they failed, and up to 3 similar past fixes. Everything passes
//! `crate::scrub` before it leaves the machine. Files the person excluded are never sent.
//!
//! INTERFACE (kept by the implementation): `ErrorText`, `TriedFix`, `PastFix`, `ProposalInput`,
//! `Window`, `window_around`, `import_block`, `build_request`, `follow_up`, `is_excluded`.

use std::path::Path;

use super::edits::Mismatch;
use super::wire::ChatRequest;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ErrorText {
    pub message: String,
    pub code: Option<String>,
    pub file: Option<String>,
    pub line: Option<u32>,
    pub column: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TriedFix {
    pub title: String,
    pub why_failed: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastFix {
    pub message: String,
    /// A unified diff of the fix.
    pub diff: String,
}

/// Everything a prompt is made of, unscrubbed (`build_request` scrubs).
#[derive(Debug, Clone)]
pub struct ProposalInput<'a> {
    pub tool: &'a str,
    pub language: &'a str,
    /// Every occurrence of the error's fingerprint, the one to fix first.
    pub errors: &'a [ErrorText],
    /// The file to fix, as shown to the model (relative to the workspace when possible).
    pub file: &'a str,
    /// The file's whole current text.
    pub text: &'a str,
    /// 1-based line of the error in `file`.
    pub line: u32,
    pub tried: &'a [TriedFix],
    pub similar: &'a [PastFix],
    /// Ask for the whole window rewritten instead of SEARCH/REPLACE blocks.
    pub whole_window: bool,
}

/// Lines `start_line..=end_line` (1-based) of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub start_line: u32,
    pub end_line: u32,
}

/// Lines either side of the error that are sent and may be edited.
pub const WINDOW_RADIUS: u32 = 40;

pub fn window_around(_text: &str, _line: u32) -> Window {
    unimplemented!("window_around")
}

/// The file's import block, when it has one outside `window`.
pub fn import_block(_text: &str, _language: &str) -> Option<Window> {
    unimplemented!("import_block")
}

/// The request: system prompt and one user message, scrubbed.
pub fn build_request(_input: &ProposalInput<'_>, _window: &Window) -> ChatRequest {
    unimplemented!("build_request")
}

/// The message that asks once more, with the mismatch explained.
pub fn follow_up(_mismatch: &Mismatch) -> String {
    unimplemented!("follow_up")
}

/// Whether `path` must never be sent: `.env` files, keys, credentials, and `patterns` (globs).
pub fn is_excluded(_path: &Path, _patterns: &[String]) -> bool {
    unimplemented!("is_excluded")
}
