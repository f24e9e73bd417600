//! Learning from the fixes people make. After a run of a command, selfheal remembers the errors it
//! showed and a scrubbed snapshot of the files they point at (`store::Watch`, per command and
//! directory). When a later run of the same command no longer shows an error in a file, and that
//! file changed, the change is a lesson (`lesson`); once it replays on the snapshot to exactly the
//! person's change (`replay`) and its message regex says nothing about other stored errors, it is
//! kept as an ordinary pattern in the user's `learned.toml` (`library`) — offered in the editor,
//! tried by `heal`'s verified search, and judged like every other fix. Beside it may go a
//! lesson for any value of the kind the change kept (`shape`) and one merged with an earlier
//! lesson (`merge`); a lesson about one name goes beside it for any error that names it, however
//! worded (`named`); a change that is exactly the tool's suggestion or a candidate generator's
//! fix teaches that fix for errors of its kind (`generated`); a rename at every use is one lesson
//! (`rename`); and when the error's file did not change but the project's manifest next to it
//! did (it is snapshotted too), the manifest's added lines are the lesson (`manifest`).
//!
//! Snapshots are scrubbed before they are stored, and both sides of a change are scrubbed before
//! they are compared, so a lesson (and the pattern made of it) never holds a secret.

mod generated;
mod hunks;
mod lesson;
pub mod library;
mod manifest;
mod merge;
mod named;
mod rename;
mod replay;
mod shape;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::engine::{Engine, RecognisedError};
use crate::fix::FileSource;
use crate::occurrence::Occurrence;
use crate::pattern::PatternSpec;
use crate::scrub::scrub;
use crate::store::Watch;

pub use lesson::{lesson, NotLearned, LEARNED_PRIOR};
pub use replay::replay;
use replay::replay_on;

/// At most this many errors of one run are watched.
const WATCHED_ERRORS: usize = 50;
/// At most this many files of one run are snapshotted.
const WATCHED_FILES: usize = 20;
/// Larger files are not snapshotted (their errors teach nothing).
const SNAPSHOT_BYTES: u64 = 512 * 1024;

/// A pattern learned from a person's change.
#[derive(Debug, Clone, PartialEq)]
pub struct Learned {
    pub spec: PatternSpec,
    /// The file whose change taught it.
    pub file: String,
}

impl Learned {
    /// The line printed when something was learned.
    pub fn describe(&self) -> String {
        let title = self
            .spec
            .fixes
            .first()
            .map(|fix| fix.title.replace("{{", "{").replace("}}", "}"))
            .unwrap_or_default();
        format!(
            "selfheal: learned from your change to {}: {title} (pattern {})",
            self.file, self.spec.id
        )
    }
}

/// What one observation found.
#[derive(Debug, Clone, Default)]
pub struct Observation {
    pub learned: Vec<Learned>,
    /// Errors that went away after a change that was not learned, and why.
    pub not_learned: Vec<(String, NotLearned)>,
}

/// Where a command's runs are remembered for learning, and where its lessons go.
#[derive(Debug, Clone)]
pub struct Learning {
    pub command_key: String,
    pub learned_file: PathBuf,
}

impl Learning {
    /// For `command` run in `cwd`; `None` when learning is off or there is no data directory.
    pub fn for_command(cwd: &Path, command: &[String]) -> Option<Learning> {
        if !enabled() {
            return None;
        }
        Some(Learning {
            command_key: command_key(cwd, command),
            learned_file: library::learned_file()?,
        })
    }
}

/// The key a command's runs are remembered under: its directory and its arguments.
pub fn command_key(cwd: &Path, command: &[String]) -> String {
    let mut key = cwd.to_string_lossy().into_owned().into_bytes();
    for argument in command {
        key.push(0);
        key.extend_from_slice(argument.as_bytes());
    }
    crate::digest::sha256_hex(&key)[..32].to_string()
}

/// Whether learning is on: `SELFHEAL_LEARN=0` (or `off`, `false`) turns it off.
pub fn enabled() -> bool {
    !crate::home::switched_off("SELFHEAL_LEARN")
}

/// A file's text as the learner keeps it: scrubbed; `None` when unreadable, not UTF-8 or large.
fn snapshot_of(path: &Path, files: &dyn FileSource) -> Option<String> {
    if std::fs::metadata(path).is_ok_and(|m| m.len() > SNAPSHOT_BYTES) {
        return None;
    }
    let text = files.read(path)?;
    if text.len() as u64 > SNAPSHOT_BYTES {
        return None;
    }
    Some(scrub(&text).into_owned())
}

