//! Work a client can stop: tasks (`selfheal.runTask`) and proposals (`selfheal.proposeFix`) run
//! under a work-done progress token whose cancel button (`window/workDoneProgress/cancel`) or the
//! request's own `$/cancelRequest` stops them. Each registers a stop signal in
//! `ServerState::tasks` under its token.

use tokio::sync::watch;
use tower_lsp_server::ls_types::{NumberOrString, ProgressToken};
use tower_lsp_server::Client;

use super::state::{lock, ServerState};

/// `window/workDoneProgress/cancel`: the progress's cancel button.
pub fn cancel(state: &ServerState, token: &NumberOrString) {
    if let Some(stop) = lock(&state.tasks).get(&token_key(token)) {
        let _ = stop.send(true);
    }
}

pub fn token_key(token: &NumberOrString) -> String {
    match token {
        NumberOrString::Number(number) => number.to_string(),
        NumberOrString::String(text) => text.clone(),
    }
}

pub struct StopOnDrop(pub watch::Sender<bool>);

impl Drop for StopOnDrop {
    fn drop(&mut self) {
        let _ = self.0.send(true);
    }
}

/// Resolves when the task is told to stop (or nobody is left who could tell it to keep going).
pub async fn stop_requested(stopped: &mut watch::Receiver<bool>) {
    let _ = stopped.wait_for(|stop| *stop).await;
}

/// The progress token for work the server starts: the client's own, or a new one named
/// `selfheal-{kind}-N` when the client shows server-initiated progress; `None` otherwise.
pub async fn progress_token(
    state: &ServerState,
    client: &Client,
    client_token: Option<ProgressToken>,
    work_done_progress: bool,
    kind: &str,
) -> Option<ProgressToken> {
    match client_token {
        Some(token) => Some(token),
        None if work_done_progress => {
            let token = NumberOrString::String(format!("selfheal-{kind}-{}", state.next_id()));
            match client.create_work_done_progress(token.clone()).await {
                Ok(()) => Some(token),
                Err(error) => {
                    tracing::info!("no progress for the {kind}: {error}");
                    None
                }
            }
        }
        None => None,
    }
}
