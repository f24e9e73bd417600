//! Watching whether an applied fix worked, so that confidence follows experience.
//!
//! Every quick fix the server offers gets a tracking token and is remembered (`offer`). A fix is
//! *applied* when the editor runs the code action's command `selfheal.recordOutcome {token,
//! event: "applied"}` (editors run a code action's command right after its edit), or — for
//! editors that drop the command — when a `didChange` of that document inserts the fix's text.
//! From then on the server watches the error's fingerprint:
//!
//! - the next forwarded diagnostics of that document, computed for the edited version or later:
//!   the error still there → failure, gone → success;
//! - the next run whose output speaks for the file (the same command line the error came from,
//!   a run that names the file, or any run that exits 0): still reported → failure, else success;
//! - an edit of the document that removes every line the fix inserted → reverted.
//!
//! Each verdict is the engine's one rule (`engine::judge_fix`): the error is gone from where it
//! was and no new error appeared in the lines the fix changed. Where it was is known only while
//! the document holds exactly what the fix left (its version right after the edit); after a
//! person's further edits, only the error's absence from the document's report counts.
//! Outcomes are written to the store by a background task (`lsp::background`). Watches expire
//! after `WATCH_FOR`; offers are kept for the last `OFFERS_KEPT` fixes.

use std::collections::{HashSet, VecDeque};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use tower_lsp_server::ls_types::Uri;

use super::state::DiagnosticOrigin;
use crate::engine::{judge_fix, FixTarget, Place, Reported};
use crate::fingerprint::Fingerprint;
use crate::fix::{AppliedPatch, TextEdit};
use crate::occurrence::Occurrence;
use crate::store::Outcome;

const OFFERS_KEPT: usize = 512;
const WATCH_FOR: Duration = Duration::from_secs(60 * 60);

/// A fix the server offered as a code action.
#[derive(Debug, Clone)]
pub struct OfferedFix {
    pub token: String,
    pub fix_key: String,
    pub fingerprint: Fingerprint,
    pub title: String,
    /// The document the error is on.
    pub uri: Uri,
    pub path: Option<PathBuf>,
    pub origin: DiagnosticOrigin,
    /// The non-blank lines the fix adds to the error's document, trimmed: how an application and
    /// an undo are recognised in `didChange`.
    pub inserted_lines: Vec<String>,
    /// Each file the fix edits, with its text before and after, for the audit log.
    pub files: Vec<(PathBuf, String, String)>,
    /// Where the error was when the fix was offered (file and 1-based line).
    pub place: Option<Place>,
    /// The fingerprints reported on the document when the fix was offered: an error among
    /// them is not one the fix brought in.
    pub reported_before: HashSet<Fingerprint>,
    /// The error, for a fix that is learned when it works (an LLM's proposal).
    pub learn_from: Option<Occurrence>,
}

impl OfferedFix {
    /// The fix's edits as bytes before and after, for judging.
    fn changes(&self) -> Vec<AppliedPatch> {
        self.files
            .iter()
            .map(|(path, before, after)| AppliedPatch {
                path: path.clone(),
                before: before.as_bytes().to_vec(),
                after: after.as_bytes().to_vec(),
            })
            .collect()
    }
}

/// A fix that was applied and whose error is being watched.
#[derive(Debug, Clone)]
pub struct WatchedFix {
    pub fix: OfferedFix,
    /// The document's version right after the edit, when it is open.
    pub applied_version: Option<i32>,
    pub applied_at: Instant,
    /// Tokens of other offers of the same fix for the same error (earlier requests').
    pub aliases: Vec<String>,
}

/// An outcome ready to be recorded.
#[derive(Debug, Clone)]
pub struct JudgedFix {
    pub fix_key: String,
    pub fingerprint: Fingerprint,
    pub title: String,
    pub outcome: Outcome,
    pub detail: String,
    /// The error and its file before and after the fix, when a success is to be learned.
    pub lesson: Option<(Occurrence, String, String)>,
}

