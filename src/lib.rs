//! selfheal: recognises errors in tool output, remembers how they were fixed, and offers the fix.
//!
//! The core is plain Rust with no protocol in sight: `capture` turns text into `Occurrence`s,
//! `fingerprint` gives them stable ids, `scrub` removes secrets. The `cli` module is the edge.

pub mod capture;
pub mod cli;
pub mod fingerprint;
pub mod fix;
pub mod heal;
pub mod home;
pub mod lookup;
pub mod lsp;
pub mod occurrence;
pub mod pattern;
pub mod runner;
pub mod scrub;
pub mod store;

pub use occurrence::{
    Applicability, Language, Note, NoteKind, Occurrence, Severity, Suggestion, Tool,
};
