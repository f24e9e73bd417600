//! The same rustc diagnostics captured from the human output and from the JSON output must be the
//! same occurrences: same message, code, place, and so the same fingerprint. Every fixture pair
//! `tests/fixtures/rust/<name>-human` / `<name>-json` is checked.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use selfheal::capture::{capture_text, CaptureOptions};
use selfheal::fingerprint::fingerprint;
use selfheal::{Occurrence, Suggestion, Tool};

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

/// A fix as the planner takes it: the help's message, its applicability, and each file it
/// changes as it is afterwards.
type FixReached = (String, String, Vec<(String, String)>);

/// What a set of suggestions does, independent of how the output drew it: for each help message,
/// its applicability and the files as they are after applying that help's edits. The human output
/// draws a replacement as whole `-`/`+` lines where the JSON names the exact span, so their ranges
/// differ while the fix is the same. Blank lines are left out of the comparison: rustc adds one
/// after an import it inserts at the top of a module without imports, and its human output does
/// not draw trailing blank lines.
fn fixes_reached(case: &Path, occurrence: &Occurrence) -> BTreeSet<FixReached> {
    let mut by_message: BTreeMap<&str, Vec<&Suggestion>> = BTreeMap::new();
    for suggestion in &occurrence.suggestions {
        by_message
            .entry(suggestion.message.as_str())
            .or_default()
            .push(suggestion);
    }
    let mut reached = BTreeSet::new();
    for (message, suggestions) in by_message {
        let mut files: BTreeMap<String, String> = BTreeMap::new();
        let mut edits: Vec<(String, usize, usize, &str)> = Vec::new();
        for suggestion in &suggestions {
            let text = files.entry(suggestion.file.clone()).or_insert_with(|| {
                std::fs::read_to_string(case.join(&suggestion.file))
                    .unwrap_or_else(|e| panic!("{}: {}: {e}", case.display(), suggestion.file))
            });
            let start = char_offset(text, suggestion.line, suggestion.column);
            let end = char_offset(text, suggestion.end_line, suggestion.end_column);
            let (Some(start), Some(end)) = (start, end) else {
                panic!("{}: {suggestion:?} points outside the file", case.display());
            };
            edits.push((suggestion.file.clone(), start, end, &suggestion.replacement));
        }
        // Back to front, so that earlier offsets stay valid; the same edit twice counts once.
        edits.sort_by(|a, b| (&b.0, b.1, b.2).cmp(&(&a.0, a.1, a.2)));
        edits.dedup();
        for (file, start, end, replacement) in edits {
            files
                .get_mut(&file)
                .expect("read above")
                .replace_range(start..end, replacement);
        }
        let mut applicability: Vec<&str> = suggestions
            .iter()
            .map(|s| s.applicability.as_str())
            .collect();
        applicability.sort_unstable();
        applicability.dedup();
        let files = files
            .into_iter()
            .map(|(file, text)| {
                let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
                (file, lines.join("\n"))
            })
            .collect();
        reached.insert((message.to_string(), applicability.join("+"), files));
    }
    reached
}

/// The byte offset of a 1-based line and character column (rustc counts columns in chars).
fn char_offset(text: &str, line: u32, column: u32) -> Option<usize> {
    let mut line_start = 0;
    for _ in 1..line {
        line_start += text[line_start..].find('\n')? + 1;
    }
    let line_text = &text[line_start..];
    let line_text = &line_text[..line_text.find('\n').map_or(line_text.len(), |end| end + 1)];
    let skip = column.checked_sub(1)? as usize;
    match line_text.char_indices().nth(skip) {
        Some((offset, _)) => Some(line_start + offset),
        None if line_text.chars().count() == skip => Some(line_start + line_text.len()),
        None => None,
    }
}

#[test]
fn human_and_json_output_reach_the_same_fixes() {
    let mut differences = Vec::new();
    for (human_case, json_case) in fixture_pairs() {
        let human = captured(&human_case);
        let json = captured(&json_case);
        for (from_human, from_json) in human.iter().zip(&json) {
            let reached_from_human = fixes_reached(&human_case, from_human);
            let reached_from_json = fixes_reached(&json_case, from_json);
            if reached_from_human != reached_from_json {
                differences.push(format!(
                    "{}: {}\n  human: {reached_from_human:#?}\n  json:  {reached_from_json:#?}",
                    human_case.display(),
                    from_human.message
                ));
            }
        }
    }
    assert!(
        differences.is_empty(),
        "{} difference(s):\n{}",
        differences.len(),
        differences.join("\n")
    );
}
