//! One handler per feature (after taplo-lsp's `handlers/`). `server.rs` only routes here; a
//! handler never imports another: what several share lives one level up (`publish`,
//! `background`, `fix_tracker`, `state`).

pub mod capture_output;
pub mod code_action;
pub mod commands;
pub mod external_diagnostics;
pub mod hover;
pub mod propose_fix;
pub mod run_task;
pub mod text_sync;

use tower_lsp_server::jsonrpc;
use tower_lsp_server::ls_types::Uri;

/// The error for a request about a document the client did not open (or already closed).
pub fn document_not_open(uri: &Uri) -> jsonrpc::Error {
    jsonrpc::Error::invalid_params(format!(
        "{} is not open: send textDocument/didOpen first",
        uri.as_str()
    ))
}

/// The error for work that failed inside the server.
pub fn internal_error(message: impl std::fmt::Display) -> jsonrpc::Error {
    jsonrpc::Error {
        code: jsonrpc::ErrorCode::InternalError,
        message: message.to_string().into(),
        data: None,
    }
}
