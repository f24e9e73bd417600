//! A reply's SEARCH/REPLACE blocks (or window rewrite) as ordinary text edits on the current
//! document: each SEARCH must match exactly once (exactly, then whitespace-tolerantly, still
//! exactly once) inside the window around the error; an empty REPLACE only when the model said
//! it deletes. The model saw the window scrubbed: `<redacted:KIND>` markers in a SEARCH stand for
//! the secret in the file, and a REPLACE may only carry a marker its SEARCH had (the secret is
//! put back); a marker is never written into code.
//!
//! INTERFACE (kept by the implementation): `plan_edits`, `Mismatch`.

use super::prompt::Window;
use super::reply::Reply;
use crate::fix::TextEdit;

/// Why a reply's edits do not fit the document; `explain` is sent back to the model once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    Placeholder(String),
}

impl Mismatch {
    /// What to tell the model when asking again.
    pub fn explain(&self) -> String {
        unimplemented!("Mismatch::explain")
    }
}

impl std::fmt::Display for Mismatch {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(formatter, "{self:?}")
    }
}

/// The edits `reply` makes to `text` (the document as it is now, unscrubbed), in order of
/// position, non-overlapping, each with the exact bytes it replaces.
pub fn plan_edits(
    _text: &str,
    _window: &Window,
    _reply: &Reply,
) -> Result<Vec<TextEdit>, Mismatch> {
    unimplemented!("plan_edits")
}
