//! Judge an applied fix, one rule for the CLI and the editor: the fix worked when its error is
//! gone from where it was, and no error that was not there before appeared in the lines the fix
//! changed.
//!
//! "Where it was" matters: a renamed function with twelve callers is one fingerprint at twelve
//! places, and fixing one call site is a success even though the same message stays at the other
//! eleven. A new error elsewhere is not held against a fix: tools that stop at the first error
//! (Python, Node, a panic) show the next one only once the first is fixed — for those, only a new
//! error in the changed lines themselves counts; for tools that report every error, one within
//! two lines of them does too (a removed `{` breaks the line after it).

use std::collections::HashSet;
use std::path::Path;

use super::recognise::{Place, RecognisedError};
use crate::fingerprint::{fingerprint, Fingerprint};
use crate::fix::AppliedPatch;
use crate::occurrence::{Occurrence, Severity, Tool};
use crate::store::Outcome;

/// How near (in lines) to what a fix changed a new error counts as brought in by the fix.
const CHANGED_LINES_MARGIN: u32 = 2;

/// What a fix was for: an error, and the places it was seen at when the fix was made, each of
/// which the fix is meant to clear (empty when the places are not known or cannot be followed:
/// then only the error's absence counts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixTarget {
    pub fingerprint: Fingerprint,
    pub places: Vec<Place>,
}

/// One error as reported after a fix, at one place: what judging needs of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reported {
    pub fingerprint: Fingerprint,
    pub place: Place,
    pub is_error: bool,
    pub message: String,
    /// Reported by a tool that stops at the first error (the next one shows once it is fixed).
    pub stops_at_first: bool,
}

/// Tools whose run ends at the first error: Python and Node raising, a test's panic.
pub fn stops_at_first(tool: Tool) -> bool {
    matches!(tool, Tool::Python | Tool::Node)
}

impl Reported {
    pub fn of(occurrence: &Occurrence) -> Reported {
        Reported {
            fingerprint: fingerprint(occurrence),
            place: Place::of(occurrence),
            is_error: occurrence.severity == Severity::Error,
            message: occurrence.message.clone(),
            stops_at_first: stops_at_first(occurrence.tool),
        }
    }

    /// Every place of every recognised error.
    pub fn of_errors(errors: &[RecognisedError<'_>]) -> Vec<Reported> {
        errors
            .iter()
            .flat_map(|error| {
                error.places.iter().map(|place| Reported {
                    fingerprint: error.fingerprint.clone(),
                    place: place.clone(),
                    is_error: error.is_error(),
                    message: error.occurrence.message.clone(),
                    stops_at_first: stops_at_first(error.occurrence.tool),
                })
            })
            .collect()
    }
}

/// A verdict and why, in words for a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Judgement {
    pub outcome: Outcome,
    pub reason: String,
}

/// Judges a fix from what the tool reported after it.
///
/// `changes` are the files the fix wrote (exact bytes before and after); `before` the
/// fingerprints reported before the fix; `after` what is reported now.
pub fn judge_fix(
    target: &FixTarget,
    changes: &[AppliedPatch],
    before: &HashSet<Fingerprint>,
    after: &[Reported],
) -> Judgement {
    let still_there = after
        .iter()
        .filter(|reported| reported.fingerprint == target.fingerprint)
        .any(|reported| {
            target.places.is_empty()
                || target
                    .places
                    .iter()
                    .any(|place| same_place_after(place, &reported.place, changes))
        });
    if still_there {
        return Judgement {
            outcome: Outcome::Failure,
            reason: "the error is still there".to_string(),
        };
    }
    let brought_in = after
        .iter()
        .filter(|reported| reported.is_error && !before.contains(&reported.fingerprint))
        .find(|reported| {
            changes
                .iter()
                .any(|change| in_changed_lines(reported, change))
        });
    match brought_in {
        Some(reported) => Judgement {
            outcome: Outcome::Failure,
            reason: format!(
                "it brought a new error into the lines it changed: {}",
                reported.message
            ),
        },
        None => Judgement {
            outcome: Outcome::Success,
            reason: "the error is gone".to_string(),
        },
    }
}

