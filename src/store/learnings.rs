//! Tier 2, locally: every fix learned here with the scrubbed text of the error it fixed, and a
//! search for the learnings whose errors read like a new one — FTS5 over the words of the error,
//! ranked by bm25, then kept only when most of the new error's words are in the old one (bm25
//! ranks, it does not say "similar"; the overlap does).

use std::collections::HashSet;

use rusqlite::params;
use serde::Serialize;

use super::{unix_seconds_now, Store, StoreError};
use crate::scrub::scrub;

/// Candidates read from the index per search, before the overlap decides.
const CANDIDATES: usize = 20;

/// A learning whose error reads like the one asked about.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SimilarLearning {
    pub fingerprint: String,
    pub error_text: String,
    pub fix_title: String,
    pub pattern_id: Option<String>,
    /// The share of the new error's words found in this one (0–1).
    pub overlap: f64,
}

/// A fix learned here, for the index.
#[derive(Debug, Clone, Copy)]
pub struct NewLearning<'a> {
    pub fingerprint: &'a str,
    pub shape: &'a str,
    pub tool: &'a str,
    pub code: Option<&'a str>,
    pub error_text: &'a str,
    pub fix_title: &'a str,
    pub pattern_id: Option<&'a str>,
}

/// The words of an error that say what it is: letters, digits and `_`, two characters or more,
/// lowercased; numbers alone are left out (line numbers, counts).
fn words(text: &str) -> Vec<String> {
    let mut seen = HashSet::new();
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|word| word.chars().count() >= 2 && !word.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_lowercase)
        .filter(|word| seen.insert(word.clone()))
        .collect()
}

impl Store {
    /// Adds a learning (its texts scrubbed); the same fix for the same error is kept once.
    pub fn record_learning(&self, learning: &NewLearning<'_>) -> Result<(), StoreError> {
        let error_text = scrub(learning.error_text).into_owned();
        let fix_title = scrub(learning.fix_title).into_owned();
        self.write(|transaction| {
            transaction
                .prepare_cached(
                    "INSERT INTO learnings (fingerprint, shape, tool, code, error_text, \
                         fix_title, pattern_id, at) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) \
                     ON CONFLICT (fingerprint, fix_title) DO UPDATE SET at = excluded.at",
                )?
                .execute(params![
                    learning.fingerprint,
                    learning.shape,
                    learning.tool,
                    learning.code,
                    error_text,
                    fix_title,
                    learning.pattern_id,
                    unix_seconds_now()
                ])?;
            Ok(())
        })
    }

    /// The learnings of other errors that read like `error_text`: at least `min_overlap` of its
    /// words in theirs, best first, at most `limit`. `exclude_fingerprint` (the error itself,
    /// whose own fixes are offered anyway) is left out.
    pub fn similar_learnings(
        &self,
        error_text: &str,
        exclude_fingerprint: &str,
        min_overlap: f64,
        limit: usize,
    ) -> Result<Vec<SimilarLearning>, StoreError> {
        let asked = words(&scrub(error_text));
        if asked.is_empty() {
            return Ok(Vec::new());
        }
        // Each word quoted: FTS5 reads it as a plain term, whatever characters it holds.
        let query = asked
            .iter()
            .map(|word| format!("\"{}\"", word.replace('"', "\"\"")))
            .collect::<Vec<_>>()
            .join(" OR ");
        let rows: Vec<(String, String, String, Option<String>)> = self.read(|transaction| {
            let mut statement = transaction.prepare_cached(
                "SELECT l.fingerprint, l.error_text, l.fix_title, l.pattern_id \
                 FROM learnings_fts JOIN learnings l ON l.id = learnings_fts.rowid \
                 WHERE learnings_fts MATCH ?1 AND l.fingerprint != ?2 \
                 ORDER BY bm25(learnings_fts) LIMIT ?3",
            )?;
            let rows = statement.query_map(
                params![query, exclude_fingerprint, CANDIDATES as i64],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
            )?;
            rows.collect()
        })?;
        let mut similar: Vec<SimilarLearning> = rows
            .into_iter()
            .map(|(fingerprint, error_text, fix_title, pattern_id)| {
                let theirs: HashSet<String> = words(&error_text).into_iter().collect();
                let shared = asked.iter().filter(|word| theirs.contains(*word)).count();
                SimilarLearning {
                    fingerprint,
                    error_text,
                    fix_title,
                    pattern_id,
                    overlap: shared as f64 / asked.len() as f64,
                }
            })
            .filter(|learning| learning.overlap >= min_overlap)
            .collect();
        similar.sort_by(|a, b| b.overlap.total_cmp(&a.overlap));
        similar.truncate(limit);
        Ok(similar)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn learn(store: &Store, fingerprint: &str, error_text: &str, fix_title: &str) {
        store
            .record_learning(&NewLearning {
                fingerprint,
                shape: "s",
                tool: "python",
                code: Some("TypeError"),
                error_text,
                fix_title,
                pattern_id: Some("python.learned-1"),
            })
            .unwrap();
    }

    #[test]
    fn an_error_that_reads_like_one_fixed_before_finds_that_fix_and_an_unrelated_one_does_not() {
        let store = Store::open_in_memory().unwrap();
        learn(
            &store,
            "a",
            "greet() missing 1 required positional argument: 'name'",
            "Insert `\"world\"`",
        );
        learn(&store, "b", "No module named 'yaml'", "Install `pyyaml`");
        let similar = store
            .similar_learnings(
                "greet() missing 2 required positional arguments: 'name' and 'greeting'",
                "c",
                0.5,
                3,
            )
            .unwrap();
        assert_eq!(similar.len(), 1, "{similar:?}");
        assert_eq!(similar[0].fix_title, "Insert `\"world\"`");
        assert!(
            similar[0].overlap >= 0.5 && similar[0].overlap < 1.0,
            "{similar:?}"
        );
        // The error itself is left out; an unrelated error finds nothing.
        assert!(store
            .similar_learnings(
                "greet() missing 1 required positional argument: 'name'",
                "a",
                0.5,
                3
            )
            .unwrap()
            .is_empty());
        assert!(store
            .similar_learnings("connection refused on port 5432", "c", 0.5, 3)
            .unwrap()
            .is_empty());
    }

    #[test]
    fn learnings_are_scrubbed_and_fts_syntax_in_an_error_is_only_text() {
        let store = Store::open_in_memory().unwrap();
        let canary = "ghp_Zq8Rt5Lm2Nx7Vb4Kc9Wd1Fh6Jp3Sg0Ty2Ua8";
        learn(
            &store,
            "a",
            &format!("bad credentials {canary} for NEAR(x y) \"quoted\""),
            "Fix",
        );
        let similar = store
            .similar_learnings(
                "bad credentials for NEAR(x y) \"quoted\" OR AND",
                "b",
                0.5,
                3,
            )
            .unwrap();
        assert_eq!(similar.len(), 1, "{similar:?}");
        assert!(!similar[0].error_text.contains(canary), "{similar:?}");
    }
}
