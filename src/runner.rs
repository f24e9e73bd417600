//! The one process runner: runs a command (a program with arguments, or a command line for the
//! platform's shell), passes its output through live when asked, and has the capture engine read
//! the same bytes as they arrive. Used by `selfheal run` and `heal` (and heal's shell-command
//! fixes) and by the language server's tasks, which also need a process group of their own so
//! that stopping a task kills everything it started, and a line count for their progress.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;

use crate::capture::{Capture, CaptureOptions};
use crate::occurrence::Occurrence;

/// What to run.
#[derive(Debug, Clone, Copy)]
pub enum CommandLine<'a> {
    /// A program and its arguments, run directly (no shell: `a && b` is not a pipeline).
    Program(&'a [String]),
    /// A command line run by the platform's shell, as a terminal would (`sh -c`, `cmd /C`).
    Shell(&'a str),
}

impl CommandLine<'_> {
    /// The command as a person would type it.
    pub fn display(&self) -> String {
        match self {
            CommandLine::Program(words) => words.join(" "),
            CommandLine::Shell(line) => line.to_string(),
        }
    }
}

/// A command that ran to its end (or was stopped), with the errors its output showed.
#[derive(Debug, Clone)]
pub struct FinishedRun {
    /// The command's exit code; 128 + signal number when a signal ended it.
    pub exit_code: i32,
    pub occurrences: Vec<Occurrence>,
    pub duration: Duration,
    pub output_bytes: u64,
    /// Stopped through [`RunOptions::cancel`] before it ended by itself.
    pub cancelled: bool,
    /// A person interrupted it (Ctrl-C) while it ran; see [`RunOptions::forward_interrupts`].
    pub interrupted: bool,
}

/// How to run.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// Copy the command's stdout and stderr to ours as they arrive.
    pub pass_through: bool,
    /// Ask the command for colours (our stdout is a terminal but the command's is a pipe).
    pub force_color: bool,
    /// Give the command our stdin (a person at a terminal may have to answer it); else none.
    pub inherit_stdin: bool,
    /// Start the command in a process group of its own, so that cancelling kills everything it
    /// started (`cargo` and its `rustc`s) and not only the shell.
    pub own_process_group: bool,
    /// Set to `true` to stop the command.
    pub cancel: Option<Arc<AtomicBool>>,
    /// Counts the lines of output as they arrive (progress reports).
    pub lines: Option<Arc<AtomicUsize>>,
    /// Ctrl-C goes to the command and selfheal reads on to the end of its output (the CLI);
    /// see `crate::interrupt`.
    pub forward_interrupts: bool,
}

/// How long a command gets to end by itself after an interrupt before it is passed on to it.
const INTERRUPT_GRACE: Duration = Duration::from_millis(300);

/// How often a cancellable run checks whether it was cancelled.
const CANCEL_POLL: Duration = Duration::from_millis(20);

/// Runs `command` in `cwd` and captures what it prints.
pub fn run_and_capture(
    command: CommandLine<'_>,
    cwd: &Path,
    options: &RunOptions,
) -> anyhow::Result<FinishedRun> {
    let started = Instant::now();
    let _interrupts_go_to_the_command = options
        .forward_interrupts
        .then(crate::interrupt::CommandRunning::start);
    let interrupts_before = crate::interrupt::count();
    let mut process = command_for(command)?;
    process
        .current_dir(cwd)
        .stdin(match options.inherit_stdin {
            true => Stdio::inherit(),
            false => Stdio::null(),
        })
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
    #[cfg(unix)]
    if options.own_process_group {
        use std::os::unix::process::CommandExt;
        process.process_group(0);
    }
    let mut child = process
        .spawn()
        .with_context(|| format!("cannot run `{}`", command.display()))?;
    let stdout = child.stdout.take().context("no stdout pipe")?;
    let stderr = child.stderr.take().context("no stderr pipe")?;
    let capture_options = CaptureOptions {
        cwd: Some(cwd.to_path_buf()),
    };
    let (status, cancelled, streams) = std::thread::scope(|scope| {
        let out = scope.spawn(|| {
            pump(
                stdout,
                capture_options.clone(),
                options.pass_through.then(std::io::stdout),
                options.lines.as_deref(),
            )
        });
        let err = scope.spawn(|| {
            pump(
                stderr,
                capture_options.clone(),
                options.pass_through.then(std::io::stderr),
                options.lines.as_deref(),
            )
        });
        let (status, cancelled) = wait(&mut child, options);
        let out = out.join().unwrap_or_default();
        let err = err.join().unwrap_or_default();
        (status, cancelled, [err, out])
    });
    let status = status.context("cannot wait for the command")?;
    let [(mut occurrences, err_bytes), (out_occurrences, out_bytes)] = streams;
    occurrences.extend(out_occurrences);
    Ok(FinishedRun {
        exit_code: exit_code_of(status),
        occurrences,
        duration: started.elapsed(),
        output_bytes: out_bytes + err_bytes,
        cancelled,
        interrupted: crate::interrupt::count() != interrupts_before,
    })
}

