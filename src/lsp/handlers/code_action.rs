//! `textDocument/codeAction`: a `quickfix` for each fix selfheal can make for the errors under
//! the cursor — those in the request's context (any source) and those the server holds for the
//! document (forwarded, or its own from captured output), deduplicated; for an error none of
//! them covers, "Propose a fix with PROVIDER" when an LLM provider is configured (only its
//! command: `selfheal.proposeFix` asks when a person chooses it) — and, when the client
//! asks for it and fix-all on save is configured, `source.fixAll.selfheal` with the learned fixes
//! of the whole document.
//!
//! Edits are computed against the document text the server has now and carry its version, so a
//! client that changed the document since refuses them instead of applying them blind.

use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;

use tower_lsp_server::jsonrpc;
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, CodeActionResponse,
    DiagnosticSeverity,
};

use super::{document_not_open, internal_error};
use crate::engine::{CandidateFix, Engine, FixOrigin, Place, RecognisedError};
use crate::fingerprint::{fingerprint, Fingerprint};
use crate::fix::{apply_patch_to_text, merge_patches, FilePatch, FixAction};
use crate::lsp::config::PREFERRED_CONFIDENCE;
use crate::lsp::documents::{Document, PositionEncoding};
use crate::lsp::fix_tracker::{inserted_lines_of, OfferedFix};
use crate::lsp::from_proto::occurrence_of_seen;
use crate::lsp::lsp_ext::{FixActionData, FIX_ALL_KIND};
use crate::lsp::state::{lock, DiagnosticOrigin, SeenDiagnostic, ServerState};
use crate::lsp::to_proto::{propose_action, quick_fix, workspace_edit};
use crate::lsp::under_cursor::seen_diagnostics;
use crate::lsp::workspace_files::WorkspaceFiles;

pub async fn code_action(
    state: &Arc<ServerState>,
    params: CodeActionParams,
) -> jsonrpc::Result<Option<CodeActionResponse>> {
    let uri = params.text_document.uri;
    let config = state.config();
    let (encoding, document_changes) = {
        let session = lock(&state.session);
        (session.encoding, session.document_changes)
    };
    let wanted = WantedKinds::of(params.context.only.as_deref(), config.fix_all_on_save);
    let (document, files) = {
        let documents = lock(&state.documents);
        let document = documents
            .get(&uri)
            .cloned()
            .ok_or_else(|| document_not_open(&uri))?;
        (document, WorkspaceFiles::of_documents(documents.iter()))
    };
    if !wanted.quick_fix && !wanted.fix_all {
        return Ok(None);
    }
    let seen = lock(&state.diagnostics).seen_for(&uri);
    let (under_cursor, whole_document) =
        seen_diagnostics(&params.context.diagnostics, seen, &params.range);
    let request = FixRequest {
        document,
        files,
        encoding,
        document_changes,
        min_confidence: config.min_confidence,
        under_cursor: match wanted.quick_fix {
            true => under_cursor,
            false => Vec::new(),
        },
        fix_all: wanted.fix_all,
        whole_document,
        // Reading the settings costs microseconds; the provider is asked only when chosen.
        propose_with: crate::llm::LlmConfig::resolve(config.llm.as_ref())
            .ok()
            .map(|llm| llm.provider),
    };
    if request.under_cursor.is_empty() && !request.fix_all {
        return Ok(Some(Vec::new()));
    }
    let patterns = state.patterns().await;
    let worker = Arc::clone(state);
    let symbols = state.symbols();
    let (actions, offers) = tokio::task::spawn_blocking(move || {
        worker.with_store(|store| {
            let engine = Engine::new(&patterns, store).with_symbols(symbols.as_deref());
            compute_actions(engine, &request, &worker)
        })
    })
    .await
    .map_err(|error| internal_error(format!("code actions failed: {error}")))?;
    let mut fixes = lock(&state.fixes);
    offers.into_iter().for_each(|offer| fixes.offer(offer));
    Ok(Some(actions))
}

/// Which kinds of action the client asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct WantedKinds {
    quick_fix: bool,
    fix_all: bool,
}

