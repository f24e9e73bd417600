//! The database schema as an ordered list of migrations. `PRAGMA user_version` holds how many
//! have been applied; each pending one runs in its own `BEGIN IMMEDIATE` transaction that first
//! re-reads the version, so two processes opening a new database at once apply it exactly once.
//! Never edit a migration that has shipped: append a new one.

use std::path::Path;

use rusqlite::Connection;

use super::{error_from_sqlite, StoreError};

/// Migration `n` (1-based) brings a database from version `n - 1` to `n`.
const MIGRATIONS: &[&str] = &[
    MIGRATION_1_INITIAL,
    MIGRATION_2_UNDONE_OUTCOME,
    MIGRATION_3_WATCHES,
    MIGRATION_4_PROPOSALS,
    MIGRATION_5_OUTBOX,
    MIGRATION_6_LEARNINGS,
];

/// The schema version this build writes; a database with a higher one is refused.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

const MIGRATION_1_INITIAL: &str = r#"
CREATE TABLE occurrences (
    fingerprint TEXT PRIMARY KEY NOT NULL,
    shape TEXT NOT NULL,
    language TEXT NOT NULL,
    tool TEXT NOT NULL,
    severity TEXT NOT NULL,
    code TEXT,
    message TEXT NOT NULL,
    pattern_id TEXT,
    project TEXT,
    count INTEGER NOT NULL CHECK (count >= 1),
    first_seen INTEGER NOT NULL,
    last_seen INTEGER NOT NULL
) STRICT;
CREATE INDEX occurrences_by_shape ON occurrences (shape);
CREATE INDEX occurrences_by_count ON occurrences (count DESC, last_seen DESC);

CREATE TABLE occurrence_samples (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    fingerprint TEXT NOT NULL REFERENCES occurrences (fingerprint) ON DELETE CASCADE,
    file TEXT,
    line_number INTEGER,
    column_number INTEGER,
    message TEXT NOT NULL,
    seen_at INTEGER NOT NULL
) STRICT;
CREATE INDEX occurrence_samples_by_fingerprint ON occurrence_samples (fingerprint, id);

CREATE TABLE fix_stats (
    fix_key TEXT PRIMARY KEY NOT NULL,
    alpha_evidence REAL NOT NULL DEFAULT 0,
    beta_evidence REAL NOT NULL DEFAULT 0,
    successes INTEGER NOT NULL DEFAULT 0,
    failures INTEGER NOT NULL DEFAULT 0,
    reverts INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE outcomes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    fix_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('success', 'failure', 'reverted')),
    at INTEGER NOT NULL,
    detail TEXT
) STRICT;
CREATE INDEX outcomes_by_fingerprint ON outcomes (fingerprint, outcome);
CREATE INDEX outcomes_by_fix_key ON outcomes (fix_key);

CREATE TABLE audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    fix_key TEXT NOT NULL,
    fingerprint TEXT,
    file_path TEXT NOT NULL,
    before_sha256 TEXT,
    after_sha256 TEXT NOT NULL,
    before BLOB,
    after BLOB NOT NULL,
    undone_at INTEGER,
    CHECK ((before IS NULL) = (before_sha256 IS NULL))
) STRICT;
CREATE INDEX audit_not_undone ON audit (id) WHERE undone_at IS NULL;
"#;

/// Adds the outcome `undone` (a person's `selfheal undo`: recorded, but no evidence about the
/// fix) and its count per fix. SQLite cannot change a CHECK constraint in place, so `outcomes`
/// is copied into a new table with the wider CHECK and its indexes are recreated.
const MIGRATION_2_UNDONE_OUTCOME: &str = r#"
CREATE TABLE outcomes_with_undone (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    fix_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('success', 'failure', 'reverted', 'undone')),
    at INTEGER NOT NULL,
    detail TEXT
) STRICT;
INSERT INTO outcomes_with_undone (id, fix_key, fingerprint, outcome, at, detail)
    SELECT id, fix_key, fingerprint, outcome, at, detail FROM outcomes;
DROP TABLE outcomes;
ALTER TABLE outcomes_with_undone RENAME TO outcomes;
CREATE INDEX outcomes_by_fingerprint ON outcomes (fingerprint, outcome);
CREATE INDEX outcomes_by_fix_key ON outcomes (fix_key);

ALTER TABLE fix_stats ADD COLUMN undone INTEGER NOT NULL DEFAULT 0;
"#;

/// What the learner watches (`crate::learn`): per command (a digest of its directory and
/// arguments), the errors of its last run and a scrubbed snapshot of the files they point at.
/// Replaced on every run; never synced.
const MIGRATION_3_WATCHES: &str = r#"
CREATE TABLE watched_errors (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    command_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    occurrence TEXT NOT NULL,
    at INTEGER NOT NULL
) STRICT;
CREATE INDEX watched_errors_by_command ON watched_errors (command_key);

CREATE TABLE watched_files (
    command_key TEXT NOT NULL,
    path TEXT NOT NULL,
    content TEXT NOT NULL,
    PRIMARY KEY (command_key, path)
) STRICT;
"#;

