//! How well model replies are read and fitted to the file: a corpus of replies as models write
//! them (clean ones and the usual deviations: fenced or broken JSON headers, prose around the
//! blocks, other marker lengths, other indentation, CRLF, SEARCH text that matches twice or was
//! paraphrased, truncated replies, deletions with and without saying so, secrets shown as
//! `<redacted:KIND>`), each with the file before and the file expected after (or why it must be
//! refused). Counts, for selfheal's reader (`llm::reply` + `llm::edits`) and for a strict reader
//! (JSON header on the first line, exactly 7-character markers, SEARCH matched byte for byte) in
//! the same run: applied exactly right, rightly refused, wrongly applied, wrongly refused.
//! Prints totals only: the held-out set is never read case by case.
//!
//! Run: `cargo bench --bench llm_replies -- [DIR …]` (default: `tests/llm-replies-heldout`).

use std::path::{Path, PathBuf};

use selfheal::fix::{apply_patch_to_text, sha256_hex, FilePatch};
use selfheal::llm::edits::plan_edits;
use selfheal::llm::prompt::window_around;
use selfheal::llm::reply::parse_reply;

struct Case {
    before: String,
    reply: String,
    line: u32,
    /// `None`: the reply must be refused.
    expected: Option<String>,
}

fn read_case(directory: &Path) -> Option<Case> {
    let mut before = None;
    let mut expected = None;
    let mut refused = false;
    for entry in std::fs::read_dir(directory).ok()?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if name.starts_with("before.") {
            before = std::fs::read_to_string(&path).ok();
        } else if name.starts_with("expected-refused") {
            refused = true;
        } else if name.starts_with("expected.") {
            expected = std::fs::read_to_string(&path).ok();
        }
    }
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(directory.join("meta.json")).ok()?).ok()?;
    Some(Case {
        before: before?,
        reply: std::fs::read_to_string(directory.join("reply.txt")).ok()?,
        line: meta["line"].as_u64().unwrap_or(1) as u32,
        expected: match refused {
            true => None,
            false => Some(expected?),
        },
    })
}

/// selfheal's reading: the file after the reply, or `None` when refused.
fn selfheal_reads(case: &Case) -> Option<String> {
    let (reply, _) = parse_reply(&case.reply).ok()?;
    let window = window_around(&case.before, case.line);
    let edits = plan_edits(&case.before, &window, &reply).ok()?;
    let patch = FilePatch {
        path: PathBuf::from("file"),
        original_sha256: sha256_hex(case.before.as_bytes()),
        edits,
    };
    apply_patch_to_text(&case.before, &patch).ok()
}

/// A strict reader: the header is JSON on the first non-empty line, markers are exactly
/// `<<<<<<< SEARCH`, `=======`, `>>>>>>> REPLACE`, and each SEARCH is found byte for byte once.
fn strict_reads(case: &Case) -> Option<String> {
    let header = case.reply.lines().find(|line| !line.trim().is_empty())?;
    serde_json::from_str::<serde_json::Value>(header).ok()?;
    let mut text = case.before.clone();
    let mut rest = case.reply.as_str();
    let mut blocks = 0;
    while let Some(start) = rest.find("<<<<<<< SEARCH\n") {
        let after = &rest[start + "<<<<<<< SEARCH\n".len()..];
        let middle = after.find("=======\n")?;
        let end = after.find(">>>>>>> REPLACE")?;
        let (search, replace) = (&after[..middle], &after[middle + "=======\n".len()..end]);
        if search.is_empty() || text.matches(search).count() != 1 {
            return None;
        }
        text = text.replacen(search, replace, 1);
        blocks += 1;
        rest = &after[end..];
    }
    (blocks > 0).then_some(text)
}

#[derive(Default)]
struct Tally {
    right: usize,
    rightly_refused: usize,
    wrongly_applied: usize,
    wrongly_refused: usize,
}

impl Tally {
    fn add(&mut self, result: Option<String>, expected: &Option<String>) {
        match (result, expected) {
            (Some(got), Some(want)) if &got == want => self.right += 1,
            (None, None) => self.rightly_refused += 1,
            (Some(_), _) => self.wrongly_applied += 1,
            (None, Some(_)) => self.wrongly_refused += 1,
        }
    }

    fn print(&self, name: &str, applicable: usize, refusable: usize) {
        println!(
            "{name:>9}: applied exactly {}/{applicable} ({:.1}%), rightly refused {}/{refusable}, \
             wrongly applied {}, wrongly refused {}",
            self.right,
            100.0 * self.right as f64 / applicable.max(1) as f64,
            self.rightly_refused,
            self.wrongly_applied,
            self.wrongly_refused
        );
    }
}

fn main() {
    let mut directories: Vec<PathBuf> = std::env::args()
        .skip(1)
        .filter(|argument| !argument.starts_with('-'))
        .map(PathBuf::from)
        .collect();
    if directories.is_empty() {
        directories
            .push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/llm-replies-heldout"));
    }
    for directory in directories {
        let mut cases: Vec<PathBuf> = std::fs::read_dir(&directory)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| p.is_dir())
                    .collect()
            })
            .unwrap_or_default();
        cases.sort();
        let cases: Vec<Case> = cases.iter().filter_map(|c| read_case(c)).collect();
        let applicable = cases.iter().filter(|c| c.expected.is_some()).count();
        let refusable = cases.len() - applicable;
        let (mut ours, mut strict) = (Tally::default(), Tally::default());
        for case in &cases {
            ours.add(selfheal_reads(case), &case.expected);
            strict.add(strict_reads(case), &case.expected);
        }
        println!("{} ({} cases):", directory.display(), cases.len());
        ours.print("selfheal", applicable, refusable);
        strict.print("strict", applicable, refusable);
    }
}
