//! The command line: argument definitions and one module per subcommand.

mod explain;
mod ingest;
mod io;
mod patterns;
mod run;
mod scrub;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// selfheal — remembers errors and how they were fixed.
#[derive(Debug, Parser)]
#[command(name = "selfheal", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Recognise errors in build, test or terminal output (a file, or stdin).
    Ingest {
        /// One JSON object per line: file, line, column, end_line, end_column, severity, code,
        /// message, tool, fingerprint, shape, pattern_id.
        #[arg(long)]
        json: bool,
        /// Directory the tool ran in: relative paths in its output are resolved against it.
        #[arg(long, value_name = "DIR")]
        cwd: Option<PathBuf>,
        /// The output to read; `-` or nothing for stdin.
        file: Option<PathBuf>,
    },
    /// Run a command with its output passed through, then list the errors it printed and what
    /// selfheal knows about them. Exit code = the command's.
    Run {
        /// Also write a JSON report of the recognised errors here.
        #[arg(long, value_name = "FILE")]
        report: Option<PathBuf>,
        /// The command and its arguments (after `--`).
        #[arg(required = true, trailing_var_arg = true, allow_hyphen_values = true)]
        command: Vec<String>,
    },
    /// Explain an error code (`E0425`, `TS2304`) or an error message: what it means, the fixes.
    Explain {
        /// An error code, or the text of an error (quote it).
        query: String,
    },
    /// The pattern library: list, show, validate, import, export.
    Patterns {
        #[command(subcommand)]
        command: patterns::PatternsCommand,
    },
    /// Copy text to stdout with secrets and personal data replaced by `<redacted:KIND>`.
    Scrub {
        /// The text to read; `-` or nothing for stdin.
        file: Option<PathBuf>,
    },
}

/// Runs a parsed command line; the result is the process exit code.
pub fn run(cli: Cli) -> anyhow::Result<i32> {
    match cli.command {
        Command::Ingest { json, cwd, file } => ingest::run(file.as_deref(), cwd, json),
        Command::Scrub { file } => scrub::run(file.as_deref()),
        Command::Explain { query } => explain::run(&query),
        Command::Run { report, command } => run::run(&command, report.as_deref()),
        Command::Patterns { command } => patterns::run(command),
    }
}
