//! Tier 1 from the team: what the team store knows of an error (`error_patterns`: the fixes
//! tried for its fingerprint and how they did on every machine), asked when the error first
//! appears here and kept in the local database for [`ANSWER_TTL_SECONDS`], where hovers and
//! `explain` read it. Nothing that waits for a person asks the network: this runs after a run,
//! in the background, and at `selfheal sync`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::client::{Query, RemoteError, TeamClient};
use crate::store::{unix_seconds_now, Store};

/// How long a team answer is used before it is asked again.
pub const ANSWER_TTL_SECONDS: i64 = 24 * 3600;

/// Fingerprints asked about in one request at most.
pub const ASKED_AT_ONCE: usize = 50;

/// One fix the team tried for an error, with the team's counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamFix {
    pub fix_key: String,
    #[serde(default)]
    pub pattern_id: Option<String>,
    #[serde(default)]
    pub fix_title: Option<String>,
    pub success_count: i64,
    pub failure_count: i64,
}

/// Asks the team store about the fingerprints whose answer is missing or older than the TTL,
/// and keeps the answers (an empty one too: "the team has not seen it"). Returns how many were
/// asked about.
pub async fn prefetch(
    client: &TeamClient,
    store: &Store,
    fingerprints: &[String],
) -> Result<usize, RemoteError> {
    let project = client.config().project.clone();
    let now = unix_seconds_now();
    let mut stale: Vec<&str> = Vec::new();
    for fingerprint in fingerprints {
        let fresh = matches!(
            store.team_answer(&project, fingerprint),
            Ok(Some((_, at))) if now - at < ANSWER_TTL_SECONDS
        );
        if !fresh && !stale.contains(&fingerprint.as_str()) {
            stale.push(fingerprint);
        }
    }
    for batch in stale.chunks(ASKED_AT_ONCE) {
        let query = Query::new()
            .select("fingerprint,fix_key,pattern_id,fix_title,success_count,failure_count")
            .eq("project_id", &project)
            .is_in("fingerprint", batch)
            .order("success_count.desc");
        let rows = client.select("error_patterns", &query).await?;
        let mut answers: BTreeMap<&str, Vec<Value>> = batch
            .iter()
            .map(|fingerprint| (*fingerprint, Vec::new()))
            .collect();
        for row in rows {
            let Some(fingerprint) = row.get("fingerprint").and_then(Value::as_str) else {
                continue;
            };
            if let Some(answer) = answers.get_mut(fingerprint) {
                answer.push(row.clone());
            }
        }
        for (fingerprint, answer) in answers {
            if let Err(problem) =
                store.keep_team_answer(&project, fingerprint, &Value::Array(answer))
            {
                tracing::warn!("a team answer was not kept: {problem}");
            }
        }
    }
    Ok(stale.len())
}

/// What the team knows of `fingerprint`, from the local copy (no network): its fixes, most
/// successful first; `None` when the team was never asked.
pub fn team_fixes(store: &Store, project: &str, fingerprint: &str) -> Option<Vec<TeamFix>> {
    let (answer, _) = store.team_answer(project, fingerprint).ok()??;
    serde_json::from_value(answer).ok()
}
