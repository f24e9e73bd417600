//! Runs a command the way a person would see it — its output passed through live — while the
//! capture engine reads the same bytes. Shared by `selfheal run`, `selfheal heal` and the
//! language server's tasks.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::Context;

use crate::capture::{Capture, CaptureOptions};
use crate::occurrence::Occurrence;

/// What a finished command printed and how it ended.
#[derive(Debug, Clone)]
pub struct RunOutcome {
    /// The command's exit code; 128 + signal number when a signal ended it.
    pub exit_code: i32,
    pub occurrences: Vec<Occurrence>,
    pub duration: Duration,
    pub output_bytes: u64,
}

/// How to run.
#[derive(Debug, Clone, Copy, Default)]
pub struct RunOptions {
    /// Copy the command's stdout and stderr to ours as they arrive.
    pub pass_through: bool,
    /// Ask the command for colours (our stdout is a terminal but the command's is a pipe).
    pub force_color: bool,
}

/// Runs `command` (program and arguments) in `cwd` and captures what it prints.
pub fn run_and_capture(
    command: &[String],
    cwd: &Path,
    options: RunOptions,
) -> anyhow::Result<RunOutcome> {
    let (program, arguments) = command.split_first().context("no command given")?;
    let started = Instant::now();
    let mut process = Command::new(program);
    process
        .args(arguments)
        .current_dir(cwd)
        .stdin(Stdio::inherit())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if options.force_color {
        for (name, value) in [
            ("CARGO_TERM_COLOR", "always"),
            ("FORCE_COLOR", "1"),
            ("CLICOLOR_FORCE", "1"),
            ("PY_COLORS", "1"),
            ("MYPY_FORCE_COLOR", "1"),
        ] {
            process.env(name, value);
        }
    }
    let mut child = process
        .spawn()
        .with_context(|| format!("cannot run `{program}`"))?;
    let stdout = child.stdout.take().expect("piped");
    let stderr = child.stderr.take().expect("piped");
    let capture_options = CaptureOptions {
        cwd: Some(cwd.to_path_buf()),
    };
    let (out_occurrences, out_bytes, err_occurrences, err_bytes) = std::thread::scope(|scope| {
        let out = scope.spawn(|| {
            pump(
                stdout,
                capture_options.clone(),
                options.pass_through.then(std::io::stdout),
            )
        });
        let err = scope.spawn(|| {
            pump(
                stderr,
                capture_options.clone(),
                options.pass_through.then(std::io::stderr),
            )
        });
        let (a, b) = out.join().unwrap_or_default();
        let (c, d) = err.join().unwrap_or_default();
        (a, b, c, d)
    });
    let status = child.wait().context("cannot wait for the command")?;
    let mut occurrences = err_occurrences;
    occurrences.extend(out_occurrences);
    Ok(RunOutcome {
        exit_code: exit_code_of(status),
        occurrences,
        duration: started.elapsed(),
        output_bytes: out_bytes + err_bytes,
    })
}

/// Reads a stream to its end, copying it to `echo` and through a capture of its own (stdout and
/// stderr each hold whole records; mixing their lines would split them).
fn pump(
    mut stream: impl Read,
    options: CaptureOptions,
    mut echo: Option<impl Write>,
) -> (Vec<Occurrence>, u64) {
    let mut capture = Capture::new(options);
    let mut occurrences = Vec::new();
    let mut buffer = vec![0u8; 64 * 1024];
    let mut total = 0u64;
    loop {
        let read = match stream.read(&mut buffer) {
            Ok(0) => break,
            Ok(read) => read,
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => break,
        };
        total += read as u64;
        if let Some(echo) = echo.as_mut() {
            // A closed terminal must not stop the command or the capture.
            let _ = echo.write_all(&buffer[..read]).and_then(|()| echo.flush());
        }
        capture.feed(&buffer[..read], &mut occurrences);
    }
    capture.finish(&mut occurrences);
    (occurrences, total)
}

/// A process's exit code; `128 + signal` for one a signal ended, as shells report it.
pub(crate) fn exit_code_of(status: std::process::ExitStatus) -> i32 {
    if let Some(code) = status.code() {
        return code;
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return 128 + signal;
        }
    }
    1
}
