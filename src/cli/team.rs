//! The team store from the terminal: `selfheal sync [--status]` pushes what this machine queued
//! and pulls the team's approved patterns; `selfheal patterns review|approve|reject` is a
//! maintainer's look at the patterns other machines learned, before any of them reaches the
//! team's code.

use anyhow::Context;
use serde_json::{json, Value};

use crate::http::breaker::BreakerState;
use crate::remote::sync::{pull_team_patterns, push, PullReport, PushReport};
use crate::remote::{Query, RemoteError, TeamClient, TeamConfig};
use crate::store::{new_uuid, unix_seconds_now, Store};

/// `sync_state` keys of the last sync.
const LAST_SYNC_AT: &str = "last_sync_at";
const LAST_SYNC_RESULT: &str = "last_sync_result";
const LAST_BREAKER: &str = "last_breaker";

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the HTTP runtime")
}

fn configured() -> Result<TeamConfig, String> {
    TeamConfig::resolve().map_err(|error| error.0)
}

/// `selfheal sync`: exit 0 when everything went, 1 when something is left (the store was
/// unavailable, or refused a write), 2 when no team store is configured.
pub fn sync(json_output: bool) -> anyhow::Result<i32> {
    let config = match configured() {
        Ok(config) => config,
        Err(message) => {
            eprintln!("selfheal: {message}");
            return Ok(2);
        }
    };
    let store = Store::open_default().context("cannot open the local database")?;
    let client = TeamClient::new(config);
    let runtime = runtime()?;
    let pushed: PushReport = runtime.block_on(push(&client, &store));
    let pulled: Result<PullReport, RemoteError> = match &pushed.stopped {
        // The store is unavailable: do not ask it again now.
        Some(_) => Err(RemoteError::Connection {
            message: "not pulled: the push stopped".into(),
        }),
        None => {
            let dir = crate::home::user_patterns_dir()
                .context("no data directory: set SELFHEAL_HOME or HOME")?;
            runtime.block_on(pull_team_patterns(&client, &dir))
        }
    };
    let ok = pushed.stopped.is_none() && pushed.refused.is_empty() && pulled.is_ok();
    let result = match (&pushed.stopped, &pulled) {
        (Some(why), _) => format!("stopped: {why}"),
        (None, Err(error)) => format!("pull failed: {error}"),
        (None, Ok(_)) if !pushed.refused.is_empty() => {
            format!("{} write(s) refused", pushed.refused.len())
        }
        _ => "ok".to_string(),
    };
    let _ = store.set_sync_state(LAST_SYNC_AT, &unix_seconds_now().to_string());
    let _ = store.set_sync_state(LAST_SYNC_RESULT, &result);
    let _ = store.set_sync_state(
        LAST_BREAKER,
        &serde_json::to_string(&client.breaker_state()).unwrap_or_default(),
    );
    if json_output {
        outln!(
            "{}",
            json!({
                "project": client.config().project,
                "pushed": pushed,
                "pulled": pulled.as_ref().ok(),
                "pull_error": pulled.as_ref().err().map(|e| e.to_string()),
                "breaker": client.breaker_state(),
                "ok": ok,
            })
        )?;
    } else {
        outln!(
            "selfheal sync: project {} at {}",
            client.config().project,
            client.config().rest_url
        )?;
        outln!(
            "  pushed: {} new, {} already there; {} still queued",
            pushed.sent,
            pushed.already_there,
            pushed.remaining
        )?;
        for refused in &pushed.refused {
            outln!("  refused: {refused}")?;
        }
        if let Some(why) = &pushed.stopped {
            outln!("  stopped: {why} (the rest stays queued for the next sync)")?;
        }
        match &pulled {
            Ok(report) => {
                outln!(
                    "  team patterns: {} approved, in use here",
                    report.team_patterns
                )?;
                for problem in &report.unreadable {
                    outln!("  unreadable team pattern: {problem}")?;
                }
            }
            Err(error) if pushed.stopped.is_none() => outln!("  pull failed: {error}")?,
            Err(_) => {}
        }
    }
    Ok(if ok { 0 } else { 1 })
}

/// `selfheal sync --status`: what is configured, queued and known of the store's health —
/// without asking the store.
pub fn status(json_output: bool) -> anyhow::Result<i32> {
    let config = configured();
    let store = Store::open_default().ok();
    let counts = store.as_ref().and_then(|s| s.outbox_counts().ok());
    let state = |key: &str| {
        store
            .as_ref()
            .and_then(|s| s.sync_state(key).ok().flatten())
    };
    let breaker: Option<BreakerState> =
        state(LAST_BREAKER).and_then(|text| serde_json::from_str(&text).ok());
    let last_at: Option<i64> = state(LAST_SYNC_AT).and_then(|text| text.parse().ok());
    let last_result = state(LAST_SYNC_RESULT);
    let set_aside = store
        .as_ref()
        .and_then(|s| s.outbox_set_aside(5).ok())
        .unwrap_or_default();
    if json_output {
        outln!(
            "{}",
            json!({
                "configured": config.is_ok(),
                "not_configured": config.as_ref().err(),
                "project": config.as_ref().ok().map(|c| c.project.clone()),
                "rest_url": config.as_ref().ok().map(|c| c.rest_url.clone()),
                "outbox": counts,
                "last_sync_at": last_at,
                "last_sync_result": last_result,
                "breaker": breaker,
            })
        )?;
        return Ok(0);
    }
    match &config {
        Ok(config) => outln!(
            "team sync: project {} at {}",
            config.project,
            config.rest_url
        )?,
        Err(message) => outln!("{message}")?,
    }
    if let Some(counts) = counts {
        let oldest = counts
            .oldest_queued_at
            .map(|at| format!(" (oldest {})", ago(at)))
            .unwrap_or_default();
        outln!(
            "outbox: {} queued{oldest}, {} set aside",
            counts.pending,
            counts.set_aside
        )?;
        for (kind, why) in set_aside {
            outln!("  set aside ({kind}): {why}")?;
        }
    }
    if config.is_ok() {
        match crate::remote::embed::Embedder::resolve() {
            Ok(embedder) => outln!("team similarity (Tier 2): on, {}", embedder.model_id())?,
            Err(why) => outln!("{why}")?,
        }
    }
    match (last_at, last_result) {
        (Some(at), Some(result)) => outln!("last sync: {} — {result}", ago(at))?,
        _ => outln!("last sync: never")?,
    }
    if let Some(breaker) = breaker {
        let text = match breaker {
            BreakerState::Closed => "closed (the store answers)".to_string(),
            BreakerState::HalfOpen => "half-open (one trial call allowed)".to_string(),
            BreakerState::Open { retry_in_seconds } => format!(
                "open after repeated failures; calls resume {retry_in_seconds} s after the last sync"
            ),
        };
        outln!("circuit breaker: {text}")?;
    }
    Ok(0)
}

