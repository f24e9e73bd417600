//! The server's writes to the local memory, each on a blocking thread of its own with a
//! database connection of its own, through the engine: sightings of errors, outcomes of fixes
//! (told to the editor's log too), and the audit entries of fixes the editor applied. Nothing
//! here is awaited by a request.

use std::collections::HashSet;
use std::sync::Arc;

use tower_lsp_server::ls_types::MessageType;
use tower_lsp_server::Client;

use super::fix_tracker::{JudgedFix, OfferedFix};
use super::state::{lock, open_writer_store, ServerState};
use super::workspace_files::WorkspaceFiles;
use crate::engine::{is_proposal_key, project_name, Engine};
use crate::occurrence::Occurrence;
use crate::pattern::PatternSet;
use crate::store::{Outcome, ProposalStatus};

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
            super::team::sync_after_run(
                errors
                    .iter()
                    .map(|error| error.fingerprint.0.clone())
                    .collect(),
            );
        })
        .await;
    });
}

/// One observation for the learner: errors from one source (a command line in a directory, or
/// one document's forwarded diagnostics at a save) and the files as the editor has them.
pub struct Observe {
    key: String,
    occurrences: Vec<Occurrence>,
    files: WorkspaceFiles,
}

/// Learns from what a person changed since these errors were last seen (`crate::learn`), on the
/// learner's own thread, in the order observations arrive. A learned pattern is announced and
/// the library loaded again, so the next quick fix can use it.
pub fn observe(
    state: &Arc<ServerState>,
    client: &Client,
    key: String,
    occurrences: Vec<Occurrence>,
    files: WorkspaceFiles,
) {
    if !crate::learn::enabled() {
        return;
    }
    let job = Observe {
        key,
        occurrences,
        files,
    };
    let mut learner = lock(&state.learner);
    if learner.is_none() {
        *learner = start_learner(state, client);
    }
    if let Some(sender) = learner.as_ref() {
        let _ = sender.send(job);
    }
}

fn start_learner(
    state: &Arc<ServerState>,
    client: &Client,
) -> Option<std::sync::mpsc::Sender<Observe>> {
    let learned_file = crate::learn::library::learned_file()?;
    let (sender, jobs) = std::sync::mpsc::channel::<Observe>();
    let state = Arc::clone(state);
    let client = client.clone();
    let runtime = tokio::runtime::Handle::current();
    std::thread::Builder::new()
        .name("selfheal-learner".into())
        .spawn(move || {
            let store = open_writer_store();
            for job in jobs {
                let patterns = state.patterns_blocking();
                let engine = Engine::new(&patterns, store.as_ref());
                let errors = engine.recognise_all(job.occurrences);
                let observation =
                    engine.observe_run(&job.key, &errors, Some(&learned_file), &job.files);
                if observation.learned.is_empty() {
                    continue;
                }
                state.reload_patterns();
                let client = client.clone();
                runtime.spawn(async move {
                    for lesson in observation.learned {
                        let text = lesson.describe();
                        client.log_message(MessageType::INFO, text.clone()).await;
                        client.show_message(MessageType::INFO, text).await;
                    }
                });
            }
        })
        .ok()?;
    Some(sender)
}

/// Records outcomes and tells the editor's log. A proposal's outcome moves it on (verified or
/// rejected), and a proposal that worked is learned as a pattern: the next time needs no LLM.
pub fn record_outcomes(state: &Arc<ServerState>, client: &Client, judged: Vec<JudgedFix>) {
    if judged.is_empty() {
        return;
    }
    let client = client.clone();
    let state = Arc::clone(state);
    tokio::spawn(async move {
        let written = judged.clone();
        let stored = tokio::task::spawn_blocking(move || {
            let store = open_writer_store()?;
            let patterns = PatternSet::default();
            let engine = Engine::new(&patterns, Some(&store));
            let mut learned = Vec::new();
            for fix in &written {
                engine.record_outcome(
                    &fix.fix_key,
                    &fix.fingerprint,
                    &fix.title,
                    fix.outcome,
                    Some(&fix.detail),
                );
                learned.extend(judge_proposal(&engine, fix));
            }
            Some(learned)
        })
        .await;
        let Ok(Some(learned)) = stored else {
            return;
        };
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
        if !learned.is_empty() {
            state.reload_patterns();
        }
        for text in learned {
            client.log_message(MessageType::INFO, text.clone()).await;
            client.show_message(MessageType::INFO, text).await;
        }
    });
}

/// A proposal's status after its outcome, and its lesson when it worked; the line to show when
/// something was learned.
fn judge_proposal(engine: &Engine<'_>, fix: &JudgedFix) -> Option<String> {
    if !is_proposal_key(&fix.fix_key) {
        return None;
    }
    let status = match fix.outcome {
        Outcome::Success => ProposalStatus::Verified,
        _ => ProposalStatus::Rejected,
    };
    engine.update_proposal(&fix.fix_key, status, Some(&fix.detail));
    let (occurrence, before, after) = fix.lesson.as_ref()?;
    if !crate::learn::enabled() {
        return None;
    }
    let learned_file = crate::learn::library::learned_file()?;
    // The outcome was judged already: the error is gone and the changed lines have none.
    match engine.learn_from_fix(
        occurrence,
        before,
        after,
        &HashSet::new(),
        &[],
        &learned_file,
    ) {
        Ok(learned) => {
            engine.update_proposal(&fix.fix_key, ProposalStatus::Learned, None);
            learned.map(|learned| learned.describe())
        }
        Err(why) => {
            tracing::info!("a proposal that worked was not learned: {}", why.0);
            None
        }
    }
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
