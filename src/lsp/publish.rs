//! Publishing a finished run (terminal output the editor forwarded with
//! `selfheal/didCaptureOutput`, or a `selfheal.runTask` the server ran): the errors in what the
//! command printed become diagnostics (source `selfheal`) on the files they name. A run replaces
//! the previous diagnostics of the same command line, so a clean run clears them. Each run is
//! numbered when it begins and a result of an older run that finishes after a newer one is
//! dropped. Then watched fixes are judged by the run and its sightings recorded.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use ropey::Rope;
use tower_lsp_server::ls_types::Uri;
use tower_lsp_server::Client;

use super::background::{observe, record_outcomes, record_sightings};
use super::documents::PositionEncoding;
use super::lsp_ext::PublishedDiagnosticData;
use super::state::{lock, CapturedDiagnostic, ServerState};
use super::to_proto::{diagnostic_of_occurrence, uri_of_path, FileText};
use super::workspace_files::WorkspaceFiles;
use crate::capture::{Capture, CaptureOptions};
use crate::engine::{Engine, Reported};
use crate::fingerprint::{fingerprint, Fingerprint};
use crate::occurrence::Occurrence;
use crate::pattern::PatternSet;

/// At most this many diagnostics per file and run: a build that fails everywhere should not
/// drown the editor.
const DIAGNOSTICS_PER_FILE: usize = 500;

/// A command that ended, as the server learns of it.
#[derive(Debug, Clone)]
pub struct EndedCommand {
    pub command_line: String,
    pub cwd: Option<PathBuf>,
    pub exit_code: Option<i32>,
    pub output: CommandOutput,
    pub truncated: bool,
}

/// What the command printed: text still to be read (forwarded terminal output; each stream on
/// its own, as stdout and stderr each hold whole records), or the errors the runner already
/// captured while it ran.
#[derive(Debug, Clone)]
pub enum CommandOutput {
    Text(Vec<String>),
    Captured(Vec<Occurrence>),
}

/// What publishing a run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PublishedRun {
    pub recognised: usize,
    pub files: usize,
    /// A newer run of the same command line finished first; this one was dropped.
    pub superseded: bool,
}

/// Recognises, publishes, judges watched fixes and records sightings for a finished run that
/// `begin_run` numbered `run`.
pub async fn publish_run(
    state: &Arc<ServerState>,
    client: &Client,
    finished: EndedCommand,
    run: u64,
) -> PublishedRun {
    let started = std::time::Instant::now();
    // A build or test run follows edits: the definitions may have moved too.
    state.index_workspace();
    let patterns = state.patterns().await;
    let encoding = state.encoding();
    let root = lock(&state.session).root.clone();
    let files = WorkspaceFiles::of_documents(lock(&state.documents).iter());
    let command_line = finished.command_line.clone();
    let cwd = finished.cwd.clone().or_else(|| root.clone());
    let exit_code = finished.exit_code;
    let truncated = finished.truncated;
    let analysed = {
        let patterns = Arc::clone(&patterns);
        tokio::task::spawn_blocking(move || {
            analyse_run(&finished, root.as_deref(), &files, &patterns, encoding)
        })
        .await
    };
    let analysed = match analysed {
        Ok(analysed) => analysed,
        Err(error) => {
            tracing::error!("output of `{command_line}` not analysed: {error}");
            return PublishedRun::default();
        }
    };
    let analysed_in = started.elapsed();
    let summary = PublishedRun {
        recognised: analysed.occurrences.len(),
        files: analysed.by_uri.len(),
        superseded: false,
    };
    // Part of a failing run's output that shows nothing: keep what the last run showed.
    if truncated && analysed.occurrences.is_empty() && exit_code != Some(0) {
        return summary;
    }
    // Held across the publishing awaits (a tokio mutex, not a std one), so that two runs that
    // touch one file cannot publish their unions in the wrong order.
    let _publishing = state.publishing.lock().await;
    let affected = lock(&state.diagnostics).finish_run(&command_line, run, analysed.by_uri);
    let Some(affected) = affected else {
        return PublishedRun {
            superseded: true,
            ..summary
        };
    };
    for uri in affected {
        let diagnostics = lock(&state.diagnostics).published_for(&uri);
        client.publish_diagnostics(uri, diagnostics, None).await;
    }
    tracing::debug!(
        command_line,
        recognised = summary.recognised,
        files = summary.files,
        analysed_ms = analysed_in.as_secs_f64() * 1000.0,
        published_ms = started.elapsed().as_secs_f64() * 1000.0,
        "output published"
    );
    let reported: Vec<Reported> = analysed.occurrences.iter().map(Reported::of).collect();
    let judged = {
        let documents = lock(&state.documents);
        let version_of = |uri: &Uri| documents.get(uri).map(|document| document.version);
        lock(&state.fixes).judge_run(&command_line, &reported, &analysed.files, &version_of)
    };
    record_outcomes(state, client, judged);
    let key = crate::learn::command_key(
        cwd.as_deref().unwrap_or(Path::new("")),
        std::slice::from_ref(&command_line),
    );
    let files = WorkspaceFiles::of_documents(lock(&state.documents).iter());
    observe(state, client, key, analysed.occurrences.clone(), files);
    record_sightings(state, analysed.occurrences);
    summary
}

/// A run's errors, ready to publish.
struct AnalysedRun {
    by_uri: HashMap<Uri, Vec<CapturedDiagnostic>>,
    /// One per distinct error and place (files made absolute).
    occurrences: Vec<Occurrence>,
    files: HashSet<PathBuf>,
}