fn command_for(command: CommandLine<'_>) -> anyhow::Result<Command> {
    match command {
        CommandLine::Program(words) => {
            let (program, arguments) = words.split_first().context("no command given")?;
            let mut process = Command::new(program);
            process.args(arguments);
            Ok(process)
        }
        #[cfg(windows)]
        CommandLine::Shell(line) => {
            let mut process = Command::new("cmd");
            process.arg("/C").arg(line);
            Ok(process)
        }
        #[cfg(not(windows))]
        CommandLine::Shell(line) => {
            let mut process = Command::new("sh");
            process.arg("-c").arg(line);
            Ok(process)
        }
    }
}

/// Waits for the child, or kills it (and its process group) when cancelled; passes on an
/// interrupt it did not get itself. Returns the status and whether it was cancelled.
fn wait(
    child: &mut std::process::Child,
    options: &RunOptions,
) -> (std::io::Result<std::process::ExitStatus>, bool) {
    if options.cancel.is_none() && !options.forward_interrupts {
        return (child.wait(), false);
    }
    let mut interrupts_seen = crate::interrupt::count();
    let mut interrupted_at: Option<Instant> = None;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return (Ok(status), false),
            Ok(None) => {}
            Err(error) => return (Err(error), false),
        }
        if options.forward_interrupts {
            let now = crate::interrupt::count();
            if now != interrupts_seen {
                interrupts_seen = now;
                interrupted_at.get_or_insert_with(Instant::now);
            }
            if interrupted_at.is_some_and(|at| at.elapsed() >= INTERRUPT_GRACE) {
                crate::interrupt::forward_to(child.id());
                interrupted_at = None;
            }
        }
        if options
            .cancel
            .as_ref()
            .is_some_and(|cancel| cancel.load(Ordering::Acquire))
        {
            if options.own_process_group {
                kill_process_group(child.id());
            }
            let _ = child.kill();
            return (child.wait(), true);
        }
        std::thread::sleep(CANCEL_POLL);
    }
}

/// Kills every process of the group `leader` leads: a command the shell started (`sleep`,
/// `cargo` and its `rustc`s) would otherwise outlive it and keep the output pipes open.
fn kill_process_group(leader: u32) {
    #[cfg(unix)]
    if leader > 1 {
        // `--` so that the negative process-group id is never read as an option or signal.
        let _ = Command::new("kill")
            .args(["-s", "KILL", "--"])
            .arg(format!("-{leader}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    #[cfg(not(unix))]
    let _ = leader;
}

/// Reads a stream to its end, copying it to `echo` and through a capture of its own (stdout and
/// stderr each hold whole records; mixing their lines would split them).
fn pump(
    mut stream: impl Read,
    options: CaptureOptions,
    mut echo: Option<impl Write>,
    lines: Option<&AtomicUsize>,
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
        let chunk = &buffer[..read];
        total += read as u64;
        if let Some(echo) = echo.as_mut() {
            // A closed terminal must not stop the command or the capture.
            let _ = echo.write_all(chunk).and_then(|()| echo.flush());
        }
        if let Some(lines) = lines {
            lines.fetch_add(memchr::memchr_iter(b'\n', chunk).count(), Ordering::Relaxed);
        }
        capture.feed(chunk, &mut occurrences);
    }
    capture.finish(&mut occurrences);
    (occurrences, total)
}

/// A process's exit code; `128 + signal` for one a signal ended, as shells report it.
pub fn exit_code_of(status: std::process::ExitStatus) -> i32 {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_cancelled_shell_command_is_stopped_with_what_it_started() {
        let cancel = Arc::new(AtomicBool::new(false));
        let options = RunOptions {
            own_process_group: true,
            cancel: Some(Arc::clone(&cancel)),
            ..RunOptions::default()
        };
        let stopper = {
            let cancel = Arc::clone(&cancel);
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(200));
                cancel.store(true, Ordering::Release);
            })
        };
        let started = Instant::now();
        // The grandchild `sleep` holds the pipes: only killing the group ends the read.
        let run = run_and_capture(
            CommandLine::Shell("echo started; sleep 30 | cat; echo never"),
            Path::new("."),
            &options,
        )
        .expect("runs");
        stopper.join().unwrap();
        assert!(run.cancelled);
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn program_words_are_not_a_shell_command_line() {
        let words = vec!["echo".to_string(), "a && b".to_string()];
        let run = run_and_capture(
            CommandLine::Program(&words),
            Path::new("."),
            &RunOptions::default(),
        )
        .expect("runs");
        assert_eq!(run.exit_code, 0);
        assert_eq!(run.output_bytes, "a && b\n".len() as u64);
        assert!(!run.cancelled);
    }
}
