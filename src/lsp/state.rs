//! Everything the server knows between messages: the open documents, the diagnostics it can see
//! (forwarded by the editor, or its own from captured output), the settings, the fixes it offered
//! and is watching, and the running tasks. Each part sits under its own std `Mutex`, locked only
//! for the synchronous moment of reading or changing it and never across an `.await` (one await
//! between reading and writing document state loses edits when handlers run concurrently).
//!
//! The pattern library and the database open on background threads at start, so `initialize` is
//! answered at once; requests wait for the patterns (milliseconds, once) and use the database
//! only inside `spawn_blocking`.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use tokio::sync::watch;
use tower_lsp_server::ls_types::{Diagnostic, Position, Range, Uri};

use super::config::Config;
use super::documents::{Documents, PositionEncoding};
use super::fix_tracker::FixTracker;
use crate::generate::SymbolIndex;
use crate::occurrence::Occurrence;
use crate::pattern::PatternSet;
use crate::store::Store;

/// How long an editor request waits for another process's database write: a hover must not
/// hang on a long `heal` transaction; it answers with priors instead.
const REQUEST_BUSY_TIMEOUT: Duration = Duration::from_millis(250);

/// What the client told the server in `initialize`.
#[derive(Debug, Clone, Default)]
pub struct Session {
    pub encoding: PositionEncoding,
    /// The workspace root: where tasks run unless told otherwise.
    pub root: Option<PathBuf>,
    /// The client can show server-initiated progress (`window.workDoneProgress`).
    pub work_done_progress: bool,
    /// The client takes versioned `documentChanges` in workspace edits.
    pub document_changes: bool,
}

pub struct ServerState {
    pub documents: Mutex<Documents>,
    pub diagnostics: Mutex<DiagnosticsState>,
    pub config: Mutex<Config>,
    pub session: Mutex<Session>,
    pub fixes: Mutex<FixTracker>,
    /// Running tasks by progress token; sending `true` stops one.
    pub tasks: Mutex<HashMap<String, watch::Sender<bool>>>,
    /// Held (across awaits: a tokio mutex) while a run's diagnostics are published.
    pub publishing: tokio::sync::Mutex<()>,
    patterns: watch::Receiver<Option<Arc<PatternSet>>>,
    /// To load the library again when a pattern was learned.
    patterns_sender: watch::Sender<Option<Arc<PatternSet>>>,
    /// The learner's queue (`background::observe`): one thread, so observations are made in
    /// the order the editor sent them.
    pub learner: Mutex<Option<std::sync::mpsc::Sender<crate::lsp::background::Observe>>>,
    /// For quick reads inside `spawn_blocking` only; background writers open their own.
    store: Mutex<Option<Store>>,
    /// The workspace's definitions (imports for names defined in another file), once indexed.
    symbols: Mutex<Option<Arc<SymbolIndex>>>,
    next_id: AtomicU64,
    /// Between `initialize` and `shutdown`: when the server takes notifications.
    serving: AtomicBool,
}

impl ServerState {
    /// The state, with the pattern library and the database loading in the background.
    pub fn start() -> Arc<ServerState> {
        let (patterns_sender, patterns) = watch::channel(None);
        let state = Arc::new(ServerState {
            documents: Mutex::new(Documents::default()),
            diagnostics: Mutex::new(DiagnosticsState::default()),
            config: Mutex::new(Config::default()),
            session: Mutex::new(Session::default()),
            fixes: Mutex::new(FixTracker::default()),
            tasks: Mutex::new(HashMap::new()),
            publishing: tokio::sync::Mutex::new(()),
            patterns,
            patterns_sender: patterns_sender.clone(),
            learner: Mutex::new(None),
            store: Mutex::new(None),
            symbols: Mutex::new(None),
            next_id: AtomicU64::new(1),
            serving: AtomicBool::new(false),
        });
        std::thread::Builder::new()
            .name("selfheal-patterns".into())
            .spawn(move || {
                let (set, errors) = PatternSet::load_all();
                for error in errors {
                    tracing::warn!("pattern not loaded: {error}");
                }
                tracing::info!(patterns = set.len(), "pattern library loaded");
                let _ = patterns_sender.send(Some(Arc::new(set)));
            })
            .ok();
        let opening = Arc::clone(&state);
        std::thread::Builder::new()
            .name("selfheal-store".into())
            .spawn(move || match open_request_store() {
                Ok(store) => *lock(&opening.store) = Some(store),
                Err(error) => tracing::warn!("working without memory: {error}"),
            })
            .ok();
        state
    }

