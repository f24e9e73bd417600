//! `selfheal lsp`: the language server on stdio, one of the two edges. The only module that
//! knows about LSP and JSON-RPC; everything it knows about errors it asks the `engine`
//! (recognise, candidate fixes, explain, judge, record), translating positions, documents and
//! LSP types at the edge (`from_proto`, `to_proto`).
//!
//! Shape (after taplo-lsp and rust-analyzer): `server` implements the protocol trait and hands
//! each message to a handler in `handlers/`; `state` holds the open documents and the diagnostics
//! the server can see, under std mutexes that are never held across an `.await`; `documents`
//! keeps texts in ropes and converts positions; `from_proto`/`to_proto` translate at the edge;
//! `lsp_ext` types the custom messages; `publish` turns a finished run into diagnostics;
//! `fix_tracker` watches applied fixes; `background` writes to the store off the request path;
//! `under_cursor` picks the diagnostics a request is about; `tasks` holds the stop signals of
//! work a client can cancel (tasks, LLM proposals).
//!
//! Concurrency: the framework runs several handlers at once,
//! notifications included. Notification handlers change state synchronously before their first
//! `.await`. Slow work (capturing output, running tasks, SQLite) runs in spawned tasks whose
//! results carry a sequence number or document version, and stale ones are dropped. Every
//! handler body runs under `guard::catch_panic`, so a panic answers one request with an error
//! instead of ending the server. `transport` sits between stdio and the framework so that a
//! malformed message is answered with an error instead of ending the server.
//!
//! Pointing an LSP client at it (any client that starts a server on stdio):
//!
//! ```text
//! Neovim 0.11+   vim.lsp.config('selfheal', { cmd = { 'selfheal', 'lsp' },
//!                  filetypes = { 'rust', 'python', 'go', 'typescript', 'javascript', 'c', 'java' },
//!                  init_options = { minConfidence = 0.5, fixAllOnSave = false,
//!                                   taskCommands = { build = 'cargo build' } } })
//!                vim.lsp.enable('selfheal')
//! Helix          [language-server.selfheal]  command = "selfheal"  args = ["lsp"]
//!                and add "selfheal" to each language's `language-servers`
//! VS Code        any generic LSP client extension: command `selfheal`, args `["lsp"]`
//! ```
//!
//! Editors get more out of it when they forward what other servers publish
//! (`selfheal/didChangeExternalDiagnostics`), what ran in their terminal
//! (`selfheal/didCaptureOutput`), run a code action's command after its edit (outcome
//! tracking), and implement `selfheal.runInTerminal`; see `lsp_ext`.

mod background;
mod config;
mod documents;
mod fix_tracker;
mod from_proto;
mod guard;
mod handlers;
pub mod lsp_ext;
mod publish;
mod server;
mod server_fixes;
mod state;
mod tasks;
mod team;
mod to_proto;
mod transport;
mod under_cursor;
mod wording;
mod workspace_files;

use std::sync::{Arc, OnceLock};

use tower_lsp_server::ls_types::notification::Notification;
use tower_lsp_server::ls_types::request::Request;
use tower_lsp_server::{LspService, Server};

/// How many messages the framework handles at once. Above its default of 4 because a running
/// `selfheal.runTask` request stays pending (so that `$/cancelRequest` can stop it) and must not
/// starve edits and hovers; notifications stay ordered because their handlers never await
/// before changing state.
const CONCURRENT_MESSAGES: usize = 16;

/// The buffer of each in-memory pipe between the stdio pumps and the framework.
const PIPE_BYTES: usize = 256 * 1024;

