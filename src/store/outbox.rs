//! What waits to go to the team store, and what came back from it.
//!
//! - `outbox`: one row per remote write (a fix's outcome, a learning, an audit row, a team
//!   pattern candidate), its payload scrubbed when it is queued and keyed by the id the remote
//!   row will carry, so a push retried after a timeout is recognised there and never doubled.
//!   A row leaves the outbox only when the store has it; one the store refuses
//!   [`REFUSALS_UNTIL_SET_ASIDE`] times is set aside (kept, shown by `selfheal sync --status`).
//! - `team_answers`: what the team store knew of a fingerprint, with when it was asked (Tier 1
//!   fallback, served from here so that no editor request waits on the network).
//! - `sync_state`: this machine's id (random, made once) and the last sync's time and result.

use rusqlite::{params, OptionalExtension};
use serde_json::Value;

use super::{unix_seconds_now, Store, StoreError};
use crate::scrub::scrub;

/// Refusals (4xx) after which a queued write is set aside rather than tried again.
pub const REFUSALS_UNTIL_SET_ASIDE: i64 = 3;

/// What a queued write is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutboxKind {
    /// `record_fix_result` (an outcome of a fix).
    FixResult,
    /// A row of `learnings` (Tier 2).
    Learning,
    /// A row of `healing_audit`.
    Audit,
    /// A row of `team_patterns` (a candidate for the team's review).
    TeamPattern,
}

impl OutboxKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OutboxKind::FixResult => "fix_result",
            OutboxKind::Learning => "learning",
            OutboxKind::Audit => "audit",
            OutboxKind::TeamPattern => "team_pattern",
        }
    }

    fn parse(text: &str) -> Option<OutboxKind> {
        match text {
            "fix_result" => Some(OutboxKind::FixResult),
            "learning" => Some(OutboxKind::Learning),
            "audit" => Some(OutboxKind::Audit),
            "team_pattern" => Some(OutboxKind::TeamPattern),
            _ => None,
        }
    }
}

/// One queued write.
#[derive(Debug, Clone, PartialEq)]
pub struct OutboxItem {
    pub id: String,
    pub kind: OutboxKind,
    pub project: String,
    pub payload: Value,
    pub attempts: i64,
}

/// How much is queued.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct OutboxCounts {
    /// Waiting to be pushed.
    pub pending: u64,
    /// Refused by the store too often; kept, not retried.
    pub set_aside: u64,
    /// When the oldest pending write was queued (unix seconds).
    pub oldest_queued_at: Option<i64>,
}

/// A random version-4 UUID (the kernel's randomness; the clock and process mixed in where there
/// is none).
pub fn new_uuid() -> String {
    let mut bytes = [0u8; 16];
    let from_kernel = std::fs::File::open("/dev/urandom")
        .and_then(|mut file| std::io::Read::read_exact(&mut file, &mut bytes))
        .is_ok();
    if !from_kernel {
        let seed = format!(
            "{:?}{}{:?}",
            std::time::SystemTime::now(),
            std::process::id(),
            std::thread::current().id()
        );
        let digest = crate::digest::sha256_hex(seed.as_bytes());
        for (index, byte) in bytes.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&digest[index * 2..index * 2 + 2], 16).unwrap_or(0);
        }
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// Every string in `value` scrubbed (keys too).
fn scrubbed(value: &Value) -> Value {
    match value {
        Value::String(text) => Value::String(scrub(text).into_owned()),
        Value::Array(items) => Value::Array(items.iter().map(scrubbed).collect()),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(key, value)| (scrub(key).into_owned(), scrubbed(value)))
                .collect(),
        ),
        other => other.clone(),
    }
}

impl Store {
    /// Queues a write for the team store under `id` (the remote row's id), its payload
    /// scrubbed now. Queuing the same id again changes nothing.
    pub fn queue_remote(
        &self,
        kind: OutboxKind,
        id: &str,
        project: &str,
        payload: &Value,
    ) -> Result<(), StoreError> {
        let payload = scrubbed(payload).to_string();
        let project = scrub(project).into_owned();
        self.write(|transaction| {
            transaction
                .prepare_cached(
                    "INSERT INTO outbox (id, kind, project, payload, queued_at) \
                     VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO NOTHING",
                )?
                .execute(params![
                    id,
                    kind.as_str(),
                    project,
                    payload,
                    unix_seconds_now()
                ])?;
            Ok(())
        })
    }

