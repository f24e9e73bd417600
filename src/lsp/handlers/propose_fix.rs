//! `selfheal.proposeFix {uri, version?, diagnostic?, range?, position?}`: asks the configured LLM
//! provider for a fix of one diagnostic, in a task with work-done progress that the progress's
//! cancel button (or `$/cancelRequest`) stops, then sends `workspace/applyEdit` with a versioned
//! edit whose change annotation needs confirmation: the editor shows the diff and asks. Listed
//! instantly as a code action, computed only when chosen; nothing else waits on the provider.
//!
//! An accepted proposal is watched like any quick fix; when its error is gone it is learned
//! (`background::record_outcomes`), so the next occurrence needs no LLM.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use serde_json::{json, Value};
use tokio::sync::watch;
use tower_lsp_server::jsonrpc;
use tower_lsp_server::ls_types::request::ApplyWorkspaceEdit;
use tower_lsp_server::ls_types::{
    AnnotatedTextEdit, ApplyWorkspaceEditParams, ChangeAnnotation, Diagnostic, DocumentChanges,
    OneOf, Position, Range, WorkspaceEdit,
};
use tower_lsp_server::Client;

use super::{document_not_open, internal_error};
use crate::engine::{DailyBudget, Engine, Place, ProposalContext};
use crate::fingerprint::fingerprint;
use crate::fix::{apply_patch_to_text, FixAction};
use crate::llm::{LlmClient, LlmConfig, Proposal, ProposeError};
use crate::lsp::background::record_applied;
use crate::lsp::fix_tracker::{inserted_lines_of, OfferedFix};
use crate::lsp::from_proto::occurrence_of_seen;
use crate::lsp::lsp_ext::ProposeFixArguments;
use crate::lsp::state::{lock, ServerState};
use crate::lsp::tasks::{progress_token, stop_requested, token_key, StopOnDrop};
use crate::lsp::to_proto::workspace_edit;
use crate::lsp::under_cursor::seen_diagnostics;
use crate::lsp::workspace_files::WorkspaceFiles;
use crate::store::ProposalStatus;

/// The id of the change annotation every proposed edit carries.
pub const ANNOTATION_ID: &str = "selfheal.proposal";

/// The JSON-RPC error code of a proposal that could not be made (the reason is in `data`).
const PROPOSAL_FAILED: i64 = -32001;

