//! selfheal: recognises errors in tool output, remembers how they were fixed, and offers the fix.
//!
//! Three layers (see `docs/architecture.md`):
//! - the parts, plain Rust with no protocol in sight: `capture` turns text into `Occurrence`s,
//!   `fingerprint` gives them stable ids, `scrub` removes secrets, `pattern` knows errors, `fix`
//!   plans and applies edits, `store` remembers, `runner` runs commands;
//! - the `engine`, the only part that combines them: recognise, record, rank candidate fixes,
//!   apply with audit, judge, explain, heal;
//! - the two edges, `cli` and `lsp`, which translate between their world and the engine and
//!   never import each other.

pub mod capture;
pub mod cli;
pub mod digest;
pub mod engine;
pub mod fingerprint;
pub mod fix;
pub mod generate;
pub mod home;
pub mod http;
pub mod interrupt;
pub mod learn;
pub mod llm;
pub mod lsp;
pub mod occurrence;
pub mod pattern;
pub mod remote;
pub mod runner;
pub mod scrub;
pub mod store;

pub use occurrence::{
    Applicability, Language, Note, NoteKind, Occurrence, Severity, Suggestion, Tool,
};
