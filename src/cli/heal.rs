//! `selfheal heal [--yes] [--dry-run] [--min-confidence F] [--max-rounds N] [--max-tries N]
//! [--llm] [--report FILE] -- CMD…` and `selfheal propose [--yes] [--dry-run] [--report FILE]
//! -- CMD…` (one round: the LLM's proposal for the first error):
//! the terminal's side of the engine's healing loop (questions asked on the terminal, the report
//! written as JSON).

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;
use std::sync::Arc;

use anyhow::Context;

use crate::engine::heal::{heal, Ask, HealOptions};
use crate::engine::{project_name, Engine, Proposer};
use crate::generate::SymbolIndex;
use crate::llm::LlmConfig;

pub struct HealArguments<'a> {
    pub yes: bool,
    pub dry_run: bool,
    pub min_confidence: f64,
    pub max_rounds: u32,
    pub max_tries: u32,
    pub report: Option<&'a Path>,
    pub command: &'a [String],
    /// Ask the configured LLM provider when no other fix is left (`--llm`).
    pub llm: bool,
    /// `selfheal propose`: the provider's proposal for the first error, nothing else.
    pub propose_only: bool,
}

/// The configured provider. Without one, `propose` stops and says how to configure one;
/// `heal --llm` says so and heals without.
fn proposer(required: bool) -> anyhow::Result<Option<Arc<Proposer>>> {
    match LlmConfig::resolve(None) {
        Ok(config) => Ok(Some(Arc::new(Proposer::new(config)?))),
        Err(not_configured) if required => Err(anyhow::anyhow!(not_configured)),
        Err(not_configured) => {
            eprintln!("selfheal: warning: --llm: {not_configured}");
            Ok(None)
        }
    }
}

/// Asks on the terminal: the question on stderr, the answer from stdin.
struct TerminalAsk;

impl Ask for TerminalAsk {
    fn confirm(&mut self, question: &str) -> bool {
        eprint!("{question} [y/N] ");
        let _ = std::io::stderr().flush();
        let mut answer = String::new();
        match std::io::stdin().lock().read_line(&mut answer) {
            Ok(_) => matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes"),
            Err(_) => false,
        }
    }
}

pub fn run(arguments: HealArguments<'_>) -> anyhow::Result<i32> {
    if !(0.0..=1.0).contains(&arguments.min_confidence) {
        anyhow::bail!("--min-confidence must be between 0 and 1");
    }
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let patterns = crate::cli::patterns::loaded();
    let store = super::open_store();
    let proposer = match arguments.llm || arguments.propose_only {
        true => proposer(arguments.propose_only)?,
        false => None,
    };
    let options = HealOptions {
        yes: arguments.yes,
        dry_run: arguments.dry_run,
        min_confidence: arguments.min_confidence,
        max_rounds: arguments.max_rounds,
        max_tries: arguments.max_tries,
        interactive: std::io::stdin().is_terminal() && std::io::stderr().is_terminal(),
        project: project_name(&cwd),
        learning: crate::learn::Learning::for_command(&cwd, arguments.command),
        proposer,
        propose_only: arguments.propose_only,
    };
    let mut log = std::io::stderr();
    // Where names the errors miss are defined in the project, for imports.
    let symbols = SymbolIndex::lazy(&cwd);
    let report = heal(
        arguments.command,
        &cwd,
        &options,
        Engine::new(&patterns, store.as_ref())
            .with_command_line(arguments.command)
            .with_symbols(Some(&symbols)),
        &mut TerminalAsk,
        &mut log,
    )?;
    if let Some(path) = arguments.report {
        std::fs::write(path, serde_json::to_vec_pretty(&report)?)
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    // What this heal taught (its outcomes, its audit rows) goes to the team store, if any.
    if let Some(store) = store.as_ref() {
        crate::remote::sync::after_run(store, &[], std::time::Duration::from_secs(3));
    }
    Ok(report.exit_code)
}
