//! The healing loop behind `selfheal heal`: run the command, pick the most trusted fix for each
//! error, show it and ask, apply it, run again, keep what helped and revert byte for byte what did
//! not, and record every outcome so confidence follows experience.

use std::collections::HashSet;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use crate::fingerprint::Fingerprint;
use crate::fix::{
    apply_patch, apply_patch_to_text, plan_fixes, render_diff, sha256_hex, AppliedPatch, Disk,
    FixAction, FixPlan,
};
use crate::lookup::{group_findings, Finding};
use crate::occurrence::Severity;
use crate::pattern::PatternSet;
use crate::runner::{run_and_capture, RunOptions};
use crate::store::{AppliedFix, Outcome, Store};

/// How to heal.
#[derive(Debug, Clone)]
pub struct HealOptions {
    pub yes: bool,
    pub dry_run: bool,
    pub min_confidence: f64,
    pub max_rounds: u32,
    /// Whether a person is at a terminal to answer questions.
    pub interactive: bool,
    pub project: Option<String>,
}

/// Asks a person yes or no.
pub trait Ask {
    fn confirm(&mut self, question: &str) -> bool;
}

/// Asks on the terminal: the question on stderr, the answer from stdin.
pub struct TerminalAsk;

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

/// What one heal did, for the report.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct HealReport {
    pub rounds: u32,
    pub exit_code: i32,
    pub applied: Vec<AppliedRecord>,
    pub remaining_errors: usize,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct AppliedRecord {
    pub fix_key: String,
    pub title: String,
    pub fingerprint: String,
    pub files: Vec<PathBuf>,
    pub outcome: &'static str,
}

/// A chosen fix for one finding.
struct Chosen<'a> {
    finding: &'a Finding,
    plan: FixPlan,
    confidence: f64,
}

/// A fix that was applied this round, with what is needed to judge and revert it.
struct Applied {
    fingerprint: Fingerprint,
    plan: FixPlan,
    patches: Vec<AppliedPatch>,
    audit_ids: Vec<i64>,
}

pub fn heal(
    command: &[String],
    cwd: &Path,
    options: &HealOptions,
    patterns: &PatternSet,
    store: Option<&Store>,
    ask: &mut dyn Ask,
    log: &mut dyn Write,
) -> anyhow::Result<HealReport> {
    let quiet = RunOptions {
        pass_through: false,
        force_color: false,
    };
    let first_run = RunOptions {
        pass_through: true,
        force_color: options.interactive,
    };
    let observe = |run_options| -> anyhow::Result<Observed> {
        let outcome = run_and_capture(command, cwd, run_options)?;
        let observed = Observed {
            exit_code: outcome.exit_code,
            findings: group_findings(outcome.occurrences),
        };
        record_occurrences(store, &observed, patterns, options);
        Ok(observed)
    };
    let mut last = observe(first_run)?;
    let mut report = HealReport::default();
    let mut attempted: HashSet<Fingerprint> = HashSet::new();
    for round in 1..=options.max_rounds {
        let findings = &last.findings;
        // Errors first, then warnings: a warning with a trusted fix (an unused import, a missing
        // header) is worth fixing too, under the same checks.
        let targets: Vec<&Finding> = findings
            .iter()
            .filter(|f| f.occurrence.severity == Severity::Error)
            .chain(
                findings
                    .iter()
                    .filter(|f| f.occurrence.severity == Severity::Warning),
            )
            .collect();
        if targets.is_empty() && last.exit_code == 0 {
            break;
        }
        let chosen = choose_fixes(&targets, patterns, store, options, &mut attempted);
        if chosen.is_empty() {
            if last.errors() > 0 || last.exit_code != 0 {
                writeln!(
                    log,
                    "selfheal: no fix above {:.0}% confidence for the remaining errors",
                    options.min_confidence * 100.0
                )?;
            }
            break;
        }
        report.rounds = round;
        let mut applied = Vec::new();
        for choice in chosen {
            if let Some(done) = offer(choice, options, store, ask, log)? {
                applied.push(done);
            }
        }
        if options.dry_run || applied.is_empty() {
            break;
        }
        writeln!(
            log,
            "selfheal: re-running `{}` to check the fix(es)…",
            command.join(" ")
        )?;
        let after = observe(quiet)?;
        let reverted = judge(&last, &after, applied, store, log, &mut report)?;
        last = match reverted {
            true => observe(quiet)?,
            false => after,
        };
        writeln!(
            log,
            "selfheal: after round {round}: exit code {}, {} error(s)",
            last.exit_code,
            last.errors()
        )?;
    }
    report.exit_code = last.exit_code;
    report.remaining_errors = last.errors();
    Ok(report)
}

/// One run of the command, its occurrences grouped once into findings.
struct Observed {
    exit_code: i32,
    findings: Vec<Finding>,
}

impl Observed {
    fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.occurrence.severity == Severity::Error)
            .count()
    }
}

