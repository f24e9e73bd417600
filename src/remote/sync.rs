//! One sync with the team store: push the outbox in the order it was queued, then pull the
//! team's approved patterns into `$SELFHEAL_HOME/patterns/team.toml` (loaded like any pattern
//! file, before the built-in library).
//!
//! A push stops at the first sign that the store is unavailable (down, slow, 5xx, 429, the
//! breaker open) or refuses who is asking (401/403: key, token, membership; 404: no schema), and
//! keeps everything queued for next time; a write the store refuses for itself (another 4xx)
//! stays queued with its reason and is set aside after a few refusals. Every remote write is keyed
//! (a client-made id, or the project and pattern id) and replayed with `on_conflict`, so a push
//! that the store received but whose answer was lost is never counted twice.

use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value;

use super::client::{OnDuplicate, Query, RemoteError, TeamClient};
use crate::pattern::{export_patterns, parse_specs, PatternSpec};
use crate::store::{OutboxItem, OutboxKind, Store};

/// The file the team's approved patterns are kept in, in the user's pattern directory.
pub const TEAM_PATTERNS_FILE: &str = "team.toml";

/// Writes pushed per sync at most (the rest wait for the next).
pub const PUSH_BATCH: usize = 500;

/// What one push did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PushReport {
    /// Writes the store now has (new to it).
    pub sent: usize,
    /// Writes the store had already (a retry of a push whose answer was lost).
    pub already_there: usize,
    /// Writes the store refused this time, with why.
    pub refused: Vec<String>,
    /// Still queued after this push.
    pub remaining: u64,
    /// Why the push stopped early, when the store was unavailable.
    pub stopped: Option<String>,
}

/// What one pull did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PullReport {
    /// Approved team patterns now in `team.toml`.
    pub team_patterns: usize,
    /// Patterns the team store holds that could not be read, with why.
    pub unreadable: Vec<String>,
}

/// Pushes queued writes until the outbox is empty, the batch is done, or the store is
/// unavailable.
pub async fn push(client: &TeamClient, store: &Store) -> PushReport {
    let mut report = PushReport::default();
    let items = match store.outbox_pending(PUSH_BATCH) {
        Ok(items) => items,
        Err(problem) => {
            report.stopped = Some(format!("the outbox is unreadable: {problem}"));
            return report;
        }
    };
    for item in items {
        match push_one(client, &item).await {
            Ok(new) => {
                if let Err(problem) = store.outbox_sent(&item.id) {
                    report.stopped = Some(format!("the outbox is not writable: {problem}"));
                    break;
                }
                match new {
                    true => report.sent += 1,
                    false => report.already_there += 1,
                }
            }
            Err(error) if error.is_unavailable() || error.is_about_the_setup() => {
                let _ = store.outbox_failed(&item.id, &error.to_string(), false);
                report.stopped = Some(error.to_string());
                break;
            }
            Err(error) => {
                let _ = store.outbox_failed(&item.id, &error.to_string(), true);
                report
                    .refused
                    .push(format!("{} {}: {error}", item.kind.as_str(), item.id));
            }
        }
    }
    report.remaining = store.outbox_counts().map(|c| c.pending).unwrap_or(0);
    report
}

/// One write; whether it was new to the store.
async fn push_one(client: &TeamClient, item: &OutboxItem) -> Result<bool, RemoteError> {
    match item.kind {
        OutboxKind::FixResult => {
            let answer = client.rpc("record_fix_result", &item.payload).await?;
            let recorded = answer
                .as_array()
                .and_then(|rows| rows.first())
                .or(Some(&answer))
                .and_then(|row| row.get("recorded"))
                .and_then(Value::as_bool);
            Ok(recorded.unwrap_or(true))
        }
        OutboxKind::Learning => {
            let row = with_embedding(&item.payload).await;
            insert_once(client, "learnings", &row, "id").await
        }
        OutboxKind::Audit => insert_once(client, "healing_audit", &item.payload, "id").await,
        OutboxKind::TeamPattern => {
            insert_once(
                client,
                "team_patterns",
                &item.payload,
                "project_id,pattern_id",
            )
            .await
        }
    }
}

/// A learning with the embedding of its (scrubbed) error text, when an embedding provider is
/// configured (Tier 2 in the team store); as it is otherwise, or when the provider fails — the
/// learning is not held back for it.
async fn with_embedding(row: &Value) -> Value {
    let mut row = row.clone();
    let (Ok(embedder), Some(text)) = (
        super::embed::Embedder::resolve(),
        row.get("error_text")
            .and_then(Value::as_str)
            .map(str::to_string),
    ) else {
        return row;
    };
    if row.get("embedding").is_some_and(|e| !e.is_null()) {
        return row;
    }
    match embedder.embed(&[text]).await {
        Ok(mut vectors) => {
            row["embedding"] = serde_json::json!(vectors.remove(0));
            row["embedding_model"] = serde_json::json!(embedder.model_id());
        }
        Err(problem) => tracing::info!("a learning goes without its embedding: {problem}"),
    }
    row
}

/// An insert that a replay leaves alone (`resolution=ignore-duplicates`): whether it was new.
async fn insert_once(
    client: &TeamClient,
    table: &str,
    row: &Value,
    on_conflict: &str,
) -> Result<bool, RemoteError> {
    let written = client
        .upsert(table, row, on_conflict, OnDuplicate::Ignore)
        .await?;
    Ok(!written.is_empty())
}

