//! `selfheal.runTask {command?, cwd?}`: the server runs a build or test command itself (a command
//! line, or the name of one of the configured `taskCommands`), shows its progress with
//! `workDoneProgress`, and publishes what it recognised exactly like captured terminal output.
//!
//! The command runs in a spawned task. The request stays pending until the command ends and
//! answers with a summary, so that `$/cancelRequest` can stop it; `window/workDoneProgress/cancel`
//! (the progress's cancel button) stops it too. Stopping kills the process group and publishes
//! nothing. The command runs through the one process runner (`crate::runner`), in the
//! platform's shell and a process group of its own, on a blocking thread.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;
use tokio::sync::watch;
use tower_lsp_server::jsonrpc;
use tower_lsp_server::ls_types::{ExecuteCommandParams, ProgressToken};
use tower_lsp_server::Client;

use super::internal_error;
use crate::lsp::lsp_ext::{commands, RunTaskArguments, RunTaskResult};
use crate::lsp::publish::{publish_run, CommandOutput, EndedCommand};
use crate::lsp::state::{lock, ServerState};
use crate::lsp::tasks::{progress_token, stop_requested, token_key, StopOnDrop};
use crate::runner::{run_and_capture, CommandLine, RunOptions};

/// How often progress is reported while the command runs.
const PROGRESS_EVERY: Duration = Duration::from_millis(250);

/// `workspace/executeCommand` `selfheal.runTask {command?, cwd?}` (or a command line string).
pub async fn execute_command(
    state: &Arc<ServerState>,
    client: &Client,
    params: ExecuteCommandParams,
) -> jsonrpc::Result<Option<Value>> {
    let arguments: RunTaskArguments = match params.arguments.into_iter().next() {
        Some(Value::String(command)) => RunTaskArguments {
            command: Some(command),
            cwd: None,
        },
        other => serde_json::from_value(other.unwrap_or(Value::Null)).map_err(|error| {
            jsonrpc::Error::invalid_params(format!(
                "{}: invalid argument: {error}",
                commands::RUN_TASK
            ))
        })?,
    };
    let token = params.work_done_progress_params.work_done_token;
    run_task(state, client, arguments, token).await.map(Some)
}

async fn run_task(
    state: &Arc<ServerState>,
    client: &Client,
    arguments: RunTaskArguments,
    client_token: Option<ProgressToken>,
) -> jsonrpc::Result<Value> {
    let config = state.config();
    let requested =
        match arguments.command.filter(|c| !c.trim().is_empty()) {
            Some(command) => command,
            None => match config.task_commands.get("build") {
                Some(_) => "build".to_string(),
                None => return Err(jsonrpc::Error::invalid_params(
                    "selfheal.runTask needs {\"command\": a command line or the name of one of \
                     the configured taskCommands}",
                )),
            },
        };
    let command_line = config
        .task_commands
        .get(&requested)
        .cloned()
        .unwrap_or(requested);
    let (root, work_done_progress) = {
        let session = lock(&state.session);
        (session.root.clone(), session.work_done_progress)
    };
    let cwd = arguments
        .cwd
        .map(PathBuf::from)
        .or(root)
        .or_else(|| std::env::current_dir().ok())
        .ok_or_else(|| internal_error("no directory to run the task in"))?;
    let token = progress_token(state, client, client_token, work_done_progress, "task").await;
    let (stop, stopped) = watch::channel(false);
    let task_key = token.as_ref().map(token_key);
    if let Some(key) = &task_key {
        lock(&state.tasks).insert(key.clone(), stop.clone());
    }
    // Dropped with this request's future when the client cancels the request: stops the task.
    let _stop_on_drop = StopOnDrop(stop);
    let run = lock(&state.diagnostics).begin_run(&command_line);
    let task = tokio::spawn(execute(
        Arc::clone(state),
        client.clone(),
        command_line,
        cwd,
        token,
        stopped,
        run,
    ));
    let result = task.await;
    if let Some(key) = &task_key {
        lock(&state.tasks).remove(key);
    }
    match result {
        Ok(Ok(result)) => serde_json::to_value(result).map_err(internal_error),
        Ok(Err(error)) => Err(internal_error(error)),
        Err(error) => Err(internal_error(format!("the task failed: {error}"))),
    }
}

async fn execute(
    state: Arc<ServerState>,
    client: Client,
    command_line: String,
    cwd: PathBuf,
    token: Option<ProgressToken>,
    mut stopped: watch::Receiver<bool>,
    run: u64,
) -> anyhow::Result<RunTaskResult> {
    let progress = match token {
        Some(token) => Some(
            client
                .progress(token, format!("selfheal: {command_line}"))
                .with_cancel_button()
                .with_message(format!("running in {}", cwd.display()))
                .begin()
                .await,
        ),
        None => None,
    };
    let cancel = Arc::new(AtomicBool::new(false));
    let lines = Arc::new(AtomicUsize::new(0));
    let options = RunOptions {
        own_process_group: true,
        cancel: Some(Arc::clone(&cancel)),
        lines: Some(Arc::clone(&lines)),
        ..RunOptions::default()
    };
    let mut running = {
        let command_line = command_line.clone();
        let cwd = cwd.clone();
        tokio::task::spawn_blocking(move || {
            run_and_capture(CommandLine::Shell(&command_line), &cwd, &options)
        })
    };
    let mut ticker = tokio::time::interval(PROGRESS_EVERY);
    let mut stop_asked = false;
    let finished = loop {
        tokio::select! {
            finished = &mut running => break finished,
            _ = stop_requested(&mut stopped), if !stop_asked => {
                cancel.store(true, Ordering::Release);
                stop_asked = true;
            }
            _ = ticker.tick() => {
                if let Some(progress) = &progress {
                    let message = format!("{} lines of output", lines.load(Ordering::Relaxed));
                    progress.report_with_message(message, None).await;
                }
            }
        }
    };
    let finished = finished.map_err(|error| anyhow::anyhow!("the task failed: {error}"))??;
    if finished.cancelled {
        if let Some(progress) = progress {
            progress.finish_with_message("cancelled").await;
        }
        return Ok(RunTaskResult {
            command_line,
            exit_code: None,
            cancelled: true,
            recognised: 0,
            files: 0,
        });
    }
    let exit_code = finished.exit_code;
    let ended = EndedCommand {
        command_line: command_line.clone(),
        cwd: Some(cwd),
        exit_code: Some(exit_code),
        output: CommandOutput::Captured(finished.occurrences),
        truncated: false,
    };
    let published = publish_run(&state, &client, ended, run).await;
    if let Some(progress) = progress {
        progress
            .finish_with_message(format!(
                "exit code {exit_code}, {} error(s) and warning(s) recognised",
                published.recognised
            ))
            .await;
    }
    Ok(RunTaskResult {
        command_line,
        exit_code: Some(exit_code),
        cancelled: false,
        recognised: published.recognised,
        files: published.files,
    })
}