    /// Loads the pattern library again (after a pattern was learned); requests use the one
    /// loaded before until it is done.
    pub fn reload_patterns(&self) {
        let sender = self.patterns_sender.clone();
        std::thread::Builder::new()
            .name("selfheal-patterns".into())
            .spawn(move || {
                let (set, _) = PatternSet::load_all();
                let _ = sender.send(Some(Arc::new(set)));
            })
            .ok();
    }

    /// Indexes (or re-indexes: only files that changed are read again) the workspace's
    /// definitions on a thread of its own; requests use the last finished index meanwhile.
    pub fn index_workspace(self: &Arc<Self>) {
        let Some(root) = lock(&self.session).root.clone() else {
            return;
        };
        let state = Arc::clone(self);
        std::thread::Builder::new()
            .name("selfheal-symbols".into())
            .spawn(move || {
                let previous = lock(&state.symbols).clone();
                let index = match previous {
                    Some(previous) if previous.root() == root => {
                        let mut index = (*previous).clone();
                        index.refresh();
                        index
                    }
                    _ => SymbolIndex::build(&root),
                };
                tracing::info!(files = index.len(), "workspace symbols indexed");
                *lock(&state.symbols) = Some(Arc::new(index));
            })
            .ok();
    }

    /// The workspace's definitions, as last indexed.
    pub fn symbols(&self) -> Option<Arc<SymbolIndex>> {
        lock(&self.symbols).clone()
    }

