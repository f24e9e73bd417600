//! The audit log of applied fixes and undo. Each entry keeps the exact bytes of a file before and
//! after a fix, with their sha256. Undo restores the bytes from before only while the file still
//! holds exactly what the fix left: if anyone changed it since, undo refuses rather than lose
//! that work.

use std::path::{Path, PathBuf};

use rusqlite::{params, OptionalExtension, Row, Transaction};
use serde::Serialize;

use super::{unix_seconds_now, Store, StoreError};
use crate::digest::sha256_hex;
use crate::fingerprint::Fingerprint;

/// One file changed by a fix, as handed to [`Store::record_applied_fix`].
#[derive(Debug, Clone, Copy)]
pub struct AuditedChange<'a> {
    pub fix_key: &'a str,
    pub fingerprint: Option<&'a Fingerprint>,
    /// Made absolute before it is stored, so undo works from any directory.
    pub file_path: &'a Path,
    /// The file's exact bytes before the fix; `None` when the fix created the file.
    pub before: Option<&'a [u8]>,
    /// The file's exact bytes after the fix.
    pub after: &'a [u8],
}

/// One entry of the audit log, without the file contents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: i64,
    pub fix_key: String,
    pub fingerprint: Option<String>,
    pub file_path: PathBuf,
    /// `None` when the fix created the file.
    pub before_sha256: Option<String>,
    pub after_sha256: String,
    pub undone_at: Option<i64>,
}

/// An audit entry with the file's exact bytes around the fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntryWithContents {
    pub entry: AuditEntry,
    /// `None` when the fix created the file.
    pub before: Option<Vec<u8>>,
    pub after: Vec<u8>,
}

/// Which applied fix to undo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UndoTarget {
    /// The most recent applied fix that has not been undone.
    Last,
    Id(i64),
}

/// What undoing an entry would write, checked against the file as it is now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UndoPlan {
    pub entry: AuditEntry,
    pub restoration: FileRestoration,
}

/// How a file gets back to its state before a fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileRestoration {
    /// Write these exact bytes.
    WriteBytes(Vec<u8>),
    /// The fix created the file: remove it.
    Remove,
    /// The file already holds its state from before the fix (undone by hand, or an earlier
    /// undo wrote the file but could not record it): nothing to write.
    AlreadyRestored,
}

/// An undo that has been carried out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UndoneFix {
    /// The entry, `undone_at` now set.
    pub entry: AuditEntry,
    /// What was done to the file.
    pub restoration: FileRestoration,
}

