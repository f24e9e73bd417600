//! "Propose fix" in the local memory (`crate::llm`): each proposal asked of an LLM and what became
//! of it (for `selfheal stats`: proposals, accepted, verified, learned), and the number of
//! requests made per UTC day, which the daily budget caps. Titles and details are scrubbed.

use rusqlite::{params, OptionalExtension};

use super::{unix_seconds_now, Store, StoreError};
use crate::scrub::scrub;

/// What became of a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProposalStatus {
    /// The reply was read and its edits fit the file; not applied yet.
    Proposed,
    /// The reply could not be read (never applied).
    Unreadable,
    /// The reply was read, but its edits did not fit the file, even when asked again.
    Unusable,
    /// The provider failed (network, status, timeout, budget, breaker).
    Failed,
    /// A person said no.
    Declined,
    /// Applied.
    Accepted,
    /// Applied, and the error was gone afterwards.
    Verified,
    /// Applied, and the error was still there: reverted.
    Rejected,
    /// Verified, and learned as a pattern: the next time needs no LLM.
    Learned,
}

impl ProposalStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ProposalStatus::Proposed => "proposed",
            ProposalStatus::Unreadable => "unreadable",
            ProposalStatus::Unusable => "unusable",
            ProposalStatus::Failed => "failed",
            ProposalStatus::Declined => "declined",
            ProposalStatus::Accepted => "accepted",
            ProposalStatus::Verified => "verified",
            ProposalStatus::Rejected => "rejected",
            ProposalStatus::Learned => "learned",
        }
    }
}

/// A proposal to remember.
#[derive(Debug, Clone, Default)]
pub struct NewProposal<'a> {
    pub fingerprint: &'a str,
    pub provider: &'a str,
    pub model: &'a str,
    /// The fix key its edits are judged and learned under (`llm:…`), when it had edits.
    pub fix_key: Option<&'a str>,
    pub title: Option<&'a str>,
    pub detail: Option<&'a str>,
}

/// How proposals went, for `selfheal stats`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct ProposalCounts {
    /// Every request cycle that reached a provider or failed on the way.
    pub proposals: u64,
    /// Replies that could not be read, or whose edits did not fit.
    pub unusable: u64,
    /// Applied, after a person's yes (or `heal --llm --yes`).
    pub accepted: u64,
    /// Applied, and the error was gone afterwards.
    pub verified: u64,
    /// Verified and learned as a pattern.
    pub learned: u64,
}

/// The UTC day of a unix time, as the budget counts it (`20429` for 2025-12-06 …).
fn day_of(unix_seconds: i64) -> String {
    (unix_seconds.div_euclid(86_400)).to_string()
}

impl Store {
    /// Spends one LLM request from today's budget of `limit`: `Ok(Ok(spent))` with the requests
    /// made today including this one, or `Ok(Err(spent))` when the budget was already used up.
    pub fn spend_llm_request(&self, limit: u32) -> Result<Result<u32, u32>, StoreError> {
        let day = day_of(unix_seconds_now());
        self.write(|transaction| {
            let spent: u32 = transaction
                .query_row(
                    "SELECT count FROM llm_requests WHERE day = ?1",
                    params![day],
                    |row| row.get(0),
                )
                .optional()?
                .unwrap_or(0);
            if spent >= limit {
                return Ok(Err(spent));
            }
            transaction.execute(
                "INSERT INTO llm_requests (day, count) VALUES (?1, 1) \
                 ON CONFLICT (day) DO UPDATE SET count = count + 1",
                params![day],
            )?;
            Ok(Ok(spent + 1))
        })
    }

    /// LLM requests made today.
    pub fn llm_requests_today(&self) -> Result<u32, StoreError> {
        let day = day_of(unix_seconds_now());
        self.read(|transaction| {
            Ok(transaction
                .query_row(
                    "SELECT count FROM llm_requests WHERE day = ?1",
                    params![day],
                    |row| row.get(0),
                )
                .optional()?
                .unwrap_or(0))
        })
    }

    /// Remembers a proposal with its first status; returns its id.
    pub fn record_proposal(
        &self,
        proposal: &NewProposal<'_>,
        status: ProposalStatus,
    ) -> Result<i64, StoreError> {
        let now = unix_seconds_now();
        let title = proposal.title.map(|t| scrub(t).into_owned());
        let detail = proposal.detail.map(|d| scrub(d).into_owned());
        self.write(|transaction| {
            transaction.execute(
                "INSERT INTO proposals \
                 (at, fingerprint, provider, model, fix_key, title, status, detail, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?1)",
                params![
                    now,
                    proposal.fingerprint,
                    proposal.provider,
                    proposal.model,
                    proposal.fix_key,
                    title,
                    status.as_str(),
                    detail,
                ],
            )?;
            Ok(transaction.last_insert_rowid())
        })
    }

