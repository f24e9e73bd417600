//! `selfheal run [--report FILE] -- CMD…`: runs CMD with its output passed through, then lists
//! each recognised error once with what selfheal knows about it. Exit code = CMD's.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::Serialize;

use crate::engine::{project_name, Engine, RecognisedError};
use crate::learn::Learning;
use crate::occurrence::Severity;
use crate::pattern::render_template;
use crate::runner::{run_and_capture, CommandLine, RunOptions};

pub fn run(command: &[String], report: Option<&Path>) -> anyhow::Result<i32> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let options = RunOptions {
        pass_through: true,
        force_color: std::io::stdout().is_terminal(),
        inherit_stdin: true,
        forward_interrupts: true,
        ..RunOptions::default()
    };
    let outcome = run_and_capture(CommandLine::Program(command), &cwd, &options)?;
    let patterns = crate::cli::patterns::loaded();
    let store = super::open_store();
    let engine = Engine::new(&patterns, store.as_ref()).with_command_line(command);
    let findings = engine.recognise_all(outcome.occurrences);
    engine.record_sightings(&findings, project_name(&cwd).as_deref());
    eprint!("{}", summary(&findings));
    if let Some(learning) = Learning::for_command(&cwd, command) {
        let observation = engine.observe_run(
            &learning.command_key,
            &findings,
            Some(&learning.learned_file),
            &crate::fix::Disk,
        );
        for learned in &observation.learned {
            eprintln!("{}", learned.describe());
        }
    }
    if let Some(store) = store.as_ref() {
        let fingerprints: Vec<String> = findings.iter().map(|f| f.fingerprint.0.clone()).collect();
        crate::remote::sync::after_run(store, &fingerprints, TEAM_WAIT);
        eprint!("{}", memory_lines(&engine, &findings));
    }
    if running_in_ci() {
        out!("{}", github_annotations(&findings, &cwd))?;
    }
    if let Some(report) = report {
        let json = Report::new(
            command,
            outcome.exit_code,
            outcome.duration.as_millis(),
            &findings,
        );
        std::fs::write(report, serde_json::to_vec_pretty(&json)?)
            .with_context(|| format!("cannot write {}", report.display()))?;
    }
    Ok(outcome.exit_code)
}

fn running_in_ci() -> bool {
    let set = |name: &str| std::env::var(name).is_ok_and(|v| v == "true" || v == "1");
    set("CI") || set("GITHUB_ACTIONS")
}

/// At most this many distinct errors are listed after a run; the rest are counted (all of them
/// are in `--report`).
const LISTED: usize = 30;

/// At most this many workflow annotations (GitHub shows only the first few of a step anyway).
const ANNOTATED: usize = 50;

/// The readable list printed after the command's own output.
/// The longest a run waits for the team store after the command (push and Tier 1 answers).
const TEAM_WAIT: std::time::Duration = std::time::Duration::from_secs(3);

/// What is remembered of this run's errors besides their patterns: the fix the team used
/// (from the local copy of its answers), and fixes that worked here for errors that read alike.
fn memory_lines(engine: &Engine<'_>, findings: &[RecognisedError<'_>]) -> String {
    use std::fmt::Write;
    let mut text = String::new();
    for finding in findings.iter().take(LISTED) {
        let message = &finding.occurrence.message;
        if let Some(team) = engine.team_memory(finding) {
            if let Some(best) = team.fixes.iter().find(|fix| fix.success_count > 0) {
                let _ = writeln!(
                    text,
                    "  team ({}): {} worked {}/{} times for `{message}`",
                    team.project,
                    best.title(),
                    best.success_count,
                    best.success_count + best.failure_count,
                );
            }
            if let Some(near) = team.similar.first() {
                let _ = writeln!(
                    text,
                    "  team ({}), a similar error (`{}`, cosine distance {:.3}): {} — for `{message}`",
                    team.project,
                    near.error_text,
                    near.distance,
                    near.fix_title.as_deref().unwrap_or("fixed"),
                );
            }
        }
        if let Some(similar) = engine.similar_here(finding, 1).first() {
            let _ = writeln!(
                text,
                "  fixed here before, for a similar error (`{}`): {} — for `{message}`",
                similar.error_text, similar.fix_title
            );
        }
    }
    text
}

