//! Data-driven tests of the capture engine on output recorded from the real tools.
//!
//! Every directory `tests/fixtures/<family>/<case>/` holds a small program, `cmd` (the command that
//! produced the output, run from that directory by `tests/fixtures/record.sh`), the recorded
//! `output.txt`, and `expected.txt`: what selfheal recognises in it, rendered one occurrence per
//! block. `UPDATE_EXPECT=1 cargo test --test capture_fixtures` rewrites the expectations; review
//! the diff before committing.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use selfheal::capture::{capture_text, Capture, CaptureOptions};
use selfheal::fingerprint::fingerprint;
use selfheal::pattern::PatternSet;
use selfheal::Occurrence;

fn fixture_dirs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut dirs = Vec::new();
    for family in std::fs::read_dir(&root).unwrap() {
        let family = family.unwrap().path();
        if !family.is_dir() {
            continue;
        }
        for case in std::fs::read_dir(&family).unwrap() {
            let case = case.unwrap().path();
            if case.join("output.txt").is_file() {
                dirs.push(case);
            }
        }
    }
    dirs.sort();
    dirs
}

/// The snapshot form of what was captured: compact, complete, and stable.
pub fn render(occurrences: &[Occurrence]) -> String {
    static PATTERNS: std::sync::LazyLock<PatternSet> =
        std::sync::LazyLock::new(PatternSet::builtin);
    let patterns = &*PATTERNS;
    let mut text = String::new();
    for occurrence in occurrences {
        let code = occurrence
            .code
            .as_deref()
            .map(|c| format!("[{c}]"))
            .unwrap_or_default();
        let position = |line: Option<u32>, column: Option<u32>| match (line, column) {
            (Some(l), Some(c)) => format!("{l}:{c}"),
            (Some(l), None) => format!("{l}"),
            _ => "-".to_string(),
        };
        let mut location = format!(
            "{}:{}",
            occurrence.file.as_deref().unwrap_or("-"),
            position(occurrence.line, occurrence.column)
        );
        if occurrence.end_line.is_some() {
            location.push('-');
            location.push_str(&position(occurrence.end_line, occurrence.end_column));
        }
        let pattern = match patterns.match_occurrence(occurrence) {
            Some(matched) => format!(" [pattern: {}]", matched.pattern.spec.id),
            None => String::new(),
        };
        writeln!(
            text,
            "{} {}{} {} {}{pattern}",
            occurrence.tool, occurrence.severity, code, location, occurrence.message
        )
        .unwrap();
        for note in &occurrence.notes {
            let place = match (&note.file, note.line) {
                (Some(file), line) => format!(" @ {file}:{}", position(line, note.column)),
                (None, _) => String::new(),
            };
            writeln!(text, "  {}{place}: {}", note.kind.as_str(), note.message).unwrap();
        }
        for suggestion in &occurrence.suggestions {
            writeln!(
                text,
                "  fix[{}] {}:{}:{}-{}:{} => {:?} ({})",
                suggestion.applicability.as_str(),
                suggestion.file,
                suggestion.line,
                suggestion.column,
                suggestion.end_line,
                suggestion.end_column,
                suggestion.replacement,
                suggestion.message
            )
            .unwrap();
        }
    }
    text
}

#[test]
fn recorded_outputs_match_their_expectations() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    for dir in fixture_dirs() {
        assert!(
            dir.join("cmd").is_file(),
            "{}: no `cmd` recorded next to the output",
            dir.display()
        );
        let output = std::fs::read(dir.join("output.txt")).unwrap();
        let occurrences =
            capture_text(&String::from_utf8_lossy(&output), CaptureOptions::default());
        let actual = render(&occurrences);
        let expected_path = dir.join("expected.txt");
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if actual != expected {
            if update {
                std::fs::write(&expected_path, &actual).unwrap();
            } else {
                failures.push(format!(
                    "--- {}\n--- expected\n{expected}--- actual\n{actual}",
                    dir.display()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixture(s) differ (UPDATE_EXPECT=1 to accept):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Feeding the same output in pieces of any size gives the same occurrences as feeding it whole.
#[test]
fn chunking_does_not_change_the_result() {
    for dir in fixture_dirs() {
        let output = std::fs::read(dir.join("output.txt")).unwrap();
        let mut whole = Vec::new();
        let mut capture = Capture::new(CaptureOptions::default());
        capture.feed(&output, &mut whole);
        capture.finish(&mut whole);
        for chunk_size in [1, 7, 4096] {
            let mut pieces = Vec::new();
            let mut capture = Capture::new(CaptureOptions::default());
            for chunk in output.chunks(chunk_size) {
                capture.feed(chunk, &mut pieces);
            }
            capture.finish(&mut pieces);
            assert_eq!(
                render(&whole),
                render(&pieces),
                "{} in chunks of {chunk_size}",
                dir.display()
            );
        }
        // And the ids do not depend on where the tool ran.
        for occurrence in &whole {
            let mut moved = occurrence.clone();
            moved.file = moved.file.map(|f| format!("/elsewhere/{f}"));
            moved.line = moved.line.map(|l| l + 10);
            assert_eq!(fingerprint(occurrence), fingerprint(&moved));
        }
    }
}