impl Store {
    /// Adds one changed file to the audit log; returns its id (the handle for undo).
    pub fn record_applied_fix(&self, applied: &AuditedChange<'_>) -> Result<i64, StoreError> {
        let absolute_path =
            std::path::absolute(applied.file_path).map_err(|source| StoreError::File {
                action: "could not make an absolute path of",
                path: applied.file_path.to_path_buf(),
                source,
            })?;
        let file_path = match absolute_path.to_str() {
            Some(text) => text.to_string(),
            None => {
                return Err(StoreError::NonUtf8Path {
                    path: absolute_path,
                })
            }
        };
        let before_sha256 = applied.before.map(sha256_hex);
        let after_sha256 = sha256_hex(applied.after);
        let at = unix_seconds_now();
        self.write(|transaction| {
            transaction
                .prepare_cached(
                    "INSERT INTO audit (at, fix_key, fingerprint, file_path, before_sha256, \
                         after_sha256, before, after) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                )?
                .execute(params![
                    at,
                    applied.fix_key,
                    applied
                        .fingerprint
                        .map(|fingerprint| fingerprint.0.as_str()),
                    file_path,
                    before_sha256,
                    after_sha256,
                    applied.before,
                    applied.after,
                ])?;
            Ok(transaction.last_insert_rowid())
        })
    }

    /// The newest `limit` audit entries, newest first.
    pub fn audit_entries(&self, limit: usize) -> Result<Vec<AuditEntry>, StoreError> {
        self.read(|transaction| {
            let mut statement = transaction.prepare_cached(&format!(
                "SELECT {AUDIT_ENTRY_COLUMNS} FROM audit ORDER BY id DESC LIMIT ?1"
            ))?;
            let rows =
                statement.query_map([i64::try_from(limit).unwrap_or(i64::MAX)], audit_entry)?;
            rows.collect()
        })
    }

    /// The audit entry `id` with the file's exact bytes before (`None` when the fix created the
    /// file) and after the fix, for `selfheal history --diff`; `None` when there is no such id.
    pub fn audit_entry_with_contents(
        &self,
        id: i64,
    ) -> Result<Option<AuditEntryWithContents>, StoreError> {
        self.read(|transaction| {
            transaction
                .prepare_cached(&format!(
                    "SELECT {AUDIT_ENTRY_COLUMNS}, before, after FROM audit WHERE id = ?1"
                ))?
                .query_row([id], |row| {
                    Ok(AuditEntryWithContents {
                        entry: audit_entry(row)?,
                        before: row.get(8)?,
                        after: row.get(9)?,
                    })
                })
                .optional()
        })
    }

    /// Checks that `target` can be undone and says what undoing it would write, without writing.
    /// For an editor that applies the restoration itself (to an open buffer) and then calls
    /// [`Store::mark_undone`].
    pub fn plan_undo(&self, target: UndoTarget) -> Result<UndoPlan, StoreError> {
        let found = self.read(|transaction| find_undo_target(transaction, target))?;
        let (entry, before) = found?;
        let restoration = restoration_for(&entry, before)?;
        Ok(UndoPlan { entry, restoration })
    }

    /// Records that an entry was undone by other means (see [`Store::plan_undo`]).
    pub fn mark_undone(&self, id: i64) -> Result<(), StoreError> {
        let at = unix_seconds_now();
        let updated = self.write(|transaction| {
            transaction
                .prepare_cached(
                    "UPDATE audit SET undone_at = ?2 WHERE id = ?1 AND undone_at IS NULL",
                )?
                .execute(params![id, at])
        })?;
        match updated {
            1 => Ok(()),
            _ => Err(StoreError::AuditEntryNotFound { id }),
        }
    }

    /// Restores the file of `target` to its exact bytes from before the fix with `restore` (the
    /// store never writes a user's files itself) and marks the entry undone. Refuses when the
    /// file no longer holds exactly what the fix left.
    pub fn undo(
        &self,
        target: UndoTarget,
        restore: &dyn Fn(&Path, &FileRestoration) -> std::io::Result<()>,
    ) -> Result<UndoneFix, StoreError> {
        let at = unix_seconds_now();
        // One write transaction around check, file write and mark, so two undos of the same
        // entry (two editors, an editor and the CLI) cannot both write the file.
        let outcome = self.write(|transaction| {
            let (mut entry, before) = match find_undo_target(transaction, target)? {
                Ok(found) => found,
                Err(refusal) => return Ok(Err(refusal)),
            };
            let restoration = match restoration_for(&entry, before) {
                Ok(restoration) => restoration,
                Err(refusal) => return Ok(Err(refusal)),
            };
            if let Err(source) = restore(&entry.file_path, &restoration) {
                return Ok(Err(StoreError::File {
                    action: "could not restore",
                    path: entry.file_path.clone(),
                    source,
                }));
            }
            transaction
                .prepare_cached("UPDATE audit SET undone_at = ?2 WHERE id = ?1")?
                .execute(params![entry.id, at])?;
            entry.undone_at = Some(at);
            Ok(Ok(UndoneFix { entry, restoration }))
        })?;
        outcome
    }
}

const AUDIT_ENTRY_COLUMNS: &str =
    "id, at, fix_key, fingerprint, file_path, before_sha256, after_sha256, undone_at";

fn audit_entry(row: &Row<'_>) -> rusqlite::Result<AuditEntry> {
    Ok(AuditEntry {
        id: row.get(0)?,
        at: row.get(1)?,
        fix_key: row.get(2)?,
        fingerprint: row.get(3)?,
        file_path: PathBuf::from(row.get::<_, String>(4)?),
        before_sha256: row.get(5)?,
        after_sha256: row.get(6)?,
        undone_at: row.get(7)?,
    })
}

/// The entry to undo and its bytes from before the fix, or why there is none. The outer error
/// is the database's, the inner one a refusal to report to the person.
#[allow(clippy::type_complexity)]
fn find_undo_target(
    transaction: &Transaction<'_>,
    target: UndoTarget,
) -> rusqlite::Result<Result<(AuditEntry, Option<Vec<u8>>), StoreError>> {
    let map_row = |row: &Row<'_>| -> rusqlite::Result<(AuditEntry, Option<Vec<u8>>)> {
        Ok((audit_entry(row)?, row.get(8)?))
    };
    match target {
        UndoTarget::Last => {
            let found = transaction
                .prepare_cached(&format!(
                    "SELECT {AUDIT_ENTRY_COLUMNS}, before FROM audit \
                     WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1"
                ))?
                .query_row([], map_row)
                .optional()?;
            Ok(found.ok_or(StoreError::NothingToUndo))
        }
        UndoTarget::Id(id) => {
            let found = transaction
                .prepare_cached(&format!(
                    "SELECT {AUDIT_ENTRY_COLUMNS}, before FROM audit WHERE id = ?1"
                ))?
                .query_row([id], map_row)
                .optional()?;
            match found {
                None => Ok(Err(StoreError::AuditEntryNotFound { id })),
                Some((entry, _)) if entry.undone_at.is_some() => {
                    Ok(Err(StoreError::AlreadyUndone {
                        id,
                        undone_at: entry.undone_at.unwrap_or_default(),
                        path: entry.file_path,
                    }))
                }
                Some(found) => Ok(Ok(found)),
            }
        }
    }
}

/// Compares the file as it is now with what the fix left, and decides what to write.
fn restoration_for(
    entry: &AuditEntry,
    before: Option<Vec<u8>>,
) -> Result<FileRestoration, StoreError> {
    let current = match std::fs::read(&entry.file_path) {
        Ok(bytes) => Some(bytes),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
        Err(source) => {
            return Err(StoreError::File {
                action: "could not read",
                path: entry.file_path.clone(),
                source,
            })
        }
    };
    let current_sha256 = current.as_deref().map(sha256_hex);
    if current_sha256.as_deref() == Some(entry.after_sha256.as_str()) {
        return Ok(match before {
            Some(bytes) => FileRestoration::WriteBytes(bytes),
            None => FileRestoration::Remove,
        });
    }
    if current_sha256 == entry.before_sha256 {
        return Ok(FileRestoration::AlreadyRestored);
    }
    Err(StoreError::FileChangedSinceFix {
        id: entry.id,
        path: entry.file_path.clone(),
        expected_sha256: entry.after_sha256.clone(),
        current_sha256: current_sha256.unwrap_or_else(|| "none (the file is gone)".to_string()),
    })
}