fn record_occurrences(
    store: Option<&Store>,
    observed: &Observed,
    patterns: &PatternSet,
    options: &HealOptions,
) {
    let Some(store) = store else { return };
    for finding in &observed.findings {
        let pattern_id = finding.pattern(patterns).map(|m| m.pattern.spec.id.clone());
        if let Err(error) = store.record_occurrence(
            &finding.occurrence,
            &finding.fingerprint,
            &finding.shape,
            pattern_id.as_deref(),
            options.project.as_deref(),
        ) {
            tracing::warn!("not recorded: {error}");
        }
    }
}

/// The most trusted applicable fix of each error, then per file only the most trusted of those
/// (errors before warnings): a second edit to the same file would be planned against line numbers
/// the first one moved, and the most trusted fix is usually the root cause — a missing header
/// before the "expected `;`" it set off.
fn choose_fixes<'a>(
    targets: &[&'a Finding],
    patterns: &PatternSet,
    store: Option<&Store>,
    options: &HealOptions,
    attempted: &mut HashSet<Fingerprint>,
) -> Vec<Chosen<'a>> {
    let mut candidates: Vec<Chosen<'a>> = Vec::new();
    for finding in targets {
        if attempted.contains(&finding.fingerprint) {
            continue;
        }
        let Some(matched) = finding.pattern(patterns) else {
            continue;
        };
        let mut best: Option<(FixPlan, f64)> = None;
        for plan in plan_fixes(&matched, &finding.occurrence, &Disk)
            .into_iter()
            .flatten()
        {
            let confidence = match store.map(|s| s.fix_confidence(&plan.fix_key, plan.prior)) {
                Some(Ok(confidence)) => confidence.mean,
                _ => plan.prior,
            };
            let usable = match &plan.action {
                FixAction::Edit(patches) => !patches.is_empty(),
                FixAction::Command(_) => options.interactive,
            };
            if usable
                && confidence >= options.min_confidence
                && best.as_ref().is_none_or(|(_, c)| confidence > *c)
            {
                best = Some((plan, confidence));
            }
        }
        if let Some((plan, confidence)) = best {
            candidates.push(Chosen {
                finding,
                plan,
                confidence,
            });
        }
    }
    let is_error = |c: &Chosen<'_>| c.finding.occurrence.severity == Severity::Error;
    candidates.sort_by(|a, b| {
        is_error(b)
            .cmp(&is_error(a))
            .then(b.confidence.total_cmp(&a.confidence))
    });
    let mut chosen = Vec::new();
    let mut files_taken: HashSet<PathBuf> = HashSet::new();
    for candidate in candidates {
        if let FixAction::Edit(patches) = &candidate.plan.action {
            if patches.iter().any(|p| files_taken.contains(&p.path)) {
                continue;
            }
            files_taken.extend(patches.iter().map(|p| p.path.clone()));
        }
        attempted.insert(candidate.finding.fingerprint.clone());
        chosen.push(candidate);
    }
    chosen
}

/// Shows a fix, asks, applies it. `None` when it was not applied.
fn offer(
    choice: Chosen<'_>,
    options: &HealOptions,
    store: Option<&Store>,
    ask: &mut dyn Ask,
    log: &mut dyn Write,
) -> anyhow::Result<Option<Applied>> {
    let occurrence = &choice.finding.occurrence;
    writeln!(
        log,
        "\nselfheal: {} — {} ({:.0}% confidence)",
        occurrence.message,
        choice.plan.title,
        choice.confidence * 100.0
    )?;
    match &choice.plan.action {
        FixAction::Command(command) => {
            writeln!(log, "  command: {command}")?;
            // A command is never run without a person's yes at a terminal, whatever the flags.
            if options.dry_run || !options.interactive || !ask.confirm(&format!("Run `{command}`?"))
            {
                writeln!(log, "  not run")?;
                return Ok(None);
            }
            let status = std::process::Command::new("sh")
                .arg("-c")
                .arg(command)
                .status()?;
            writeln!(
                log,
                "  `{command}` exited with {}",
                status.code().unwrap_or(-1)
            )?;
            Ok(Some(Applied {
                fingerprint: choice.finding.fingerprint.clone(),
                plan: choice.plan,
                patches: Vec::new(),
                audit_ids: Vec::new(),
            }))
        }
        FixAction::Edit(patches) => {
            for patch in patches {
                let before = std::fs::read_to_string(&patch.path).unwrap_or_default();
                match apply_patch_to_text(&before, patch) {
                    Ok(after) => write!(
                        log,
                        "{}",
                        render_diff(&patch.path.display().to_string(), &before, &after)
                    )?,
                    Err(error) => {
                        writeln!(log, "  not applicable: {error}")?;
                        return Ok(None);
                    }
                }
            }
            if options.dry_run {
                writeln!(log, "  (dry run: not applied)")?;
                return Ok(None);
            }
            let approved = match (options.yes, options.interactive) {
                (true, _) => true,
                (false, true) => ask.confirm("Apply this fix?"),
                (false, false) => {
                    writeln!(
                        log,
                        "  not applied: no terminal to ask (use --yes to apply without asking)"
                    )?;
                    false
                }
            };
            if !approved {
                return Ok(None);
            }
            let mut done = Vec::new();
            let mut audit_ids = Vec::new();
            for patch in patches {
                match apply_patch(patch) {
                    Ok(applied) => {
                        if let Some(store) = store {
                            let entry = AppliedFix {
                                fix_key: &choice.plan.fix_key,
                                fingerprint: Some(&choice.finding.fingerprint),
                                file_path: &applied.path,
                                before: Some(&applied.before),
                                after: &applied.after,
                            };
                            match store.record_applied_fix(&entry) {
                                Ok(id) => audit_ids.push(id),
                                Err(error) => tracing::warn!("audit log: {error}"),
                            }
                        }
                        done.push(applied);
                    }
                    Err(error) => {
                        writeln!(log, "  not applied: {error}")?;
                        revert(&done, log)?;
                        return Ok(None);
                    }
                }
            }
            writeln!(log, "  applied")?;
            Ok(Some(Applied {
                fingerprint: choice.finding.fingerprint.clone(),
                plan: choice.plan,
                patches: done,
                audit_ids,
            }))
        }
    }
}