pub async fn propose_fix(
    state: &Arc<ServerState>,
    client: &Client,
    argument: Option<Value>,
) -> jsonrpc::Result<Value> {
    let config = LlmConfig::resolve(state.config().llm.as_ref())
        .map_err(|why| failed("not-configured", why.to_string()))?;
    let arguments: ProposeFixArguments = serde_json::from_value(argument.unwrap_or(Value::Null))
        .map_err(|error| {
            jsonrpc::Error::invalid_params(format!(
                "selfheal.proposeFix: invalid argument: {error}; give {{uri, version, diagnostic}}"
            ))
        })?;
    let (encoding, root, work_done_progress) = {
        let session = lock(&state.session);
        (
            session.encoding,
            session.root.clone(),
            session.work_done_progress,
        )
    };
    let (document, files) = {
        let documents = lock(&state.documents);
        let document = documents
            .get(&arguments.uri)
            .cloned()
            .ok_or_else(|| document_not_open(&arguments.uri))?;
        (document, WorkspaceFiles::of_documents(documents.iter()))
    };
    if arguments
        .version
        .is_some_and(|version| version != document.version)
    {
        return Err(stale());
    }
    let text = document.text.to_string();
    let range = arguments
        .diagnostic
        .as_ref()
        .map(|d| d.range)
        .or(arguments.range)
        .or(arguments.position.map(|p| Range::new(p, p)))
        .unwrap_or_else(|| Range::new(Position::new(0, 0), Position::new(0, 0)));
    let context_diagnostics: Vec<Diagnostic> = arguments.diagnostic.into_iter().collect();
    let seen = lock(&state.diagnostics).seen_for(&arguments.uri);
    let (under_cursor, whole_document) = seen_diagnostics(&context_diagnostics, seen, &range);
    let Some(target) = under_cursor.into_iter().next() else {
        return Err(failed(
            "no-diagnostic",
            "there is no error at the cursor to propose a fix for".to_string(),
        ));
    };
    // What to ask, gathered with the engine on a blocking thread.
    let patterns = state.patterns().await;
    let worker = Arc::clone(state);
    let asked = {
        let document = document.clone();
        let target = target.clone();
        let files = files.clone();
        tokio::task::spawn_blocking(move || {
            worker.with_store(|store| {
                let engine = Engine::new(&patterns, store);
                let occurrence = occurrence_of_seen(&target, &document, &text, encoding);
                let error = engine.recognise(occurrence.clone());
                let reported_before: HashSet<_> = whole_document
                    .iter()
                    .map(|seen| fingerprint(&occurrence_of_seen(seen, &document, &text, encoding)))
                    .collect();
                engine
                    .proposal_context(&error, &files, Vec::new(), root.as_deref())
                    .map(|context| (context, occurrence, reported_before))
            })
        })
        .await
        .map_err(internal_error)?
    };
    let (context, occurrence, reported_before) =
        asked.map_err(|why| failed("no-place", why.to_string()))?;

    let proposal = ask_with_progress(state, client, &config, &context, work_done_progress).await;
    let worker = Arc::clone(state);
    let recorded = {
        let (context, config) = (context.clone(), config.clone());
        let proposal = proposal.clone();
        tokio::task::spawn_blocking(move || {
            let Some(store) = crate::lsp::state::open_writer_store() else {
                return;
            };
            let patterns = worker.patterns_blocking();
            let engine = Engine::new(&patterns, Some(&store));
            match &proposal {
                Ok(Some(proposal)) => engine.record_proposal(&context, &config, Ok(proposal)),
                Ok(None) => {}
                Err(error) => engine.record_proposal(&context, &config, Err(error)),
            }
        })
    };
    let _ = recorded.await;
    let proposal = match proposal {
        Ok(Some(proposal)) => proposal,
        Ok(None) => {
            return Err(failed(
                "cancelled",
                "the proposal was cancelled".to_string(),
            ))
        }
        Err(error) => return Err(failed(reason_of(&error), error.to_string())),
    };

    // The document must be as it was when the proposal was asked for.
    let current_version = lock(&state.documents)
        .get(&arguments.uri)
        .map(|document| document.version);
    if current_version != Some(document.version) {
        return Err(stale());
    }
    let patterns = state.patterns().await;
    let candidate = state.with_store(|store| {
        Engine::new(&patterns, store).proposal_candidate(&context, &proposal, &config)
    });
    let FixAction::Edit(patches) = &candidate.plan.action else {
        return Err(internal_error("a proposal is an edit"));
    };
    let Some(edit) = workspace_edit(patches, &files, encoding, true) else {
        return Err(stale());
    };
    let token = format!("fix-{}", state.next_id());
    let changed: Vec<_> = patches
        .iter()
        .filter_map(|patch| {
            let before = files.text(&patch.path)?;
            let after = apply_patch_to_text(&before, patch).ok()?;
            Some((patch.path.clone(), before, after))
        })
        .collect();
    lock(&state.fixes).offer(OfferedFix {
        token: token.clone(),
        fix_key: candidate.plan.fix_key.clone(),
        fingerprint: crate::fingerprint::Fingerprint(context.fingerprint.clone()),
        title: candidate.plan.title.clone(),
        uri: document.uri.clone(),
        path: document.path.clone(),
        origin: target.origin.clone(),
        inserted_lines: patches
            .iter()
            .flat_map(|p| inserted_lines_of(&p.edits))
            .collect(),
        files: changed,
        place: Some(Place {
            file: document.path.clone(),
            line: Some(target.diagnostic.range.start.line + 1),
        }),
        reported_before,
        learn_from: Some(occurrence),
    });
    let title = candidate.plan.title.clone();
    let description = format!(
        "{} — proposed by {} ({}), {:.0}% sure",
        proposal.header.explanation.trim(),
        config.provider.as_str(),
        proposal.model,
        proposal.header.confidence * 100.0
    );
    let params = ApplyWorkspaceEditParams {
        label: Some(format!("selfheal: {title}")),
        edit: annotated(edit, &title, &description),
    };
    let response = client
        .send_request::<ApplyWorkspaceEdit>(params)
        .await
        .map_err(|error| internal_error(format!("the editor did not apply the edit: {error}")))?;
    let status = match response.applied {
        true => {
            let applied = lock(&state.fixes).mark_applied(&token, Some(document.version + 1));
            if let Some(fix) = applied {
                record_applied(fix);
            }
            ProposalStatus::Accepted
        }
        false => {
            lock(&state.fixes).take(&token);
            ProposalStatus::Declined
        }
    };
    let fix_key = candidate.plan.fix_key.clone();
    let detail = response.failure_reason.clone();
    let _ = tokio::task::spawn_blocking(move || {
        if let Some(store) = crate::lsp::state::open_writer_store() {
            let patterns = crate::pattern::PatternSet::default();
            Engine::new(&patterns, Some(&store)).update_proposal(
                &fix_key,
                status,
                detail.as_deref(),
            );
        }
    })
    .await;
    Ok(json!({
        "applied": response.applied,
        "declined": !response.applied,
        "failureReason": response.failure_reason,
        "title": title,
        "explanation": proposal.header.explanation,
        "confidence": proposal.header.confidence,
        "provider": config.provider.as_str(),
        "model": proposal.model,
        "fixKey": candidate.plan.fix_key,
        "token": token,
    }))
}