fn ago(at: i64) -> String {
    let seconds = (unix_seconds_now() - at).max(0);
    match seconds {
        0..=59 => format!("{seconds} s ago"),
        60..=3599 => format!("{} min ago", seconds / 60),
        3600..=86_399 => format!("{} h ago", seconds / 3600),
        _ => format!("{} days ago", seconds / 86_400),
    }
}

fn client_or_explain() -> anyhow::Result<Result<TeamClient, i32>> {
    match configured() {
        Ok(config) => Ok(Ok(TeamClient::new(config))),
        Err(message) => {
            eprintln!("selfheal: {message}");
            Ok(Err(2))
        }
    }
}

/// `selfheal patterns review`: the team's candidate patterns with the change each was learned
/// from and how it has done.
pub fn review(json_output: bool) -> anyhow::Result<i32> {
    let client = match client_or_explain()? {
        Ok(client) => client,
        Err(code) => return Ok(code),
    };
    let query = Query::new()
        .select(
            "pattern_id,lesson_diff,success_count,failure_count,machines,proposed_by,created_at",
        )
        .eq("project_id", &client.config().project)
        .eq("status", "candidate")
        .order("created_at.asc");
    let rows = runtime()?
        .block_on(client.select("team_patterns", &query))
        .map_err(anyhow::Error::new)?;
    if json_output {
        for row in &rows {
            outln!("{row}")?;
        }
        return Ok(0);
    }
    if rows.is_empty() {
        outln!(
            "no team patterns wait for review in {}",
            client.config().project
        )?;
        return Ok(0);
    }
    for row in &rows {
        let text = |key: &str| row.get(key).and_then(Value::as_str).unwrap_or("");
        let count = |key: &str| row.get(key).and_then(Value::as_i64).unwrap_or(0);
        let machines = row
            .get("machines")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        let tried = count("success_count") + count("failure_count");
        let record = match tried {
            0 => "not tried yet".to_string(),
            _ => format!(
                "worked {}/{tried} times, on {machines} machine(s)",
                count("success_count")
            ),
        };
        outln!("{}  {record}", text("pattern_id"))?;
        for line in text("lesson_diff").lines() {
            outln!("    {line}")?;
        }
    }
    outln!("approve with `selfheal patterns approve ID`, or `selfheal patterns reject ID`")?;
    Ok(0)
}

/// `selfheal patterns approve|reject ID`: a maintainer's decision, recorded in the team's audit.
pub fn decide(id: &str, approve: bool) -> anyhow::Result<i32> {
    let client = match client_or_explain()? {
        Ok(client) => client,
        Err(code) => return Ok(code),
    };
    let store = Store::open_default().ok();
    let actor = store
        .as_ref()
        .and_then(|s| s.machine_id().ok())
        .unwrap_or_else(|| "unknown".into());
    let decision = if approve { "approved" } else { "rejected" };
    let runtime = runtime()?;
    let answer = runtime.block_on(client.rpc(
        "decide_team_pattern",
        &json!({
            "p_project": client.config().project,
            "p_pattern_id": id,
            "p_decision": decision,
            "p_actor": actor,
            "p_audit_id": new_uuid(),
        }),
    ));
    match answer {
        Ok(Value::Array(rows)) if rows.is_empty() => {
            anyhow::bail!(
                "no team pattern `{id}` in {} (see `selfheal patterns review`)",
                client.config().project
            )
        }
        Ok(_) => {}
        Err(RemoteError::Unauthorized { message, .. }) if message.contains("maintainer") => {
            anyhow::bail!("{message}")
        }
        Err(RemoteError::Unauthorized { message, .. }) => anyhow::bail!(
            "only a maintainer of {} can approve or reject its team patterns ({message})",
            client.config().project
        ),
        Err(RemoteError::Missing { message, .. }) if message.contains("no team pattern") => {
            anyhow::bail!("{message} (see `selfheal patterns review`)")
        }
        Err(error) => return Err(error.into()),
    }
    outln!("{decision} {id}")?;
    if approve {
        if let Some(dir) = crate::home::user_patterns_dir() {
            match runtime.block_on(pull_team_patterns(&client, &dir)) {
                Ok(report) => outln!("team patterns in use here: {}", report.team_patterns)?,
                Err(error) => eprintln!("selfheal: warning: not pulled yet: {error}"),
            }
        }
    }
    Ok(0)
}
