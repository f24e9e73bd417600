//! The engine: the one core both edges call, and the only part that combines capture, pattern,
//! fix, store and runner. Each step of the flow of one error is written once, here:
//!
//! - `recognise` — an occurrence from any source → the error as selfheal knows it;
//! - `record` — sightings (scrubbed by the store) under a project, and outcomes;
//! - `candidates` — the fixes that can be made for an error, ranked, with their confidence and
//!   where they came from (`python_install` guards `pip install` commands: no typo of a
//!   standard-library or project module, and the command's own interpreter);
//! - `apply` — writing a fix with its audit entry first, reverting, undoing;
//! - `judge` — one rule for whether a fix worked (held to more for a guess among several
//!   types, and for a name swapped for another, `behaviour`);
//! - `propose` — an LLM's proposal as one more candidate (`crate::llm` asks; the engine
//!   gathers what is sent and turns the reply into an ordinary fix);
//! - `explain` — the Markdown that `selfheal explain` and the hover share;
//! - `heal` — the CLI's loop over all of these (run, choose, ask, apply, re-run, judge).
//!
//! The edges (`cli`, `lsp`) translate between their world (arguments and terminals; LSP types,
//! positions and documents) and an [`Engine`], which borrows the pattern library and, when the
//! database could be opened, the store. The engine never fails on input; without a store it
//! still recognises, explains and plans, and refuses only to write files (nothing could undo
//! them).

mod apply;
mod behaviour;
mod candidates;
mod explain;
pub mod heal;
mod judge;
mod propose;
mod python_install;
mod recognise;
mod record;

pub use apply::{restore_file, AppliedFix, ApplyError, LeftAlone};
pub use candidates::{CandidateFix, FixOrigin};
pub use explain::{TeamMemory, RECURRING_DAYS, RECURRING_SIGHTINGS, SIMILAR_OVERLAP};
pub use judge::{judge_fix, lines_after_change, stops_at_first, FixTarget, Judgement, Reported};
pub use propose::{is_proposal_key, DailyBudget, NothingToPropose, ProposalContext, Proposer};
pub use recognise::{Place, RecognisedError};
pub use record::{keep_learning, project_name};

use crate::generate::SymbolIndex;
use crate::pattern::PatternSet;
use crate::store::Store;

/// Fixes less confident than this are not offered or tried unless a person asks for them: one
/// default for `selfheal heal`, the language server and both editors.
pub const DEFAULT_MIN_CONFIDENCE: f64 = 0.5;

/// The core, over a pattern library and (when there is one) the local database.
#[derive(Debug, Clone, Copy)]
pub struct Engine<'p> {
    pub patterns: &'p PatternSet,
    pub store: Option<&'p Store>,
    /// The command whose output is being healed (`python3 main.py`), when there is one: install
    /// commands use its interpreter. Empty when unknown (an editor's diagnostics).
    pub command_line: &'p [String],
    /// The workspace's definitions, for imports of names defined in another file.
    pub symbols: Option<&'p SymbolIndex>,
}

impl<'p> Engine<'p> {
    pub fn new(patterns: &'p PatternSet, store: Option<&'p Store>) -> Self {
        Engine {
            patterns,
            store,
            command_line: &[],
            symbols: None,
        }
    }

    /// The same engine, with the workspace's symbol index.
    pub fn with_symbols(self, symbols: Option<&'p SymbolIndex>) -> Self {
        Engine { symbols, ..self }
    }

    /// The same engine, knowing the command whose output it heals.
    pub fn with_command_line(self, command_line: &'p [String]) -> Self {
        Engine {
            command_line,
            ..self
        }
    }
}