fn analyse_run(
    finished: &EndedCommand,
    root: Option<&Path>,
    files: &WorkspaceFiles,
    patterns: &PatternSet,
    encoding: PositionEncoding,
) -> AnalysedRun {
    let options = CaptureOptions {
        cwd: finished.cwd.clone().or_else(|| root.map(Path::to_path_buf)),
    };
    let mut analyser = Analyser {
        analysed: AnalysedRun {
            by_uri: HashMap::new(),
            occurrences: Vec::new(),
            files: HashSet::new(),
        },
        cwd: options.cwd.clone(),
        command_line: &finished.command_line,
        files,
        patterns,
        encoding,
        seen_places: HashSet::new(),
        pattern_ids: HashMap::new(),
        texts: HashMap::new(),
    };
    let streams = match &finished.output {
        CommandOutput::Captured(occurrences) => {
            for occurrence in occurrences {
                analyser.add(occurrence.clone());
            }
            let mut analysed = analyser.analysed;
            analysed.by_uri.retain(|_, published| !published.is_empty());
            return analysed;
        }
        CommandOutput::Text(streams) => streams,
    };
    // The capture runs on a thread of its own and hands over what it found every
    // `CAPTURE_SLICE` bytes, so that recognising the errors (fingerprints, patterns, ranges)
    // overlaps with reading the rest of the output.
    let (sender, receiver) = std::sync::mpsc::sync_channel::<Vec<Occurrence>>(16);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            for stream in streams {
                let mut capture = Capture::new(options.clone());
                let mut found = Vec::new();
                for slice in stream.as_bytes().chunks(CAPTURE_SLICE) {
                    capture.feed(slice, &mut found);
                    if !found.is_empty() && sender.send(std::mem::take(&mut found)).is_err() {
                        return;
                    }
                }
                capture.finish(&mut found);
                if !found.is_empty() && sender.send(found).is_err() {
                    return;
                }
            }
        });
        for occurrence in receiver.iter().flatten() {
            analyser.add(occurrence);
        }
    });
    let mut analysed = analyser.analysed;
    analysed.by_uri.retain(|_, published| !published.is_empty());
    analysed
}

/// How much output the capture reads before handing over what it found.
const CAPTURE_SLICE: usize = 256 * 1024;

/// An error at a place: fingerprint, file, line, column.
type Place = (Fingerprint, Option<String>, Option<u32>, Option<u32>);

/// Turns a run's occurrences, one by one, into diagnostics per file.
struct Analyser<'a> {
    analysed: AnalysedRun,
    cwd: Option<PathBuf>,
    command_line: &'a str,
    files: &'a WorkspaceFiles,
    patterns: &'a PatternSet,
    encoding: PositionEncoding,
    seen_places: HashSet<Place>,
    pattern_ids: HashMap<Fingerprint, Option<String>>,
    texts: HashMap<PathBuf, Option<(String, Rope)>>,
}

impl Analyser<'_> {
    fn add(&mut self, occurrence: Occurrence) {
        let analysed = &mut self.analysed;
        let id = fingerprint(&occurrence);
        let place = (
            id.clone(),
            occurrence.file.clone(),
            occurrence.line,
            occurrence.column,
        );
        if !self.seen_places.insert(place) {
            return;
        }
        let Some(path) = occurrence
            .file
            .as_deref()
            .filter(|file| !file.starts_with('<'))
            .map(|file| absolute(Path::new(file), self.cwd.as_deref()))
        else {
            analysed.occurrences.push(occurrence);
            return;
        };
        analysed.files.insert(path.clone());
        let Some(uri) = uri_of_path(&path) else {
            analysed.occurrences.push(occurrence);
            return;
        };
        let published = analysed.by_uri.entry(uri.clone()).or_default();
        if published.len() >= DIAGNOSTICS_PER_FILE {
            analysed.occurrences.push(occurrence);
            return;
        }
        let files = self.files;
        let text = self.texts.entry(path.clone()).or_insert_with(|| {
            let text = files.text(&path)?;
            let rope = match files.open_file(&path) {
                Some(open) => open.text.clone(),
                None => Rope::from_str(&text),
            };
            Some((text, rope))
        });
        let engine = Engine::new(self.patterns, None);
        let pattern_id = self
            .pattern_ids
            .entry(id.clone())
            .or_insert_with(|| {
                engine
                    .recognise(occurrence.clone())
                    .pattern_id()
                    .map(str::to_string)
            })
            .clone();
        let data = PublishedDiagnosticData {
            fingerprint: id.0.clone(),
            tool: occurrence.tool.as_str().to_string(),
            pattern_id,
            command_line: self.command_line.to_string(),
        };
        let file_text = text.as_ref().map(|(text, rope)| FileText { text, rope });
        let diagnostic =
            diagnostic_of_occurrence(&occurrence, &uri, file_text, self.encoding, &data);
        let mut placed = occurrence.clone();
        placed.file = Some(path.display().to_string());
        published.push(CapturedDiagnostic {
            diagnostic,
            occurrence: placed,
        });
        analysed.occurrences.push(occurrence);
    }
}

fn absolute(path: &Path, cwd: Option<&Path>) -> PathBuf {
    match (path.is_absolute(), cwd) {
        (false, Some(cwd)) => cwd.join(path),
        _ => path.to_path_buf(),
    }
}
