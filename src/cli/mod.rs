//! The command line, one of the two edges: argument definitions and one module per subcommand,
//! each translating between arguments, the terminal and JSON reports and the engine.
//! `selfheal lsp` is parsed here but served by the other edge; `main` hands it over.

#[macro_use]
mod io;
mod explain;
mod heal;
mod history;
mod ingest;
mod patterns;
mod run;
mod scrub;
mod stats;
mod team;

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
    /// Run a command, apply the best fixes for its errors (asking first unless --yes), run it
    /// again to check, revert what did not help, and learn from every outcome.
    Heal {
        /// Apply edit fixes without asking. Shell-command fixes always ask.
        #[arg(long)]
        yes: bool,
        /// Show the fixes as diffs; change nothing.
        #[arg(long)]
        dry_run: bool,
        /// Only fixes at least this confident (0–1).
        #[arg(long, default_value_t = crate::engine::DEFAULT_MIN_CONFIDENCE, value_name = "F")]
        min_confidence: f64,
        /// Fix, re-run and check at most this many times.
        #[arg(long, default_value_t = 6, value_name = "N")]
        max_rounds: u32,
        /// Try at most this many candidate fixes for one error (a failed try is reverted).
        #[arg(long, default_value_t = 3, value_name = "N")]
        max_tries: u32,
        /// When no other fix is left for an error, ask the configured LLM provider for one (a
        /// proposal is verified like every fix: kept only if the error is gone).
        #[arg(long)]
        llm: bool,
        /// Write a JSON report of what was applied and how it went.
        #[arg(long, value_name = "FILE")]
        report: Option<PathBuf>,
        /// The command and its arguments (after `--`).
        #[arg(required = true, trailing_var_arg = true, allow_hyphen_values = true)]
        command: Vec<String>,
    },
    /// Run a command, ask the configured LLM provider for a fix of its first error, show the
    /// diff and apply it on yes; then run again to check (reverted if the error stays) and
    /// learn it, so the next time needs no LLM.
    Propose {
        /// Apply without asking.
        #[arg(long)]
        yes: bool,
        /// Show the proposal as a diff; change nothing.
        #[arg(long)]
        dry_run: bool,
        /// Write a JSON report of what was proposed, applied and how it went.
        #[arg(long, value_name = "FILE")]
        report: Option<PathBuf>,
        /// The command and its arguments (after `--`).
        #[arg(required = true, trailing_var_arg = true, allow_hyphen_values = true)]
        command: Vec<String>,
    },
    /// What the local memory holds: errors seen, top recurring, fixes applied, success rate.
    Stats {
        #[arg(long)]
        json: bool,
    },
    /// The fixes applied, newest first: id (for `undo`), time, fix, file, whether undone.
    History {
        /// How many of the newest entries to list.
        #[arg(default_value_t = 20, value_name = "N")]
        newest: usize,
        /// Only the audit entry with this id.
        #[arg(long, value_name = "ID")]
        id: Option<i64>,
        /// Also show what each fix changed, as a unified diff (before → after).
        #[arg(long)]
        diff: bool,
        #[arg(long)]
        json: bool,
    },
    /// Restore a file to its exact bytes before a fix (the last one, or the audit id given).
    Undo { id: Option<i64> },
    /// Explain an error code (`E0425`, `TS2304`) or an error message: what it means, the fixes.
    Explain {
        /// An error code, or the text of an error (quote it).
        query: String,
    },
    /// Team memory: push what this machine learned to the team store and pull the team's
    /// approved patterns (`--status`: what is queued and how the store was, without asking it).
    Sync {
        #[arg(long)]
        status: bool,
        #[arg(long)]
        json: bool,
    },
    /// The pattern library: list, show, validate, import, export.
    Patterns {
        #[command(subcommand)]
        command: patterns::PatternsCommand,
    },
    /// Run the language server on stdin/stdout (point any LSP client at `selfheal lsp`).
    /// Served by the `lsp` edge: `main` hands it over before calling [`run`].
    Lsp,
    /// Copy text to stdout with secrets and personal data replaced by `<redacted:KIND>`.
    Scrub {
        /// The text to read; `-` or nothing for stdin.
        file: Option<PathBuf>,
    },
}

/// Runs a parsed command line; the result is the process exit code.
pub fn run(cli: Cli) -> anyhow::Result<i32> {
    io::quiet_on_broken_pipe(run_command(cli))
}

fn run_command(cli: Cli) -> anyhow::Result<i32> {
    match cli.command {
        Command::Ingest { json, cwd, file } => ingest::run(file.as_deref(), cwd, json),
        Command::Scrub { file } => scrub::run(file.as_deref()),
        Command::Explain { query } => explain::run(&query),
        Command::Run { report, command } => run::run(&command, report.as_deref()),
        Command::Heal {
            yes,
            dry_run,
            min_confidence,
            max_rounds,
            max_tries,
            llm,
            report,
            command,
        } => heal::run(heal::HealArguments {
            yes,
            dry_run,
            min_confidence,
            max_rounds,
            max_tries,
            report: report.as_deref(),
            command: &command,
            llm,
            propose_only: false,
        }),
        Command::Propose {
            yes,
            dry_run,
            report,
            command,
        } => heal::run(heal::HealArguments {
            yes,
            dry_run,
            min_confidence: crate::engine::DEFAULT_MIN_CONFIDENCE,
            max_rounds: 1,
            max_tries: 1,
            report: report.as_deref(),
            command: &command,
            llm: true,
            propose_only: true,
        }),
        Command::Stats { json } => stats::stats(json),
        Command::History {
            newest,
            id,
            diff,
            json,
        } => history::run(history::HistoryArguments {
            newest,
            id,
            diff,
            json,
        }),
        Command::Undo { id } => stats::undo(id),
        Command::Patterns { command } => patterns::run(command),
        Command::Sync { status, json } => match status {
            true => team::status(json),
            false => team::sync(json),
        },
        Command::Lsp => anyhow::bail!("`selfheal lsp` is served by the language server edge"),
    }
}

/// The local database, or `None` (with a warning) when it cannot be opened: recognition and
/// explanations still work without memory; fixes are not written (nothing could undo them).
pub(crate) fn open_store() -> Option<crate::store::Store> {
    match crate::store::Store::open_default() {
        Ok(store) => Some(store),
        Err(error) => {
            eprintln!("selfheal: warning: working without memory: {error}");
            None
        }
    }
}
