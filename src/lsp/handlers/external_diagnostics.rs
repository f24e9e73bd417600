//! `selfheal/didChangeExternalDiagnostics`: the diagnostics other servers and linters published
//! for a document, forwarded by the editor (Neovim sends a codeAction request only its own
//! client's diagnostics, and hovers carry none). Kept per document, a full replacement each time;
//! diagnostics computed for an older version of an open document are refused.

use std::collections::HashSet;
use std::sync::Arc;

use tower_lsp_server::ls_types::{Diagnostic, DidSaveTextDocumentParams};
use tower_lsp_server::Client;

use crate::engine::Reported;
use crate::fingerprint::{fingerprint, Fingerprint};
use crate::lsp::background::{observe, record_outcomes, record_sightings};
use crate::lsp::from_proto::{occurrence_of, occurrence_of_seen, path_of};
use crate::lsp::lsp_ext::{ExternalDiagnosticsParams, DIAGNOSTIC_SOURCE};
use crate::lsp::state::{lock, ServerState};
use crate::lsp::workspace_files::WorkspaceFiles;
use crate::occurrence::Occurrence;

pub fn did_change_external_diagnostics(
    state: &Arc<ServerState>,
    client: &Client,
    params: ExternalDiagnosticsParams,
) {
    let uri = params.uri;
    let (open_version, language, text) = match lock(&state.documents).get(&uri) {
        Some(document) => (
            Some(document.version),
            Some(document.language_id.clone()),
            Some(document.text.to_string()),
        ),
        None => (None, None, None),
    };
    if let (Some(version), Some(open_version)) = (params.version, open_version) {
        if version < open_version {
            tracing::info!(
                "refused diagnostics from {} for {} version {version}: the document is at \
                 {open_version}",
                params.origin,
                uri.as_str()
            );
            return;
        }
    }
    // selfheal's own diagnostics are not external, whatever the editor forwarded.
    let diagnostics: Vec<Diagnostic> = params
        .diagnostics
        .into_iter()
        .filter(|d| d.source.as_deref() != Some(DIAGNOSTIC_SOURCE))
        .collect();
    let file = path_of(&uri).map(|path| path.display().to_string());
    let occurrences: Vec<Occurrence> = diagnostics
        .iter()
        .map(|diagnostic| {
            occurrence_of(
                diagnostic,
                file.as_deref(),
                None,
                language.as_deref(),
                text.as_deref(),
            )
        })
        .collect();
    let reported: Vec<Reported> = occurrences.iter().map(Reported::of).collect();
    let previous: HashSet<Fingerprint> = {
        let mut all = lock(&state.diagnostics);
        let previous = all
            .seen_for(&uri)
            .into_iter()
            .filter(|seen| seen.occurrence.is_none())
            .map(|seen| {
                fingerprint(&occurrence_of(
                    &seen.diagnostic,
                    None,
                    None,
                    language.as_deref(),
                    text.as_deref(),
                ))
            })
            .collect();
        all.set_external(uri.clone(), diagnostics);
        previous
    };
    let judged = lock(&state.fixes).judge_external(&uri, params.version, &reported);
    record_outcomes(state, client, judged);
    // A sighting is an error appearing, not each republish of it while it stays.
    let appeared: Vec<Occurrence> = occurrences
        .into_iter()
        .filter(|occurrence| !previous.contains(&fingerprint(occurrence)))
        .collect();
    record_sightings(state, appeared);
}

/// A document was saved: the learner compares it, and the other servers' diagnostics it has
/// now, with the last save (`crate::learn`). Saves, not every change: while a person types, a
/// name passes through misspellings that come and go, and none of those is a lesson.
pub fn did_save(state: &Arc<ServerState>, client: &Client, params: DidSaveTextDocumentParams) {
    let uri = params.text_document.uri;
    let encoding = state.encoding();
    let occurrences: Vec<Occurrence> = {
        let documents = lock(&state.documents);
        let Some(document) = documents.get(&uri) else {
            return;
        };
        let text = document.text.to_string();
        lock(&state.diagnostics)
            .seen_for(&uri)
            .iter()
            .filter(|seen| seen.occurrence.is_none())
            .map(|seen| occurrence_of_seen(seen, document, &text, encoding))
            .collect()
    };
    let files = WorkspaceFiles::of_documents(lock(&state.documents).iter());
    let key = format!("diagnostics of {} at save", uri.as_str());
    observe(state, client, key, occurrences, files);
}
