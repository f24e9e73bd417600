//! Tier 1 from the team: what the team store knows of an error (`error_patterns`: the fixes
//! tried for its fingerprint and how they did on every machine), asked when the error first
//! appears here and kept in the local database for [`ANSWER_TTL_SECONDS`], where hovers and
//! `explain` read it. Nothing that waits for a person asks the network: this runs after a run,
//! in the background, and at `selfheal sync`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::client::{Query, RemoteError, TeamClient};
use super::embed::Embedder;
use crate::store::{unix_seconds_now, Store};

/// How long a team answer is used before it is asked again.
pub const ANSWER_TTL_SECONDS: i64 = 24 * 3600;

/// Fingerprints asked about in one request at most.
pub const ASKED_AT_ONCE: usize = 50;

/// The cosine distance under which a team learning counts as similar, unless the project's
/// `healing_config.similar_distance` says otherwise (Sentry's grouping shows "similar" up to
/// 0.05).
pub const SIMILAR_DISTANCE: f64 = 0.05;

/// Errors whose similar learnings are asked about after one run, at most.
pub const SIMILAR_ASKED_AT_ONCE: usize = 20;

/// How the Tier 2 answer of a fingerprint is kept among the team answers.
fn similar_key(fingerprint: &str) -> String {
    format!("similar:{fingerprint}")
}

/// A team learning near an error, with how near and by which model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamSimilar {
    pub fingerprint: String,
    pub error_text: String,
    #[serde(default)]
    pub fix_title: Option<String>,
    pub distance: f64,
    #[serde(default)]
    pub embedding_model: Option<String>,
}

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

impl TeamFix {
    /// What the fix does, as a person reads it (its key when the store had no title).
    pub fn title(&self) -> &str {
        self.fix_title.as_deref().unwrap_or(&self.fix_key)
    }
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

/// Tier 2 from the team: for each error not asked about lately, the project's learnings nearest
/// to its (scrubbed) text by embedding (`match_learnings`), other errors only, from the same
/// embedding model, within the project's `similar_distance`. Kept locally like Tier 1. Nothing
/// is asked without an embedding provider.
pub async fn prefetch_similar(
    client: &TeamClient,
    store: &Store,
    fingerprints: &[String],
) -> Result<usize, RemoteError> {
    let Ok(embedder) = Embedder::resolve() else {
        return Ok(0);
    };
    let project = client.config().project.clone();
    let now = unix_seconds_now();
    let mut asked: Vec<(String, String)> = Vec::new();
    for fingerprint in fingerprints {
        let fresh = matches!(
            store.team_answer(&project, &similar_key(fingerprint)),
            Ok(Some((_, at))) if now - at < ANSWER_TTL_SECONDS
        );
        if fresh || asked.iter().any(|(known, _)| known == fingerprint) {
            continue;
        }
        let id = crate::fingerprint::Fingerprint(fingerprint.clone());
        if let Ok(Some(history)) = store.occurrence_history(&id) {
            asked.push((fingerprint.clone(), history.message));
        }
        if asked.len() == SIMILAR_ASKED_AT_ONCE {
            break;
        }
    }
    if asked.is_empty() {
        return Ok(0);
    }
    let texts: Vec<String> = asked.iter().map(|(_, text)| text.clone()).collect();
    let vectors = match embedder.embed(&texts).await {
        Ok(vectors) => vectors,
        Err(problem) => {
            tracing::info!("no team similarity this time: {problem}");
            return Ok(0);
        }
    };
    let threshold = similar_distance(client).await;
    let model = embedder.model_id();
    for ((fingerprint, _), vector) in asked.iter().zip(vectors) {
        let rows = client
            .rpc(
                "match_learnings",
                &serde_json::json!({
                    "query_embedding": vector,
                    "match_threshold": threshold,
                    "match_count": 5,
                    "p_project": project,
                }),
            )
            .await?;
        let similar: Vec<TeamSimilar> = rows
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|row| serde_json::from_value::<TeamSimilar>(row.clone()).ok())
            .filter(|row| &row.fingerprint != fingerprint)
            .filter(|row| row.embedding_model.as_deref() == Some(model.as_str()))
            .take(3)
            .collect();
        let answer = serde_json::to_value(&similar).unwrap_or(Value::Array(Vec::new()));
        if let Err(problem) = store.keep_team_answer(&project, &similar_key(fingerprint), &answer) {
            tracing::warn!("a team answer was not kept: {problem}");
        }
    }
    Ok(asked.len())
}

/// The project's `healing_config.similar_distance`, or [`SIMILAR_DISTANCE`].
async fn similar_distance(client: &TeamClient) -> f64 {
    let query = Query::new()
        .select("similar_distance")
        .eq("project_id", &client.config().project);
    match client.select_one("healing_config", &query).await {
        Ok(Some(row)) => row
            .get("similar_distance")
            .and_then(Value::as_f64)
            .unwrap_or(SIMILAR_DISTANCE),
        _ => SIMILAR_DISTANCE,
    }
}

/// The team's learnings near `fingerprint`'s error, from the local copy (no network).
pub fn team_similar(store: &Store, project: &str, fingerprint: &str) -> Vec<TeamSimilar> {
    store
        .team_answer(project, &similar_key(fingerprint))
        .ok()
        .flatten()
        .and_then(|(answer, _)| serde_json::from_value(answer).ok())
        .unwrap_or_default()
}
