//! The server's writes to the local memory, each on a blocking thread of its own with a
//! database connection of its own, through the engine: sightings of errors, outcomes of fixes
//! (told to the editor's log too), and the audit entries of fixes the editor applied. Nothing
//! here is awaited by a request.

use std::sync::Arc;

use tower_lsp_server::ls_types::MessageType;
use tower_lsp_server::Client;

use super::fix_tracker::{JudgedFix, OfferedFix};
use super::state::{lock, open_writer_store, ServerState};
use crate::engine::{project_name, Engine};
use crate::occurrence::Occurrence;
use crate::pattern::PatternSet;

/// Counts each distinct error once in the store (like `selfheal run`), under the workspace's
/// project.
pub fn record_sightings(state: &Arc<ServerState>, occurrences: Vec<Occurrence>) {
    if occurrences.is_empty() {
        return;
    }
    let state = Arc::clone(state);
    tokio::spawn(async move {
        let patterns = state.patterns().await;
        let project = lock(&state.session).root.as_deref().and_then(project_name);
        let _ = tokio::task::spawn_blocking(move || {
            let Some(store) = open_writer_store() else {
                return;
            };
            let engine = Engine::new(&patterns, Some(&store));
            let errors = engine.recognise_all(occurrences);
            engine.record_sightings(&errors, project.as_deref());
        })
        .await;
    });
}

/// Records outcomes and tells the editor's log.
pub fn record_outcomes(client: &Client, judged: Vec<JudgedFix>) {
    if judged.is_empty() {
        return;
    }
    let client = client.clone();
    tokio::spawn(async move {
        let written = judged.clone();
        let stored = tokio::task::spawn_blocking(move || {
            let store = open_writer_store()?;
            let patterns = PatternSet::default();
            let engine = Engine::new(&patterns, Some(&store));
            for fix in &written {
                engine.record_outcome(
                    &fix.fix_key,
                    &fix.fingerprint,
                    fix.outcome,
                    Some(&fix.detail),
                );
            }
            Some(())
        })
        .await;
        if !matches!(stored, Ok(Some(()))) {
            return;
        }
        for fix in judged {
            client
                .log_message(
                    MessageType::INFO,
                    format!(
                        "selfheal: {} → {} ({})",
                        fix.title,
                        fix.outcome.as_str(),
                        fix.detail
                    ),
                )
                .await;
        }
    });
}

/// Writes the files an applied fix changed to the audit log (every applied fix is there and can
/// be undone: Governance).
pub fn record_applied(fix: OfferedFix) {
    tokio::task::spawn_blocking(move || {
        let Some(store) = open_writer_store() else {
            return;
        };
        let patterns = PatternSet::default();
        Engine::new(&patterns, Some(&store)).record_applied_in_editor(
            &fix.fix_key,
            &fix.fingerprint,
            &fix.files,
        );
    });
}