impl WantedKinds {
    fn of(only: Option<&[CodeActionKind]>, fix_all_on_save: bool) -> Self {
        // A requested kind covers ours when it is ours or a prefix of it (`source` covers
        // `source.fixAll.selfheal`).
        let covers = |requested: &CodeActionKind, ours: &str| {
            let requested = requested.as_str();
            ours == requested || ours.starts_with(&format!("{requested}."))
        };
        match only {
            None => WantedKinds {
                quick_fix: true,
                fix_all: false,
            },
            Some(kinds) => WantedKinds {
                quick_fix: kinds.iter().any(|kind| covers(kind, "quickfix")),
                fix_all: fix_all_on_save && kinds.iter().any(|kind| covers(kind, FIX_ALL_KIND)),
            },
        }
    }
}

/// Everything the computation needs, moved to a blocking thread.
struct FixRequest {
    document: Document,
    files: WorkspaceFiles,
    encoding: PositionEncoding,
    document_changes: bool,
    min_confidence: f64,
    under_cursor: Vec<SeenDiagnostic>,
    /// `source.fixAll.selfheal` was asked for (and is configured).
    fix_all: bool,
    /// Every diagnostic the server sees on the document.
    whole_document: Vec<SeenDiagnostic>,
    /// The LLM provider "propose fix" would ask, when one is configured.
    propose_with: Option<crate::llm::ProviderKind>,
}

fn compute_actions(
    engine: Engine<'_>,
    request: &FixRequest,
    state: &ServerState,
) -> (Vec<CodeActionOrCommand>, Vec<OfferedFix>) {
    let text = request.document.text.to_string();
    let mut actions: Vec<(String, FixAction, CodeAction)> = Vec::new();
    let mut proposals: Vec<CodeAction> = Vec::new();
    let mut offers = Vec::new();
    // What the document reports now, for judging an offered fix later: computed only when a fix
    // is offered (code actions are asked for on every cursor move).
    let mut reported_before: Option<HashSet<Fingerprint>> = None;
    for seen in &request.under_cursor {
        // An error from a terminal run: its command line names the interpreter an install
        // command should use.
        let words: Vec<String> = match &seen.origin {
            DiagnosticOrigin::Captured { command_line } => command_line
                .split_whitespace()
                .map(str::to_string)
                .collect(),
            _ => Vec::new(),
        };
        let engine = engine.with_command_line(&words);
        let occurrence = occurrence_of_seen(seen, &request.document, &text, request.encoding);
        let known = engine.recognise(occurrence);
        let mut confident = false;
        for trusted in engine.candidate_fixes(&known, &request.files) {
            if trusted.confidence.mean < request.min_confidence {
                continue;
            }
            confident = true;
            let plan = &trusted.plan;
            // Two errors with one fix (E0412 and E0433 for one missing import) get one action.
            if let Some((_, _, action)) = actions
                .iter_mut()
                .find(|(title, fix, _)| title == &plan.title && fix == &plan.action)
            {
                action
                    .diagnostics
                    .get_or_insert_with(Vec::new)
                    .push(seen.diagnostic.clone());
                continue;
            }
            let token = format!("fix-{}", state.next_id());
            let data = FixActionData {
                token: token.clone(),
                fix_key: plan.fix_key.clone(),
                fingerprint: known.fingerprint.0.clone(),
                confidence: trusted.confidence.mean,
                learned: trusted.confidence.learned,
            };
            let edit = match &plan.action {
                FixAction::Edit(patches) => workspace_edit(
                    patches,
                    &request.files,
                    request.encoding,
                    request.document_changes,
                ),
                FixAction::Command(_) => None,
            };
            // A pattern learned from a person's fix is preferred after two verified successes;
            // any other fix once its confidence is learned from outcomes.
            let proven = match trusted.origin {
                FixOrigin::Learned | FixOrigin::Team => trusted.confidence.successes >= 2,
                _ => trusted.confidence.learned,
            };
            let preferred = proven && trusted.confidence.mean >= PREFERRED_CONFIDENCE;
            let directory = request.document.path.as_deref().and_then(Path::parent);
            let Some(action) = quick_fix(
                &trusted.labelled_title(),
                &seen.diagnostic,
                &plan.action,
                edit,
                &data,
                preferred,
                directory,
            ) else {
                continue;
            };
            let reported_before = reported_before.get_or_insert_with(|| {
                request
                    .whole_document
                    .iter()
                    .map(|seen| {
                        fingerprint(&occurrence_of_seen(
                            seen,
                            &request.document,
                            &text,
                            request.encoding,
                        ))
                    })
                    .collect()
            });
            offers.push(offered_fix(
                token,
                &trusted,
                &known,
                seen,
                request,
                reported_before,
            ));
            actions.push((plan.title.clone(), plan.action.clone(), action));
        }
        let worth_proposing = !matches!(
            seen.diagnostic.severity,
            Some(DiagnosticSeverity::HINT | DiagnosticSeverity::INFORMATION)
        );
        if let (Some(provider), false, true) = (request.propose_with, confident, worth_proposing) {
            proposals.push(propose_action(
                provider,
                &seen.diagnostic,
                &request.document.uri,
                request.document.version,
            ));
        }
    }
    // Known fixes first, then the proposals for what they do not cover.
    let mut response: Vec<CodeActionOrCommand> = actions
        .into_iter()
        .map(|(_, _, action)| action)
        .chain(proposals)
        .map(CodeActionOrCommand::CodeAction)
        .collect();
    if let Some(fix_all) = fix_all_action(engine, request, &text) {
        response.push(CodeActionOrCommand::CodeAction(fix_all));
    }
    (response, offers)
}