/// A fix that was one guess among several (`crate::generate::is_guess`) is held to more: it also
/// fails when any error that was not there before now shows anywhere in a file it changed —
/// a wrong guess at a type moves the error to where the value is used, further away than the
/// changed lines.
pub fn judge_guess(
    judgement: Judgement,
    changes: &[AppliedPatch],
    before: &HashSet<Fingerprint>,
    after: &[Reported],
) -> Judgement {
    if judgement.outcome != Outcome::Success {
        return judgement;
    }
    let elsewhere = after
        .iter()
        .filter(|reported| reported.is_error && !before.contains(&reported.fingerprint))
        .find(|reported| {
            reported
                .place
                .file
                .as_deref()
                .is_some_and(|file| changes.iter().any(|change| same_file(&change.path, file)))
        });
    match elsewhere {
        Some(reported) => Judgement {
            outcome: Outcome::Failure,
            reason: format!(
                "a guess, and it brought a new error into the file it changed: {}",
                reported.message
            ),
        },
        None => judgement,
    }
}

/// Whether `seen` (reported after the fix) is the place `target` (seen before it) moved to: the
/// same file, and the line the fix's edits moved the old line to — or, for a line the fix
/// rewrote, any line of what replaced it.
fn same_place_after(target: &Place, seen: &Place, changes: &[AppliedPatch]) -> bool {
    match (&target.file, &seen.file) {
        (Some(a), Some(b)) if same_file(a, b) => {}
        (None, None) => {}
        _ => return false,
    }
    let (Some(line), Some(seen_line)) = (target.line, seen.line) else {
        return true;
    };
    let change = target
        .file
        .as_deref()
        .and_then(|file| changes.iter().find(|change| same_file(&change.path, file)));
    let (first, last) = match change {
        Some(change) => lines_after_change(line, change),
        None => (line, line),
    };
    (first..=last).contains(&seen_line)
}

/// Whether `reported` lies in what `change` changed — within `CHANGED_LINES_MARGIN` lines of
/// it for a tool that reports every error — or names no line in its file, which cannot be told
/// apart.
fn in_changed_lines(reported: &Reported, change: &AppliedPatch) -> bool {
    let place = &reported.place;
    let Some(file) = &place.file else {
        return false;
    };
    if !same_file(&change.path, file) {
        return false;
    }
    let Some(line) = place.line else {
        return true;
    };
    let region = ChangedRegion::of(change);
    let margin = match reported.stops_at_first {
        true => 0,
        false => CHANGED_LINES_MARGIN,
    };
    line + margin >= region.first_after
        && line <= region.last_after.max(region.first_after) + margin
}

/// Where 1-based `line` of the file before `change` is after it: one line when the change left
/// it alone (shifted by lines added or removed above), the whole replacement when it rewrote it.
pub fn lines_after_change(line: u32, change: &AppliedPatch) -> (u32, u32) {
    let region = ChangedRegion::of(change);
    if line < region.first_before {
        return (line, line);
    }
    if line > region.last_before {
        let shifted =
            i64::from(line) + i64::from(region.last_after) - i64::from(region.last_before);
        let shifted = shifted.max(1) as u32;
        return (shifted, shifted);
    }
    (
        region.first_after,
        region.last_after.max(region.first_after),
    )
}

/// The lines a change rewrote: the same common prefix and suffix of lines before and after, and
/// what lies between (1-based, inclusive; `last < first` when nothing was there).
struct ChangedRegion {
    first_before: u32,
    last_before: u32,
    first_after: u32,
    last_after: u32,
}

impl ChangedRegion {
    fn of(change: &AppliedPatch) -> ChangedRegion {
        let before: Vec<&[u8]> = change.before.split(|b| *b == b'\n').collect();
        let after: Vec<&[u8]> = change.after.split(|b| *b == b'\n').collect();
        let (prefix, suffix) = crate::fix::common_ends(&before, &after);
        ChangedRegion {
            first_before: prefix as u32 + 1,
            last_before: (before.len() - suffix) as u32,
            first_after: prefix as u32 + 1,
            last_after: (after.len() - suffix) as u32,
        }
    }
}

