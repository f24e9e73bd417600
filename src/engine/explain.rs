//! Explain: the Markdown that `selfheal explain`, the editor's hover and `selfheal.explain`
//! share — what the error means, the fixes with how far each is trusted here, what this machine
//! remembers of it, and the documentation link.

use std::collections::HashSet;
use std::fmt::Write as _;

use super::recognise::{split_code, RecognisedError, ALL_TOOLS};
use super::Engine;
use crate::capture::{capture_text, CaptureOptions};
use crate::fix::fix_key;
use crate::occurrence::{Occurrence, Severity};
use crate::pattern::{render_template, Pattern, PatternMatch};
use crate::remote::lookup::{TeamFix, TeamSimilar};
use crate::store::SimilarLearning;

/// The share of an error's words another error must have to count as similar (Tier 2).
pub const SIMILAR_OVERLAP: f64 = 0.6;

/// How many patterns are explained in full for one query; the rest are listed by title.
const EXPLAINED_IN_FULL: usize = 3;

/// What this machine remembers, in one line's worth of numbers.
struct Remembered {
    seen: u64,
    fixed: u64,
    fix_failed: u64,
}

/// What the team knows of one error, from the local copy of its answers.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamMemory {
    pub project: String,
    /// The fixes the team tried for this very error, most successful first.
    pub fixes: Vec<TeamFix>,
    /// The team's learnings of errors that read alike (Tier 2, by embedding).
    pub similar: Vec<TeamSimilar>,
}

impl TeamMemory {
    /// The fixes with at least one outcome.
    pub fn tried(&self) -> impl Iterator<Item = &TeamFix> {
        self.fixes
            .iter()
            .filter(|fix| fix.success_count + fix.failure_count > 0)
    }
}

/// An error no pattern knows is called recurring after this many sightings …
pub const RECURRING_SIGHTINGS: u64 = 3;
/// … the last of them within this many days.
pub const RECURRING_DAYS: i64 = 7;

impl<'p> Engine<'p> {
    /// The explanation of a recognised error (a hover), `None` when no pattern knows it —
    /// unless it keeps coming back with no fix known: then it says so, and how to teach one.
    pub fn explain_error(&self, error: &RecognisedError<'_>) -> Option<String> {
        let memory = [self.team_note(error), self.similar_note(error)]
            .into_iter()
            .flatten()
            .reduce(|a, b| format!("{a}\n\n{b}"));
        let Some(matched) = error.matched.as_ref() else {
            // An error unknown here may be known to the team.
            return match (self.recurring_note(error), memory) {
                (Some(recurring), Some(memory)) => Some(format!("{recurring}\n\n{memory}")),
                (recurring, memory) => recurring.or(memory),
            };
        };
        let remembered = self.history(error).map(|history| Remembered {
            seen: history.count,
            fixed: history.times_fixed,
            fix_failed: history.times_fix_failed,
        });
        let mut text = self.render(matched.pattern, &|name| error.value(name), remembered);
        if let Some(memory) = memory {
            text.push('\n');
            text.push_str(&memory);
            text.push('\n');
        }
        Some(text)
    }

    /// Fixes that worked here for errors that read like this one (Tier 2, local): at most
    /// `limit`, the nearest first. The hover and `selfheal run` both ask here.
    pub fn similar_here(&self, error: &RecognisedError<'_>, limit: usize) -> Vec<SimilarLearning> {
        let Some(store) = self.store else {
            return Vec::new();
        };
        store
            .similar_learnings(
                &error.occurrence.message,
                &error.fingerprint.0,
                SIMILAR_OVERLAP,
                limit,
            )
            .unwrap_or_default()
    }