impl Engine<'_> {
    /// After a run of the command `command_key` (or a new set of an editor's diagnostics for
    /// one document): learns from the errors of the last run that are gone now from files a
    /// person changed, saving each lesson to `learned_file`; then remembers this run's errors and
    /// files for the next time. `files` reads the files as they are now (the disk, or the
    /// editor's open documents).
    pub fn observe_run(
        &self,
        command_key: &str,
        errors: &[RecognisedError<'_>],
        learned_file: Option<&Path>,
        files: &dyn FileSource,
    ) -> Observation {
        let Some(store) = self.store else {
            return Observation::default();
        };
        let previous = match store.watch(command_key) {
            Ok(watch) => watch,
            Err(problem) => {
                tracing::warn!("the last run is not known: {problem}");
                Watch::default()
            }
        };
        tracing::debug!(
            command_key,
            before = previous.errors.len(),
            now = errors.len(),
            "observing a run for lessons"
        );
        let observation = match learned_file {
            Some(file) => self.learn_from(&previous, errors, file, files),
            None => Observation::default(),
        };
        let watch = watch_of(errors, files);
        tracing::debug!(
            errors = watch.errors.len(),
            files = watch.files.len(),
            "watching for the next run"
        );
        if let Err(problem) = store.replace_watch(command_key, &watch) {
            tracing::warn!("this run is not remembered for learning: {problem}");
        }
        observation
    }

    fn learn_from(
        &self,
        previous: &Watch,
        errors: &[RecognisedError<'_>],
        learned_file: &Path,
        files: &dyn FileSource,
    ) -> Observation {
        let mut observation = Observation::default();
        let still_there: HashSet<(String, String)> = errors
            .iter()
            .flat_map(|error| {
                error.places.iter().filter_map(|place| {
                    let file = place.file.as_ref()?.to_string_lossy().into_owned();
                    Some((error.fingerprint.0.clone(), file))
                })
            })
            .collect();
        let before: HashSet<&str> = previous.errors.iter().map(|(f, _)| f.as_str()).collect();
        let new_errors: Vec<&RecognisedError<'_>> = errors
            .iter()
            .filter(|error| error.is_error() && !before.contains(error.fingerprint.0.as_str()))
            .collect();
        let snapshots: HashMap<&str, &str> = previous
            .files
            .iter()
            .map(|(path, text)| (path.as_str(), text.as_str()))
            .collect();
        let mut current: HashMap<String, Option<String>> = HashMap::new();
        for (fingerprint, json) in &previous.errors {
            let occurrence = match serde_json::from_str::<Occurrence>(json) {
                Ok(occurrence) => occurrence,
                Err(error) => {
                    tracing::debug!("a watched error is not readable: {error}");
                    continue;
                }
            };
            let Some(file) = occurrence.file.clone() else {
                continue;
            };
            if still_there.contains(&(fingerprint.clone(), file.clone())) {
                continue;
            }
            let Some(old) = snapshots.get(file.as_str()) else {
                tracing::debug!("no snapshot of {file}");
                continue;
            };
            // Python's marked columns, placed in the file as it was.
            let as_it_was = replay::Snapshot {
                path: PathBuf::from(&file),
                text: old,
            };
            let occurrence = crate::fix::placed(&occurrence, &as_it_was).into_owned();
            let new = current
                .entry(file.clone())
                .or_insert_with(|| snapshot_of(Path::new(&file), files));
            let Some(new) = new.as_deref() else {
                tracing::debug!("{file} cannot be read now");
                continue;
            };
            if *old == new {
                // The error's file is as it was: its fix may be in the project's manifest.
                let now = (&new_errors[..], errors);
                match self.manifest_lesson(&occurrence, &snapshots, files, now, learned_file) {
                    Some(Ok(Some(learned))) => observation.learned.push(learned),
                    Some(Ok(None)) => {}
                    Some(Err(why)) => observation.not_learned.push((fingerprint.clone(), why)),
                    None => tracing::debug!("{file} did not change: the error went away by itself"),
                }
                continue;
            }
            match self.keep_lesson(
                &occurrence,
                &file,
                old,
                new,
                &new_errors,
                errors,
                learned_file,
            ) {
                Ok(Some(learned)) => observation.learned.push(learned),
                Ok(None) => {}
                Err(why) => observation.not_learned.push((fingerprint.clone(), why)),
            }
        }
        observation
    }

    /// The lesson of a change to the manifest of `occurrence`'s file, when a snapshot of it was
    /// taken and it changed since; `None` when it did not.
    fn manifest_lesson(
        &self,
        occurrence: &Occurrence,
        snapshots: &HashMap<&str, &str>,
        files: &dyn FileSource,
        (new_errors, errors): (&[&RecognisedError<'_>], &[RecognisedError<'_>]),
        learned_file: &Path,
    ) -> Option<Result<Option<Learned>, NotLearned>> {
        let file = Path::new(occurrence.file.as_deref()?);
        let language = occurrence.tool.language();
        let (path, old, new) = manifest::manifests_of(file, language, files)
            .into_iter()
            .find_map(|path| {
                let old = snapshots.get(path.to_str()?)?;
                let new = snapshot_of(&path, files)?;
                (*old != new).then(|| (path, old.to_string(), new))
            })?;
        let name = path.file_name()?.to_str()?;
        // A tool that stops at its first error may only have stopped earlier.
        if crate::engine::stops_at_first(occurrence.tool) && !new_errors.is_empty() {
            return Some(Err(NotLearned(
                "a new error appeared, which may hide this one".to_string(),
            )));
        }
        // An error where this one was (the line did not change): it changed; it did not go.
        let same_place = errors
            .iter()
            .filter(|error| error.is_error())
            .find(|error| {
                error.places.iter().any(|place| {
                    place.file.as_deref() == Some(file) && place.line == occurrence.line
                })
            });
        if let Some(error) = same_place {
            return Some(Err(NotLearned(format!(
                "where the error was, another one shows now: {}",
                error.occurrence.message
            ))));
        }
        let lesson = manifest::manifest_lesson(occurrence, name, &old, &new).and_then(|spec| {
            replay_on(&spec, occurrence, &path, &old, &new)?;
            self.check_specific(&spec, occurrence)?;
            Ok(spec)
        });
        Some(lesson.and_then(|spec| {
            let name = path.to_string_lossy();
            self.save_lesson(spec, occurrence, &name, &old, &new, learned_file)
        }))
    }

    /// Learns from a fix selfheal applied and saw work (an LLM's proposal, say): the file of
    /// `occurrence` went from `old` to `new` and the error is gone; `errors` is what the run after
    /// it showed and `before` the fingerprints of the run before. Both texts are scrubbed here.
    /// `Ok(None)` when it was learned before.
    pub fn learn_from_fix(
        &self,
        occurrence: &Occurrence,
        old: &str,
        new: &str,
        before: &HashSet<crate::fingerprint::Fingerprint>,
        errors: &[RecognisedError<'_>],
        learned_file: &Path,
    ) -> Result<Option<Learned>, NotLearned> {
        let file = occurrence
            .file
            .clone()
            .ok_or_else(|| NotLearned("the error names no file".to_string()))?;
        let (old, new) = (scrub(old), scrub(new));
        let new_errors: Vec<&RecognisedError<'_>> = errors
            .iter()
            .filter(|error| error.is_error() && !before.contains(&error.fingerprint))
            .collect();
        self.keep_lesson(
            occurrence,
            &file,
            &old,
            &new,
            &new_errors,
            errors,
            learned_file,
        )
    }

    /// A lesson from one change, validated and saved (and generalised with earlier ones).
    #[allow(clippy::too_many_arguments)]
    fn keep_lesson(
        &self,
        occurrence: &Occurrence,
        file: &str,
        old: &str,
        new: &str,
        new_errors: &[&RecognisedError<'_>],
        errors: &[RecognisedError<'_>],
        learned_file: &Path,
    ) -> Result<Option<Learned>, NotLearned> {
        match self.lesson_from(occurrence, old, new, new_errors, errors) {
            Ok(spec) => self.save_lesson(spec, occurrence, file, old, new, learned_file),
            Err(why) => {
                tracing::debug!("not learned from the change to {file}: {}", why.0);
                Err(why)
            }
        }
    }

    /// Saves a validated lesson (the change of `file` from `old` to `new`), with its general
    /// patterns, and remembers it in the store and the team's outbox. `Ok(None)` when it was
    /// learned before.
    fn save_lesson(
        &self,
        spec: PatternSpec,
        occurrence: &Occurrence,
        file: &str,
        old: &str,
        new: &str,
        learned_file: &Path,
    ) -> Result<Option<Learned>, NotLearned> {
        match library::add(learned_file, &spec) {
            Ok(true) => {
                self.generalise(&spec, occurrence, Path::new(file), (old, new), learned_file);
                tracing::info!("learned {} from the change to {file}", spec.id);
                if let Some(store) = self.store {
                    let (fingerprint, shape) = crate::fingerprint::ids(occurrence);
                    let title = spec.fixes.first().map_or("", |fix| fix.title.as_str());
                    let learning = crate::store::NewLearning {
                        fingerprint: &fingerprint.0,
                        shape: &shape.0,
                        tool: occurrence.tool.as_str(),
                        code: occurrence.code.as_deref(),
                        error_text: &occurrence.message,
                        fix_title: title,
                        pattern_id: Some(&spec.id),
                    };
                    crate::engine::keep_learning(store, &learning);
                    crate::remote::outbox::queue_lesson(
                        store,
                        &learning,
                        &spec,
                        &crate::remote::outbox::lesson_diff(old, new),
                    );
                }
                Ok(Some(Learned {
                    spec,
                    file: file.to_string(),
                }))
            }
            Ok(false) => {
                tracing::debug!("already learned: {}", spec.id);
                Ok(None)
            }
            Err(problem) => {
                tracing::warn!("a lesson was not saved: {problem:#}");
                Err(NotLearned(format!("{problem:#}")))
            }
        }
    }

    fn lesson_from(
        &self,
        occurrence: &Occurrence,
        old: &str,
        new: &str,
        new_errors: &[&RecognisedError<'_>],
        errors: &[RecognisedError<'_>],
    ) -> Result<PatternSpec, NotLearned> {
        // A tool that stops at its first error may only have stopped earlier.
        if crate::engine::stops_at_first(occurrence.tool) && !new_errors.is_empty() {
            return Err(NotLearned(format!(
                "a new error appeared ({}), which may hide this one",
                new_errors[0].occurrence.message
            )));
        }
        let spec = lesson(occurrence, old, new)?;
        // No error now on the lines the change made.
        let changed = changed_lines(old, new);
        let file = occurrence.file.as_deref().map(Path::new);
        for error in errors.iter().filter(|error| error.is_error()) {
            for place in &error.places {
                if place.file.as_deref() == file
                    && place.line.is_some_and(|line| changed.contains(&line))
                {
                    return Err(NotLearned(format!(
                        "the changed lines have an error now: {}",
                        error.occurrence.message
                    )));
                }
            }
        }
        replay(&spec, occurrence, old, new)?;
        self.check_specific(&spec, occurrence)?;
        Ok(spec)
    }

    /// General patterns of a new lesson (learned from the change of `lesson_path` from `old` to
    /// `new`), each kept when it replays on this lesson's change: the lesson for any value of the
    /// kind the change kept (`shape`) and a lesson of the same shape as an earlier one merged
    /// with it (`merge`), both saying nothing about other kinds of errors; and the lesson for
    /// any error naming the value its fix is about (`named`).
    fn generalise(
        &self,
        spec: &PatternSpec,
        occurrence: &Occurrence,
        lesson_path: &Path,
        (old, new): (&str, &str),
        learned_file: &Path,
    ) {
        if let Some(general) = shape::general_lesson(occurrence, old, new, spec) {
            match self.keep_valid(&general, occurrence, old, new, learned_file) {
                Ok(true) => {
                    tracing::info!("learned {} for any value, beside {}", general.id, spec.id)
                }
                Ok(false) => {}
                Err(why) => tracing::debug!("not learned for any value: {}", why.0),
            }
        }
        for general in generated::generator_lessons(spec, occurrence, lesson_path, (old, new)) {
            // Checked by running the generator on the change (`generator_lessons`), not replayed.
            let kept = self
                .check_specific(&general, occurrence)
                .map(|()| matches!(library::add(learned_file, &general), Ok(true)));
            match kept {
                Ok(true) => tracing::info!("learned {}: a generator's fix", general.id),
                Ok(false) => {}
                Err(why) => tracing::debug!("not learned as a generator's fix: {}", why.0),
            }
        }
        if let Some(suggested) = generated::suggestion_lesson(spec, occurrence) {
            let kept = replay_on(&suggested, occurrence, lesson_path, old, new)
                .and_then(|()| self.check_specific(&suggested, occurrence))
                .map(|()| matches!(library::add(learned_file, &suggested), Ok(true)));
            match kept {
                Ok(true) => tracing::info!("learned {}: the tool's suggestion", suggested.id),
                Ok(false) => {}
                Err(why) => tracing::debug!("not learned as the tool's suggestion: {}", why.0),
            }
        }
        if let Some(named) = named::named_lesson(spec, occurrence) {
            // Made for other codes and wordings: replayed, not held to this one's.
            let kept = replay_on(&named, occurrence, lesson_path, old, new)
                .map(|()| matches!(library::add(learned_file, &named), Ok(true)));
            match kept {
                Ok(true) => tracing::info!("learned {} for any error naming its value", named.id),
                Ok(false) => {}
                Err(why) => tracing::debug!("not learned for other wordings: {}", why.0),
            }
        }
        let Ok(earlier) = library::read(learned_file) else {
            return;
        };
        for other in earlier.iter().filter(|other| other.id != spec.id) {
            let Some(general) = merge::generalise(other, spec) else {
                continue;
            };
            match self.keep_valid(&general, occurrence, old, new, learned_file) {
                Ok(true) => {
                    tracing::info!("generalised {} and {} as {}", other.id, spec.id, general.id)
                }
                Ok(false) => {}
                Err(why) => tracing::debug!("not generalised with {}: {}", other.id, why.0),
            }
        }
    }

    /// Saves a pattern made from a lesson when it replays on the change and says nothing about
    /// other kinds of errors; `Ok(false)` when it was there already (or could not be saved).
    fn keep_valid(
        &self,
        general: &PatternSpec,
        occurrence: &Occurrence,
        old: &str,
        new: &str,
        learned_file: &Path,
    ) -> Result<bool, NotLearned> {
        replay(general, occurrence, old, new)?;
        self.check_specific(general, occurrence)?;
        Ok(matches!(library::add(learned_file, general), Ok(true)))
    }

    /// The message regex must not match errors of another code or shape the store has seen: a
    /// lesson about one error is not a rule for others.
    fn check_specific(
        &self,
        spec: &PatternSpec,
        occurrence: &Occurrence,
    ) -> Result<(), NotLearned> {
        let Some(store) = self.store else {
            return Ok(());
        };
        let Ok(regex) = regex::Regex::new(&spec.message) else {
            return Err(NotLearned("its message regex does not compile".to_string()));
        };
        let shape = crate::fingerprint::shape(occurrence);
        let others = store
            .recent_messages(occurrence.tool.language(), 2000)
            .unwrap_or_default();
        for (code, other_shape, message) in others {
            // A pattern with codes never meets an error of another code.
            if !spec.codes.is_empty() && !code.as_ref().is_some_and(|c| spec.codes.contains(c)) {
                continue;
            }
            let same = code == occurrence.code && other_shape == shape.0;
            if !same && regex.is_match(&message) {
                return Err(NotLearned(format!(
                    "its message regex also matches another kind of error: {message}"
                )));
            }
        }
        Ok(())
    }
}

/// 1-based lines of `new` that the change from `old` added or altered.
fn changed_lines(old: &str, new: &str) -> HashSet<u32> {
    let old_lines: Vec<&str> = old.split_inclusive('\n').collect();
    let new_lines: Vec<&str> = new.split_inclusive('\n').collect();
    hunks::hunks(&old_lines, &new_lines)
        .unwrap_or_default()
        .iter()
        .flat_map(|hunk| {
            let first = hunk.new_start as u32 + 1;
            // A deletion changed the line now at its place.
            let count = hunk.new.len().max(1) as u32;
            first..first + count
        })
        .collect()
}

/// This run's errors and a snapshot of the files they point at.
fn watch_of(errors: &[RecognisedError<'_>], source: &dyn FileSource) -> Watch {
    let mut watch = Watch::default();
    let mut files: Vec<String> = Vec::new();
    let mut seen: HashSet<(String, String)> = HashSet::new();
    let mut languages = HashMap::new();
    'errors: for error in errors.iter().filter(|error| error.is_error()) {
        for occurrence in std::iter::once(&error.occurrence).chain(&error.repeats) {
            if watch.errors.len() >= WATCHED_ERRORS {
                break 'errors;
            }
            let (Some(file), Some(_)) = (&occurrence.file, occurrence.line) else {
                continue;
            };
            if !seen.insert((error.fingerprint.0.clone(), file.clone())) {
                continue;
            }
            if !files.contains(file) {
                if files.len() >= WATCHED_FILES {
                    continue;
                }
                files.push(file.clone());
                languages.insert(file.clone(), occurrence.tool.language());
            }
            if let Ok(json) = serde_json::to_string(occurrence) {
                watch
                    .errors
                    .push((error.fingerprint.0.clone(), scrub(&json).into_owned()));
            }
        }
    }
    // The manifests next to (or above) those files: a fix often lands there.
    let manifests: Vec<String> = files
        .iter()
        .filter_map(|file| Some((file, *languages.get(file)?)))
        .flat_map(|(file, language)| manifest::manifests_of(Path::new(file), language, source))
        .filter_map(|path| path.to_str().map(str::to_string))
        .collect();
    for manifest in manifests {
        if !files.contains(&manifest) {
            files.push(manifest);
        }
    }
    for file in files {
        if let Some(text) = snapshot_of(Path::new(&file), source) {
            watch.files.push((file, text));
        }
    }
    watch
}