    /// The pattern library, waiting on this (non-async) thread until it is loaded.
    pub fn patterns_blocking(&self) -> Arc<PatternSet> {
        loop {
            if let Some(set) = self.patterns.borrow().clone() {
                return set;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
    }

    /// The pattern library, once loaded.
    pub async fn patterns(&self) -> Arc<PatternSet> {
        let mut receiver = self.patterns.clone();
        let loaded = receiver
            .wait_for(Option::is_some)
            .await
            .ok()
            .and_then(|loaded| loaded.clone());
        match loaded {
            Some(set) => set,
            // The loading thread died: answer without patterns rather than not at all.
            None => Arc::new(PatternSet::default()),
        }
    }

    /// Runs `work` with the request database (or `None` while it is not open). Blocks: call it
    /// from `spawn_blocking` only.
    pub fn with_store<T>(&self, work: impl FnOnce(Option<&Store>) -> T) -> T {
        let store = lock(&self.store);
        work(store.as_ref())
    }

    /// Whether the server is between `initialize` and `shutdown`.
    pub fn serving(&self) -> bool {
        self.serving.load(Ordering::Acquire)
    }

    pub fn set_serving(&self, serving: bool) {
        self.serving.store(serving, Ordering::Release);
    }

    pub fn encoding(&self) -> PositionEncoding {
        lock(&self.session).encoding
    }

    pub fn config(&self) -> Config {
        lock(&self.config).clone()
    }

    /// A new id, unique in this server's life (tracking tokens, progress tokens).
    pub fn next_id(&self) -> u64 {
        self.next_id.fetch_add(1, Ordering::Relaxed)
    }
}

/// Locks a mutex, also after a panic elsewhere poisoned it: the data behind every lock here is
/// consistent after each statement, and a dead server helps nobody.
pub fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn open_request_store() -> Result<Store, crate::store::StoreError> {
    Store::open_default_with_busy_timeout(REQUEST_BUSY_TIMEOUT)
}

/// Opens a database connection of its own for a background writer.
pub fn open_writer_store() -> Option<Store> {
    match Store::open_default() {
        Ok(store) => Some(store),
        Err(error) => {
            tracing::warn!("not recorded (no database): {error}");
            None
        }
    }
}

/// Where `position` (before an edit of `range` that inserted `inserted`) is after it; `None`
/// when the edit reaches past it (the edit touched it, or comes after it).
fn position_after_edit(
    position: Position,
    range: Range,
    inserted: &str,
    encoding: PositionEncoding,
) -> Option<Position> {
    if position < range.end {
        return None;
    }
    let added_lines = inserted.matches('\n').count() as u32;
    let last_inserted_line = inserted.rsplit('\n').next().unwrap_or("");
    let line = position.line - range.end.line + range.start.line + added_lines;
    let character = match position.line == range.end.line {
        // On the edit's last line: what followed the edit now follows the inserted text.
        true => {
            let before = match added_lines {
                0 => range.start.character + encoding.length_of(last_inserted_line),
                _ => encoding.length_of(last_inserted_line),
            };
            before + (position.character - range.end.character)
        }
        false => position.character,
    };
    Some(Position::new(line, character))
}

/// The 1-based column of `position` in `unit`, read from the document's line.
fn tool_column(
    text: &ropey::Rope,
    position: Position,
    encoding: PositionEncoding,
    unit: crate::fix::ColumnUnit,
) -> u32 {
    let offset = super::documents::offset_of(text, position, encoding);
    let line = (position.line as usize).min(text.len_lines().saturating_sub(1));
    let line_start = text.line_to_byte(line);
    let line_text = text.line(line).to_string();
    crate::fix::line_and_column_of(&line_text, offset.saturating_sub(line_start), unit).1
}

/// Where a diagnostic the server sees came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiagnosticOrigin {
    /// Forwarded with `selfheal/didChangeExternalDiagnostics`.
    External,
    /// Published by selfheal for the output of this command line.
    Captured { command_line: String },
    /// Only in a codeAction request's context.
    Context,
}

/// A diagnostic the server can see, with the occurrence behind it when selfheal made it.
#[derive(Debug, Clone)]
pub struct SeenDiagnostic {
    pub diagnostic: Diagnostic,
    pub origin: DiagnosticOrigin,
    pub occurrence: Option<Occurrence>,
}

/// One diagnostic selfheal published, and the occurrence it came from.
#[derive(Debug, Clone)]
pub struct CapturedDiagnostic {
    pub diagnostic: Diagnostic,
    pub occurrence: Occurrence,
}

/// The last processed run of one command line.
#[derive(Debug, Clone, Default)]
struct CapturedRun {
    by_uri: HashMap<Uri, Vec<CapturedDiagnostic>>,
}

/// Forwarded diagnostics per document, and selfheal's own per command line.
#[derive(Debug, Default)]
pub struct DiagnosticsState {
    external: HashMap<Uri, Vec<Diagnostic>>,
    runs: HashMap<String, CapturedRun>,
    /// The newest run started per command line: results of older runs that finish later are
    /// dropped.
    latest_run: HashMap<String, u64>,
    next_run: u64,
}

impl DiagnosticsState {
    /// Replaces the forwarded diagnostics of `uri`.
    pub fn set_external(&mut self, uri: Uri, diagnostics: Vec<Diagnostic>) {
        match diagnostics.is_empty() {
            true => self.external.remove(&uri),
            false => self.external.insert(uri, diagnostics),
        };
    }

    /// A run of `command_line` begins; its results must present this number.
    pub fn begin_run(&mut self, command_line: &str) -> u64 {
        self.next_run += 1;
        self.latest_run
            .insert(command_line.to_string(), self.next_run);
        self.next_run
    }