    /// What the team store said of this error when it was last asked (its local copy; no
    /// network here), when a team store is configured. The hover and `selfheal run` both ask
    /// here.
    pub fn team_memory(&self, error: &RecognisedError<'_>) -> Option<TeamMemory> {
        let store = self.store?;
        let project = crate::remote::TeamConfig::resolve().ok()?.project;
        Some(TeamMemory {
            fixes: crate::remote::lookup::team_fixes(store, &project, &error.fingerprint.0)
                .unwrap_or_default(),
            similar: crate::remote::lookup::team_similar(store, &project, &error.fingerprint.0),
            project,
        })
    }

    fn similar_note(&self, error: &RecognisedError<'_>) -> Option<String> {
        let lines: Vec<String> = self
            .similar_here(error, 2)
            .iter()
            .map(|learning| {
                let text: String = learning.error_text.chars().take(100).collect();
                format!("- `{}` — {}", text.replace('`', "'"), learning.fix_title)
            })
            .collect();
        (!lines.is_empty()).then(|| {
            format!(
                "Fixed here before, for a similar error:\n{}",
                lines.join("\n")
            )
        })
    }

    /// "In your team: … worked 40/44 times", and the team's similar errors.
    fn team_note(&self, error: &RecognisedError<'_>) -> Option<String> {
        let memory = self.team_memory(error)?;
        let similar = memory.similar.iter().map(|near| {
            let text: String = near.error_text.chars().take(100).collect();
            format!(
                "- similar: `{}` — {} (cosine distance {:.3}, {})",
                text.replace('`', "'"),
                near.fix_title.as_deref().unwrap_or("fixed"),
                near.distance,
                near.embedding_model.as_deref().unwrap_or("?")
            )
        });
        let tried = memory.tried().take(3).map(|fix| {
            format!(
                "- {}: worked {}/{} times",
                fix.title(),
                fix.success_count,
                fix.success_count + fix.failure_count
            )
        });
        let lines: Vec<String> = tried.chain(similar).collect();
        (!lines.is_empty())
            .then(|| format!("In your team ({}):\n{}", memory.project, lines.join("\n")))
    }

    /// For an error no pattern knows, seen [`RECURRING_SIGHTINGS`] times or more within
    /// [`RECURRING_DAYS`] days and never fixed: a note that it recurs and how to teach a fix.
    fn recurring_note(&self, error: &RecognisedError<'_>) -> Option<String> {
        let history = self.history(error)?;
        let now = crate::store::unix_seconds_now();
        let recurring = history.count >= RECURRING_SIGHTINGS
            && history.times_fixed == 0
            && now - history.last_seen <= RECURRING_DAYS * 86_400;
        recurring.then(|| {
            format!(
                "**Recurring:** seen {} times, and selfheal knows no fix for it yet. Fix it once \
                 by hand while selfheal watches — run the command through `selfheal run` before \
                 and after your change (in an editor: save before and after) — and selfheal will \
                 offer that fix the next time.",
                history.count
            )
        })
    }

    /// Explanations for what a person typed: a pattern id, an error code (`E0425`, `TS2304`),
    /// or the text of an error. One Markdown block per pattern, the most relevant first: those
    /// whose regex matched the text, then (for a code) those seen most often here. Empty when
    /// nothing knows it.
    pub fn explain_query(&self, query: &str) -> Vec<String> {
        let query = query.trim();
        if let Some(pattern) = self.patterns.get(query) {
            return vec![self.render_generic(pattern)];
        }
        let looks_like_code = !query.contains(char::is_whitespace) && query.len() <= 40;
        if looks_like_code {
            let mut by_code: Vec<&Pattern> = self
                .patterns
                .patterns()
                .iter()
                .filter(|p| p.spec.codes.iter().any(|c| c.eq_ignore_ascii_case(query)))
                .collect();
            if !by_code.is_empty() {
                // Seen here most often first; then the most general: a pattern that needs no
                // particular note and names no particular identifiers explains the code as a
                // whole, the others one case of it.
                by_code.sort_by_key(|pattern| {
                    (
                        std::cmp::Reverse(self.times_seen(pattern)),
                        pattern.note.is_some(),
                        names_particular_identifiers(pattern.message.as_str()),
                        std::cmp::Reverse(pattern.spec.codes.len()),
                    )
                });
                let without_values: Vec<PatternMatch<'_>> = by_code
                    .into_iter()
                    .map(|pattern| PatternMatch {
                        pattern,
                        captures: Vec::new(),
                    })
                    .collect();
                return self.render_several(&without_values);
            }
        }
        self.render_several(&self.matches_of_text(query))
    }

