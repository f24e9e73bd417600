//! Recording occurrences, aggregated per fingerprint with a few recent samples, and reading one
//! fingerprint's history back.

use rusqlite::{params, OptionalExtension, Transaction};
use serde::Serialize;

use super::{unix_seconds_now, Store, StoreError};
use crate::fingerprint::{Fingerprint, Shape};
use crate::occurrence::Occurrence;
use crate::scrub::scrub;

/// How many samples are kept per fingerprint; the oldest go first.
pub const SAMPLES_KEPT_PER_FINGERPRINT: usize = 5;

/// What the store knows about one fingerprint.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OccurrenceHistory {
    pub fingerprint: String,
    pub shape: String,
    pub language: String,
    pub tool: String,
    pub severity: String,
    pub code: Option<String>,
    /// The latest message seen, scrubbed.
    pub message: String,
    pub pattern_id: Option<String>,
    pub project: Option<String>,
    pub count: u64,
    pub first_seen: i64,
    pub last_seen: i64,
    /// Outcomes recorded as `success` for this fingerprint.
    pub times_fixed: u64,
    /// Outcomes recorded as `failure` or `reverted` for this fingerprint.
    pub times_fix_failed: u64,
    /// Newest first.
    pub samples: Vec<OccurrenceSample>,
}

/// One place an error was seen, scrubbed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OccurrenceSample {
    pub file: Option<String>,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub message: String,
    pub seen_at: i64,
}

impl Store {
    /// Counts one sighting of `occurrence` now and keeps it as a sample. Returns how many times
    /// its fingerprint has been seen, this one included.
    pub fn record_occurrence(
        &self,
        occurrence: &Occurrence,
        fingerprint: &Fingerprint,
        shape: &Shape,
        pattern_id: Option<&str>,
        project: Option<&str>,
    ) -> Result<u64, StoreError> {
        self.record_occurrence_at(
            occurrence,
            fingerprint,
            shape,
            pattern_id,
            project,
            unix_seconds_now(),
        )
    }

    /// `record_occurrence` at a given time (unix seconds): imports and tests.
    pub fn record_occurrence_at(
        &self,
        occurrence: &Occurrence,
        fingerprint: &Fingerprint,
        shape: &Shape,
        pattern_id: Option<&str>,
        project: Option<&str>,
        seen_at: i64,
    ) -> Result<u64, StoreError> {
        let message = scrub(&occurrence.message);
        let code = occurrence.code.as_deref().map(scrub);
        let file = occurrence.file.as_deref().map(scrub);
        let project = project.map(scrub);
        self.write(|transaction| {
            let count: i64 = transaction
                .prepare_cached(
                    "INSERT INTO occurrences (fingerprint, shape, language, tool, severity, code, \
                         message, pattern_id, project, count, first_seen, last_seen) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1, ?10, ?10) \
                     ON CONFLICT (fingerprint) DO UPDATE SET \
                         count = count + 1, \
                         shape = excluded.shape, \
                         tool = excluded.tool, \
                         severity = excluded.severity, \
                         message = excluded.message, \
                         pattern_id = coalesce(excluded.pattern_id, pattern_id), \
                         project = coalesce(excluded.project, project), \
                         first_seen = min(first_seen, excluded.first_seen), \
                         last_seen = max(last_seen, excluded.last_seen) \
                     RETURNING count",
                )?
                .query_row(
                    params![
                        fingerprint.0,
                        shape.0,
                        occurrence.tool.language().as_str(),
                        occurrence.tool.as_str(),
                        occurrence.severity.as_str(),
                        code.as_deref(),
                        message.as_ref(),
                        pattern_id,
                        project.as_deref(),
                        seen_at,
                    ],
                    |row| row.get(0),
                )?;
            keep_sample(
                transaction,
                fingerprint,
                &OccurrenceSample {
                    file: file.as_deref().map(str::to_string),
                    line: occurrence.line,
                    column: occurrence.column,
                    message: message.to_string(),
                    seen_at,
                },
            )?;
            Ok(count.max(0) as u64)
        })
    }

