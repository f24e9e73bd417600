//! `selfheal.runTask {command?, cwd?}`: the server runs a build or test command itself (a command
//! line, or the name of one of the configured `taskCommands`), shows its progress with
//! `workDoneProgress`, and publishes what it recognised exactly like captured terminal output.
//!
//! The command runs in a spawned task. The request stays pending until the command ends and
//! answers with a summary, so that `$/cancelRequest` can stop it; `window/workDoneProgress/cancel`
//! (the progress's cancel button) stops it too. Stopping kills the process and publishes nothing.

use std::path::PathBuf;
use std::process::Stdio;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;
use tokio::io::{AsyncRead, AsyncReadExt};
use tokio::sync::watch;
use tower_lsp_server::jsonrpc;
use tower_lsp_server::ls_types::{NumberOrString, ProgressToken};
use tower_lsp_server::Client;

use super::capture_output::{publish_run, FinishedRun};
use super::internal_error;
use crate::lsp::lsp_ext::{RunTaskArguments, RunTaskResult};
use crate::lsp::state::{lock, ServerState};
use crate::runner::exit_code_of;

/// Output kept per stream; the rest is counted, not kept.
const OUTPUT_KEPT_PER_STREAM: usize = 32 * 1024 * 1024;

/// How often progress is reported while the command runs.
const PROGRESS_EVERY: Duration = Duration::from_millis(250);

pub async fn run_task(
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
    let token = match client_token {
        Some(token) => Some(token),
        None if work_done_progress => {
            let token = NumberOrString::String(format!("selfheal-task-{}", state.next_id()));
            match client.create_work_done_progress(token.clone()).await {
                Ok(()) => Some(token),
                Err(error) => {
                    tracing::info!("no progress for the task: {error}");
                    None
                }
            }
        }
        None => None,
    };
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

/// `window/workDoneProgress/cancel`: the progress's cancel button.
pub fn cancel(state: &ServerState, token: &NumberOrString) {
    if let Some(stop) = lock(&state.tasks).get(&token_key(token)) {
        let _ = stop.send(true);
    }
}

fn token_key(token: &NumberOrString) -> String {
    match token {
        NumberOrString::Number(number) => number.to_string(),
        NumberOrString::String(text) => text.clone(),
    }
}

struct StopOnDrop(watch::Sender<bool>);

impl Drop for StopOnDrop {
    fn drop(&mut self) {
        let _ = self.0.send(true);
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
    let mut command = shell(&command_line);
    command
        .current_dir(&cwd)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    #[cfg(unix)]
    command.process_group(0);
    let mut child = command
        .spawn()
        .map_err(|error| anyhow::anyhow!("cannot run `{command_line}`: {error}"))?;
    let lines = Arc::new(AtomicUsize::new(0));
    let stdout = child
        .stdout
        .take()
        .map(|out| tokio::spawn(read_all(out, Arc::clone(&lines))));
    let stderr = child
        .stderr
        .take()
        .map(|err| tokio::spawn(read_all(err, Arc::clone(&lines))));
    let mut ticker = tokio::time::interval(PROGRESS_EVERY);
    let status = loop {
        tokio::select! {
            status = child.wait() => break Some(status?),
            _ = stop_requested(&mut stopped) => {
                kill_process_group(&child);
                let _ = child.kill().await;
                break None;
            }
            _ = ticker.tick() => {
                if let Some(progress) = &progress {
                    let message = format!("{} lines of output", lines.load(Ordering::Relaxed));
                    progress.report_with_message(message, None).await;
                }
            }
        }
    };
    let mut streams = Vec::new();
    let mut truncated = false;
    for reader in [stderr, stdout].into_iter().flatten() {
        // A stopped task's grandchildren may hold its pipes open a while longer.
        let (text, cut) = match status {
            Some(_) => reader.await.unwrap_or_default(),
            None => tokio::time::timeout(Duration::from_secs(2), reader)
                .await
                .ok()
                .and_then(Result::ok)
                .unwrap_or_default(),
        };
        streams.push(text);
        truncated |= cut;
    }
    let Some(status) = status else {
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
    };
    let exit_code = exit_code_of(status);
    let finished = FinishedRun {
        command_line: command_line.clone(),
        cwd: Some(cwd),
        exit_code: Some(exit_code),
        streams,
        truncated,
    };
    let published = publish_run(&state, &client, finished, run).await;
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

/// Resolves when the task is told to stop (or nobody is left who could tell it to keep going).
/// Kills everything the task started: the shell runs in a process group of its own, and a
/// command it started (`sleep`, `cargo` and its `rustc`s) would otherwise outlive it and keep its
/// pipes open.
fn kill_process_group(child: &tokio::process::Child) {
    #[cfg(unix)]
    if let Some(pid) = child.id().filter(|pid| *pid > 1) {
        // `--` so that the negative process-group id is never read as an option or signal.
        let _ = std::process::Command::new("kill")
            .args(["-s", "KILL", "--"])
            .arg(format!("-{pid}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    #[cfg(not(unix))]
    let _ = child;
}

async fn stop_requested(stopped: &mut watch::Receiver<bool>) {
    let _ = stopped.wait_for(|stop| *stop).await;
}

/// The command line run by the platform's shell, as a terminal would.
fn shell(command_line: &str) -> tokio::process::Command {
    #[cfg(windows)]
    {
        let mut command = tokio::process::Command::new("cmd");
        command.arg("/C").arg(command_line);
        command
    }
    #[cfg(not(windows))]
    {
        let mut command = tokio::process::Command::new("sh");
        command.arg("-c").arg(command_line);
        command
    }
}

/// Reads a stream to its end, keeping up to `OUTPUT_KEPT_PER_STREAM` bytes and counting lines.
async fn read_all(mut stream: impl AsyncRead + Unpin, lines: Arc<AtomicUsize>) -> (String, bool) {
    let mut kept = Vec::new();
    let mut truncated = false;
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        let read = match stream.read(&mut buffer).await {
            Ok(0) | Err(_) => break,
            Ok(read) => read,
        };
        let chunk = &buffer[..read];
        lines.fetch_add(memchr::memchr_iter(b'\n', chunk).count(), Ordering::Relaxed);
        let room = OUTPUT_KEPT_PER_STREAM.saturating_sub(kept.len());
        truncated |= chunk.len() > room;
        kept.extend_from_slice(&chunk[..chunk.len().min(room)]);
    }
    (String::from_utf8_lossy(&kept).into_owned(), truncated)
}