/// What the outcome tracker needs to know about an offered fix.
fn offered_fix(
    token: String,
    trusted: &CandidateFix,
    known: &RecognisedError<'_>,
    seen: &SeenDiagnostic,
    request: &FixRequest,
    reported_before: &HashSet<Fingerprint>,
) -> OfferedFix {
    let mut inserted_lines = Vec::new();
    let mut files = Vec::new();
    if let FixAction::Edit(patches) = &trusted.plan.action {
        for patch in patches {
            if Some(&patch.path) == request.document.path.as_ref() {
                inserted_lines.extend(inserted_lines_of(&patch.edits));
            }
            if let Some(before) = request.files.text(&patch.path) {
                if let Ok(after) = apply_patch_to_text(&before, patch) {
                    files.push((patch.path.clone(), before, after));
                }
            }
        }
    }
    OfferedFix {
        token,
        fix_key: trusted.plan.fix_key.clone(),
        fingerprint: known.fingerprint.clone(),
        title: trusted.plan.title.clone(),
        uri: request.document.uri.clone(),
        path: request.document.path.clone(),
        origin: seen.origin.clone(),
        inserted_lines,
        files,
        place: Some(Place {
            file: request.document.path.clone(),
            line: Some(seen.diagnostic.range.start.line + 1),
        }),
        reported_before: reported_before.clone(),
        learn_from: None,
    }
}

/// `source.fixAll.selfheal`: for each error of the document, its best fix when that fix is a
/// learned edit at least `PREFERRED_CONFIDENCE` sure (Governance: fix-all applies nothing less),
/// all in one workspace edit; edits that would overlap an earlier one are left out.
fn fix_all_action(engine: Engine<'_>, request: &FixRequest, text: &str) -> Option<CodeAction> {
    if !request.fix_all {
        return None;
    }
    let mut chosen: Vec<FilePatch> = Vec::new();
    let mut titles = Vec::new();
    for seen in &request.whole_document {
        let occurrence = occurrence_of_seen(seen, &request.document, text, request.encoding);
        let known = engine.recognise(occurrence);
        let best = engine
            .candidate_fixes(&known, &request.files)
            .into_iter()
            .find(|trusted| {
                trusted.confidence.learned
                    && trusted.confidence.mean >= PREFERRED_CONFIDENCE
                    && matches!(trusted.plan.action, FixAction::Edit(_))
            });
        let Some(CandidateFix { plan, .. }) = best else {
            continue;
        };
        let FixAction::Edit(patches) = plan.action else {
            continue;
        };
        if merge_patches(&mut chosen, &patches) {
            titles.push(plan.title);
        }
    }
    if titles.is_empty() {
        return None;
    }
    let edit = workspace_edit(
        &chosen,
        &request.files,
        request.encoding,
        request.document_changes,
    )?;
    Some(CodeAction {
        title: match titles.len() {
            1 => format!("selfheal: {}", titles[0]),
            count => format!("selfheal: apply {count} learned fixes"),
        },
        kind: Some(CodeActionKind::from(FIX_ALL_KIND)),
        edit: Some(edit),
        ..CodeAction::default()
    })
}