    /// Everything known about one fingerprint, or `None` if it was never recorded.
    pub fn occurrence_history(
        &self,
        fingerprint: &Fingerprint,
    ) -> Result<Option<OccurrenceHistory>, StoreError> {
        self.read(|transaction| {
            let history = transaction
                .prepare_cached(
                    "SELECT fingerprint, shape, language, tool, severity, code, message, \
                         pattern_id, project, count, first_seen, last_seen, \
                         (SELECT count(*) FROM outcomes \
                             WHERE outcomes.fingerprint = occurrences.fingerprint \
                             AND outcome = 'success'), \
                         (SELECT count(*) FROM outcomes \
                             WHERE outcomes.fingerprint = occurrences.fingerprint \
                             AND outcome IN ('failure', 'reverted')) \
                     FROM occurrences WHERE fingerprint = ?1",
                )?
                .query_row([&fingerprint.0], |row| {
                    Ok(OccurrenceHistory {
                        fingerprint: row.get(0)?,
                        shape: row.get(1)?,
                        language: row.get(2)?,
                        tool: row.get(3)?,
                        severity: row.get(4)?,
                        code: row.get(5)?,
                        message: row.get(6)?,
                        pattern_id: row.get(7)?,
                        project: row.get(8)?,
                        count: row.get::<_, i64>(9)?.max(0) as u64,
                        first_seen: row.get(10)?,
                        last_seen: row.get(11)?,
                        times_fixed: row.get::<_, i64>(12)?.max(0) as u64,
                        times_fix_failed: row.get::<_, i64>(13)?.max(0) as u64,
                        samples: Vec::new(),
                    })
                })
                .optional()?;
            match history {
                Some(mut history) => {
                    history.samples = samples_of(transaction, fingerprint)?;
                    Ok(Some(history))
                }
                None => Ok(None),
            }
        })
    }
}

/// Inserts a sample, dropping an identical older one and all but the newest few.
fn keep_sample(
    transaction: &Transaction<'_>,
    fingerprint: &Fingerprint,
    sample: &OccurrenceSample,
) -> rusqlite::Result<()> {
    transaction
        .prepare_cached(
            "DELETE FROM occurrence_samples WHERE fingerprint = ?1 AND file IS ?2 \
                 AND line_number IS ?3 AND column_number IS ?4 AND message = ?5",
        )?
        .execute(params![
            fingerprint.0,
            sample.file,
            sample.line,
            sample.column,
            sample.message
        ])?;
    transaction
        .prepare_cached(
            "INSERT INTO occurrence_samples \
                 (fingerprint, file, line_number, column_number, message, seen_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            fingerprint.0,
            sample.file,
            sample.line,
            sample.column,
            sample.message,
            sample.seen_at
        ])?;
    // Ids grow with every insert (AUTOINCREMENT never reuses one), so the highest are the newest
    // even when several samples share a second.
    transaction
        .prepare_cached(
            "DELETE FROM occurrence_samples WHERE fingerprint = ?1 AND id NOT IN \
                 (SELECT id FROM occurrence_samples WHERE fingerprint = ?1 \
                  ORDER BY id DESC LIMIT ?2)",
        )?
        .execute(params![fingerprint.0, SAMPLES_KEPT_PER_FINGERPRINT as i64])?;
    Ok(())
}

fn samples_of(
    transaction: &Transaction<'_>,
    fingerprint: &Fingerprint,
) -> rusqlite::Result<Vec<OccurrenceSample>> {
    let mut statement = transaction.prepare_cached(
        "SELECT file, line_number, column_number, message, seen_at FROM occurrence_samples \
         WHERE fingerprint = ?1 ORDER BY id DESC",
    )?;
    let rows = statement.query_map([&fingerprint.0], |row| {
        Ok(OccurrenceSample {
            file: row.get(0)?,
            line: row.get(1)?,
            column: row.get(2)?,
            message: row.get(3)?,
            seen_at: row.get(4)?,
        })
    })?;
    rows.collect()
}

/// What this machine remembers of one pattern: how often errors it matches were seen, and how
/// its fixes fared.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct PatternHistory {
    pub seen: u64,
    pub fixed: u64,
    pub fix_failed: u64,
}

impl Store {
    pub fn pattern_history(&self, pattern_id: &str) -> Result<PatternHistory, StoreError> {
        self.read(|transaction| {
            let seen: i64 = transaction
                .prepare_cached(
                    "SELECT coalesce(sum(count), 0) FROM occurrences WHERE pattern_id = ?1",
                )?
                .query_row([pattern_id], |row| row.get(0))?;
            let prefix = format!("{pattern_id}#%");
            let (fixed, failed): (i64, i64) = transaction
                .prepare_cached(
                    "SELECT coalesce(sum(outcome = 'success'), 0), \
                            coalesce(sum(outcome IN ('failure', 'reverted')), 0) \
                     FROM outcomes WHERE fix_key LIKE ?1",
                )?
                .query_row([&prefix], |row| Ok((row.get(0)?, row.get(1)?)))?;
            Ok(PatternHistory {
                seen: seen.max(0) as u64,
                fixed: fixed.max(0) as u64,
                fix_failed: failed.max(0) as u64,
            })
        })
    }
}
