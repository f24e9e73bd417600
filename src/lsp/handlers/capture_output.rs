//! `selfheal/didCaptureOutput`: what ran in the editor's terminal. The run is numbered now, in
//! the order notifications arrive, and published by a spawned task (`lsp::publish`).

use std::path::PathBuf;
use std::sync::Arc;

use tower_lsp_server::Client;

use crate::lsp::lsp_ext::CaptureOutputParams;
use crate::lsp::publish::{publish_run, CommandOutput, EndedCommand};
use crate::lsp::state::{lock, ServerState};

pub fn did_capture_output(state: &Arc<ServerState>, client: &Client, params: CaptureOutputParams) {
    let run = lock(&state.diagnostics).begin_run(&params.command_line);
    let ended = EndedCommand {
        command_line: params.command_line,
        cwd: params.cwd.filter(|cwd| !cwd.is_empty()).map(PathBuf::from),
        exit_code: params.exit_code,
        output: CommandOutput::Text(vec![params.output]),
        truncated: params.truncated,
    };
    let state = Arc::clone(state);
    let client = client.clone();
    tokio::spawn(async move {
        publish_run(&state, &client, ended, run).await;
    });
}