    /// Error text, recognised as tool output first, then as a bare message of any language.
    fn matches_of_text(&self, query: &str) -> Vec<PatternMatch<'p>> {
        let mut seen_ids = HashSet::new();
        let mut matches: Vec<PatternMatch<'p>> =
            capture_text(&format!("{query}\n"), CaptureOptions::default())
                .iter()
                .filter_map(|occurrence| self.patterns.match_occurrence(occurrence))
                .collect();
        if matches.is_empty() {
            // `NameError: name 'x' …`, `error[E0425]: …`, `error TS2304: …`: a code before the
            // message. With a code, ask as each tool would have printed it (the index keeps
            // this to a few lookups); without one, look for the patterns whose literal text the
            // message contains.
            let (code, message) = split_code(query);
            matches = match code {
                Some(code) => ALL_TOOLS
                    .iter()
                    .filter_map(|&tool| {
                        let mut occurrence = Occurrence::new(tool, Severity::Error, message);
                        occurrence.code = Some(code.to_string());
                        self.patterns.match_occurrence(&occurrence)
                    })
                    .collect(),
                None => self.patterns.match_text(message),
            };
        }
        if matches.is_empty() {
            // A bare message as a tool without codes prints it (C, Go): its patterns may have no
            // literal for the text search above.
            matches = ALL_TOOLS
                .iter()
                .filter_map(|&tool| {
                    self.patterns
                        .match_occurrence(&Occurrence::new(tool, Severity::Error, query))
                })
                .collect();
        }
        matches.retain(|m| seen_ids.insert(m.pattern.spec.id.clone()));
        matches
    }

    /// The first `EXPLAINED_IN_FULL` matches in full (a placeholder without a value shown as
    /// `<name>`), the rest by id and title.
    fn render_several(&self, matches: &[PatternMatch<'_>]) -> Vec<String> {
        let mut blocks: Vec<String> = matches
            .iter()
            .take(EXPLAINED_IN_FULL)
            .map(|matched| {
                self.render(
                    matched.pattern,
                    &|name| {
                        Some(match matched.capture(name) {
                            Some(value) => value.to_string(),
                            None => format!("<{name}>"),
                        })
                    },
                    self.pattern_remembered(matched.pattern),
                )
            })
            .collect();
        if matches.len() > EXPLAINED_IN_FULL {
            let rest: Vec<&Pattern> = matches[EXPLAINED_IN_FULL..]
                .iter()
                .map(|m| m.pattern)
                .collect();
            blocks.push(also_listing(&rest));
        }
        blocks
    }

    /// A pattern explained without an error at hand: its placeholders shown as `<name>`.
    fn render_generic(&self, pattern: &Pattern) -> String {
        self.render(
            pattern,
            &|name| Some(format!("<{name}>")),
            self.pattern_remembered(pattern),
        )
    }

    fn times_seen(&self, pattern: &Pattern) -> u64 {
        self.pattern_remembered(pattern)
            .map_or(0, |remembered| remembered.seen)
    }

    fn pattern_remembered(&self, pattern: &Pattern) -> Option<Remembered> {
        let history = self.store?.pattern_history(&pattern.spec.id).ok()?;
        Some(Remembered {
            seen: history.seen,
            fixed: history.fixed,
            fix_failed: history.fix_failed,
        })
    }

    fn render(
        &self,
        pattern: &Pattern,
        value: &dyn Fn(&str) -> Option<String>,
        remembered: Option<Remembered>,
    ) -> String {
        let spec = &pattern.spec;
        let mut text = String::new();
        let _ = writeln!(text, "# {}", render_template(&spec.title, value));
        let codes = match spec.codes.is_empty() {
            true => String::new(),
            false => format!(" · {}", spec.codes.join(", ")),
        };
        let _ = writeln!(text, "`{}` · {}{codes}\n", spec.id, spec.language.as_str());
        let _ = writeln!(
            text,
            "{}",
            render_template(spec.explanation.trim_end(), value)
        );
        if !spec.fixes.is_empty() {
            let _ = writeln!(text, "\nFixes:");
            for (index, fix) in spec.fixes.iter().enumerate() {
                let confidence = self.confidence_of(&fix_key(&spec.id, index), fix.confidence);
                let basis = match (confidence.learned, confidence.outcomes) {
                    (true, outcomes) => {
                        format!(
                            "confidence {:.0}%, learned from {outcomes} outcomes here",
                            confidence.mean * 100.0
                        )
                    }
                    (false, 0) => format!("prior confidence {:.0}%", confidence.mean * 100.0),
                    (false, outcomes) => format!(
                        "prior confidence {:.0}%, {outcomes} outcome(s) here so far",
                        confidence.mean * 100.0
                    ),
                };
                let _ = writeln!(text, "- {} ({basis})", render_template(&fix.title, value));
            }
        }
        match remembered.filter(|r| r.seen > 0 || r.fixed + r.fix_failed > 0) {
            Some(remembered) => {
                let _ = writeln!(
                    text,
                    "\nHere: seen {} time(s); fixed {} time(s){}",
                    remembered.seen,
                    remembered.fixed,
                    match remembered.fix_failed {
                        0 => String::new(),
                        failed => format!(", {failed} fix(es) did not work"),
                    }
                );
            }
            None => {
                let _ = writeln!(text, "\nHere: not seen before.");
            }
        }
        if let Some(docs) = &spec.docs {
            let _ = writeln!(text, "\nDocs: {docs}");
        }
        text
    }
}

