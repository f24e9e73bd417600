//! `selfheal heal [--yes] [--dry-run] [--min-confidence F] [--max-rounds N] [--report FILE] -- CMD…`

use std::io::IsTerminal;
use std::path::Path;

use anyhow::Context;

use crate::heal::{heal, HealOptions, TerminalAsk};

pub struct HealArguments<'a> {
    pub yes: bool,
    pub dry_run: bool,
    pub min_confidence: f64,
    pub max_rounds: u32,
    pub report: Option<&'a Path>,
    pub command: &'a [String],
}

pub fn run(arguments: HealArguments<'_>) -> anyhow::Result<i32> {
    if !(0.0..=1.0).contains(&arguments.min_confidence) {
        anyhow::bail!("--min-confidence must be between 0 and 1");
    }
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let patterns = crate::cli::patterns::loaded();
    let store = super::open_store();
    let options = HealOptions {
        yes: arguments.yes,
        dry_run: arguments.dry_run,
        min_confidence: arguments.min_confidence,
        max_rounds: arguments.max_rounds.max(1),
        interactive: std::io::stdin().is_terminal() && std::io::stderr().is_terminal(),
        project: super::project_name(&cwd),
    };
    let mut log = std::io::stderr();
    let report = heal(
        arguments.command,
        &cwd,
        &options,
        &patterns,
        store.as_ref(),
        &mut TerminalAsk,
        &mut log,
    )?;
    if let Some(path) = arguments.report {
        std::fs::write(path, serde_json::to_vec_pretty(&report)?)
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(report.exit_code)
}
