//! Input and output helpers shared by the subcommands: opening `FILE|-`, and writing to a stdout
//! that may be a closed pipe (`selfheal ingest log | head` ends quietly).
//!
//! `println!` panics when stdout is a closed pipe (`selfheal stats --json | head -1`), so the
//! subcommands print with [`outln!`]/[`out!`], which return the write error instead; [`super::run`]
//! turns a broken pipe into a quiet end.

/// `println!` that returns the `io::Result` of the write instead of panicking on a closed pipe.
macro_rules! outln {
    ($($argument:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout().lock(), $($argument)*)
    }};
}

/// `print!` that returns the `io::Result` of the write instead of panicking on a closed pipe.
macro_rules! out {
    ($($argument:tt)*) => {{
        use std::io::Write as _;
        let mut stdout = std::io::stdout().lock();
        write!(stdout, $($argument)*).and_then(|()| stdout.flush())
    }};
}

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use anyhow::Context;

/// Opens `path`, or stdin for `None` and `-`.
pub fn open_input(path: Option<&Path>) -> anyhow::Result<Box<dyn Read>> {
    match path {
        None => Ok(Box::new(io::stdin().lock())),
        Some(path) if path == Path::new("-") => Ok(Box::new(io::stdin().lock())),
        Some(path) => {
            let file =
                File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
            Ok(Box::new(file))
        }
    }
}

/// Reads `input` in chunks until EOF, retrying interrupted reads.
pub fn for_each_chunk(
    mut input: impl Read,
    mut each: impl FnMut(&[u8]) -> io::Result<()>,
) -> anyhow::Result<()> {
    let mut buffer = vec![0u8; 256 * 1024];
    loop {
        let read = match input.read(&mut buffer) {
            Ok(0) => return Ok(()),
            Ok(read) => read,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error).context("cannot read input"),
        };
        each(&buffer[..read])?;
    }
}

/// Maps a write error to the exit path: a closed pipe is a normal end, anything else an error.
pub fn finish_output(result: anyhow::Result<()>) -> anyhow::Result<i32> {
    match result {
        Ok(()) => Ok(0),
        Err(error) => match error.downcast_ref::<io::Error>() {
            Some(io_error) if io_error.kind() == io::ErrorKind::BrokenPipe => Ok(0),
            _ => Err(error),
        },
    }
}

/// A command's result with a closed stdout counted as a normal end (exit code 0): the reader
/// (`head`, a pager) has all it wanted.
pub fn quiet_on_broken_pipe(result: anyhow::Result<i32>) -> anyhow::Result<i32> {
    match result {
        Ok(code) => Ok(code),
        Err(error) => {
            let broken_pipe = error.chain().any(|cause| {
                matches!(cause.downcast_ref::<io::Error>(), Some(io_error) if io_error.kind() == io::ErrorKind::BrokenPipe)
            });
            match broken_pipe {
                true => Ok(0),
                false => Err(error),
            }
        }
    }
}