/// Whether a message regex captures only listed names (`(?P<name>HashMap|BTreeMap)`): a pattern
/// for those names, not for the error in general.
fn names_particular_identifiers(regex: &str) -> bool {
    static LISTED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\(\?P<(?:name|module|crate|path|item|type|trait|function|method|import)>(?:\(\?:)?[A-Za-z_][\w:]*[|)]")
            .expect("valid regex")
    });
    LISTED.is_match(regex)
}

/// The patterns not explained in full, one line each.
fn also_listing(patterns: &[&Pattern]) -> String {
    let mut text = format!("Also possible ({}):\n", patterns.len());
    for pattern in patterns {
        let _ = writeln!(
            text,
            "- `{}`: {}",
            pattern.spec.id,
            render_template(&pattern.spec.title, &|name| Some(format!("<{name}>")))
        );
    }
    let _ = writeln!(text, "(`selfheal explain ID` explains one.)");
    text
}

#[cfg(test)]
mod tests {
    use crate::engine::Engine;
    use crate::occurrence::{Occurrence, Severity, Tool};
    use crate::pattern::PatternSet;
    use crate::store::Store;

    #[test]
    fn an_unknown_error_seen_three_times_is_explained_as_recurring() {
        let store = Store::open_in_memory().unwrap();
        let patterns = PatternSet::default();
        let engine = Engine::new(&patterns, Some(&store));
        let occurrence = Occurrence::new(Tool::Python, Severity::Error, "QuotaExceeded: disk full");
        for seen in 1..=3 {
            let error = engine.recognise(occurrence.clone());
            engine.record_sightings(std::slice::from_ref(&error), None);
            let note = engine.explain_error(&engine.recognise(occurrence.clone()));
            assert_eq!(
                note.is_some(),
                seen == 3,
                "after {seen} sightings: {note:?}"
            );
        }
        let note = engine.explain_error(&engine.recognise(occurrence)).unwrap();
        assert!(note.contains("seen 3 times"), "{note}");
    }
}
