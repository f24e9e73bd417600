//! `textDocument/hover` on an error selfheal knows: what it means, the fixes and how far each is
//! trusted here, how often it was seen and fixed on this machine, and the docs link. Uses the
//! diagnostics the server holds (forwarded and its own): hover requests carry none.

use std::fmt::Write as _;
use std::sync::Arc;

use tower_lsp_server::jsonrpc;
use tower_lsp_server::ls_types::{Hover, HoverParams, Range};

use super::{document_not_open, internal_error};
use crate::lsp::documents::{Document, PositionEncoding};
use crate::lsp::from_proto::occurrence_of_seen;
use crate::lsp::known_errors::{recognise, KnownError};
use crate::lsp::state::{lock, SeenDiagnostic, ServerState};
use crate::lsp::to_proto::hover;
use crate::pattern::{render_template, PatternSet};
use crate::store::{fix_key, Confidence, Store};

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
        .collect();
    if under.is_empty() {
        return Ok(None);
    }
    let patterns = state.patterns().await;
    let worker = Arc::clone(state);
    tokio::task::spawn_blocking(move || {
        worker.with_store(|store| describe(&patterns, store, &document, &under, encoding))
    })
    .await
    .map_err(|error| internal_error(format!("hover failed: {error}")))
}

fn describe(
    patterns: &PatternSet,
    store: Option<&Store>,
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
        let Some(known) = recognise(patterns, store, occurrence) else {
            continue;
        };
        // Two diagnostics of one error (rustc's E0412 and E0433) explain once.
        if described_patterns.contains(&known.matched.pattern.spec.id) {
            continue;
        }
        described_patterns.push(known.matched.pattern.spec.id.clone());
        sections.push(markdown(&known, store));
        range.get_or_insert(seen.diagnostic.range);
    }
    let range = range?;
    Some(hover(sections.join("\n\n---\n\n"), range))
}

/// One error's hover text.
fn markdown(known: &KnownError<'_>, store: Option<&Store>) -> String {
    let spec = &known.matched.pattern.spec;
    let value = |name: &str| known.matched.capture(name).map(str::to_string);
    let mut text = String::new();
    let _ = writeln!(text, "**{}**  ", known.title());
    let _ = writeln!(text, "`{}` · selfheal\n", spec.id);
    let _ = writeln!(text, "{}\n", known.explanation());
    for (index, fix) in spec.fixes.iter().enumerate() {
        let key = fix_key(&spec.id, index);
        let confidence = match store.map(|store| store.fix_confidence(&key, fix.confidence)) {
            Some(Ok(confidence)) => confidence,
            _ => Confidence::from_prior_and_evidence(fix.confidence, 0.0, 0.0, 0, 0, 0),
        };
        let basis = match confidence.learned {
            true => format!("learned from {} outcomes here", confidence.outcomes),
            false if confidence.outcomes > 0 => {
                format!("prior, {} outcome(s) here so far", confidence.outcomes)
            }
            false => "prior".to_string(),
        };
        let _ = writeln!(
            text,
            "- **Fix:** {} — confidence {:.0}% ({basis})",
            render_template(&fix.title, &value),
            confidence.mean * 100.0
        );
    }
    match known.history(store) {
        Some(history) => {
            let _ = writeln!(
                text,
                "\nSeen {} time(s) here, fixed {} time(s){}.",
                history.count,
                history.times_fixed,
                match history.times_fix_failed {
                    0 => String::new(),
                    failed => format!(", a fix failed {failed} time(s)"),
                }
            );
        }
        None => {
            let _ = writeln!(text, "\nFirst time selfheal sees this error here.");
        }
    }
    if let Some(docs) = &spec.docs {
        let _ = writeln!(text, "\n[Documentation]({docs})");
    }
    text
}
