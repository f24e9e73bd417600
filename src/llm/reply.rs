//! Reading a model's reply: a short JSON header (title, explanation, confidence, deletes) and the
//! edits as SEARCH/REPLACE blocks of plain text, or a rewrite of the whole window in a fenced
//! block. The header is read robustly, in order: strict JSON → repaired JSON (trailing commas,
//! single quotes, unquoted keys, missing closers) → the first fenced block → the largest valid
//! JSON part.
//!
//! INTERFACE (kept by the implementation): `Reply`, `Header`, `SearchReplace`, `HowRead`,
//! `parse_reply`, `UnreadableReply`.

/// A reply read.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub header: Header,
    pub blocks: Vec<SearchReplace>,
    /// The whole window rewritten (when asked for), without its fence.
    pub rewrite: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    pub title: String,
    pub explanation: String,
    /// 0–1, clamped; 0.5 when the model gave none.
    pub confidence: f64,
    /// The model says its edit deletes code (an empty REPLACE is applied only then).
    pub deletes: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchReplace {
    pub search: String,
    pub replace: String,
}

/// How the header was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HowRead {
    Strict,
    Repaired,
    Fenced,
    LargestPart,
}

/// A reply that cannot be used; `Display` says why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct UnreadableReply(pub String);

pub fn parse_reply(_text: &str) -> Result<(Reply, HowRead), UnreadableReply> {
    unimplemented!("parse_reply")
}
