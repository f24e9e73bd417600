//! The healing loop behind `selfheal heal`: run the command, pick the most trusted fix for each
//! error, show it and ask, apply it (audited), run again, judge each fix by the one rule, keep
//! what helped and revert byte for byte what did not, and record every outcome so confidence
//! follows experience. When no fix is made for an error, say why.

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::behaviour::judge_name_swap;
use super::candidates::CandidateFix;
use super::judge::{judge_fix, judge_guess, FixTarget, Reported};
use super::propose::{is_proposal_key, Proposer};
use super::recognise::{Place, RecognisedError};
use super::{AppliedFix, Engine};
use crate::fingerprint::Fingerprint;
use crate::fix::{apply_patch_to_text, merge_patches, render_diff, Disk, FixAction, FixPlan};
use crate::generate::is_guess;
use crate::learn::Learning;
use crate::llm::prompt::TriedFix;
use crate::runner::{run_and_capture, CommandLine, FinishedRun, RunOptions};
use crate::store::Outcome;
use crate::store::ProposalStatus;

/// At most this many "not fixed" reasons are printed after a run; the rest are counted.
const REASONS_SHOWN: usize = 20;

/// How to heal.
#[derive(Debug, Clone)]
pub struct HealOptions {
    pub yes: bool,
    pub dry_run: bool,
    pub min_confidence: f64,
    /// Rounds of fix, re-run and judge; 0 runs the command once and changes nothing.
    pub max_rounds: u32,
    /// Candidate fixes tried at most for one error at one place (each failed try is reverted).
    pub max_tries: u32,
    /// Whether a person is at a terminal to answer questions.
    pub interactive: bool,
    pub project: Option<String>,
    /// Learn from the person's changes since the command's last run (`crate::learn`).
    pub learning: Option<Learning>,
    /// Ask this LLM provider for a fix when no other candidate is left (`heal --llm`).
    pub proposer: Option<Arc<Proposer>>,
    /// `selfheal propose`: ask the provider about the first error only, whatever else is known.
    pub propose_only: bool,
}

/// Asks a person yes or no.
pub trait Ask {
    fn confirm(&mut self, question: &str) -> bool;
}

/// What one heal did, for the report.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct HealReport {
    pub rounds: u32,
    pub exit_code: i32,
    /// The fixes chosen for the errors, applied or not (a dry run plans only).
    pub planned: Vec<PlannedRecord>,
    pub applied: Vec<AppliedRecord>,
    pub remaining_errors: usize,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct PlannedRecord {
    pub fingerprint: String,
    pub pattern_id: Option<String>,
    pub fix_key: String,
    pub title: String,
    pub confidence: f64,
    pub origin: &'static str,
    pub kind: &'static str,
    /// Places the fix is made at (several when the error repeats and the same fix fits each).
    pub places: usize,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct AppliedRecord {
    pub fix_key: String,
    pub title: String,
    pub fingerprint: String,
    pub files: Vec<PathBuf>,
    /// The audit log's ids of the files it changed: `selfheal undo ID`.
    pub audit_ids: Vec<i64>,
    pub outcome: &'static str,
    pub reason: String,
}

/// A fix chosen for one error this round, made at every place the error repeats where it fits.
struct Chosen<'a> {
    error: &'a RecognisedError<'a>,
    candidate: CandidateFix,
    places: Vec<Place>,
}

/// Why an error got no fix this round.
enum NotFixed {
    NoPattern,
    NoFixHere,
    BelowThreshold(f64),
    NeedsAPerson,
    /// Every try failed: this many, up to `--max-tries`.
    Tried(usize),
    FileTaken,
    /// The LLM was asked and gave nothing usable.
    NotProposed(String),
}

