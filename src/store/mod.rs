//! The local memory: one SQLite database per user (`selfheal.db`) that records every error seen,
//! the outcome of every fix tried, the confidence learned for each fix, and an audit log of every
//! file a fix changed so that it can be undone. Several editors and CLIs on one machine share the
//! file safely: WAL, a 5 s busy timeout, and writes in short `BEGIN IMMEDIATE` transactions.
//!
//! # Schema (version 1; see `schema.rs` for the SQL)
//!
//! - `occurrences`: one row per fingerprint — shape, language, tool, severity, code, the latest
//!   scrubbed message, pattern_id, project, `count`, `first_seen`, `last_seen`.
//! - `occurrence_samples`: up to [`SAMPLES_KEPT_PER_FINGERPRINT`] recent scrubbed examples per
//!   fingerprint (file, line, column, message, seen_at). A sample identical to a stored one
//!   replaces it, so the few kept are distinct places.
//! - `fix_stats`: per fix key (`pattern_id#fix_index`, see `crate::fix::fix_key`) the evidence for the fix:
//!   `alpha_evidence` (successes), `beta_evidence` (failures + reverts) and the three counts.
//!   The prior is *not* stored: it comes from the pattern's template each time
//!   ([`Store::fix_confidence`]), so editing a template's confidence takes effect, and evidence
//!   from several machines can be added up without counting a prior twice.
//! - `outcomes`: every outcome (fix_key, fingerprint, success|failure|reverted|undone, at, detail).
//! - `audit`: every file a fix changed — fix_key, fingerprint, absolute path, sha256 and exact
//!   bytes before (NULL when the fix created the file) and after, `undone_at`.
//!
//! Times are unix seconds (`i64`). Everything textual taken from an occurrence or an outcome
//! (messages, codes, sample paths, project, details) passes through [`crate::scrub::scrub`] before
//! it is written. The audit log is the exception by necessity: undo needs the file's exact path
//! and bytes; they are the user's own files, and the audit log never leaves the machine.

mod audit;
mod data_directory;
mod error;
mod learning;
mod learnings;
mod occurrences;
mod outbox;
mod proposals;
mod schema;
mod stats;
mod watch;

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, ErrorCode, Transaction, TransactionBehavior};

pub use audit::{
    AuditEntry, AuditEntryWithContents, AuditedChange, FileRestoration, UndoPlan, UndoTarget,
    UndoneFix,
};
pub use data_directory::{data_directory_for, default_data_directory, PlatformConvention};
pub use error::StoreError;
pub use learning::{Confidence, Outcome, OUTCOMES_UNTIL_LEARNED, PRIOR_STRENGTH};
pub use learnings::{NewLearning, SimilarLearning};
pub use occurrences::{
    OccurrenceHistory, OccurrenceSample, PatternHistory, SAMPLES_KEPT_PER_FINGERPRINT,
};
pub use outbox::{new_uuid, OutboxCounts, OutboxItem, OutboxKind, REFUSALS_UNTIL_SET_ASIDE};
pub use proposals::{NewProposal, ProposalCounts, ProposalStatus};
pub use schema::SCHEMA_VERSION;
pub use stats::{RecurringError, Stats};
pub use watch::Watch;

/// The database's file name inside the data directory.
pub const DATABASE_FILE_NAME: &str = "selfheal.db";

/// How long a write waits for another process's write to finish before giving up.
pub const DEFAULT_BUSY_TIMEOUT: Duration = Duration::from_secs(5);

const PREPARED_STATEMENT_CACHE_CAPACITY: usize = 32;