/// Pulls the project's approved team patterns into `patterns_dir/team.toml` (replacing it).
pub async fn pull_team_patterns(
    client: &TeamClient,
    patterns_dir: &Path,
) -> Result<PullReport, RemoteError> {
    let query = Query::new()
        .select("pattern_id,spec,success_count,failure_count")
        .eq("project_id", &client.config().project)
        .eq("status", "approved")
        .order("pattern_id.asc");
    let rows = client.select("team_patterns", &query).await?;
    let mut report = PullReport::default();
    let mut specs: Vec<PatternSpec> = Vec::new();
    for row in rows {
        let id = row.get("pattern_id").and_then(Value::as_str).unwrap_or("?");
        let text = row.get("spec").and_then(Value::as_str).unwrap_or("");
        match parse_specs(text) {
            Ok(parsed) if parsed.len() == 1 && parsed[0].id == id => {
                specs.extend(parsed);
            }
            Ok(_) => report
                .unreadable
                .push(format!("{id}: the spec does not hold exactly that pattern")),
            Err(error) => report.unreadable.push(format!("{id}: {error}")),
        }
    }
    let file = team_patterns_file(patterns_dir);
    write_team_patterns(&file, &specs).map_err(|error| RemoteError::Unreadable {
        message: format!("cannot write {}: {error}", file.display()),
    })?;
    report.team_patterns = specs.len();
    Ok(report)
}

pub fn team_patterns_file(patterns_dir: &Path) -> PathBuf {
    patterns_dir.join(TEAM_PATTERNS_FILE)
}

fn write_team_patterns(file: &Path, specs: &[PatternSpec]) -> std::io::Result<()> {
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let references: Vec<&PatternSpec> = specs.iter().collect();
    let text = format!(
        "# Your team's approved patterns, pulled by `selfheal sync`; replaced on every sync.\n\
         # Review candidates with `selfheal patterns review`.\n\n{}",
        export_patterns(&references)
    );
    crate::fix::write_atomically(file, text.as_bytes())
}

/// After a run (of a command line, or one the language server saw): pushes the outbox and asks
/// the team about `fingerprints`, for at most `within` in all (a slow or absent store costs no
/// more than that), when a team store is configured. Blocking: the CLI waits at the end of a
/// run; the server calls it on a thread of its own, never for a request.
pub fn after_run(store: &Store, fingerprints: &[String], within: std::time::Duration) {
    let Ok(config) = super::TeamConfig::resolve() else {
        return;
    };
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return;
    };
    let client = TeamClient::new(config);
    let work = push_then_prefetch(&client, store, fingerprints);
    // The timer is made inside the runtime (it needs its clock).
    if runtime
        .block_on(async { tokio::time::timeout(within, work).await })
        .is_err()
    {
        tracing::info!(
            "the team store took longer than {within:?}; the rest waits for the next run"
        );
    }
}

/// What follows a run: the outbox pushed, then (when the store answered) the team asked about
/// the run's errors. Problems are logged; the next run tries again.
pub async fn push_then_prefetch(client: &TeamClient, store: &Store, fingerprints: &[String]) {
    let pushed = push(client, store).await;
    if let Some(why) = &pushed.stopped {
        tracing::info!("team sync stopped: {why}");
        return;
    }
    tracing::debug!(
        sent = pushed.sent,
        remaining = pushed.remaining,
        "team outbox pushed"
    );
    match super::lookup::prefetch(client, store, fingerprints).await {
        Ok(asked) => tracing::debug!(asked, "team answers prefetched"),
        Err(error) => tracing::info!("team answers not fetched: {error}"),
    }
    match super::lookup::prefetch_similar(client, store, fingerprints).await {
        Ok(asked) => tracing::debug!(asked, "similar team learnings prefetched"),
        Err(error) => tracing::info!("similar team learnings not fetched: {error}"),
    }
}

/// Team sync as the editors show it (`selfheal.stats`'s `team`): configured or why not, what is
/// queued, and the circuit breaker as this process's client sees it now.
#[derive(Debug, Clone, Serialize)]
pub struct TeamStatus {
    pub configured: bool,
    /// Why not, when not configured.
    pub not_configured: Option<String>,
    pub project: Option<String>,
    pub outbox: Option<crate::store::OutboxCounts>,
    pub breaker: Option<crate::http::breaker::BreakerState>,
    /// Tier 2 across the team: `on, MODEL`, or why it is off.
    pub similarity: Option<String>,
}

pub fn team_status(store: Option<&Store>) -> TeamStatus {
    match super::TeamConfig::resolve() {
        Ok(config) => TeamStatus {
            configured: true,
            not_configured: None,
            outbox: store.and_then(|store| store.outbox_counts().ok()),
            breaker: Some(crate::http::breaker::shared(&config.rest_url).state()),
            project: Some(config.project),
            similarity: Some(match super::embed::Embedder::resolve() {
                Ok(embedder) => format!("on, {}", embedder.model_id()),
                Err(why) => why,
            }),
        },
        Err(why) => TeamStatus {
            configured: false,
            not_configured: Some(why.0),
            project: None,
            outbox: None,
            breaker: None,
            similarity: None,
        },
    }
}
