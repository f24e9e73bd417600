//! `textDocument/hover` on an error selfheal knows: the engine's explanation (the same Markdown
//! as `selfheal explain`: what it means, the fixes and how far each is trusted here, how often it
//! was seen and fixed on this machine, the docs link). Uses the diagnostics the server holds
//! (forwarded and its own): hover requests carry none.

use std::sync::Arc;

use tower_lsp_server::jsonrpc;
use tower_lsp_server::ls_types::{Hover, HoverParams, Range};

use super::{document_not_open, internal_error};
use crate::engine::Engine;
use crate::lsp::documents::{Document, PositionEncoding};
use crate::lsp::from_proto::{is_part_of_another, occurrence_of_seen};
use crate::lsp::state::{lock, SeenDiagnostic, ServerState};
use crate::lsp::to_proto::hover;

pub async fn hover_request(
    state: &Arc<ServerState>,
    params: HoverParams,
) -> jsonrpc::Result<Option<Hover>> {
    let uri = params.text_document_position_params.text_document.uri;
    let position = params.text_document_position_params.position;
    let encoding = state.encoding();
    let document = lock(&state.documents)
        .get(&uri)
        .cloned()
        .ok_or_else(|| document_not_open(&uri))?;
    let under: Vec<SeenDiagnostic> = lock(&state.diagnostics)
        .seen_for(&uri)
        .into_iter()
        .filter(|seen| {
            let range = seen.diagnostic.range;
            range.start <= position && position <= range.end
        })
        .filter(|seen| !is_part_of_another(&seen.diagnostic))
        .collect();
    if under.is_empty() {
        return Ok(None);
    }
    let patterns = state.patterns().await;
    let worker = Arc::clone(state);
    tokio::task::spawn_blocking(move || {
        worker.with_store(|store| {
            describe(Engine::new(&patterns, store), &document, &under, encoding)
        })
    })
    .await
    .map_err(|error| internal_error(format!("hover failed: {error}")))
}

fn describe(
    engine: Engine<'_>,
    document: &Document,
    under: &[SeenDiagnostic],
    encoding: PositionEncoding,
) -> Option<Hover> {
    let text = document.text.to_string();
    let mut sections: Vec<String> = Vec::new();
    let mut range: Option<Range> = None;
    let mut described_patterns = Vec::new();
    for seen in under {
        let occurrence = occurrence_of_seen(seen, document, &text, encoding);
        let known = engine.recognise(occurrence);
        let Some(pattern_id) = known.pattern_id() else {
            // No pattern knows it; if it keeps coming back, say so and how to teach a fix.
            if let Some(note) = engine.explain_error(&known) {
                sections.push(note);
                range.get_or_insert(seen.diagnostic.range);
            }
            continue;
        };
        // Two diagnostics of one error (rustc's E0412 and E0433) explain once.
        if described_patterns.iter().any(|id| id == pattern_id) {
            continue;
        }
        described_patterns.push(pattern_id.to_string());
        sections.extend(engine.explain_error(&known));
        range.get_or_insert(seen.diagnostic.range);
    }
    let range = range?;
    Some(hover(sections.join("\n\n---\n\n"), range))
}
