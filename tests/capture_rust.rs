//! The same rustc diagnostics captured from the human output and from the JSON output must be the
//! same occurrences: same message, code, place, and so the same fingerprint. Every fixture pair
//! `tests/fixtures/rust/<name>-human` / `<name>-json` is checked.

use std::path::{Path, PathBuf};

use selfheal::capture::{capture_text, CaptureOptions};
use selfheal::fingerprint::fingerprint;
use selfheal::{Occurrence, Tool};

/// (human case, json case) for every pair of rust fixtures.
fn fixture_pairs() -> Vec<(PathBuf, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rust");
    let mut pairs = Vec::new();
    for entry in std::fs::read_dir(&root).unwrap() {
        let human = entry.unwrap().path();
        let Some(name) = human.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let Some(base) = name.strip_suffix("-human") else {
            continue;
        };
        let json = root.join(format!("{base}-json"));
        assert!(json.is_dir(), "{} has no -json twin", human.display());
        pairs.push((human, json));
    }
    pairs.sort();
    pairs
}

fn captured(case: &Path) -> Vec<Occurrence> {
    let output = std::fs::read(case.join("output.txt")).unwrap();
    capture_text(&String::from_utf8_lossy(&output), CaptureOptions::default())
}

#[test]
fn there_are_enough_pairs() {
    assert!(fixture_pairs().len() >= 5, "{:?}", fixture_pairs());
}

#[test]
fn human_and_json_output_give_the_same_occurrences() {
    for (human_case, json_case) in fixture_pairs() {
        let human = captured(&human_case);
        let json = captured(&json_case);
        let case = human_case.display();
        assert!(!human.is_empty(), "{case}: nothing captured");
        assert_eq!(human.len(), json.len(), "{case}: {human:#?}\n{json:#?}");
        for (from_human, from_json) in human.iter().zip(&json) {
            assert_eq!(from_human.tool, Tool::Rustc, "{case}");
            assert_eq!(from_json.tool, Tool::Rustc, "{case}");
            assert_eq!(from_human.severity, from_json.severity, "{case}");
            assert_eq!(from_human.message, from_json.message, "{case}");
            assert_eq!(from_human.code, from_json.code, "{case}");
            assert_eq!(from_human.file, from_json.file, "{case}");
            assert_eq!(from_human.line, from_json.line, "{case}");
            assert_eq!(from_human.column, from_json.column, "{case}");
            // The human output shows the span with carets; where it was read, it must agree.
            if from_human.end_line.is_some() {
                assert_eq!(
                    (from_human.end_line, from_human.end_column),
                    (from_json.end_line, from_json.end_column),
                    "{case}: {}",
                    from_human.message
                );
            }
            assert_eq!(fingerprint(from_human), fingerprint(from_json), "{case}");
            // A suggestion read from the snippet sits where rustc's own one starts or ends.
            for suggestion in &from_human.suggestions {
                let matched = from_json.suggestions.iter().any(|exact| {
                    exact.file == suggestion.file
                        && exact.line == suggestion.line
                        && (exact.column..=exact.end_column).contains(&suggestion.column)
                });
                assert!(matched, "{case}: {suggestion:?} not among {from_json:#?}");
            }
        }
    }
}
