//! What selfheal learns about each fix: a Beta(α, β) belief that the fix works, from the pattern
//! template's prior and every recorded outcome.
//!
//! The prior `c` (the template's `confidence`) counts as [`PRIOR_STRENGTH`] = 2 pseudo-outcomes:
//! Beta(2c, 2(1 − c)). Two is weak on purpose: one real outcome moves the mean by up to a third,
//! so a template author's guess gives way quickly to what happens on this machine, yet a single
//! failure does not sink a fix that usually works. Each success adds 1 to α, each failure or
//! revert 1 to β. A fix is "learned" once it has [`OUTCOMES_UNTIL_LEARNED`] outcomes.

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::{unix_seconds_now, Store, StoreError};
use crate::fingerprint::Fingerprint;
use crate::scrub::scrub;

/// How many pseudo-observations the template's prior is worth.
pub const PRIOR_STRENGTH: f64 = 2.0;

/// Outcomes after which a fix's confidence counts as learned rather than assumed.
pub const OUTCOMES_UNTIL_LEARNED: u64 = 3;

/// What happened after a fix was applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// The error was gone after the fix.
    Success,
    /// The error was still there (or the build got worse).
    Failure,
    /// The fix's edit was taken back (in the editor, or reported so by a client): evidence
    /// against the fix.
    Reverted,
    /// A person ran `selfheal undo`: recorded, but not evidence either way (people undo fixes
    /// for reasons that have nothing to do with whether the fix worked).
    Undone,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Success => "success",
            Outcome::Failure => "failure",
            Outcome::Reverted => "reverted",
            Outcome::Undone => "undone",
        }
    }
}

/// The belief that a fix works.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Confidence {
    pub alpha: f64,
    pub beta: f64,
    /// α / (α + β): the probability that the fix works.
    pub mean: f64,
    pub outcomes: u64,
    pub successes: u64,
    pub failures: u64,
    pub reverts: u64,
    /// At least [`OUTCOMES_UNTIL_LEARNED`] outcomes back the mean.
    pub learned: bool,
}

impl Confidence {
    /// The belief from a template prior `c` and the evidence for the fix.
    pub fn from_prior_and_evidence(
        prior: f64,
        alpha_evidence: f64,
        beta_evidence: f64,
        successes: u64,
        failures: u64,
        reverts: u64,
    ) -> Confidence {
        let prior = clamp_prior(prior);
        let alpha = PRIOR_STRENGTH * prior + alpha_evidence;
        let beta = PRIOR_STRENGTH * (1.0 - prior) + beta_evidence;
        let outcomes = successes + failures + reverts;
        Confidence {
            alpha,
            beta,
            mean: alpha / (alpha + beta),
            outcomes,
            successes,
            failures,
            reverts,
            learned: outcomes >= OUTCOMES_UNTIL_LEARNED,
        }
    }
}

impl Store {
    /// Records what happened after a fix was applied, and updates its evidence in the same
    /// transaction. `detail` (e.g. the error still reported) is scrubbed before it is stored.
    pub fn record_outcome(
        &self,
        fix_key: &str,
        fingerprint: &Fingerprint,
        outcome: Outcome,
        detail: Option<&str>,
    ) -> Result<(), StoreError> {
        self.record_outcome_at(fix_key, fingerprint, outcome, detail, unix_seconds_now())
    }

    /// `record_outcome` at a given time (unix seconds).
    pub fn record_outcome_at(
        &self,
        fix_key: &str,
        fingerprint: &Fingerprint,
        outcome: Outcome,
        detail: Option<&str>,
        at: i64,
    ) -> Result<(), StoreError> {
        let detail = detail.map(scrub);
        let (success, failure, revert, undone) = match outcome {
            Outcome::Success => (1, 0, 0, 0),
            Outcome::Failure => (0, 1, 0, 0),
            Outcome::Reverted => (0, 0, 1, 0),
            Outcome::Undone => (0, 0, 0, 1),
        };
        self.write(|transaction| {
            transaction
                .prepare_cached(
                    "INSERT INTO outcomes (fix_key, fingerprint, outcome, at, detail) \
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                )?
                .execute(params![
                    fix_key,
                    fingerprint.0,
                    outcome.as_str(),
                    at,
                    detail.as_deref()
                ])?;
            // One statement, inside the write transaction: concurrent writers cannot lose an
            // increment.
            transaction
                .prepare_cached(
                    "INSERT INTO fix_stats (fix_key, alpha_evidence, beta_evidence, successes, \
                         failures, reverts, undone, updated_at) \
                     VALUES (?1, ?2, ?3 + ?4, ?2, ?3, ?4, ?6, ?5) \
                     ON CONFLICT (fix_key) DO UPDATE SET \
                         alpha_evidence = alpha_evidence + excluded.alpha_evidence, \
                         beta_evidence = beta_evidence + excluded.beta_evidence, \
                         successes = successes + excluded.successes, \
                         failures = failures + excluded.failures, \
                         reverts = reverts + excluded.reverts, \
                         undone = undone + excluded.undone, \
                         updated_at = max(updated_at, excluded.updated_at)",
                )?
                .execute(params![fix_key, success, failure, revert, at, undone])?;
            Ok(())
        })
    }

    /// The belief that `fix_key` works, given its template's `prior` confidence. A fix with no
    /// outcomes yet gets the prior alone: Beta(2c, 2(1 − c)).
    pub fn fix_confidence(&self, fix_key: &str, prior: f64) -> Result<Confidence, StoreError> {
        let evidence = self.read(|transaction| {
            transaction
                .prepare_cached(
                    "SELECT alpha_evidence, beta_evidence, successes, failures, reverts \
                     FROM fix_stats WHERE fix_key = ?1",
                )?
                .query_row([fix_key], |row| {
                    Ok((
                        row.get::<_, f64>(0)?,
                        row.get::<_, f64>(1)?,
                        row.get::<_, i64>(2)?.max(0) as u64,
                        row.get::<_, i64>(3)?.max(0) as u64,
                        row.get::<_, i64>(4)?.max(0) as u64,
                    ))
                })
                .optional()
        })?;
        let (alpha_evidence, beta_evidence, successes, failures, reverts) =
            evidence.unwrap_or((0.0, 0.0, 0, 0, 0));
        Ok(Confidence::from_prior_and_evidence(
            prior,
            alpha_evidence,
            beta_evidence,
            successes,
            failures,
            reverts,
        ))
    }
}

/// Keeps the prior strictly between 0 and 1 so both Beta parameters stay positive; a missing
/// (NaN) prior counts as "no idea", 0.5. Patterns are validated to 0 < c < 1 already.
fn clamp_prior(prior: f64) -> f64 {
    match prior.is_nan() {
        true => 0.5,
        false => prior.clamp(0.001, 0.999),
    }
}