/// Keeps fixes whose error is gone and that brought no new error into the lines they changed;
/// reverts the rest. Returns whether anything was reverted.
///
/// A new error elsewhere is not held against a fix: tools that stop at the first error (Python,
/// Node, a panic) show the next one only once the first is fixed.
fn judge(
    before: &Observed,
    after: &Observed,
    applied: Vec<Applied>,
    store: Option<&Store>,
    log: &mut dyn Write,
    report: &mut HealReport,
) -> anyhow::Result<bool> {
    let before_ids: HashSet<&Fingerprint> =
        before.findings.iter().map(|f| &f.fingerprint).collect();
    let after_ids: HashSet<&Fingerprint> = after.findings.iter().map(|f| &f.fingerprint).collect();
    let introduced: Vec<&Finding> = after
        .findings
        .iter()
        .filter(|f| {
            f.occurrence.severity == Severity::Error && !before_ids.contains(&f.fingerprint)
        })
        .collect();
    let mut reverted_any = false;
    for fix in applied {
        let gone = !after_ids.contains(&fix.fingerprint);
        let caused = introduced.iter().any(|f| {
            fix.patches
                .iter()
                .any(|patch| error_in_changed_lines(f, patch))
        });
        let outcome = match (gone, caused) {
            (true, false) => Outcome::Success,
            _ => Outcome::Failure,
        };
        match outcome {
            Outcome::Success => writeln!(
                log,
                "selfheal: kept: {} (the error is gone)",
                fix.plan.title
            )?,
            _ => {
                let reason = match gone {
                    true => "it brought a new error into the lines it changed",
                    false => "the error is still there",
                };
                writeln!(log, "selfheal: reverted: {} ({reason})", fix.plan.title)?;
                revert(&fix.patches, log)?;
                reverted_any = true;
                if let Some(store) = store {
                    for id in &fix.audit_ids {
                        let _ = store.mark_undone(*id);
                    }
                }
            }
        }
        if let Some(store) = store {
            if let Err(error) =
                store.record_outcome(&fix.plan.fix_key, &fix.fingerprint, outcome, None)
            {
                tracing::warn!("outcome not recorded: {error}");
            }
        }
        report.applied.push(AppliedRecord {
            fix_key: fix.plan.fix_key.clone(),
            title: fix.plan.title.clone(),
            fingerprint: fix.fingerprint.0.clone(),
            files: fix.patches.iter().map(|p| p.path.clone()).collect(),
            outcome: outcome.as_str(),
        });
    }
    Ok(reverted_any)
}

/// Whether `finding` is in `patch`'s file within two lines of what the patch changed (or names no
/// line there, which cannot be told apart).
fn error_in_changed_lines(finding: &Finding, patch: &AppliedPatch) -> bool {
    let Some(file) = &finding.occurrence.file else {
        return false;
    };
    if Path::new(file) != patch.path {
        return false;
    }
    let Some(line) = finding.occurrence.line else {
        return true;
    };
    let before: Vec<&[u8]> = patch.before.split(|b| *b == b'\n').collect();
    let after: Vec<&[u8]> = patch.after.split(|b| *b == b'\n').collect();
    let prefix = before
        .iter()
        .zip(&after)
        .take_while(|(a, b)| a == b)
        .count();
    let suffix = before[prefix..]
        .iter()
        .rev()
        .zip(after[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let first_changed = prefix + 1;
    let last_changed = (after.len() - suffix).max(first_changed);
    let line = line as usize;
    line + 2 >= first_changed && line <= last_changed + 2
}

/// Puts back the exact previous bytes, unless someone changed the file since the fix.
fn revert(patches: &[AppliedPatch], log: &mut dyn Write) -> anyhow::Result<()> {
    for patch in patches.iter().rev() {
        let current = std::fs::read(&patch.path).unwrap_or_default();
        if sha256_hex(&current) != sha256_hex(&patch.after) {
            writeln!(
                log,
                "  {} changed since the fix; left as it is",
                patch.path.display()
            )?;
            continue;
        }
        crate::fix::write_bytes_atomically(&patch.path, &patch.before)?;
    }
    Ok(())
}