impl JudgedFix {
    fn of(watched: &WatchedFix, outcome: Outcome, detail: impl Into<String>) -> Self {
        let fix = &watched.fix;
        let lesson = fix.learn_from.as_ref().and_then(|occurrence| {
            let file = occurrence.file.as_deref().map(std::path::Path::new)?;
            let (_, before, after) = fix.files.iter().find(|(path, _, _)| path == file)?;
            Some((occurrence.clone(), before.clone(), after.clone()))
        });
        JudgedFix {
            fix_key: fix.fix_key.clone(),
            fingerprint: fix.fingerprint.clone(),
            title: fix.title.clone(),
            outcome,
            detail: detail.into(),
            lesson: lesson.filter(|_| outcome == Outcome::Success),
        }
    }
}

#[derive(Debug, Default)]
pub struct FixTracker {
    offered: VecDeque<OfferedFix>,
    watched: Vec<WatchedFix>,
}

impl FixTracker {
    pub fn offer(&mut self, fix: OfferedFix) {
        if self.offered.len() >= OFFERS_KEPT {
            self.offered.pop_front();
        }
        self.offered.push_back(fix);
    }

    pub fn offered(&self, token: &str) -> Option<&OfferedFix> {
        self.offered.iter().find(|fix| fix.token == token)
    }

    pub fn watched(&self) -> &[WatchedFix] {
        &self.watched
    }

    /// The editor applied the fix with `token`: watch its error. Returns the fix when this is
    /// news (not already watched).
    pub fn mark_applied(&mut self, token: &str, version: Option<i32>) -> Option<OfferedFix> {
        let index = self.offered.iter().position(|fix| fix.token == token)?;
        let fix = self.offered.remove(index)?;
        // Other offers of the same fix for the same error (an earlier request's) are this one.
        let aliases: Vec<String> = self
            .offered
            .iter()
            .filter(|other| same_fix(other, &fix))
            .map(|other| other.token.clone())
            .collect();
        self.offered.retain(|other| !same_fix(other, &fix));
        if let Some(watched) = self
            .watched
            .iter_mut()
            .find(|watched| same_fix(&watched.fix, &fix))
        {
            watched.aliases.push(fix.token);
            watched.aliases.extend(aliases);
            return None;
        }
        self.watched.push(WatchedFix {
            fix: fix.clone(),
            applied_version: version,
            applied_at: Instant::now(),
            aliases,
        });
        Some(fix)
    }

    /// Whether the fix with `token` (or another offer of it) is being watched.
    pub fn is_watching(&self, token: &str) -> bool {
        self.watched
            .iter()
            .any(|watched| watched.fix.token == token || watched.aliases.iter().any(|a| a == token))
    }

    /// Offers on `uri` whose inserted lines all appear in the text a `didChange` inserted:
    /// applied by an editor that did not run the code action's command.
    pub fn applied_by_change(
        &mut self,
        uri: &Uri,
        inserted: &[&str],
        version: i32,
    ) -> Vec<OfferedFix> {
        let tokens: Vec<String> = self
            .offered
            .iter()
            .filter(|fix| &fix.uri == uri && !fix.inserted_lines.is_empty())
            .filter(|fix| {
                fix.inserted_lines
                    .iter()
                    .all(|line| inserted.iter().any(|text| text.contains(line.as_str())))
            })
            .map(|fix| fix.token.clone())
            .collect();
        tokens
            .iter()
            .filter_map(|token| self.mark_applied(token, Some(version)))
            .collect()
    }

    /// Watched fixes on `uri` whose inserted lines are all gone from `text`: undone.
    pub fn judge_reverts(&mut self, uri: &Uri, text: &str) -> Vec<JudgedFix> {
        self.take_judged(|watched| {
            let undone = &watched.fix.uri == uri
                && !watched.fix.inserted_lines.is_empty()
                && watched
                    .fix
                    .inserted_lines
                    .iter()
                    .all(|line| !text.contains(line.as_str()));
            undone.then(|| JudgedFix::of(watched, Outcome::Reverted, "the fix's edit was undone"))
        })
    }

