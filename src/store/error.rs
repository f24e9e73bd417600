//! What can go wrong with the local database, in words a person can act on.

use std::path::PathBuf;
use std::time::Duration;

/// An error from the local store. Messages name the database file and say what to do.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "the selfheal database at {} is locked by another process and stayed locked for {} s",
        path.display(),
        waited.as_secs_f64()
    )]
    Locked { path: PathBuf, waited: Duration },

    #[error(
        "database schema version {found} of {} is newer than this selfheal ({supported}); \
         upgrade selfheal or point SELFHEAL_HOME at another directory",
        path.display()
    )]
    SchemaTooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    #[error("migrating the selfheal database at {} to schema version {version} failed: {source}", path.display())]
    Migration {
        path: PathBuf,
        version: i64,
        #[source]
        source: rusqlite::Error,
    },

    #[error("no place for the selfheal database: set SELFHEAL_HOME (none of {looked_at} is set)")]
    NoDataDirectory { looked_at: &'static str },

    #[error("could not create the selfheal data directory {}: {source}", path.display())]
    CreateDataDirectory {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("the selfheal database at {}: {source}", path.display())]
    Sqlite {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },

    #[error("the selfheal database at {} holds a value this selfheal does not understand: {problem}", path.display())]
    CorruptValue { path: PathBuf, problem: String },

    #[error("no applied fix with audit id {id}")]
    AuditEntryNotFound { id: i64 },

    #[error("nothing to undo: every applied fix in the audit log has been undone already")]
    NothingToUndo,

    #[error("applied fix {id} on {} was already undone (at unix time {undone_at})", path.display())]
    AlreadyUndone {
        id: i64,
        path: PathBuf,
        undone_at: i64,
    },

    #[error(
        "refusing to undo applied fix {id}: {} changed after the fix was applied \
         (the fix left sha256 {expected_sha256}, the file now has {current_sha256}); \
         undoing would lose those changes, so undo by hand",
        path.display()
    )]
    FileChangedSinceFix {
        id: i64,
        path: PathBuf,
        expected_sha256: String,
        current_sha256: String,
    },

    #[error("the audit log needs a UTF-8 file path, and {} is not one", path.display())]
    NonUtf8Path { path: PathBuf },

    #[error("{action} {}: {source}", path.display())]
    File {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}
