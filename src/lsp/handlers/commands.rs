//! `workspace/executeCommand` for `selfheal.recordOutcome`, `selfheal.explain` and
//! `selfheal.stats` (`selfheal.runTask` and `selfheal.proposeFix` have handlers of their own; the
//! server routes them there).

use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use tower_lsp_server::jsonrpc;
use tower_lsp_server::ls_types::ExecuteCommandParams;
use tower_lsp_server::Client;

use super::internal_error;
use crate::engine::Engine;
use crate::fingerprint::Fingerprint;
use crate::lsp::background::{record_applied, record_outcomes};
use crate::lsp::fix_tracker::JudgedFix;
use crate::lsp::lsp_ext::{commands, ExplainArguments, RecordOutcomeArguments};
use crate::lsp::state::{lock, ServerState};
use crate::store::Outcome;

/// How many recurring errors `selfheal.stats` lists.
const TOP_RECURRING: usize = 10;

pub async fn execute_command(
    state: &Arc<ServerState>,
    client: &Client,
    params: ExecuteCommandParams,
) -> jsonrpc::Result<Option<Value>> {
    let argument = params.arguments.into_iter().next();
    match params.command.as_str() {
        commands::RECORD_OUTCOME => {
            let arguments: RecordOutcomeArguments =
                parse_argument(argument, commands::RECORD_OUTCOME)?;
            record_outcome(state, client, arguments).map(Some)
        }
        commands::EXPLAIN => {
            let arguments: ExplainArguments = match argument {
                Some(Value::String(query)) => ExplainArguments { query },
                other => parse_argument(other, commands::EXPLAIN)?,
            };
            let patterns = state.patterns().await;
            let worker = Arc::clone(state);
            let query = arguments.query.clone();
            let explanations = tokio::task::spawn_blocking(move || {
                worker.with_store(|store| Engine::new(&patterns, store).explain_query(&query))
            })
            .await
            .map_err(internal_error)?;
            Ok(Some(json!({
                "query": arguments.query,
                "known": !explanations.is_empty(),
                "explanations": explanations,
            })))
        }
        commands::STATS => {
            let worker = Arc::clone(state);
            let stats = tokio::task::spawn_blocking(move || {
                worker.with_store(|store| {
                    let team = crate::remote::sync::team_status(store);
                    store.map(|store| store.stats(TOP_RECURRING).map(|stats| (stats, team)))
                })
            })
            .await
            .map_err(internal_error)?;
            match stats {
                Some(Ok((stats, team))) => {
                    let mut answer = serde_json::to_value(stats).map_err(internal_error)?;
                    answer["team"] = serde_json::to_value(team).map_err(internal_error)?;
                    Ok(Some(answer))
                }
                Some(Err(error)) => Err(internal_error(error)),
                None => Err(internal_error("the selfheal database is not available")),
            }
        }
        other => Err(jsonrpc::Error::invalid_params(format!(
            "unknown command {other:?}; selfheal serves {}",
            commands::SERVED.join(", ")
        ))),
    }
}

pub fn parse_argument<T: DeserializeOwned>(
    argument: Option<Value>,
    command: &str,
) -> jsonrpc::Result<T> {
    serde_json::from_value(argument.unwrap_or(Value::Null)).map_err(|error| {
        jsonrpc::Error::invalid_params(format!("{command}: invalid argument: {error}"))
    })
}

/// `selfheal.recordOutcome`: `{token, event: "applied"}` starts watching an offered fix;
/// `{token, outcome}` or `{fixKey, fingerprint, outcome}` records an outcome the editor saw.
fn record_outcome(
    state: &Arc<ServerState>,
    client: &Client,
    arguments: RecordOutcomeArguments,
) -> jsonrpc::Result<Value> {
    if arguments.event.as_deref() == Some("applied") {
        let token = arguments
            .token
            .ok_or_else(|| jsonrpc::Error::invalid_params("`applied` needs the fix's token"))?;
        let uri = lock(&state.fixes)
            .offered(&token)
            .map(|fix| fix.uri.clone());
        let version = uri.and_then(|uri| lock(&state.documents).get(&uri).map(|d| d.version));
        let (applied, watching) = {
            let mut fixes = lock(&state.fixes);
            let applied = fixes.mark_applied(&token, version);
            (applied, fixes.is_watching(&token))
        };
        if let Some(fix) = applied {
            record_applied(fix);
        }
        return Ok(json!({"token": token, "watching": watching}));
    }
    let outcome = match arguments.outcome.as_deref() {
        Some("success") => Outcome::Success,
        Some("failure") => Outcome::Failure,
        Some("reverted") => Outcome::Reverted,
        other => {
            return Err(jsonrpc::Error::invalid_params(format!(
                "outcome must be success, failure or reverted, not {other:?}"
            )))
        }
    };
    let detail = arguments
        .detail
        .unwrap_or_else(|| "reported by the editor".to_string());
    let judged = match (&arguments.token, &arguments.fix_key, &arguments.fingerprint) {
        (Some(token), _, _) => {
            let fix = lock(&state.fixes).take(token).ok_or_else(|| {
                jsonrpc::Error::invalid_params(format!("no fix with token {token:?} is known"))
            })?;
            JudgedFix {
                fix_key: fix.fix_key,
                fingerprint: fix.fingerprint,
                title: fix.title,
                outcome,
                detail,
                lesson: None,
            }
        }
        (None, Some(fix_key), Some(fingerprint)) => JudgedFix {
            fix_key: fix_key.clone(),
            fingerprint: Fingerprint(fingerprint.clone()),
            title: fix_key.clone(),
            outcome,
            detail,
            lesson: None,
        },
        _ => {
            return Err(jsonrpc::Error::invalid_params(
                "give the fix's token, or its fixKey and fingerprint",
            ))
        }
    };
    let answer = json!({
        "fixKey": judged.fix_key,
        "fingerprint": judged.fingerprint.0,
        "outcome": judged.outcome.as_str(),
    });
    record_outcomes(state, client, vec![judged]);
    Ok(answer)
}