    /// New forwarded diagnostics for `uri` (for `version`, if given): what they report.
    pub fn judge_external(
        &mut self,
        uri: &Uri,
        version: Option<i32>,
        reported: &[Reported],
    ) -> Vec<JudgedFix> {
        self.take_judged(|watched| {
            let fresh = match (version, watched.applied_version) {
                (Some(version), Some(applied)) => version >= applied,
                _ => true,
            };
            if &watched.fix.uri != uri || !fresh {
                return None;
            }
            Some(judged(
                watched,
                reported,
                version,
                "the editor's diagnostics",
            ))
        })
    }

    /// A run of `command_line` finished, reporting `reported` on `files`, while the fixed
    /// documents are at `versions`. It speaks for a watched fix when it is the command that
    /// showed the error, or when it reports on the fixed file. A clean run of some other command
    /// says nothing: editors forward every terminal command, and `ls` exiting 0 is no evidence
    /// that a fix worked.
    pub fn judge_run(
        &mut self,
        command_line: &str,
        reported: &[Reported],
        files: &HashSet<PathBuf>,
        version_of: &dyn Fn(&Uri) -> Option<i32>,
    ) -> Vec<JudgedFix> {
        self.take_judged(|watched| {
            let same_command = matches!(
                &watched.fix.origin,
                DiagnosticOrigin::Captured { command_line: origin } if origin == command_line
            );
            let names_file = watched
                .fix
                .path
                .as_deref()
                .is_some_and(|path| files.contains(path));
            let speaks = same_command || names_file;
            speaks.then(|| {
                judged(
                    watched,
                    reported,
                    version_of(&watched.fix.uri),
                    &format!("`{command_line}`"),
                )
            })
        })
    }

    /// An outcome the editor reported for `token`; the watch (if any) ends.
    pub fn take(&mut self, token: &str) -> Option<OfferedFix> {
        let watched = self.watched.iter().position(|watched| {
            watched.fix.token == token || watched.aliases.iter().any(|a| a == token)
        });
        if let Some(index) = watched {
            return Some(self.watched.remove(index).fix);
        }
        self.offered.iter().find(|fix| fix.token == token).cloned()
    }

    fn take_judged(
        &mut self,
        mut judge: impl FnMut(&WatchedFix) -> Option<JudgedFix>,
    ) -> Vec<JudgedFix> {
        self.watched
            .retain(|watched| watched.applied_at.elapsed() < WATCH_FOR);
        let mut judged = Vec::new();
        self.watched.retain(|watched| match judge(watched) {
            Some(outcome) => {
                judged.push(outcome);
                false
            }
            None => true,
        });
        judged
    }
}

fn same_fix(a: &OfferedFix, b: &OfferedFix) -> bool {
    a.fix_key == b.fix_key && a.fingerprint == b.fingerprint && a.uri == b.uri
}

/// The engine's verdict on a watched fix. The error's place counts only while the document is
/// at the version the fix left (a person's later edits move lines the fix knows nothing of).
fn judged(
    watched: &WatchedFix,
    reported: &[Reported],
    version: Option<i32>,
    evidence: &str,
) -> JudgedFix {
    let untouched_since = matches!(
        (version, watched.applied_version),
        (Some(now), Some(applied)) if now == applied
    );
    let target = FixTarget {
        fingerprint: watched.fix.fingerprint.clone(),
        places: match (untouched_since, &watched.fix.place) {
            (true, Some(place)) => vec![place.clone()],
            _ => Vec::new(),
        },
    };
    let judgement = judge_fix(
        &target,
        &watched.fix.changes(),
        &watched.fix.reported_before,
        reported,
    );
    let detail = match judgement.outcome {
        Outcome::Success => format!("{} ({evidence})", judgement.reason),
        _ => format!("{} (reported by {evidence})", judgement.reason),
    };
    JudgedFix::of(watched, judgement.outcome, detail)
}