    /// Moves the newest proposal with `fix_key` to `status`; whether there was one.
    pub fn update_proposal(
        &self,
        fix_key: &str,
        status: ProposalStatus,
        detail: Option<&str>,
    ) -> Result<bool, StoreError> {
        let now = unix_seconds_now();
        let detail = detail.map(|d| scrub(d).into_owned());
        self.write(|transaction| {
            let changed = transaction.execute(
                "UPDATE proposals SET status = ?2, detail = COALESCE(?3, detail), updated_at = ?4 \
                 WHERE id = (SELECT MAX(id) FROM proposals WHERE fix_key = ?1)",
                params![fix_key, status.as_str(), detail, now],
            )?;
            Ok(changed > 0)
        })
    }

    /// Whether `fix_key` is a proposal's.
    pub fn is_proposal(&self, fix_key: &str) -> Result<bool, StoreError> {
        self.read(|transaction| {
            Ok(transaction
                .query_row(
                    "SELECT 1 FROM proposals WHERE fix_key = ?1 LIMIT 1",
                    params![fix_key],
                    |_| Ok(()),
                )
                .optional()?
                .is_some())
        })
    }

    /// How proposals went, over all time.
    pub fn proposal_counts(&self) -> Result<ProposalCounts, StoreError> {
        self.read(|transaction| {
            let mut counts = ProposalCounts::default();
            let mut statement = transaction
                .prepare_cached("SELECT status, COUNT(*) FROM proposals GROUP BY status")?;
            let rows = statement.query_map([], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)? as u64))
            })?;
            for row in rows {
                let (status, count) = row?;
                counts.proposals += count;
                match status.as_str() {
                    "unreadable" | "unusable" => counts.unusable += count,
                    "accepted" | "rejected" => counts.accepted += count,
                    "verified" => {
                        counts.accepted += count;
                        counts.verified += count;
                    }
                    "learned" => {
                        counts.accepted += count;
                        counts.verified += count;
                        counts.learned += count;
                    }
                    _ => {}
                }
            }
            Ok(counts)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_budget_stops_at_its_limit_and_counts_survive_reopening() {
        let directory = std::env::temp_dir().join(format!(
            "selfheal-budget-{}-{}",
            std::process::id(),
            unix_seconds_now()
        ));
        let path = directory.join("selfheal.db");
        let store = Store::open(&path).unwrap();
        assert_eq!(store.spend_llm_request(2).unwrap(), Ok(1));
        assert_eq!(store.spend_llm_request(2).unwrap(), Ok(2));
        assert_eq!(store.spend_llm_request(2).unwrap(), Err(2));
        drop(store);
        let store = Store::open(&path).unwrap();
        assert_eq!(store.llm_requests_today().unwrap(), 2);
        assert_eq!(store.spend_llm_request(3).unwrap(), Ok(3));
        let _ = std::fs::remove_dir_all(directory);
    }

    #[test]
    fn counts_follow_a_proposal_through_its_statuses_and_titles_are_scrubbed() {
        let directory = std::env::temp_dir().join(format!(
            "selfheal-proposals-{}-{}",
            std::process::id(),
            unix_seconds_now()
        ));
        let store = Store::open(directory.join("selfheal.db")).unwrap();
        let canary = "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
        let proposal = NewProposal {
            fingerprint: "f1",
            provider: "anthropic",
            model: "m",
            fix_key: Some("llm:abc"),
            title: Some(&format!("Use the token {canary}")),
            detail: None,
        };
        store
            .record_proposal(&proposal, ProposalStatus::Proposed)
            .unwrap();
        store
            .record_proposal(
                &NewProposal {
                    fix_key: None,
                    ..proposal.clone()
                },
                ProposalStatus::Unreadable,
            )
            .unwrap();
        assert!(store
            .update_proposal("llm:abc", ProposalStatus::Accepted, None)
            .unwrap());
        assert!(store
            .update_proposal("llm:abc", ProposalStatus::Learned, None)
            .unwrap());
        assert!(!store
            .update_proposal("llm:none", ProposalStatus::Accepted, None)
            .unwrap());
        let counts = store.proposal_counts().unwrap();
        assert_eq!(
            counts,
            ProposalCounts {
                proposals: 2,
                unusable: 1,
                accepted: 1,
                verified: 1,
                learned: 1
            }
        );
        let titles: Vec<String> = store
            .read(|t| {
                t.prepare("SELECT title FROM proposals WHERE title IS NOT NULL")?
                    .query_map([], |row| row.get(0))?
                    .collect()
            })
            .unwrap();
        assert!(
            titles.iter().all(|title| !title.contains(canary)),
            "{titles:?}"
        );
        let _ = std::fs::remove_dir_all(directory);
    }
}
