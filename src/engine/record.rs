//! Record what was seen and how fixes went: one sighting per distinct error of a run (the store
//! scrubs everything it keeps), under the project it belongs to, and each fix's outcome (queued
//! for the team store too, when one is configured: `crate::remote::outbox`).

use std::path::Path;

use super::recognise::RecognisedError;
use super::Engine;
use crate::fingerprint::Fingerprint;
use crate::store::Outcome;

/// At most this many distinct errors of one run are recorded (errors before warnings): a flood
/// of 200,000 generated errors is one problem, and must not write a database's worth of rows.
pub const SIGHTINGS_PER_RUN: usize = 500;

impl Engine<'_> {
    /// Counts each distinct error once, with the pattern it was recognised by; at most
    /// `SIGHTINGS_PER_RUN` of them.
    pub fn record_sightings(&self, errors: &[RecognisedError<'_>], project: Option<&str>) {
        let Some(store) = self.store else { return };
        let errors_first = errors
            .iter()
            .filter(|error| error.is_error())
            .chain(errors.iter().filter(|error| !error.is_error()))
            .take(SIGHTINGS_PER_RUN);
        for error in errors_first {
            if let Err(problem) = store.record_occurrence(
                &error.occurrence,
                &error.fingerprint,
                &error.shape,
                error.pattern_id(),
                project,
            ) {
                tracing::warn!("sighting not recorded: {problem}");
            }
        }
    }

    /// Records one outcome of a fix (its Beta evidence follows), and queues it for the team
    /// store when there is one.
    pub fn record_outcome(
        &self,
        fix_key: &str,
        fingerprint: &Fingerprint,
        title: &str,
        outcome: Outcome,
        detail: Option<&str>,
    ) {
        let Some(store) = self.store else { return };
        if let Err(problem) = store.record_outcome(fix_key, fingerprint, outcome, detail) {
            tracing::warn!("outcome not recorded: {problem}");
            return;
        }
        if outcome == Outcome::Success {
            self.remember_fix(store, fingerprint, title);
        }
        crate::remote::outbox::queue_fix_result(store, fix_key, fingerprint, title, outcome);
    }
}

impl Engine<'_> {
    /// A fix that worked for an error, kept for Tier 2: the next error that reads like this one
    /// points at it (`similar_learnings`).
    pub fn remember_fix(
        &self,
        store: &crate::store::Store,
        fingerprint: &Fingerprint,
        title: &str,
    ) {
        let Ok(Some(history)) = store.occurrence_history(fingerprint) else {
            return;
        };
        let learning = crate::store::NewLearning {
            fingerprint: &fingerprint.0,
            shape: &history.shape,
            tool: &history.tool,
            code: history.code.as_deref(),
            error_text: &history.message,
            fix_title: title,
            pattern_id: history.pattern_id.as_deref(),
        };
        keep_learning(store, &learning);
    }
}

/// Adds a fix that worked, or a lesson, to the learnings index (Tier 2); a failure is logged.
pub fn keep_learning(store: &crate::store::Store, learning: &crate::store::NewLearning<'_>) {
    if let Err(problem) = store.record_learning(learning) {
        tracing::warn!("learning not kept: {problem}");
    }
}

/// The project an error belongs to: `SELFHEAL_PROJECT`, else the name of the directory the
/// command ran in (the workspace root, in an editor).
pub fn project_name(directory: &Path) -> Option<String> {
    std::env::var("SELFHEAL_PROJECT")
        .ok()
        .filter(|project| !project.is_empty())
        .or_else(|| {
            directory
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
        })
}