/// The lines an edit adds that were not there before, trimmed.
pub fn inserted_lines_of(edits: &[TextEdit]) -> Vec<String> {
    let mut lines = Vec::new();
    for edit in edits {
        let before: Vec<&str> = edit.expected.lines().map(str::trim).collect();
        for line in edit.replacement.lines().map(str::trim) {
            if !line.is_empty() && !before.contains(&line) && !lines.iter().any(|l| l == line) {
                lines.push(line.to_string());
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offered(token: &str) -> OfferedFix {
        OfferedFix {
            token: token.to_string(),
            fix_key: "python.stdlib-module-not-imported#0".to_string(),
            fingerprint: Fingerprint("f".repeat(64)),
            title: "Add `import json`".to_string(),
            uri: "file:///p/main.py".parse().unwrap(),
            path: Some(PathBuf::from("/p/main.py")),
            origin: DiagnosticOrigin::External,
            inserted_lines: vec!["import json".to_string()],
            files: Vec::new(),
            place: None,
            reported_before: HashSet::new(),
            learn_from: None,
        }
    }

    #[test]
    fn an_applied_fix_is_judged_by_the_next_diagnostics_or_its_undo() {
        let uri: Uri = "file:///p/main.py".parse().unwrap();
        let mut tracker = FixTracker::default();
        tracker.offer(offered("a"));
        tracker.offer(offered("b"));
        assert!(tracker.mark_applied("a", Some(3)).is_some());
        assert!(
            tracker.offered("b").is_none(),
            "the same fix offered twice is one"
        );
        let stale = tracker.judge_external(&uri, Some(2), &[]);
        assert!(
            stale.is_empty(),
            "diagnostics of an older version say nothing"
        );
        let judged = tracker.judge_external(&uri, Some(3), &[]);
        assert_eq!(judged[0].outcome, Outcome::Success);

        tracker.offer(offered("c"));
        let applied = tracker.applied_by_change(&uri, &["import json\n"], 5);
        assert_eq!(applied.len(), 1);
        assert!(tracker
            .judge_reverts(&uri, "import json\nx = 1\n")
            .is_empty());
        let reverted = tracker.judge_reverts(&uri, "x = 1\n");
        assert_eq!(reverted[0].outcome, Outcome::Reverted);
    }

    /// A clean run of an unrelated command (`ls` in the terminal) judges nothing; the run of the
    /// command that showed the error, or one that reports on the fixed file, does.
    #[test]
    fn only_runs_that_speak_for_a_fix_judge_it() {
        let mut tracker = FixTracker::default();
        let mut from_build = offered("a");
        from_build.origin = DiagnosticOrigin::Captured {
            command_line: "cargo build".to_string(),
        };
        tracker.offer(from_build);
        assert!(tracker.mark_applied("a", Some(2)).is_some());
        let no_version = |_: &Uri| None;
        assert!(tracker
            .judge_run("ls", &[], &HashSet::new(), &no_version)
            .is_empty());
        assert!(tracker
            .judge_run("git status", &[], &HashSet::new(), &no_version)
            .is_empty());
        let still = [Reported {
            fingerprint: Fingerprint("f".repeat(64)),
            place: Place {
                file: Some(PathBuf::from("/p/main.py")),
                line: Some(3),
            },
            is_error: true,
            message: "name 'json' is not defined".to_string(),
            stops_at_first: true,
        }];
        let judged = tracker.judge_run("cargo build", &still, &HashSet::new(), &no_version);
        assert_eq!(judged[0].outcome, Outcome::Failure);

        tracker.offer(offered("b"));
        assert!(tracker.mark_applied("b", Some(3)).is_some());
        let files = HashSet::from([PathBuf::from("/p/main.py")]);
        let judged = tracker.judge_run("python3 main.py", &[], &files, &no_version);
        assert_eq!(judged[0].outcome, Outcome::Success);
    }
}
