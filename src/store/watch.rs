//! The learner's memory of a command's last run (`crate::learn`): which errors it showed and what
//! the files they point at looked like then. One set per command, replaced by each run, kept on
//! this machine only. File contents are stored as the learner gives them (already scrubbed).

use rusqlite::params;

use super::{unix_seconds_now, Store, StoreError};
use crate::occurrence::Language;

/// A command's last run as the learner saw it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Watch {
    /// `(fingerprint, occurrence as JSON)` for each error shown.
    pub errors: Vec<(String, String)>,
    /// `(path, scrubbed content)` of the files those errors point at.
    pub files: Vec<(String, String)>,
}

impl Store {
    /// What the last run of `command_key` showed; empty when it was never watched.
    pub fn watch(&self, command_key: &str) -> Result<Watch, StoreError> {
        self.read(|transaction| {
            let errors = transaction
                .prepare_cached(
                    "SELECT fingerprint, occurrence FROM watched_errors \
                     WHERE command_key = ?1 ORDER BY id",
                )?
                .query_map(params![command_key], |row| Ok((row.get(0)?, row.get(1)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let files = transaction
                .prepare_cached(
                    "SELECT path, content FROM watched_files WHERE command_key = ?1 ORDER BY path",
                )?
                .query_map(params![command_key], |row| Ok((row.get(0)?, row.get(1)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(Watch { errors, files })
        })
    }

    /// `(code, shape, message)` of the most recently seen errors of `language`: what a learned
    /// pattern's message regex must not match unless it is the same kind of error.
    pub fn recent_messages(
        &self,
        language: Language,
        limit: usize,
    ) -> Result<Vec<(Option<String>, String, String)>, StoreError> {
        self.read(|transaction| {
            transaction
                .prepare_cached(
                    "SELECT code, shape, message FROM occurrences WHERE language = ?1 \
                     ORDER BY last_seen DESC LIMIT ?2",
                )?
                .query_map(params![language.as_str(), limit as i64], |row| {
                    Ok((row.get(0)?, row.get(1)?, row.get(2)?))
                })?
                .collect()
        })
    }

    /// Replaces what is remembered of `command_key`'s last run.
    pub fn replace_watch(&self, command_key: &str, watch: &Watch) -> Result<(), StoreError> {
        let now = unix_seconds_now();
        self.write(|transaction| {
            transaction.execute(
                "DELETE FROM watched_errors WHERE command_key = ?1",
                params![command_key],
            )?;
            transaction.execute(
                "DELETE FROM watched_files WHERE command_key = ?1",
                params![command_key],
            )?;
            let mut insert_error = transaction.prepare_cached(
                "INSERT INTO watched_errors (command_key, fingerprint, occurrence, at) \
                 VALUES (?1, ?2, ?3, ?4)",
            )?;
            for (fingerprint, occurrence) in &watch.errors {
                insert_error.execute(params![command_key, fingerprint, occurrence, now])?;
            }
            let mut insert_file = transaction.prepare_cached(
                "INSERT OR REPLACE INTO watched_files (command_key, path, content) \
                 VALUES (?1, ?2, ?3)",
            )?;
            for (path, content) in &watch.files {
                insert_file.execute(params![command_key, path, content])?;
            }
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{Store, Watch};

    #[test]
    fn a_watch_is_replaced_per_command() {
        let store = Store::open_in_memory().unwrap();
        assert_eq!(store.watch("a").unwrap(), Watch::default());
        let first = Watch {
            errors: vec![("f1".into(), "{}".into())],
            files: vec![("/p/x.py".into(), "print(1)\n".into())],
        };
        store.replace_watch("a", &first).unwrap();
        store.replace_watch("b", &Watch::default()).unwrap();
        assert_eq!(store.watch("a").unwrap(), first);
        let second = Watch {
            errors: vec![],
            files: vec![("/p/y.py".into(), "".into())],
        };
        store.replace_watch("a", &second).unwrap();
        assert_eq!(store.watch("a").unwrap(), second);
        assert_eq!(store.watch("b").unwrap(), Watch::default());
    }
}
