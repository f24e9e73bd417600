//! `selfheal patterns list|show|validate|import|export`: the pattern library from the terminal.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use clap::Subcommand;

use crate::learn::library::{self as learn_library, is_learned_id, learned_file, LEARNED_FILE};
use crate::pattern::{
    builtin_sources, check_unique_ids, export_patterns, load_patterns, Pattern, PatternError,
    PatternSet,
};

#[derive(Debug, Subcommand)]
pub enum PatternsCommand {
    /// One line per pattern: id, category, title.
    List {
        /// One JSON object per pattern instead.
        #[arg(long)]
        json: bool,
        /// Only the patterns selfheal learned from fixes people made.
        #[arg(long)]
        learned: bool,
    },
    /// A pattern in full, as TOML.
    Show { id: String },
    /// Check pattern files (default: the built-in library and your imported files); exit 1 on
    /// any problem, each printed as `file: pattern `id`: what is wrong`.
    Validate { files: Vec<PathBuf> },
    /// Validate a pattern file and copy it into the data directory, where it is loaded from then on.
    Import { file: PathBuf },
    /// Remove a learned pattern (ids as `patterns list --learned` prints them).
    Forget { id: String },
    /// Print patterns as TOML (all, or only yours with --user).
    Export {
        #[arg(long)]
        user: bool,
    },
    /// The team's candidate patterns (learned on members' machines) waiting for review.
    Review {
        #[arg(long)]
        json: bool,
    },
    /// Approve a team candidate: it becomes a quick fix for everyone in the project.
    Approve { id: String },
    /// Reject a team candidate.
    Reject { id: String },
}

pub fn run(command: PatternsCommand) -> anyhow::Result<i32> {
    match command {
        PatternsCommand::List { json, learned } => list(json, learned),
        PatternsCommand::Forget { id } => forget(&id),
        PatternsCommand::Show { id } => show(&id),
        PatternsCommand::Validate { files } => validate(&files),
        PatternsCommand::Import { file } => import(&file),
        PatternsCommand::Export { user } => export(user),
        PatternsCommand::Review { json } => super::team::review(json),
        PatternsCommand::Approve { id } => super::team::decide(&id, true),
        PatternsCommand::Reject { id } => super::team::decide(&id, false),
    }
}

pub(crate) fn loaded() -> PatternSet {
    let (set, errors) = PatternSet::load_all();
    for error in errors {
        eprintln!("selfheal: warning: {error}");
    }
    set
}

fn list(json: bool, learned_only: bool) -> anyhow::Result<i32> {
    let set = loaded();
    let mut out = std::io::stdout().lock();
    for pattern in set.patterns() {
        let spec = &pattern.spec;
        if learned_only && !is_learned_id(&spec.id) {
            continue;
        }
        let title = match learned_only {
            // A learned pattern's title is the error; what it does is its fix's title.
            true => spec.fixes.first().map_or(&spec.title, |fix| &fix.title),
            false => &spec.title,
        };
        let line = match json {
            true => serde_json::json!({
                "id": spec.id, "language": spec.language, "tools": spec.tools, "codes": spec.codes,
                "category": spec.category, "title": spec.title, "fixes": spec.fixes.len(),
                "origin": pattern.origin,
            })
            .to_string(),
            false => format!(
                "{:<48} {:<18} {}",
                spec.id,
                serde_json::to_value(spec.category)?.as_str().unwrap_or(""),
                title
            ),
        };
        if writeln!(out, "{line}").is_err() {
            return Ok(0);
        }
    }
    Ok(0)
}

fn forget(id: &str) -> anyhow::Result<i32> {
    if !is_learned_id(id) {
        bail!("`{id}` is not a learned pattern (learned ids look like `python.learned-…`; see `selfheal patterns list --learned`)");
    }
    let file = learned_file().context("no data directory: set SELFHEAL_HOME or HOME")?;
    match learn_library::forget(&file, id)? {
        true => {
            outln!("forgot {id}")?;
            Ok(0)
        }
        false => bail!("no learned pattern `{id}` (see `selfheal patterns list --learned`)"),
    }
}

fn show(id: &str) -> anyhow::Result<i32> {
    let set = loaded();
    let Some(pattern) = set.get(id) else {
        bail!("no pattern `{id}` (see `selfheal patterns list`)");
    };
    outln!("# from {}", pattern.origin)?;
    out!("{}", export_patterns(&[&pattern.spec]))?;
    Ok(0)
}

fn validate(files: &[PathBuf]) -> anyhow::Result<i32> {
    let (patterns, errors) = match files.is_empty() {
        true => {
            let (set, errors) = PatternSet::load_all();
            (set.len(), errors)
        }
        false => {
            let mut all: Vec<Pattern> = Vec::new();
            let mut errors: Vec<PatternError> = Vec::new();
            for file in files {
                let (patterns, problems) = load_file(file)?;
                all.extend(patterns);
                errors.extend(problems);
            }
            errors.extend(check_unique_ids(&all));
            (all.len(), errors)
        }
    };
    for error in &errors {
        outln!("{error}")?;
    }
    match errors.is_empty() {
        true => {
            outln!("{patterns} patterns valid")?;
            Ok(0)
        }
        false => {
            outln!("{} problem(s); {patterns} patterns valid", errors.len())?;
            Ok(1)
        }
    }
}

fn load_file(file: &Path) -> anyhow::Result<(Vec<Pattern>, Vec<PatternError>)> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    Ok(load_patterns(&file.display().to_string(), &text))
}

fn import(file: &Path) -> anyhow::Result<i32> {
    let (patterns, mut errors) = load_file(file)?;
    let (existing, _) = PatternSet::load_all();
    let target_dir =
        crate::home::user_patterns_dir().context("no data directory: set SELFHEAL_HOME or HOME")?;
    let name = file.file_name().context("the file has no name")?;
    if name == LEARNED_FILE {
        bail!("{LEARNED_FILE} is the name of selfheal's own learned patterns; rename the file to import it beside them");
    }
    let target = target_dir.join(name);
    for pattern in &patterns {
        if let Some(other) = existing.get(&pattern.spec.id) {
            if Path::new(&other.origin) != target {
                errors.push(PatternError {
                    origin: file.display().to_string(),
                    pattern_id: Some(pattern.spec.id.clone()),
                    problem: format!("this id is already used by {}", other.origin),
                });
            }
        }
    }
    if !errors.is_empty() {
        for error in &errors {
            outln!("{error}")?;
        }
        outln!("not imported: {} problem(s)", errors.len())?;
        return Ok(1);
    }
    std::fs::create_dir_all(&target_dir)
        .with_context(|| format!("cannot create {}", target_dir.display()))?;
    std::fs::copy(file, &target).with_context(|| format!("cannot write {}", target.display()))?;
    outln!(
        "imported {} pattern(s) into {}",
        patterns.len(),
        target.display()
    )?;
    Ok(0)
}

fn export(user_only: bool) -> anyhow::Result<i32> {
    let set = loaded();
    let builtin: Vec<String> = builtin_sources()
        .iter()
        .map(|(name, _)| format!("builtin:{name}"))
        .collect();
    let specs: Vec<_> = set
        .patterns()
        .iter()
        .filter(|p| !user_only || !builtin.contains(&p.origin))
        .map(|p| &p.spec)
        .collect();
    out!("{}", export_patterns(&specs))?;
    Ok(0)
}