    /// Replaces the diagnostics of `command_line` with a finished run's. Returns the documents
    /// whose published diagnostics changed, or `None` when a newer run already started.
    pub fn finish_run(
        &mut self,
        command_line: &str,
        run: u64,
        by_uri: HashMap<Uri, Vec<CapturedDiagnostic>>,
    ) -> Option<Vec<Uri>> {
        if self.latest_run.get(command_line) != Some(&run) {
            return None;
        }
        let previous = self.runs.remove(command_line).unwrap_or_default();
        let mut affected: Vec<Uri> = previous.by_uri.into_keys().collect();
        for uri in by_uri.keys() {
            if !affected.contains(uri) {
                affected.push(uri.clone());
            }
        }
        if !by_uri.is_empty() {
            self.runs
                .insert(command_line.to_string(), CapturedRun { by_uri });
        }
        Some(affected)
    }

    /// Moves selfheal's own diagnostics on `uri` that start at or after the end of an edit of
    /// `range` with the text they point at: by the lines the edit added or removed, and on the
    /// edit's last line by the characters it added or removed before them (an import added above
    /// an error, a line opened above it with Neovim's `O`, the line above deleted with `dd`, must
    /// not leave its squiggle and its fix on the wrong line until the next build). Diagnostics
    /// the edit touches stay: the next run says whether they are still there. `text` is the
    /// document after the edit. Returns whether any moved.
    pub fn follow_edit(
        &mut self,
        uri: &Uri,
        range: Range,
        inserted: &str,
        text: &ropey::Rope,
        encoding: PositionEncoding,
    ) -> bool {
        let mut moved = false;
        for run in self.runs.values_mut() {
            for captured in run.by_uri.get_mut(uri).into_iter().flatten() {
                let Some(start) =
                    position_after_edit(captured.diagnostic.range.start, range, inserted, encoding)
                else {
                    continue;
                };
                let end =
                    position_after_edit(captured.diagnostic.range.end, range, inserted, encoding)
                        .unwrap_or(start);
                if start == captured.diagnostic.range.start {
                    continue;
                }
                let columns_moved = start.character != captured.diagnostic.range.start.character;
                captured.diagnostic.range = Range::new(start, end);
                let occurrence = &mut captured.occurrence;
                occurrence.line = occurrence.line.map(|_| start.line + 1);
                occurrence.end_line = occurrence.end_line.map(|_| end.line + 1);
                if columns_moved {
                    let unit = crate::fix::ColumnUnit::of(occurrence.tool);
                    occurrence.column = occurrence
                        .column
                        .map(|_| tool_column(text, start, encoding, unit));
                    occurrence.end_column = occurrence
                        .end_column
                        .map(|_| tool_column(text, end, encoding, unit));
                }
                moved = true;
            }
        }
        moved
    }

    /// What selfheal publishes for `uri`: its diagnostics from every command line.
    pub fn published_for(&self, uri: &Uri) -> Vec<Diagnostic> {
        self.runs
            .values()
            .filter_map(|run| run.by_uri.get(uri))
            .flatten()
            .map(|captured| captured.diagnostic.clone())
            .collect()
    }

    /// Every diagnostic the server can see on `uri`.
    pub fn seen_for(&self, uri: &Uri) -> Vec<SeenDiagnostic> {
        let external = self
            .external
            .get(uri)
            .into_iter()
            .flatten()
            .map(|diagnostic| SeenDiagnostic {
                diagnostic: diagnostic.clone(),
                origin: DiagnosticOrigin::External,
                occurrence: None,
            });
        let captured = self.runs.iter().flat_map(|(command_line, run)| {
            run.by_uri
                .get(uri)
                .into_iter()
                .flatten()
                .map(|captured| SeenDiagnostic {
                    diagnostic: captured.diagnostic.clone(),
                    origin: DiagnosticOrigin::Captured {
                        command_line: command_line.clone(),
                    },
                    occurrence: Some(captured.occurrence.clone()),
                })
        });
        external.chain(captured).collect()
    }
}