pub fn summary(findings: &[RecognisedError<'_>]) -> String {
    use std::fmt::Write;
    let errors = findings
        .iter()
        .filter(|f| f.occurrence.severity == Severity::Error)
        .count();
    let warnings = findings
        .iter()
        .filter(|f| f.occurrence.severity == Severity::Warning)
        .count();
    let mut text = String::new();
    if findings.is_empty() {
        text.push_str("\nselfheal: 0 errors recognised\n");
        return text;
    }
    let _ = writeln!(
        text,
        "\nselfheal: {errors} distinct error(s), {warnings} warning(s) recognised"
    );
    for finding in findings.iter().take(LISTED) {
        let o = &finding.occurrence;
        let location = match (&o.file, o.line, o.column) {
            (Some(f), Some(l), Some(c)) => format!("{f}:{l}:{c}"),
            (Some(f), Some(l), None) => format!("{f}:{l}"),
            (Some(f), None, _) => f.clone(),
            _ => "-".to_string(),
        };
        let code = o
            .code
            .as_deref()
            .map(|c| format!("[{c}]"))
            .unwrap_or_default();
        let times = match finding.count() {
            1 => String::new(),
            n => format!(" (×{n})"),
        };
        let _ = writeln!(
            text,
            "  {}{code} {location}: {}{times}",
            o.severity, o.message
        );
        if let Some(matched) = &finding.matched {
            let value = |name: &str| matched.capture(name).map(str::to_string);
            let spec = &matched.pattern.spec;
            let _ = writeln!(
                text,
                "    known: {} [{}]",
                render_template(&spec.title, &value),
                spec.id
            );
            for fix in &spec.fixes {
                let _ = writeln!(
                    text,
                    "    fix: {} ({:.0}%)",
                    render_template(&fix.title, &value),
                    fix.confidence * 100.0
                );
            }
        }
    }
    if findings.len() > LISTED {
        let _ = writeln!(
            text,
            "  … and {} more distinct error(s) and warning(s) (all of them in --report)",
            findings.len() - LISTED
        );
    }
    text
}

/// GitHub workflow commands, one per distinct error or warning.
fn github_annotations(findings: &[RecognisedError<'_>], cwd: &Path) -> String {
    let escape = |s: &str| {
        s.replace('%', "%25")
            .replace('\r', "%0D")
            .replace('\n', "%0A")
    };
    let escape_property = |s: &str| escape(s).replace(':', "%3A").replace(',', "%2C");
    let mut text = String::new();
    for finding in findings.iter().take(ANNOTATED) {
        let o = &finding.occurrence;
        let level = match o.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "notice",
        };
        let mut properties = Vec::new();
        if let Some(file) = &o.file {
            let relative = Path::new(file)
                .strip_prefix(cwd)
                .map(PathBuf::from)
                .unwrap_or_else(|_| PathBuf::from(file));
            properties.push(format!(
                "file={}",
                escape_property(&relative.to_string_lossy())
            ));
        }
        if let Some(line) = o.line {
            properties.push(format!("line={line}"));
        }
        if let Some(column) = o.column {
            properties.push(format!("col={column}"));
        }
        if let Some(code) = &o.code {
            properties.push(format!("title={}", escape_property(code)));
        }
        text.push_str(&format!(
            "::{level} {}::{}\n",
            properties.join(","),
            escape(&o.message)
        ));
    }
    text
}

#[derive(Serialize)]
struct Report<'a> {
    command: &'a [String],
    exit_code: i32,
    duration_ms: u128,
    errors: Vec<ReportEntry>,
}

#[derive(Serialize)]
struct ReportEntry {
    file: Option<String>,
    line: Option<u32>,
    column: Option<u32>,
    severity: Severity,
    code: Option<String>,
    message: String,
    tool: &'static str,
    fingerprint: String,
    shape: String,
    count: usize,
    pattern_id: Option<String>,
    title: Option<String>,
    fixes: Vec<ReportFix>,
}

#[derive(Serialize)]
struct ReportFix {
    title: String,
    kind: &'static str,
    confidence: f64,
}

impl<'a> Report<'a> {
    fn new(
        command: &'a [String],
        exit_code: i32,
        duration_ms: u128,
        findings: &[RecognisedError<'_>],
    ) -> Self {
        let errors = findings
            .iter()
            .map(|finding| {
                let o = &finding.occurrence;
                let matched = finding.matched.as_ref();
                let value = |name: &str| {
                    matched
                        .as_ref()
                        .and_then(|m| m.capture(name))
                        .map(str::to_string)
                };
                ReportEntry {
                    file: o.file.clone(),
                    line: o.line,
                    column: o.column,
                    severity: o.severity,
                    code: o.code.clone(),
                    message: o.message.clone(),
                    tool: o.tool.as_str(),
                    fingerprint: finding.fingerprint.0.clone(),
                    shape: finding.shape.0.clone(),
                    count: finding.count(),
                    pattern_id: matched.as_ref().map(|m| m.pattern.spec.id.clone()),
                    title: matched
                        .as_ref()
                        .map(|m| render_template(&m.pattern.spec.title, &value)),
                    fixes: matched
                        .into_iter()
                        .flat_map(|m| m.pattern.spec.fixes.iter())
                        .map(|fix| ReportFix {
                            title: render_template(&fix.title, &value),
                            kind: match (&fix.command, fix.suggestion) {
                                (Some(_), _) => "command",
                                (None, true) => "suggestion",
                                (None, false) => "edit",
                            },
                            confidence: fix.confidence,
                        })
                        .collect(),
                }
            })
            .collect();
        Report {
            command,
            exit_code,
            duration_ms,
            errors,
        }
    }
}
