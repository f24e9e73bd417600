//! Apply, revert and undo, each with the audit log: every fix written to a person's files is in
//! the log first, so it can always be undone (no audit, no edit); a revert puts back the exact
//! previous bytes unless someone changed the file since; undo restores what the log holds.

use std::path::{Path, PathBuf};

use super::Engine;
use crate::fingerprint::Fingerprint;
use crate::fix::{
    prepare_patch, sha256_hex, write_atomically, write_file_atomically, AppliedPatch, FilePatch,
    FixError,
};
use crate::store::{AuditedChange, FileRestoration, Outcome, StoreError, UndoTarget, UndoneFix};

/// A fix whose edits were written, with what is needed to judge and revert it.
#[derive(Debug, Clone)]
pub struct AppliedFix {
    pub fix_key: String,
    pub fingerprint: Fingerprint,
    pub title: String,
    pub patches: Vec<AppliedPatch>,
    /// The audit entries of its files, in the order of `patches`.
    pub audit_ids: Vec<i64>,
}

/// Why a fix was not applied.
#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    #[error("not applied: selfheal has no database to record how to undo it ({0}); set SELFHEAL_HOME to a writable directory")]
    NoAudit(String),
    #[error("not applied: recording it in the audit log failed: {0}")]
    Audit(#[from] StoreError),
    #[error("{0}")]
    Fix(#[from] FixError),
}

/// A file a revert left alone because it changed after the fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftAlone {
    pub path: PathBuf,
}

impl Engine<'_> {
    /// Writes the patches of one fix, each recorded in the audit log before its file changes.
    /// Refuses without a database (nothing could undo it). When one file fails, the files
    /// already written are put back.
    pub fn apply_edit(
        &self,
        fix_key: &str,
        title: &str,
        fingerprint: &Fingerprint,
        patches: &[FilePatch],
    ) -> Result<AppliedFix, ApplyError> {
        let Some(store) = self.store else {
            return Err(ApplyError::NoAudit("it could not be opened".to_string()));
        };
        let mut applied = AppliedFix {
            fix_key: fix_key.to_string(),
            fingerprint: fingerprint.clone(),
            title: title.to_string(),
            patches: Vec::new(),
            audit_ids: Vec::new(),
        };
        for patch in patches {
            let written = prepare_patch(patch)
                .map_err(ApplyError::from)
                .and_then(|prepared| {
                    let change = AuditedChange {
                        fix_key,
                        fingerprint: Some(fingerprint),
                        file_path: &prepared.path,
                        before: Some(&prepared.before),
                        after: &prepared.after,
                    };
                    let audit_id = store.record_applied_fix(&change)?;
                    match write_file_atomically(&prepared.path, &prepared.after) {
                        Ok(()) => {
                            crate::remote::outbox::queue_applied(
                                store,
                                fix_key,
                                Some(fingerprint),
                                &prepared.path.to_string_lossy(),
                            );
                            Ok((prepared, audit_id))
                        }
                        Err(problem) => {
                            let _ = store.mark_undone(audit_id);
                            Err(ApplyError::Fix(problem))
                        }
                    }
                });
            match written {
                Ok((prepared, audit_id)) => {
                    applied.patches.push(prepared);
                    applied.audit_ids.push(audit_id);
                }
                Err(problem) => {
                    self.revert(&applied);
                    return Err(problem);
                }
            }
        }
        Ok(applied)
    }

    /// Records in the audit log a fix the editor wrote itself (a code action): `files` are the
    /// paths with their text before and after.
    pub fn record_applied_in_editor(
        &self,
        fix_key: &str,
        fingerprint: &Fingerprint,
        files: &[(PathBuf, String, String)],
    ) {
        let Some(store) = self.store else { return };
        for (path, before, after) in files {
            let change = AuditedChange {
                fix_key,
                fingerprint: Some(fingerprint),
                file_path: path,
                before: Some(before.as_bytes()),
                after: after.as_bytes(),
            };
            match store.record_applied_fix(&change) {
                Ok(_) => crate::remote::outbox::queue_applied(
                    store,
                    fix_key,
                    Some(fingerprint),
                    &path.to_string_lossy(),
                ),
                Err(problem) => tracing::warn!("audit log: {problem}"),
            }
        }
    }

    /// Puts back the exact previous bytes of every file of `applied`, last first, and marks
    /// their audit entries undone; a file someone changed since the fix is left as it is.
    pub fn revert(&self, applied: &AppliedFix) -> Vec<LeftAlone> {
        let mut left_alone = Vec::new();
        for (index, patch) in applied.patches.iter().enumerate().rev() {
            let current = std::fs::read(&patch.path).unwrap_or_default();
            if sha256_hex(&current) != sha256_hex(&patch.after) {
                left_alone.push(LeftAlone {
                    path: patch.path.clone(),
                });
                continue;
            }
            if let Err(problem) = write_atomically(&patch.path, &patch.before) {
                tracing::warn!("{} not reverted: {problem}", patch.path.display());
                left_alone.push(LeftAlone {
                    path: patch.path.clone(),
                });
                continue;
            }
            if let (Some(store), Some(id)) = (self.store, applied.audit_ids.get(index)) {
                let _ = store.mark_undone(*id);
            }
        }
        left_alone
    }

    /// A person's undo of an applied fix: restores the file from the audit log (refused when it
    /// changed since) and records the outcome `undone`, which leaves the fix's confidence as it
    /// was: a person taking a fix back says nothing about whether it worked.
    pub fn undo(&self, target: UndoTarget) -> Result<UndoneFix, StoreError> {
        let store = self.store.ok_or(StoreError::NothingToUndo)?;
        let undone = store.undo(target, &restore_file)?;
        if let Some(fingerprint) = &undone.entry.fingerprint {
            let fingerprint = Fingerprint(fingerprint.clone());
            store.record_outcome(
                &undone.entry.fix_key,
                &fingerprint,
                Outcome::Undone,
                Some("undone by a person"),
            )?;
        }
        Ok(undone)
    }
}

/// Writes what the audit log says a file held before a fix.
pub fn restore_file(path: &Path, restoration: &FileRestoration) -> std::io::Result<()> {
    match restoration {
        FileRestoration::WriteBytes(bytes) => write_atomically(path, bytes),
        FileRestoration::Remove => std::fs::remove_file(path),
        FileRestoration::AlreadyRestored => Ok(()),
    }
}
