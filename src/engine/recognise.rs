//! Recognise: an occurrence from any source (tool output, a diagnostic an editor forwarded,
//! pasted text) becomes the error as selfheal knows it — its fingerprint and shape, every place
//! it was seen in one run, and the pattern that explains it: a pattern whose regexes match, or
//! else the pattern this exact fingerprint was matched to before (a pattern written for another
//! tool's wording, say).

use std::collections::HashMap;
use std::path::PathBuf;

use super::Engine;
use crate::fingerprint::{ids, Fingerprint, Shape};
use crate::occurrence::{Language, Occurrence, Severity, Tool};
use crate::pattern::{render_template, PatternMatch};
use crate::store::OccurrenceHistory;

/// How many repeats of one error a run keeps whole (a flood of one error keeps its count).
const REPEATS_KEPT: usize = 256;

/// One distinct error: the first occurrence of its fingerprint, every place it appeared, and the
/// pattern that knows it (`None` when none does).
#[derive(Debug, Clone)]
pub struct RecognisedError<'p> {
    pub occurrence: Occurrence,
    pub fingerprint: Fingerprint,
    pub shape: Shape,
    /// Every place this exact error appeared, in order (the first is `occurrence`'s).
    pub places: Vec<Place>,
    /// The occurrences at the other places (up to `REPEATS_KEPT`), for a fix made at each.
    pub repeats: Vec<Occurrence>,
    pub matched: Option<PatternMatch<'p>>,
}

/// Where an error was reported: a file and a 1-based line, each when the tool said.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Place {
    pub file: Option<PathBuf>,
    pub line: Option<u32>,
}

impl Place {
    pub fn of(occurrence: &Occurrence) -> Place {
        Place {
            file: occurrence.file.as_deref().map(PathBuf::from),
            line: occurrence.line,
        }
    }
}

impl<'p> Engine<'p> {
    /// The error one occurrence shows.
    pub fn recognise(&self, occurrence: Occurrence) -> RecognisedError<'p> {
        let occurrence = self.with_code_from_message(occurrence);
        let (fingerprint, shape) = ids(&occurrence);
        let matched = self.pattern_for(&occurrence, &fingerprint);
        RecognisedError {
            places: vec![Place::of(&occurrence)],
            repeats: Vec::new(),
            occurrence,
            fingerprint,
            shape,
            matched,
        }
    }

    /// The distinct errors of one run, in the order they first appeared; repeats of an error
    /// add their places to it.
    pub fn recognise_all(&self, occurrences: Vec<Occurrence>) -> Vec<RecognisedError<'p>> {
        let mut errors: Vec<RecognisedError<'p>> = Vec::new();
        let mut index_of: HashMap<Fingerprint, usize> = HashMap::new();
        for occurrence in occurrences {
            let fingerprint = crate::fingerprint::fingerprint(&occurrence);
            match index_of.get(&fingerprint) {
                Some(&index) => {
                    let error = &mut errors[index];
                    let place = Place::of(&occurrence);
                    let new_place = !error.places.contains(&place);
                    error.places.push(place);
                    if new_place && error.repeats.len() < REPEATS_KEPT {
                        error.repeats.push(occurrence);
                    }
                }
                None => {
                    index_of.insert(fingerprint.clone(), errors.len());
                    errors.push(self.recognise(occurrence));
                }
            }
        }
        errors
    }

    /// An occurrence whose message begins with its code (`NameError: name 'json' is not
    /// defined` from a language server that words it so) and that no pattern knows as it is,
    /// read as the tool prints it — code apart — when a pattern of its language knows it that
    /// way: the same path pasted text takes, and the same fingerprint the terminal's error gets.
    fn with_code_from_message(&self, occurrence: Occurrence) -> Occurrence {
        if occurrence.code.is_some() {
            return occurrence;
        }
        let (Some(code), message) = split_code(&occurrence.message) else {
            return occurrence;
        };
        if self.patterns.match_occurrence(&occurrence).is_some() {
            return occurrence;
        }
        let language = occurrence.tool.language();
        let tools = std::iter::once(occurrence.tool).chain(
            ALL_TOOLS
                .iter()
                .copied()
                .filter(|tool| language == Language::Unknown || tool.language() == language),
        );
        for tool in tools {
            let mut candidate = occurrence.clone();
            candidate.tool = tool;
            candidate.code = Some(code.to_string());
            candidate.message = message.to_string();
            if self.patterns.match_occurrence(&candidate).is_some() {
                return candidate;
            }
        }
        occurrence
    }

    /// Tier 1: a pattern that matches, else the pattern the store saw this fingerprint matched
    /// to, tried with that pattern's message regex alone.
    fn pattern_for(
        &self,
        occurrence: &Occurrence,
        fingerprint: &Fingerprint,
    ) -> Option<PatternMatch<'p>> {
        if let Some(matched) = self.patterns.match_occurrence(occurrence) {
            return Some(matched);
        }
        let history = self.store?.occurrence_history(fingerprint).ok()??;
        let pattern = self.patterns.get(history.pattern_id.as_deref()?)?;
        let captures = pattern.message.get().captures(&occurrence.message)?;
        Some(PatternMatch { pattern, captures })
    }

    /// What the store remembers of this exact error.
    pub fn history(&self, error: &RecognisedError<'_>) -> Option<OccurrenceHistory> {
        match self.store?.occurrence_history(&error.fingerprint) {
            Ok(history) => history,
            Err(problem) => {
                tracing::warn!("occurrence history not read: {problem}");
                None
            }
        }
    }
}