/// An open connection to the local database. Not `Sync`: one per thread, or behind a mutex.
pub struct Store {
    connection: Connection,
    path: PathBuf,
    busy_timeout: Duration,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Store")
            .field("path", &self.path)
            .field("busy_timeout", &self.busy_timeout)
            .finish_non_exhaustive()
    }
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: impl AsRef<Path>) -> Result<Store, StoreError> {
        Store::open_with_busy_timeout(path, DEFAULT_BUSY_TIMEOUT)
    }

    /// `open` with another busy timeout: an editor request may prefer to give up sooner.
    pub fn open_with_busy_timeout(
        path: impl AsRef<Path>,
        busy_timeout: Duration,
    ) -> Result<Store, StoreError> {
        let path = path.as_ref().to_path_buf();
        let connection =
            Connection::open(&path).map_err(|source| error_from_sqlite(&path, source))?;
        Store::configure(connection, path, busy_timeout)
    }

    /// Opens `selfheal.db` in [`default_data_directory`], creating the directory.
    pub fn open_default() -> Result<Store, StoreError> {
        Store::open_default_with_busy_timeout(DEFAULT_BUSY_TIMEOUT)
    }

    /// `open_default` with another busy timeout: an editor request may prefer to give up sooner
    /// than wait for another process's write.
    pub fn open_default_with_busy_timeout(busy_timeout: Duration) -> Result<Store, StoreError> {
        let directory = default_data_directory()?;
        std::fs::create_dir_all(&directory).map_err(|source| StoreError::CreateDataDirectory {
            path: directory.clone(),
            source,
        })?;
        Store::open_with_busy_timeout(directory.join(DATABASE_FILE_NAME), busy_timeout)
    }

    /// The default database when it exists already (`None` when it does not, or cannot be
    /// opened): for reading what is remembered without creating anything.
    pub fn open_default_if_present() -> Option<Store> {
        let path = default_data_directory().ok()?.join(DATABASE_FILE_NAME);
        match path.exists() {
            true => Store::open(path).ok(),
            false => None,
        }
    }

    /// A private database that lives as long as the `Store` (tests, `--no-store` runs).
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let path = PathBuf::from(":memory:");
        let connection =
            Connection::open_in_memory().map_err(|source| error_from_sqlite(&path, source))?;
        Store::configure(connection, path, DEFAULT_BUSY_TIMEOUT)
    }

    /// The database file (`:memory:` for an in-memory one).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of the open database (equals [`SCHEMA_VERSION`] after `open`).
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        schema::user_version(&self.connection).map_err(|source| self.error(source))
    }

    /// `PRAGMA integrity_check`: `["ok"]` for a sound database, else SQLite's list of problems.
    pub fn integrity_check(&self) -> Result<Vec<String>, StoreError> {
        let read = || -> rusqlite::Result<Vec<String>> {
            let mut statement = self.connection.prepare("PRAGMA integrity_check")?;
            let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
            rows.collect()
        };
        read().map_err(|source| self.error(source))
    }

    fn configure(
        mut connection: Connection,
        path: PathBuf,
        busy_timeout: Duration,
    ) -> Result<Store, StoreError> {
        let setup = |connection: &Connection| -> rusqlite::Result<String> {
            // The busy timeout first: switching to WAL itself may have to wait for a lock.
            connection.busy_timeout(busy_timeout)?;
            let journal_mode: String =
                connection
                    .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
            // NORMAL is safe in WAL mode: a crash of the process loses nothing committed; only a
            // power cut may lose the last transactions, never corrupt the file.
            connection.pragma_update(None, "synchronous", "NORMAL")?;
            connection.pragma_update(None, "foreign_keys", true)?;
            Ok(journal_mode)
        };
        let store_error = |source| error_from_sqlite_waited(&path, busy_timeout, source);
        let journal_mode = setup(&connection).map_err(store_error)?;
        match journal_mode.as_str() {
            "wal" | "memory" => {}
            // Some network file systems cannot do WAL; SQLite then keeps its rollback journal,
            // which is still safe, only slower with several writers.
            other => tracing::warn!(
                path = %path.display(),
                journal_mode = other,
                "the selfheal database could not switch to WAL mode"
            ),
        }
        // Room for every statement the store prepares (16 today), so none is re-parsed.
        connection.set_prepared_statement_cache_capacity(PREPARED_STATEMENT_CACHE_CAPACITY);
        // Every transaction this store begins is IMMEDIATE: it takes the write lock up front, so
        // it waits in the busy handler instead of failing later when a read turns into a write.
        connection.set_transaction_behavior(TransactionBehavior::Immediate);
        let store = Store {
            connection,
            path,
            busy_timeout,
        };
        schema::migrate(&store.connection, &store.path).map_err(|error| match error {
            StoreError::Locked { path, .. } => StoreError::Locked {
                path,
                waited: store.busy_timeout,
            },
            other => other,
        })?;
        Ok(store)
    }

    /// Runs `work` in one short `BEGIN IMMEDIATE` transaction and commits it.
    fn write<T>(
        &self,
        work: impl FnOnce(&Transaction<'_>) -> rusqlite::Result<T>,
    ) -> Result<T, StoreError> {
        let run = || -> rusqlite::Result<T> {
            let transaction = self.connection.unchecked_transaction()?;
            let value = work(&transaction)?;
            transaction.commit()?;
            Ok(value)
        };
        run().map_err(|source| self.error(source))
    }

    /// Runs `work` in a read transaction, so that several queries see one snapshot.
    fn read<T>(
        &self,
        work: impl FnOnce(&Transaction<'_>) -> rusqlite::Result<T>,
    ) -> Result<T, StoreError> {
        let run = || -> rusqlite::Result<T> {
            let transaction =
                Transaction::new_unchecked(&self.connection, TransactionBehavior::Deferred)?;
            let value = work(&transaction)?;
            transaction.finish()?;
            Ok(value)
        };
        run().map_err(|source| self.error(source))
    }

    fn error(&self, source: rusqlite::Error) -> StoreError {
        error_from_sqlite_waited(&self.path, self.busy_timeout, source)
    }
}

/// The current time as unix seconds; a clock before 1970 counts as 0.
pub fn unix_seconds_now() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(since_epoch) => i64::try_from(since_epoch.as_secs()).unwrap_or(i64::MAX),
        Err(_) => 0,
    }
}

fn error_from_sqlite(path: &Path, source: rusqlite::Error) -> StoreError {
    error_from_sqlite_waited(path, DEFAULT_BUSY_TIMEOUT, source)
}

fn error_from_sqlite_waited(path: &Path, waited: Duration, source: rusqlite::Error) -> StoreError {
    match source.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Locked {
            path: path.to_path_buf(),
            waited,
        },
        _ => StoreError::Sqlite {
            path: path.to_path_buf(),
            source,
        },
    }
}