/// Paths as a tool printed them and as a fix wrote them may differ in form (`./src/x.rs`).
fn same_file(a: &Path, b: &Path) -> bool {
    a == b || std::path::absolute(a).ok() == std::path::absolute(b).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::occurrence::{Occurrence, Severity, Tool};
    use crate::pattern::PatternSet;

    fn error_at(message: &str, file: &str, lines: &[u32]) -> RecognisedError<'static> {
        static PATTERNS: std::sync::LazyLock<PatternSet> =
            std::sync::LazyLock::new(PatternSet::default);
        let engine = super::super::Engine::new(&PATTERNS, None);
        let occurrences = lines
            .iter()
            .map(|line| {
                let mut occurrence = Occurrence::new(Tool::Rustc, Severity::Error, message);
                occurrence.file = Some(file.to_string());
                occurrence.line = Some(*line);
                occurrence
            })
            .collect();
        engine.recognise_all(occurrences).remove(0)
    }

    fn change(before: &str, after: &str) -> AppliedPatch {
        AppliedPatch {
            path: "src/main.rs".into(),
            before: before.as_bytes().to_vec(),
            after: after.as_bytes().to_vec(),
        }
    }

    /// Twelve callers of a renamed function: fixing one is a success for that one.
    #[test]
    fn an_error_gone_from_its_place_is_a_success_while_its_twins_remain() {
        let before_error = error_at("cannot find function `old`", "src/main.rs", &[3, 5, 7]);
        let target = FixTarget {
            fingerprint: before_error.fingerprint.clone(),
            places: vec![before_error.places[0].clone()],
        };
        let fix = change(
            "a\nb\nold()\nc\nold()\nd\nold()\n",
            "a\nb\nnew()\nc\nold()\nd\nold()\n",
        );
        let before = HashSet::from([before_error.fingerprint.clone()]);
        let after = Reported::of_errors(&[error_at(
            "cannot find function `old`",
            "src/main.rs",
            &[5, 7],
        )]);
        assert_eq!(
            judge_fix(&target, std::slice::from_ref(&fix), &before, &after).outcome,
            Outcome::Success
        );
        let unchanged = Reported::of_errors(&[error_at(
            "cannot find function `old`",
            "src/main.rs",
            &[3, 5, 7],
        )]);
        assert_eq!(
            judge_fix(&target, &[fix], &before, &unchanged).outcome,
            Outcome::Failure
        );
    }

    /// An import added above the error moves it down a line: still there is still there.
    #[test]
    fn an_error_pushed_down_by_an_insertion_above_is_still_there() {
        let before_error = error_at("use of undeclared type `HashMap`", "src/main.rs", &[3]);
        let target = FixTarget {
            fingerprint: before_error.fingerprint.clone(),
            places: vec![before_error.places[0].clone()],
        };
        let fix = change(
            "fn main() {\n\n    HashMap::new();\n}\n",
            "use x;\nfn main() {\n\n    HashMap::new();\n}\n",
        );
        let after = Reported::of_errors(&[error_at(
            "use of undeclared type `HashMap`",
            "src/main.rs",
            &[4],
        )]);
        let before = HashSet::from([before_error.fingerprint.clone()]);
        assert_eq!(
            judge_fix(&target, &[fix], &before, &after).outcome,
            Outcome::Failure
        );
    }

    #[test]
    fn a_new_error_in_the_changed_lines_fails_the_fix_and_one_elsewhere_does_not() {
        let before_error = error_at("expected `;`", "src/main.rs", &[2]);
        let target = FixTarget {
            fingerprint: before_error.fingerprint.clone(),
            places: Vec::new(),
        };
        let fix = change("a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb;;\nc\nd\ne\nf\ng\nh\n");
        let before = HashSet::from([before_error.fingerprint.clone()]);
        let near = Reported::of_errors(&[error_at("unexpected `;`", "src/main.rs", &[2])]);
        let judged = judge_fix(&target, std::slice::from_ref(&fix), &before, &near);
        assert_eq!(judged.outcome, Outcome::Failure);
        assert!(judged.reason.contains("new error"), "{}", judged.reason);
        let far = Reported::of_errors(&[error_at("unexpected `;`", "src/main.rs", &[8])]);
        assert_eq!(
            judge_fix(&target, &[fix], &before, &far).outcome,
            Outcome::Success
        );
    }

    #[test]
    fn lines_move_with_insertions_and_rewrites_cover_their_replacement() {
        let insert = change("a\nb\nc\n", "a\nx\ny\nb\nc\n");
        assert_eq!(lines_after_change(1, &insert), (1, 1));
        assert_eq!(lines_after_change(3, &insert), (5, 5));
        let rewrite = change("a\nb\nc\n", "a\nB1\nB2\nc\n");
        assert_eq!(lines_after_change(2, &rewrite), (2, 3));
        assert_eq!(lines_after_change(3, &rewrite), (4, 4));
    }
}