impl RecognisedError<'_> {
    /// How many times this error appeared in its run.
    pub fn count(&self) -> usize {
        self.places.len()
    }

    pub fn is_error(&self) -> bool {
        self.occurrence.severity == Severity::Error
    }

    pub fn pattern_id(&self) -> Option<&str> {
        self.matched.as_ref().map(|m| m.pattern.spec.id.as_str())
    }

    /// A capture of the matched pattern.
    pub fn value(&self, name: &str) -> Option<String> {
        self.matched.as_ref()?.capture(name).map(str::to_string)
    }

    /// The pattern's title with this error's captures.
    pub fn title(&self) -> Option<String> {
        let matched = self.matched.as_ref()?;
        Some(render_template(&matched.pattern.spec.title, &|name| {
            self.value(name)
        }))
    }
}

/// A message that begins with its code, as pasted text and some language servers write it
/// (`NameError: name 'x' is not defined`, `error[E0425]: …`, `error TS2304: …`): the code and
/// the rest.
pub(super) fn split_code(query: &str) -> (Option<&str>, &str) {
    static CODED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^(?:(?:error|warning)(?:\[(?P<bracketed>[\w-]+)\]| (?P<spaced>TS\d+))|(?P<exception>[A-Za-z_][\w.]*(?:Error|Exception|Warning)))\s*:\s*(?P<message>.+)$")
            .expect("valid regex")
    });
    match CODED.captures(query) {
        Some(captures) => {
            let code = ["bracketed", "spaced", "exception"]
                .iter()
                .find_map(|name| captures.name(name))
                .map(|m| m.as_str().rsplit('.').next().unwrap_or(m.as_str()));
            let message = captures.name("message").map_or(query, |m| m.as_str());
            (code, message)
        }
        None => (None, query),
    }
}

/// Every tool with patterns of its own, to ask as each would have printed a message.
pub(super) const ALL_TOOLS: [Tool; 12] = [
    Tool::Rustc,
    Tool::Gcc,
    Tool::Clang,
    Tool::Python,
    Tool::Pytest,
    Tool::Mypy,
    Tool::Tsc,
    Tool::Eslint,
    Tool::Node,
    Tool::Go,
    Tool::Javac,
    Tool::Ruff,
];