/// Asks the provider in a task the client can cancel, with progress when the client shows it.
/// `Ok(None)` when cancelled.
async fn ask_with_progress(
    state: &Arc<ServerState>,
    client: &Client,
    config: &LlmConfig,
    context: &ProposalContext,
    work_done_progress: bool,
) -> Result<Option<Proposal>, ProposeError> {
    let token = progress_token(state, client, None, work_done_progress, "proposal").await;
    // The stop signal is registered before the client learns of the progress, so that a cancel
    // sent as soon as the progress shows is never lost.
    let (stop, mut stopped) = watch::channel(false);
    let key = token.as_ref().map(token_key);
    if let Some(key) = &key {
        lock(&state.tasks).insert(key.clone(), stop.clone());
    }
    let _stop_on_drop = StopOnDrop(stop);
    let progress = match &token {
        Some(token) => Some(
            client
                .progress(token.clone(), "selfheal: proposing a fix".to_string())
                .with_cancel_button()
                .with_message(format!("asking {}", config.describe()))
                .begin()
                .await,
        ),
        None => None,
    };
    let request = context.request();
    let budget = DailyBudget(config.daily_budget);
    let asked = async {
        let llm = LlmClient::new(config)?;
        crate::llm::propose(&llm, config, &request, &budget).await
    };
    let result = tokio::select! {
        result = asked => result.map(Some),
        _ = stop_requested(&mut stopped) => Ok(None),
    };
    if let Some(key) = &key {
        lock(&state.tasks).remove(key);
    }
    if let Some(progress) = progress {
        let message = match &result {
            Ok(Some(proposal)) => format!("proposed: {}", proposal.header.title),
            Ok(None) => "cancelled".to_string(),
            Err(error) => format!("no proposal: {error}"),
        };
        progress.finish_with_message(message).await;
    }
    result
}

/// Every edit of `edit` annotated as needing confirmation, with the proposal's title and
/// explanation.
fn annotated(mut edit: WorkspaceEdit, title: &str, description: &str) -> WorkspaceEdit {
    if let Some(DocumentChanges::Edits(documents)) = &mut edit.document_changes {
        for document in documents {
            for text_edit in &mut document.edits {
                if let OneOf::Left(plain) = text_edit {
                    *text_edit = OneOf::Right(AnnotatedTextEdit {
                        text_edit: plain.clone(),
                        annotation_id: ANNOTATION_ID.to_string(),
                    });
                }
            }
        }
    }
    edit.change_annotations = Some(HashMap::from([(
        ANNOTATION_ID.to_string(),
        ChangeAnnotation {
            label: title.to_string(),
            needs_confirmation: Some(true),
            description: Some(description.to_string()),
        },
    )]));
    edit
}

fn reason_of(error: &ProposeError) -> &'static str {
    match error {
        ProposeError::Excluded(_) => "excluded",
        ProposeError::Provider(_) => "provider",
        ProposeError::Unreadable(_) | ProposeError::Truncated => "unreadable",
        ProposeError::Unusable(_) => "unusable",
    }
}

fn failed(reason: &str, message: String) -> jsonrpc::Error {
    jsonrpc::Error {
        code: jsonrpc::ErrorCode::ServerError(PROPOSAL_FAILED),
        message: message.into(),
        data: Some(json!({ "reason": reason })),
    }
}

fn stale() -> jsonrpc::Error {
    failed(
        "stale",
        "the document changed while the fix was being proposed; nothing was applied (ask again)"
            .to_string(),
    )
}
