//! `selfheal ingest`: streams tool output through the capture engine and prints each recognised
//! error as soon as its record is complete — as JSON lines (the contract scripts rely on) or as a
//! readable list. Capturing and recognising run on two threads (see `run`).

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::thread;

use anyhow::Context;
use serde::Serialize;

use super::io::{finish_output, for_each_chunk, open_input};
use crate::capture::{resolve_occurrence, Capture, CaptureOptions};
use crate::fingerprint::ids;
use crate::occurrence::{Occurrence, Severity};
use crate::pattern::{render_template, PatternMatch, PatternSet};

/// The JSON contract of `selfheal ingest --json`, one object per line.
#[derive(Debug, Serialize)]
pub struct IngestRecord<'a> {
    pub file: Option<&'a str>,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub end_line: Option<u32>,
    pub end_column: Option<u32>,
    pub severity: Severity,
    pub code: Option<&'a str>,
    pub message: &'a str,
    pub tool: &'a str,
    pub fingerprint: String,
    pub shape: String,
    pub pattern_id: Option<&'a str>,
}

impl<'a> IngestRecord<'a> {
    pub fn new(occurrence: &'a Occurrence, pattern_id: Option<&'a str>) -> Self {
        let (fingerprint, shape) = ids(occurrence);
        IngestRecord {
            file: occurrence.file.as_deref(),
            line: occurrence.line,
            column: occurrence.column,
            end_line: occurrence.end_line,
            end_column: occurrence.end_column,
            severity: occurrence.severity,
            code: occurrence.code.as_deref(),
            message: &occurrence.message,
            tool: occurrence.tool.as_str(),
            fingerprint: fingerprint.0,
            shape: shape.0,
            pattern_id,
        }
    }
}

/// Batches of occurrences in flight between the capture thread and the output thread: enough to
/// keep both busy, few enough that memory stays bounded on any input.
const BATCHES_IN_FLIGHT: usize = 8;

/// Reads and captures on this thread; recognises (patterns, fingerprints) and prints on a second
/// one, which receives the occurrences in order through a bounded channel. On a multi-core
/// machine the two halves overlap; the output is the same as doing both in turn.
pub fn run(file: Option<&Path>, cwd: Option<PathBuf>, json: bool) -> anyhow::Result<i32> {
    let input = open_input(file)?;
    let cwd = match cwd {
        Some(cwd) => cwd,
        None => std::env::current_dir().context("cannot read the current directory")?,
    };
    // Paths are resolved against `cwd` on the output thread, as the capture would have.
    let mut capture = Capture::new(CaptureOptions { cwd: None });
    let (sender, receiver) = mpsc::sync_channel::<Vec<Occurrence>>(BATCHES_IN_FLIGHT);
    let result = thread::scope(|scope| {
        let printer = scope.spawn(move || print_batches(receiver, &cwd, json));
        let mut found = Vec::new();
        let captured = (|| -> anyhow::Result<()> {
            for_each_chunk(input, |chunk| {
                capture.feed(chunk, &mut found);
                send_batch(&sender, &mut found)
            })?;
            capture.finish(&mut found);
            send_batch(&sender, &mut found)?;
            Ok(())
        })();
        drop(sender);
        let printed = printer.join().expect("the output thread does not panic");
        // The output's own error (a closed pipe) is why sending stopped: it comes first.
        printed.and(captured)
    });
    finish_output(result)
}

/// Hands the occurrences found so far to the output thread (a closed channel means the output
/// thread stopped on an error, which it reports).
fn send_batch(sender: &SyncSender<Vec<Occurrence>>, found: &mut Vec<Occurrence>) -> io::Result<()> {
    if found.is_empty() {
        return Ok(());
    }
    sender
        .send(std::mem::take(found))
        .map_err(|_| io::Error::other("the output thread stopped"))
}

/// The output thread: recognises and prints every batch, then the summary.
fn print_batches(
    receiver: Receiver<Vec<Occurrence>>,
    cwd: &Path,
    json: bool,
) -> anyhow::Result<()> {
    let stdout = io::stdout();
    let mut writer = BufWriter::with_capacity(64 * 1024, stdout.lock());
    let mut counts = Counts::default();
    let patterns = PatternSet::builtin();
    for mut batch in receiver {
        for occurrence in &mut batch {
            resolve_occurrence(occurrence, cwd);
        }
        print_all(&mut writer, &mut batch, json, &patterns, &mut counts)?;
    }
    if !json {
        writeln!(writer, "{}", counts.summary())?;
    }
    writer.flush()?;
    Ok(())
}

#[derive(Default)]
struct Counts {
    errors: usize,
    warnings: usize,
    notes: usize,
}

impl Counts {
    fn summary(&self) -> String {
        format!(
            "{} error{}, {} warning{}, {} note{} recognised",
            self.errors,
            plural(self.errors),
            self.warnings,
            plural(self.warnings),
            self.notes,
            plural(self.notes)
        )
    }
}

fn plural(count: usize) -> &'static str {
    match count {
        1 => "",
        _ => "s",
    }
}

fn print_all(
    writer: &mut impl Write,
    found: &mut Vec<Occurrence>,
    json: bool,
    patterns: &PatternSet,
    counts: &mut Counts,
) -> io::Result<()> {
    for occurrence in found.drain(..) {
        let matched = patterns.match_occurrence(&occurrence);
        let pattern_id = matched.as_ref().map(|m| m.pattern.spec.id.as_str());
        match occurrence.severity {
            Severity::Error => counts.errors += 1,
            Severity::Warning => counts.warnings += 1,
            Severity::Note => counts.notes += 1,
        }
        match json {
            true => {
                serde_json::to_writer(&mut *writer, &IngestRecord::new(&occurrence, pattern_id))?;
                writer.write_all(b"\n")?;
            }
            false => write_human(writer, &occurrence, matched.as_ref())?,
        }
    }
    Ok(())
}

fn write_human(
    writer: &mut impl Write,
    occurrence: &Occurrence,
    matched: Option<&PatternMatch<'_>>,
) -> io::Result<()> {
    let location = match (&occurrence.file, occurrence.line, occurrence.column) {
        (Some(file), Some(line), Some(column)) => format!("{file}:{line}:{column}"),
        (Some(file), Some(line), None) => format!("{file}:{line}"),
        (Some(file), None, _) => file.clone(),
        (None, _, _) => "<no location>".to_string(),
    };
    let code = match &occurrence.code {
        Some(code) => format!("[{code}]"),
        None => String::new(),
    };
    writeln!(
        writer,
        "{location}: {}{code}: {} ({})",
        occurrence.severity, occurrence.message, occurrence.tool
    )?;
    for note in &occurrence.notes {
        writeln!(writer, "    {}: {}", note.kind.as_str(), note.message)?;
    }
    if let Some(matched) = matched {
        let spec = &matched.pattern.spec;
        let title = render_template(&spec.title, &|name| {
            matched.capture(name).map(str::to_string)
        });
        writeln!(writer, "    known: {title} [{}]", spec.id)?;
        for fix in &spec.fixes {
            let fix_title = render_template(&fix.title, &|name| {
                matched.capture(name).map(str::to_string)
            });
            writeln!(
                writer,
                "    fix ({:.0}%): {fix_title}",
                fix.confidence * 100.0
            )?;
        }
    }
    Ok(())
}