impl NotFixed {
    fn describe(&self, min_confidence: f64) -> String {
        match self {
            NotFixed::NoPattern => "no pattern knows it".to_string(),
            NotFixed::NoFixHere => {
                "its pattern has no fix that applies to the files as they are".to_string()
            }
            NotFixed::BelowThreshold(best) => format!(
                "the best fix is {:.0}% sure, below --min-confidence {:.0}%",
                best * 100.0,
                min_confidence * 100.0
            ),
            NotFixed::NeedsAPerson => {
                "its fix is a shell command, which runs only after a yes typed at a terminal"
                    .to_string()
            }
            NotFixed::Tried(1) => "1 fix was tried and did not remove it".to_string(),
            NotFixed::Tried(tries) => {
                format!("{tries} fixes were tried and none removed it")
            }
            NotFixed::FileTaken => {
                "another fix changes the same file this round (next round)".to_string()
            }
            NotFixed::NotProposed(why) => format!("no proposal: {why}"),
        }
    }
}

pub fn heal(
    command: &[String],
    cwd: &Path,
    options: &HealOptions,
    engine: Engine<'_>,
    ask: &mut dyn Ask,
    log: &mut dyn Write,
) -> anyhow::Result<HealReport> {
    let mut report = HealReport::default();
    let run = |pass_through: bool| -> anyhow::Result<FinishedRun> {
        let run_options = RunOptions {
            pass_through,
            force_color: pass_through && options.interactive,
            inherit_stdin: true,
            forward_interrupts: true,
            ..RunOptions::default()
        };
        run_and_capture(CommandLine::Program(command), cwd, &run_options)
    };
    let recognised = |finished: FinishedRun| {
        let errors = engine.recognise_all(finished.occurrences);
        engine.record_sightings(&errors, options.project.as_deref());
        (finished.exit_code, errors)
    };
    let first = run(true)?;
    if first.interrupted {
        writeln!(log, "selfheal: interrupted; nothing was changed")?;
        report.exit_code = first.exit_code;
        return Ok(report);
    }
    let (mut exit_code, mut errors) = recognised(first);
    if let Some(learning) = &options.learning {
        let observation = engine.observe_run(
            &learning.command_key,
            &errors,
            Some(&learning.learned_file),
            &Disk,
        );
        for learned in &observation.learned {
            writeln!(log, "{}", learned.describe())?;
        }
    }
    let mut attempted = Attempts::default();
    if options.max_rounds == 0 {
        writeln!(log, "selfheal: --max-rounds 0: nothing is changed")?;
    }
    for round in 1..=options.max_rounds {
        if errors.is_empty() && exit_code == 0 {
            break;
        }
        let (chosen, reasons) = choose_fixes(&errors, engine, options, &mut attempted, cwd, log);
        print_reasons(&reasons, options.min_confidence, log)?;
        if chosen.is_empty() {
            if errors.is_empty() {
                writeln!(
                    log,
                    "selfheal: 0 errors recognised in the output (exit code {exit_code})"
                )?;
            }
            break;
        }
        report.rounds = round;
        let mut applied = Vec::new();
        for choice in &chosen {
            report.planned.push(planned_record(choice));
            let done = show_ask_and_apply(choice, cwd, options, engine, ask, log)?;
            if !options.dry_run {
                let status = match done {
                    Some(_) => ProposalStatus::Accepted,
                    None => ProposalStatus::Declined,
                };
                engine.update_proposal(&choice.candidate.plan.fix_key, status, None);
            }
            if let Some(done) = done {
                applied.push((done, choice.places.clone(), choice.error.occurrence.clone()));
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
        let before: HashSet<Fingerprint> = errors.iter().map(|e| e.fingerprint.clone()).collect();
        let check = run(false)?;
        if check.interrupted {
            // Not judged, so not kept: the files go back to what they were, and no outcome is
            // recorded for fixes nobody saw the end of.
            for (fix, _, _) in &applied {
                let left_alone = engine.revert(fix);
                writeln!(
                    log,
                    "selfheal: interrupted during the check; reverted: {}{}",
                    fix.title,
                    match left_alone.is_empty() {
                        true => String::new(),
                        false => " (a file changed since the fix was left as it is)".to_string(),
                    }
                )?;
                report.applied.push(applied_record(
                    fix,
                    "interrupted",
                    "interrupted during the check".to_string(),
                ));
            }
            report.exit_code = check.exit_code;
            report.remaining_errors = count_errors(&errors);
            return Ok(report);
        }
        let (after_exit, after) = recognised(check);
        let mut reverted_any = false;
        for (fix, places, occurrence) in applied {
            let first_place = places[0].clone();
            let target = FixTarget {
                fingerprint: fix.fingerprint.clone(),
                places,
            };
            let reported = Reported::of_errors(&after);
            let judgement = judge_fix(&target, &fix.patches, &before, &reported);
            let judgement = match is_guess(&fix.fix_key) {
                true => judge_guess(judgement, &fix.patches, &before, &reported),
                false => judgement,
            };
            let judgement = judge_name_swap(judgement, &fix.patches, &before, &after);
            match judgement.outcome {
                Outcome::Success => {
                    writeln!(log, "selfheal: kept: {} ({})", fix.title, judgement.reason)?;
                    if is_proposal_key(&fix.fix_key) {
                        learn_proposal(engine, options, &fix, &occurrence, &before, &after, log)?;
                    }
                }
                _ => {
                    writeln!(
                        log,
                        "selfheal: reverted: {} ({})",
                        fix.title, judgement.reason
                    )?;
                    for left in engine.revert(&fix) {
                        writeln!(
                            log,
                            "  {} changed since the fix; left as it is",
                            left.path.display()
                        )?;
                    }
                    reverted_any = true;
                    attempted.judged(
                        &fix.fingerprint,
                        &first_place,
                        &fix.title,
                        &judgement.reason,
                    );
                    engine.update_proposal(
                        &fix.fix_key,
                        ProposalStatus::Rejected,
                        Some(&judgement.reason),
                    );
                }
            }
            engine.record_outcome(
                &fix.fix_key,
                &fix.fingerprint,
                &fix.title,
                judgement.outcome,
                Some(&judgement.reason),
            );
            report.applied.push(applied_record(
                &fix,
                judgement.outcome.as_str(),
                judgement.reason,
            ));
        }
        (exit_code, errors) = match reverted_any {
            true => recognised(run(false)?),
            false => (after_exit, after),
        };
        writeln!(
            log,
            "selfheal: after round {round}: exit code {exit_code}, {} error(s)",
            count_errors(&errors)
        )?;
    }
    report.exit_code = exit_code;
    report.remaining_errors = count_errors(&errors);
    if let Some(learning) = &options.learning {
        // What is left is what the person may fix next; heal's own fixes are not lessons.
        engine.observe_run(&learning.command_key, &errors, None, &Disk);
    }
    Ok(report)
}

fn count_errors(errors: &[RecognisedError<'_>]) -> usize {
    errors.iter().filter(|e| e.is_error()).count()
}

/// The fixes tried so far for each error at its first place: the verified search tries the next
/// candidate after a revert, up to `max_tries`.
#[derive(Default)]
struct Attempts {
    tried: HashMap<(Fingerprint, Place), Vec<String>>,
    /// What each try was and why it did not stay, for an LLM asked next.
    judged: HashMap<(Fingerprint, Place), Vec<TriedFix>>,
}

impl Attempts {
    fn tried(&self, error: &RecognisedError<'_>) -> &[String] {
        self.tried
            .get(&(error.fingerprint.clone(), Place::of(&error.occurrence)))
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    fn add(&mut self, error: &RecognisedError<'_>, candidate: &CandidateFix) {
        self.tried
            .entry((error.fingerprint.clone(), Place::of(&error.occurrence)))
            .or_default()
            .push(identity(candidate));
    }

    fn judged(&mut self, fingerprint: &Fingerprint, place: &Place, title: &str, why: &str) {
        self.judged
            .entry((fingerprint.clone(), place.clone()))
            .or_default()
            .push(TriedFix {
                title: title.to_string(),
                why_failed: why.to_string(),
            });
    }

    fn failures(&self, error: &RecognisedError<'_>) -> Vec<TriedFix> {
        self.judged
            .get(&(error.fingerprint.clone(), Place::of(&error.occurrence)))
            .cloned()
            .unwrap_or_default()
    }
}

/// What tells two candidates apart: generators share a key across the fixes they make.
fn identity(candidate: &CandidateFix) -> String {
    format!("{}\u{0}{}", candidate.plan.fix_key, candidate.plan.title)
}

/// For each error, the most trusted usable fix not tried yet (made at every place the error
/// repeats where the same fix fits), then per file only the most trusted of those, errors before
/// warnings: a second fix to the same file would be planned against bytes the first one changed,
/// and the most trusted fix is usually the root cause — a missing header before the "expected
/// `;`" it set off.
fn choose_fixes<'a>(
    errors: &'a [RecognisedError<'a>],
    engine: Engine<'_>,
    options: &HealOptions,
    attempted: &mut Attempts,
    cwd: &Path,
    log: &mut dyn Write,
) -> (Vec<Chosen<'a>>, Vec<(&'a RecognisedError<'a>, NotFixed)>) {
    let mut reasons = Vec::new();
    let mut asked = false;
    let mut candidates: Vec<Chosen<'a>> = Vec::new();
    // Errors first, then warnings: a warning with a trusted fix (an unused import, a missing
    // header) is worth fixing too, under the same checks.
    let targets = errors
        .iter()
        .filter(|e| e.is_error())
        .chain(errors.iter().filter(|e| !e.is_error()));
    for error in targets {
        let tried = attempted.tried(error);
        if tried.len() >= options.max_tries as usize {
            reasons.push((error, NotFixed::Tried(tried.len())));
            continue;
        }
        let all = match options.propose_only {
            true => Vec::new(),
            false => engine.candidate_fixes(error, &Disk),
        };
        let untried_edit = |candidate: &CandidateFix| {
            candidate.is_edit()
                && candidate.confidence.mean >= options.min_confidence
                && !tried.contains(&identity(candidate))
        };
        let wants_proposal =
            error.is_error() && !(options.propose_only && asked) && !all.iter().any(untried_edit);
        if let (Some(proposer), true) = (&options.proposer, wants_proposal) {
            asked = true;
            match propose_for(engine, proposer, error, attempted, cwd, log) {
                Ok(candidate) if tried.contains(&identity(&candidate)) => reasons.push((
                    error,
                    NotFixed::NotProposed("it proposed a fix already tried".to_string()),
                )),
                Ok(candidate) => candidates.push(Chosen {
                    error,
                    candidate,
                    places: vec![Place::of(&error.occurrence)],
                }),
                Err(why) => reasons.push((error, NotFixed::NotProposed(why))),
            }
            continue;
        }
        if options.propose_only {
            continue;
        }
        if all.is_empty() && error.matched.is_none() {
            if error.is_error() {
                reasons.push((error, NotFixed::NoPattern));
            }
            continue;
        }
        let best_overall = all.first().map(|c| c.confidence.mean);
        let untried = |candidate: &CandidateFix| !tried.contains(&identity(candidate));
        let usable = all.into_iter().find(|candidate| {
            let kind_ok = candidate.is_edit() || (candidate.is_command() && options.interactive);
            kind_ok && candidate.confidence.mean >= options.min_confidence && untried(candidate)
        });
        match (usable, best_overall) {
            (None, _) if !tried.is_empty() => reasons.push((error, NotFixed::Tried(tried.len()))),
            (Some(candidate), _) => {
                let (candidate, places) = at_every_place(engine, error, candidate);
                candidates.push(Chosen {
                    error,
                    candidate,
                    places,
                });
            }
            (None, None) => reasons.push((error, NotFixed::NoFixHere)),
            (None, Some(best)) if best < options.min_confidence => {
                reasons.push((error, NotFixed::BelowThreshold(best)))
            }
            (None, Some(_)) => reasons.push((error, NotFixed::NeedsAPerson)),
        }
    }
    candidates.sort_by(|a, b| {
        b.error.is_error().cmp(&a.error.is_error()).then(
            b.candidate
                .confidence
                .mean
                .total_cmp(&a.candidate.confidence.mean),
        )
    });
    let mut chosen = Vec::new();
    let mut files_taken: HashSet<PathBuf> = HashSet::new();
    for candidate in candidates {
        if let FixAction::Edit(patches) = &candidate.candidate.plan.action {
            if patches.iter().any(|p| files_taken.contains(&p.path)) {
                reasons.push((candidate.error, NotFixed::FileTaken));
                continue;
            }
            files_taken.extend(patches.iter().map(|p| p.path.clone()));
        }
        attempted.add(candidate.error, &candidate.candidate);
        chosen.push(candidate);
    }
    (chosen, reasons)
}

/// The same fix made at each other place the error repeats (a renamed function's twelve
/// callers), merged into one edit per file when it fits there and overlaps nothing. Returns the
/// fix and the places it is made at.
fn at_every_place(
    engine: Engine<'_>,
    error: &RecognisedError<'_>,
    mut candidate: CandidateFix,
) -> (CandidateFix, Vec<Place>) {
    let mut places = vec![Place::of(&error.occurrence)];
    let wanted = identity(&candidate);
    let FixAction::Edit(patches) = &mut candidate.plan.action else {
        return (candidate, places);
    };
    let edit_count = |patches: &[crate::fix::FilePatch]| -> usize {
        patches.iter().map(|p| p.edits.len()).sum()
    };
    let edits_before = edit_count(patches);
    for repeat in &error.repeats {
        let repeated = engine.recognise(repeat.clone());
        let same_fix = engine
            .candidate_fixes(&repeated, &Disk)
            .into_iter()
            .find(|other| identity(other) == wanted);
        if let Some(FixAction::Edit(more)) = same_fix.map(|fix| fix.plan.action) {
            if merge_patches(patches, &more) {
                places.push(Place::of(repeat));
            }
        }
    }
    // One import for three uses is one edit that fixes three errors, not an edit at three places.
    let more_edits = edit_count(patches) > edits_before;
    if places.len() > 1 {
        candidate.plan.title = match more_edits {
            true => format!("{} (at {} places)", candidate.plan.title, places.len()),
            false => format!("{} (for {} errors)", candidate.plan.title, places.len()),
        };
    }
    (candidate, places)
}

fn print_reasons(
    reasons: &[(&RecognisedError<'_>, NotFixed)],
    min_confidence: f64,
    log: &mut dyn Write,
) -> std::io::Result<()> {
    // Errors only: a warning without a fix is not a failure to heal.
    let reasons: Vec<_> = reasons
        .iter()
        .filter(|(error, _)| error.is_error())
        .collect();
    for (error, reason) in reasons.iter().take(REASONS_SHOWN) {
        writeln!(
            log,
            "selfheal: not fixed: {}: {} — {}",
            location(error),
            error.occurrence.message,
            reason.describe(min_confidence)
        )?;
    }
    if reasons.len() > REASONS_SHOWN {
        writeln!(
            log,
            "selfheal: … and {} more error(s) not fixed",
            reasons.len() - REASONS_SHOWN
        )?;
    }
    Ok(())
}

fn location(error: &RecognisedError<'_>) -> String {
    let o = &error.occurrence;
    match (&o.file, o.line) {
        (Some(file), Some(line)) => format!("{file}:{line}"),
        (Some(file), None) => file.clone(),
        _ => "-".to_string(),
    }
}

/// Shows a fix, asks, applies it. `None` when it was not applied.
fn show_ask_and_apply(
    choice: &Chosen<'_>,
    cwd: &Path,
    options: &HealOptions,
    engine: Engine<'_>,
    ask: &mut dyn Ask,
    log: &mut dyn Write,
) -> anyhow::Result<Option<AppliedFix>> {
    let plan: &FixPlan = &choice.candidate.plan;
    writeln!(
        log,
        "\nselfheal: {} — {} ({:.0}% confidence, {})",
        choice.error.occurrence.message,
        plan.title,
        choice.candidate.confidence.mean * 100.0,
        choice.candidate.origin.as_str()
    )?;
    match &plan.action {
        FixAction::Command(command) => {
            writeln!(log, "  command: {command}")?;
            // A command is never run without a person's yes at a terminal, whatever the flags.
            if options.dry_run || !options.interactive || !ask.confirm(&format!("Run `{command}`?"))
            {
                writeln!(log, "  not run")?;
                return Ok(None);
            }
            let run_options = RunOptions {
                pass_through: true,
                inherit_stdin: true,
                forward_interrupts: true,
                ..RunOptions::default()
            };
            let finished = run_and_capture(CommandLine::Shell(command), cwd, &run_options)?;
            writeln!(log, "  `{command}` exited with {}", finished.exit_code)?;
            Ok(Some(AppliedFix {
                fix_key: plan.fix_key.clone(),
                fingerprint: choice.error.fingerprint.clone(),
                title: plan.title.clone(),
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
            match engine.apply_edit(
                &plan.fix_key,
                &plan.title,
                &choice.error.fingerprint,
                patches,
            ) {
                Ok(applied) => {
                    let ids: Vec<String> = applied.audit_ids.iter().map(i64::to_string).collect();
                    writeln!(log, "  applied (undo: selfheal undo {})", ids.join(" / "))?;
                    Ok(Some(applied))
                }
                Err(error) => {
                    writeln!(log, "  {error}")?;
                    Ok(None)
                }
            }
        }
    }
}

/// Asks the LLM about `error` and makes its proposal a candidate.
fn propose_for(
    engine: Engine<'_>,
    proposer: &Proposer,
    error: &RecognisedError<'_>,
    attempted: &Attempts,
    cwd: &Path,
    log: &mut dyn Write,
) -> Result<CandidateFix, String> {
    let context = engine
        .proposal_context(error, &Disk, attempted.failures(error), Some(cwd))
        .map_err(|why| why.to_string())?;
    let _ = writeln!(
        log,
        "selfheal: asking {} for a fix: {}: {}",
        proposer.config.describe(),
        location(error),
        error.occurrence.message
    );
    let proposal = proposer.propose(&context);
    engine.record_proposal(&context, &proposer.config, proposal.as_ref());
    let proposal = proposal.map_err(|why| why.to_string())?;
    if !proposal.header.explanation.trim().is_empty() {
        let _ = writeln!(log, "  {}", proposal.header.explanation.trim());
    }
    Ok(engine.proposal_candidate(&context, &proposal, &proposer.config))
}

/// A proposal that worked: verified, and learned as a pattern when learning is on, so the next
/// time needs no LLM.
fn learn_proposal(
    engine: Engine<'_>,
    options: &HealOptions,
    fix: &AppliedFix,
    occurrence: &crate::occurrence::Occurrence,
    before: &HashSet<Fingerprint>,
    after: &[RecognisedError<'_>],
    log: &mut dyn Write,
) -> std::io::Result<()> {
    engine.update_proposal(&fix.fix_key, ProposalStatus::Verified, None);
    let Some(learning) = &options.learning else {
        return Ok(());
    };
    let file = occurrence.file.as_deref().map(Path::new);
    let Some(patch) = fix.patches.iter().find(|p| Some(p.path.as_path()) == file) else {
        return Ok(());
    };
    let (old, new) = (
        String::from_utf8_lossy(&patch.before),
        String::from_utf8_lossy(&patch.after),
    );
    match engine.learn_from_fix(
        occurrence,
        &old,
        &new,
        before,
        after,
        &learning.learned_file,
    ) {
        Ok(Some(learned)) => {
            engine.update_proposal(&fix.fix_key, ProposalStatus::Learned, None);
            writeln!(log, "{}", learned.describe())?;
        }
        Ok(None) => engine.update_proposal(&fix.fix_key, ProposalStatus::Learned, None),
        Err(why) => writeln!(
            log,
            "selfheal: the proposal worked but was not learned: {}",
            why.0
        )?,
    }
    Ok(())
}

fn planned_record(choice: &Chosen<'_>) -> PlannedRecord {
    let plan = &choice.candidate.plan;
    PlannedRecord {
        fingerprint: choice.error.fingerprint.0.clone(),
        pattern_id: choice.error.pattern_id().map(str::to_string),
        fix_key: plan.fix_key.clone(),
        title: plan.title.clone(),
        confidence: choice.candidate.confidence.mean,
        origin: choice.candidate.origin.as_str(),
        kind: match plan.action {
            FixAction::Edit(_) => "edit",
            FixAction::Command(_) => "command",
        },
        places: choice.places.len(),
    }
}

fn applied_record(fix: &AppliedFix, outcome: &'static str, reason: String) -> AppliedRecord {
    AppliedRecord {
        fix_key: fix.fix_key.clone(),
        title: fix.title.clone(),
        fingerprint: fix.fingerprint.0.clone(),
        files: fix.patches.iter().map(|p| p.path.clone()).collect(),
        audit_ids: fix.audit_ids.clone(),
        outcome,
        reason,
    }
}