/// "Propose fix" (`crate::llm`): every proposal asked of an LLM and what became of it, and the
/// requests made per day (the daily budget). Scrubbed like everything else; never synced.
const MIGRATION_4_PROPOSALS: &str = r#"
CREATE TABLE proposals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    fix_key TEXT,
    title TEXT,
    status TEXT NOT NULL CHECK (status IN
        ('proposed', 'unreadable', 'unusable', 'failed', 'declined', 'accepted', 'verified',
         'rejected', 'learned')),
    detail TEXT,
    updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX proposals_by_fix_key ON proposals (fix_key);

CREATE TABLE llm_requests (
    day TEXT PRIMARY KEY NOT NULL,
    count INTEGER NOT NULL
) STRICT;
"#;

/// Team sync (`crate::remote`): the outbox of writes bound for the team store — each scrubbed
/// when it was queued and keyed by the id the remote row will carry, so a retried push never
/// doubles it; the team's answers cached per fingerprint (Tier 1 fallback); and small sync state
/// (this machine's id, the last sync).
const MIGRATION_5_OUTBOX: &str = r#"
CREATE TABLE outbox (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('fix_result', 'learning', 'audit', 'team_pattern')),
    project TEXT NOT NULL,
    payload TEXT NOT NULL,
    queued_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    refused INTEGER NOT NULL DEFAULT 0 CHECK (refused IN (0, 1))
) STRICT;
CREATE INDEX outbox_pending ON outbox (refused, queued_at);

CREATE TABLE team_answers (
    project TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    fetched_at INTEGER NOT NULL,
    answer TEXT NOT NULL,
    PRIMARY KEY (project, fingerprint)
) STRICT;

CREATE TABLE sync_state (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
"#;

/// Tier 2 (`crate::store::learnings`): the fixes learned here, each with the scrubbed text of
/// the error it fixed, searchable by words (FTS5, ranked by bm25) so that an error like one fixed
/// before can point at that fix. The FTS index is an external-content table kept in step by
/// triggers.
const MIGRATION_6_LEARNINGS: &str = r#"
CREATE TABLE learnings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    fingerprint TEXT NOT NULL,
    shape TEXT NOT NULL,
    tool TEXT NOT NULL,
    code TEXT,
    error_text TEXT NOT NULL,
    fix_title TEXT NOT NULL,
    pattern_id TEXT,
    at INTEGER NOT NULL,
    UNIQUE (fingerprint, fix_title)
) STRICT;

CREATE VIRTUAL TABLE learnings_fts USING fts5(
    error_text, fix_title, content = 'learnings', content_rowid = 'id'
);
CREATE TRIGGER learnings_fts_insert AFTER INSERT ON learnings BEGIN
    INSERT INTO learnings_fts (rowid, error_text, fix_title)
        VALUES (new.id, new.error_text, new.fix_title);
END;
CREATE TRIGGER learnings_fts_delete AFTER DELETE ON learnings BEGIN
    INSERT INTO learnings_fts (learnings_fts, rowid, error_text, fix_title)
        VALUES ('delete', old.id, old.error_text, old.fix_title);
END;
CREATE TRIGGER learnings_fts_update AFTER UPDATE ON learnings BEGIN
    INSERT INTO learnings_fts (learnings_fts, rowid, error_text, fix_title)
        VALUES ('delete', old.id, old.error_text, old.fix_title);
    INSERT INTO learnings_fts (rowid, error_text, fix_title)
        VALUES (new.id, new.error_text, new.fix_title);
END;
"#;

/// Brings the database to `SCHEMA_VERSION`, or refuses one that is newer.
pub(super) fn migrate(connection: &Connection, path: &Path) -> Result<(), StoreError> {
    let found = user_version(connection).map_err(|source| error_from_sqlite(path, source))?;
    refuse_newer_schema(found, path)?;
    for (index, sql) in MIGRATIONS.iter().enumerate() {
        let version = index as i64 + 1;
        if version <= found {
            continue;
        }
        let applied = apply_migration(connection, version, sql);
        match applied {
            Ok(()) => {}
            Err(source) => {
                return Err(match error_from_sqlite(path, source) {
                    StoreError::Sqlite { source, .. } => StoreError::Migration {
                        path: path.to_path_buf(),
                        version,
                        source,
                    },
                    other => other,
                })
            }
        }
    }
    // Another process may have moved past us while we waited for the write lock.
    let now = user_version(connection).map_err(|source| error_from_sqlite(path, source))?;
    refuse_newer_schema(now, path)
}

/// Reads `PRAGMA user_version`: how many migrations the database has.
pub(super) fn user_version(connection: &Connection) -> rusqlite::Result<i64> {
    connection.pragma_query_value(None, "user_version", |row| row.get(0))
}

fn refuse_newer_schema(found: i64, path: &Path) -> Result<(), StoreError> {
    match found > SCHEMA_VERSION {
        true => Err(StoreError::SchemaTooNew {
            path: path.to_path_buf(),
            found,
            supported: SCHEMA_VERSION,
        }),
        false => Ok(()),
    }
}

fn apply_migration(connection: &Connection, version: i64, sql: &str) -> rusqlite::Result<()> {
    // The connection's transactions are IMMEDIATE: the write lock is taken before the version is
    // re-read, so the check and the migration are one atomic step.
    let transaction = connection.unchecked_transaction()?;
    let current = user_version(&transaction)?;
    if current >= version {
        return Ok(());
    }
    transaction.execute_batch(sql)?;
    transaction.pragma_update(None, "user_version", version)?;
    transaction.commit()
}
