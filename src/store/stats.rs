//! The numbers behind `selfheal stats`: how many errors were seen, which keep coming back, how
//! many fixes were applied and how often they worked.

use rusqlite::Transaction;
use serde::Serialize;

use super::learning::OUTCOMES_UNTIL_LEARNED;
use super::{Store, StoreError};

/// A summary of the whole database (`selfheal stats --json` prints it as is).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// Every sighting of every error (the sum of the per-fingerprint counts).
    pub errors_seen: u64,
    /// Distinct fingerprints.
    pub distinct_errors: u64,
    /// The errors seen most often, most often first.
    pub top_recurring: Vec<RecurringError>,
    /// Errors no pattern knows, seen 3 times or more, the last time within 7 days, never fixed:
    /// worth fixing once with selfheal watching, so that it learns the fix.
    pub recurring_without_fix: Vec<RecurringError>,
    /// Files changed by fixes (audit entries), undone ones included.
    pub fixes_applied: u64,
    pub fixes_undone: u64,
    /// Outcomes recorded: successes + failures + reverts.
    pub outcomes: u64,
    pub successes: u64,
    pub failures: u64,
    pub reverts: u64,
    /// Fixes a person took back with `selfheal undo`: not in `outcomes`, no evidence either way.
    pub undone_by_person: u64,
    /// successes / outcomes; `None` before the first outcome.
    pub success_rate: Option<f64>,
    /// Fix keys with at least 3 outcomes, whose confidence is learned rather than assumed.
    pub patterns_learned: u64,
    /// The earliest first sighting and the latest last sighting of any error (unix seconds).
    pub first_seen: Option<i64>,
    pub last_seen: Option<i64>,
    /// "Propose fix": proposals asked of an LLM, accepted, verified and learned.
    pub proposals: super::ProposalCounts,
}

/// One of the errors seen most often.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecurringError {
    pub fingerprint: String,
    /// The tool's error code (`E0412`, `TS2304`), where it has one.
    pub code: Option<String>,
    pub message: String,
    pub pattern_id: Option<String>,
    pub count: u64,
    pub last_seen: i64,
}

impl Store {
    /// The summary, with the `top_recurring_limit` most frequent errors.
    pub fn stats(&self, top_recurring_limit: usize) -> Result<Stats, StoreError> {
        self.read(|transaction| {
            let (errors_seen, distinct_errors, first_seen, last_seen) = transaction.query_row(
                "SELECT coalesce(sum(count), 0), count(*), min(first_seen), max(last_seen) \
                 FROM occurrences",
                [],
                |row| {
                    Ok((
                        count_of(row.get(0)?),
                        count_of(row.get(1)?),
                        row.get::<_, Option<i64>>(2)?,
                        row.get::<_, Option<i64>>(3)?,
                    ))
                },
            )?;
            let (fixes_applied, fixes_undone) = transaction.query_row(
                "SELECT count(*), count(undone_at) FROM audit",
                [],
                |row| Ok((count_of(row.get(0)?), count_of(row.get(1)?))),
            )?;
            let (successes, failures, reverts, patterns_learned, undone_by_person) = transaction
                .query_row(
                    "SELECT coalesce(sum(successes), 0), coalesce(sum(failures), 0), \
                     coalesce(sum(reverts), 0), \
                     count(*) FILTER (WHERE successes + failures + reverts >= ?1), \
                     coalesce(sum(undone), 0) \
                 FROM fix_stats",
                    [OUTCOMES_UNTIL_LEARNED as i64],
                    |row| {
                        Ok((
                            count_of(row.get(0)?),
                            count_of(row.get(1)?),
                            count_of(row.get(2)?),
                            count_of(row.get(3)?),
                            count_of(row.get(4)?),
                        ))
                    },
                )?;
            let outcomes = successes + failures + reverts;
            let success_rate = match outcomes {
                0 => None,
                _ => Some(successes as f64 / outcomes as f64),
            };
            Ok(Stats {
                errors_seen,
                distinct_errors,
                top_recurring: top_recurring(transaction, top_recurring_limit)?,
                recurring_without_fix: recurring_without_fix(
                    transaction,
                    top_recurring_limit,
                    super::unix_seconds_now(),
                )?,
                fixes_applied,
                fixes_undone,
                outcomes,
                successes,
                failures,
                reverts,
                undone_by_person,
                success_rate,
                patterns_learned,
                first_seen,
                last_seen,
                proposals: super::ProposalCounts::default(),
            })
        })
        .and_then(|stats| {
            Ok(Stats {
                proposals: self.proposal_counts()?,
                ..stats
            })
        })
    }
}

fn top_recurring(
    transaction: &Transaction<'_>,
    limit: usize,
) -> rusqlite::Result<Vec<RecurringError>> {
    let mut statement = transaction.prepare_cached(
        "SELECT fingerprint, message, pattern_id, count, last_seen, code FROM occurrences \
         ORDER BY count DESC, last_seen DESC, fingerprint LIMIT ?1",
    )?;
    let rows = statement.query_map([i64::try_from(limit).unwrap_or(i64::MAX)], |row| {
        Ok(RecurringError {
            fingerprint: row.get(0)?,
            code: row.get(5)?,
            message: row.get(1)?,
            pattern_id: row.get(2)?,
            count: count_of(row.get(3)?),
            last_seen: row.get(4)?,
        })
    })?;
    rows.collect()
}

/// Errors no pattern matched, seen 3+ times, the last time within 7 days, with no successful
/// fix recorded (the count is over all time: the table keeps no per-day counts).
fn recurring_without_fix(
    transaction: &Transaction<'_>,
    limit: usize,
    now: i64,
) -> rusqlite::Result<Vec<RecurringError>> {
    let mut statement = transaction.prepare_cached(
        "SELECT fingerprint, message, pattern_id, count, last_seen, code FROM occurrences o \
         WHERE pattern_id IS NULL AND severity = 'error' AND count >= ?2 AND last_seen >= ?3 \
           AND NOT EXISTS (SELECT 1 FROM outcomes x \
                           WHERE x.fingerprint = o.fingerprint AND x.outcome = 'success') \
         ORDER BY count DESC, last_seen DESC, fingerprint LIMIT ?1",
    )?;
    let since = now - crate::engine::RECURRING_DAYS * 86_400;
    let rows = statement.query_map(
        rusqlite::params![
            i64::try_from(limit).unwrap_or(i64::MAX),
            crate::engine::RECURRING_SIGHTINGS as i64,
            since
        ],
        |row| {
            Ok(RecurringError {
                fingerprint: row.get(0)?,
                code: row.get(5)?,
                message: row.get(1)?,
                pattern_id: row.get(2)?,
                count: count_of(row.get(3)?),
                last_seen: row.get(4)?,
            })
        },
    )?;
    rows.collect()
}

fn count_of(value: i64) -> u64 {
    u64::try_from(value).unwrap_or(0)
}