    /// The oldest `limit` writes waiting to be pushed, in the order they were queued.
    pub fn outbox_pending(&self, limit: usize) -> Result<Vec<OutboxItem>, StoreError> {
        self.read(|transaction| {
            let mut statement = transaction.prepare_cached(
                "SELECT id, kind, project, payload, attempts FROM outbox \
                 WHERE refused = 0 ORDER BY queued_at, rowid LIMIT ?1",
            )?;
            let rows = statement.query_map(params![limit as i64], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, String>(3)?,
                    row.get::<_, i64>(4)?,
                ))
            })?;
            let mut items = Vec::new();
            for row in rows {
                let (id, kind, project, payload, attempts) = row?;
                let (Some(kind), Ok(payload)) =
                    (OutboxKind::parse(&kind), serde_json::from_str(&payload))
                else {
                    continue;
                };
                items.push(OutboxItem {
                    id,
                    kind,
                    project,
                    payload,
                    attempts,
                });
            }
            Ok(items)
        })
    }

    /// The store has the write: it leaves the outbox.
    pub fn outbox_sent(&self, id: &str) -> Result<(), StoreError> {
        self.write(|transaction| {
            transaction.execute("DELETE FROM outbox WHERE id = ?1", params![id])?;
            Ok(())
        })
    }

    /// The store refused the write (`refused`), or could not be reached: either way it stays,
    /// with the reason; refused [`REFUSALS_UNTIL_SET_ASIDE`] times, it is set aside.
    pub fn outbox_failed(&self, id: &str, error: &str, refused: bool) -> Result<(), StoreError> {
        let error = scrub(error).into_owned();
        self.write(|transaction| {
            transaction.execute(
                "UPDATE outbox SET attempts = attempts + ?2, last_error = ?3, \
                     refused = CASE WHEN attempts + ?2 >= ?4 THEN 1 ELSE 0 END \
                 WHERE id = ?1",
                params![id, i64::from(refused), error, REFUSALS_UNTIL_SET_ASIDE],
            )?;
            Ok(())
        })
    }

    pub fn outbox_counts(&self) -> Result<OutboxCounts, StoreError> {
        self.read(|transaction| {
            transaction.query_row(
                "SELECT coalesce(sum(refused = 0), 0), coalesce(sum(refused = 1), 0), \
                     min(CASE WHEN refused = 0 THEN queued_at END) FROM outbox",
                [],
                |row| {
                    Ok(OutboxCounts {
                        pending: row.get::<_, i64>(0)? as u64,
                        set_aside: row.get::<_, i64>(1)? as u64,
                        oldest_queued_at: row.get(2)?,
                    })
                },
            )
        })
    }

    /// The writes set aside, with why (newest reason).
    pub fn outbox_set_aside(&self, limit: usize) -> Result<Vec<(String, String)>, StoreError> {
        self.read(|transaction| {
            let mut statement = transaction.prepare_cached(
                "SELECT kind, coalesce(last_error, '') FROM outbox WHERE refused = 1 \
                 ORDER BY queued_at LIMIT ?1",
            )?;
            let rows =
                statement.query_map(params![limit as i64], |row| Ok((row.get(0)?, row.get(1)?)))?;
            rows.collect()
        })
    }

    /// This machine's id in the team store: random, made the first time it is asked for.
    pub fn machine_id(&self) -> Result<String, StoreError> {
        if let Some(id) = self.sync_state("machine_id")? {
            return Ok(id);
        }
        let candidate = new_uuid();
        self.write(|transaction| {
            transaction.execute(
                "INSERT INTO sync_state (key, value) VALUES ('machine_id', ?1) \
                 ON CONFLICT (key) DO NOTHING",
                params![candidate],
            )?;
            transaction.query_row(
                "SELECT value FROM sync_state WHERE key = 'machine_id'",
                [],
                |row| row.get(0),
            )
        })
    }

    pub fn sync_state(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.read(|transaction| {
            transaction
                .query_row(
                    "SELECT value FROM sync_state WHERE key = ?1",
                    params![key],
                    |row| row.get(0),
                )
                .optional()
        })
    }

    pub fn set_sync_state(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let value = scrub(value).into_owned();
        self.write(|transaction| {
            transaction.execute(
                "INSERT INTO sync_state (key, value) VALUES (?1, ?2) \
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )?;
            Ok(())
        })
    }

    /// Keeps what the team store answered for `fingerprint` (replacing an older answer).
    pub fn keep_team_answer(
        &self,
        project: &str,
        fingerprint: &str,
        answer: &Value,
    ) -> Result<(), StoreError> {
        let answer = scrubbed(answer).to_string();
        self.write(|transaction| {
            transaction.execute(
                "INSERT INTO team_answers (project, fingerprint, fetched_at, answer) \
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT (project, fingerprint) DO UPDATE SET \
                     fetched_at = excluded.fetched_at, answer = excluded.answer",
                params![project, fingerprint, unix_seconds_now(), answer],
            )?;
            Ok(())
        })
    }

    /// The team's answer for `fingerprint` and when it was fetched (unix seconds), if any.
    pub fn team_answer(
        &self,
        project: &str,
        fingerprint: &str,
    ) -> Result<Option<(Value, i64)>, StoreError> {
        let row: Option<(String, i64)> = self.read(|transaction| {
            transaction
                .prepare_cached(
                    "SELECT answer, fetched_at FROM team_answers \
                     WHERE project = ?1 AND fingerprint = ?2",
                )?
                .query_row(params![project, fingerprint], |row| {
                    Ok((row.get(0)?, row.get(1)?))
                })
                .optional()
        })?;
        Ok(row.and_then(|(answer, at)| serde_json::from_str(&answer).ok().map(|a| (a, at))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queued_writes_are_scrubbed_kept_once_and_leave_only_when_sent() {
        let store = Store::open_in_memory().unwrap();
        let canary = "ghp_Zq8Rt5Lm2Nx7Vb4Kc9Wd1Fh6Jp3Sg0Ty2Ua8";
        let payload = serde_json::json!({
            "p_message": format!("auth failed for key {canary}"),
            "nested": [format!("password={canary}x")],
        });
        store
            .queue_remote(OutboxKind::FixResult, "id-1", "team", &payload)
            .unwrap();
        store
            .queue_remote(OutboxKind::FixResult, "id-1", "team", &payload)
            .unwrap();
        store
            .queue_remote(OutboxKind::Audit, "id-2", "team", &serde_json::json!({}))
            .unwrap();
        let pending = store.outbox_pending(10).unwrap();
        assert_eq!(pending.len(), 2, "the same id is queued once");
        assert_eq!(pending[0].id, "id-1");
        assert!(
            !pending[0].payload.to_string().contains(canary),
            "{}",
            pending[0].payload
        );
        store
            .outbox_failed("id-1", "connection refused", false)
            .unwrap();
        assert_eq!(store.outbox_pending(10).unwrap()[0].attempts, 0);
        for _ in 0..REFUSALS_UNTIL_SET_ASIDE {
            store.outbox_failed("id-2", "400 bad", true).unwrap();
        }
        let counts = store.outbox_counts().unwrap();
        assert_eq!((counts.pending, counts.set_aside), (1, 1));
        store.outbox_sent("id-1").unwrap();
        assert_eq!(store.outbox_counts().unwrap().pending, 0);
    }

    #[test]
    fn the_machine_id_is_made_once_and_uuids_look_like_uuids() {
        let store = Store::open_in_memory().unwrap();
        let id = store.machine_id().unwrap();
        assert_eq!(store.machine_id().unwrap(), id);
        let uuid = new_uuid();
        assert_eq!(uuid.len(), 36);
        assert_eq!(&uuid[14..15], "4");
        assert!(matches!(&uuid[19..20], "8" | "9" | "a" | "b"), "{uuid}");
        assert_ne!(new_uuid(), uuid);
    }
}
