//! `didOpen`, `didChange`, `didClose`: the server's copy of each open document. Changes are
//! applied synchronously, before any `.await`, in the order the client sent them; selfheal's own
//! diagnostics below an edit move with the lines it added or removed and are published again.

use std::sync::Arc;

use tower_lsp_server::ls_types::{
    DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams, Uri,
};
use tower_lsp_server::Client;

use crate::lsp::background::{record_applied, record_outcomes};
use crate::lsp::documents::Document;
use crate::lsp::from_proto::path_of;
use crate::lsp::state::{lock, ServerState};

pub fn did_open(state: &ServerState, params: DidOpenTextDocumentParams) {
    let document = params.text_document;
    lock(&state.documents).open(Document {
        path: path_of(&document.uri),
        uri: document.uri,
        language_id: document.language_id,
        version: document.version,
        text: ropey::Rope::from_str(&document.text),
    });
}

pub fn did_change(state: &Arc<ServerState>, client: &Client, params: DidChangeTextDocumentParams) {
    let uri = params.text_document.uri;
    let version = params.text_document.version;
    let encoding = state.encoding();
    let text = {
        let mut documents = lock(&state.documents);
        match documents.change(&uri, version, &params.content_changes, encoding) {
            Ok(document) => document.text.clone(),
            Err(_) => {
                tracing::warn!("didChange for {} which is not open; ignored", uri.as_str());
                return;
            }
        }
    };
    // selfheal's own diagnostics below an edit move with their text.
    let moved = {
        let mut diagnostics = lock(&state.diagnostics);
        params
            .content_changes
            .iter()
            .filter_map(|change| Some((change.range?, change.text.as_str())))
            .fold(false, |moved, (range, inserted)| {
                diagnostics.follow_edit(&uri, range, inserted, &text, encoding) | moved
            })
    };
    if moved {
        republish(state, client, uri.clone(), version);
    }
    // Outcome tracking: did this change apply an offered fix, or undo a watched one?
    let inserted: Vec<&str> = params
        .content_changes
        .iter()
        .map(|change| change.text.as_str())
        .filter(|text| !text.is_empty())
        .collect();
    let (applied, judged) = {
        let mut fixes = lock(&state.fixes);
        let applied = match inserted.is_empty() {
            true => Vec::new(),
            false => fixes.applied_by_change(&uri, &inserted, version),
        };
        let watching = fixes.watched().iter().any(|watched| watched.fix.uri == uri);
        let judged = match watching {
            true => fixes.judge_reverts(&uri, &text.to_string()),
            false => Vec::new(),
        };
        (applied, judged)
    };
    applied.into_iter().for_each(record_applied);
    record_outcomes(state, client, judged);
}

/// Publishes selfheal's diagnostics of `uri` again, after the await-free part of a change.
fn republish(state: &Arc<ServerState>, client: &Client, uri: Uri, version: i32) {
    let state = Arc::clone(state);
    let client = client.clone();
    tokio::spawn(async move {
        let _publishing = state.publishing.lock().await;
        let diagnostics = lock(&state.diagnostics).published_for(&uri);
        client
            .publish_diagnostics(uri, diagnostics, Some(version))
            .await;
    });
}

pub fn did_close(state: &ServerState, params: DidCloseTextDocumentParams) {
    lock(&state.documents).close(&params.text_document.uri);
}