/// Runs the language server on stdin/stdout until the client says `exit` or closes stdin. The
/// exit code is 0 when `shutdown` came first and 1 otherwise (the LSP specification's rule for
/// `exit`; a client that vanished without `shutdown` ends the same way).
pub fn run_stdio() -> anyhow::Result<i32> {
    let shutdown_requested = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .max_blocking_threads(8)
        .thread_name("selfheal-lsp")
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let state = state::ServerState::start();
        let client_slot = Arc::new(OnceLock::new());
        let (service, socket) = LspService::build({
            let state = Arc::clone(&state);
            let client_slot = Arc::clone(&client_slot);
            let shutdown_requested = Arc::clone(&shutdown_requested);
            move |client| {
                let _ = client_slot.set(client.clone());
                server::SelfhealServer::new(client, state, shutdown_requested)
            }
        })
        .custom_method(
            lsp_ext::DidChangeExternalDiagnostics::METHOD,
            server::SelfhealServer::did_change_external_diagnostics,
        )
        .custom_method(
            lsp_ext::DidCaptureOutput::METHOD,
            server::SelfhealServer::did_capture_output,
        )
        .custom_method(
            lsp_ext::WorkDoneProgressCancel::METHOD,
            server::SelfhealServer::work_done_progress_cancel,
        )
        .custom_method(
            lsp_ext::DocumentText::METHOD,
            server::SelfhealServer::document_text,
        )
        .custom_method(
            lsp_ext::DebugPanic::METHOD,
            server::SelfhealServer::debug_panic,
        )
        .finish();
        // The framework speaks to in-memory pipes; `transport` pumps the real stdio through
        // them and answers malformed messages itself (the framework would stop reading).
        let (framework_input, pumped_input) = tokio::io::duplex(PIPE_BYTES);
        let (framework_output, pumped_output) = tokio::io::duplex(PIPE_BYTES);
        let (errors, error_answers) = tokio::sync::mpsc::unbounded_channel();
        let (captured, mut captured_outputs) = tokio::sync::mpsc::unbounded_channel();
        let input = tokio::spawn(transport::pump_input(
            tokio::io::stdin(),
            pumped_input,
            errors,
            captured,
        ));
        // Terminal output decoded by the transport (see there), taken like any notification:
        // only between `initialize` and `shutdown`, a panic caught and logged.
        tokio::spawn(async move {
            while let Some(params) = captured_outputs.recv().await {
                let Some(client) = client_slot.get().filter(|_| state.serving()) else {
                    tracing::warn!(
                        "selfheal/didCaptureOutput outside initialize…shutdown; dropped"
                    );
                    continue;
                };
                guard::notification(lsp_ext::DidCaptureOutput::METHOD, async {
                    handlers::capture_output::did_capture_output(&state, client, params)
                })
                .await;
            }
        });
        let output = tokio::spawn(transport::pump_output(
            pumped_output,
            error_answers,
            tokio::io::stdout(),
        ));
        Server::new(framework_input, framework_output, socket)
            .concurrency_level(CONCURRENT_MESSAGES)
            .serve(service)
            .await;
        // The framework has dropped its end of the output pipe: let the pump write what is left.
        let _ = tokio::time::timeout(std::time::Duration::from_secs(1), output).await;
        input.abort();
    });
    // Spawned tasks (a running build) must not keep the process alive after `exit`.
    runtime.shutdown_timeout(std::time::Duration::from_millis(200));
    match shutdown_requested.load(std::sync::atomic::Ordering::SeqCst) {
        true => Ok(0),
        false => Ok(1),
    }
}

/// A diagnostic another language server published for the document `path` (its text `text`, its
/// language `language_id`), read exactly as selfheal reads a forwarded diagnostic on hover and
/// for code actions: wording bridged, span in the tool's unit, source line, the server's own fix
/// as a suggestion. `None` when `diagnostic` is not an LSP diagnostic. For tests that replay
/// recorded diagnostics without a server (`tests/lsp_wordings.rs`, `tests/patterns.rs`).
#[doc(hidden)]
pub fn forwarded_occurrence(
    diagnostic: &serde_json::Value,
    language_id: &str,
    path: &std::path::Path,
    text: &str,
) -> Option<crate::occurrence::Occurrence> {
    let diagnostic: tower_lsp_server::ls_types::Diagnostic =
        serde_json::from_value(diagnostic.clone()).ok()?;
    let uri = tower_lsp_server::ls_types::Uri::from_file_path(path)?;
    let document = documents::Document {
        uri,
        path: Some(path.to_path_buf()),
        language_id: language_id.to_string(),
        version: 1,
        text: ropey::Rope::from_str(text),
    };
    let seen = state::SeenDiagnostic {
        diagnostic,
        origin: state::DiagnosticOrigin::External,
        occurrence: None,
    };
    Some(from_proto::occurrence_of_seen(
        &seen,
        &document,
        text,
        documents::PositionEncoding::Utf16,
    ))
}
